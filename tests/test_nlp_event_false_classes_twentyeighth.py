"""General classes of false events removed in the twenty-eighth round (docs/events.md, the
Election paragraph of "Which mentions become events"): a vote on a deal or a body's procedure,
and a body's people's vote on a decision with the body unnamed, elect no one."""

from __future__ import annotations

from event_helpers import kinds


def test_a_board_voting_for_a_purchase_is_no_election():
    assert "Election" not in kinds("Совет директоров компании «Лиманск» проголосовал за покупку "
                                   "сервиса «Зимник».")


def test_shareholders_voting_for_a_merger_is_no_election():
    assert "Election" not in kinds("Акционеры банка «Зимник» проголосовали за слияние с банком "
                                   "«Лиманск».")


def test_a_count_of_deputies_voting_for_a_return_to_an_old_constitution_is_no_election():
    assert "Election" not in kinds("За возврат к прежней конституции проголосовали 212 депутатов.")


def test_a_company_board_voting_for_a_prolongation_is_no_election():
    assert "Election" not in kinds("Руководство компании «Зимник» проголосовало за продление "
                                   "контракта.")


def test_a_vote_for_a_person_stays_an_election():
    assert kinds("Жители Лиманска проголосовали за Олега Воронова.") == ["Election"]


def test_deputies_voting_for_a_person_stay_an_election():
    assert kinds("Депутаты проголосовали за Олега Воронова.") == ["Election"]


def test_a_deal_named_around_a_vote_for_a_person_keeps_the_election():
    assert kinds("Во время обсуждения сделки депутаты проголосовали за Олега Воронова.") == [
        "Election"]


def test_citizens_voting_for_a_repeal_stay_an_election():
    assert kinds("Граждане Лиманска проголосовали за отмену налога.") == ["Election"]


def test_voters_voting_on_leaving_a_union_stay_an_election():
    assert kinds("Граждане Лиманска проголосовали за выход из Евросоюза.") == ["Election"]
