"""Review of the fifteenth round's event changes (docs/events.md): faults found in the new lines
and rules, each with a test on invented sentences."""

from __future__ import annotations

from event_helpers import described, kinds


def test_leaving_the_scene_of_an_accident_is_no_withdrawal():
    assert "Withdrawal" not in kinds("Водитель Олег Лебедев покинул место аварии в Омске.")
    assert "Withdrawal" not in kinds("Водитель Игорь Ветров покинул место происшествия, не "
                                     "оказав помощи пострадавшим.")


def test_leaving_a_country_or_a_treaty_is_still_a_withdrawal():
    assert "Withdrawal" in kinds("В 2015 году Нарния покинула Лигу вольных городов.")


def test_a_representative_of_a_named_company_is_not_an_earlier_representative():
    found = described("Игорь Ветров, представитель профсоюза горняков, выступил на собрании. "
                      "Представитель компании «Восток» посетил Омск 5 мая.")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert "Игорь Ветров" not in visit.actors


def test_a_director_of_a_named_company_is_the_one_the_text_named_so():
    found = described("Игорь Ветров, директор компании «Восток», прибыл в Омск. "
                      "5 мая директор компании «Восток» посетил Томск.")
    assert [e.agents for e in found if e.kind == "Visit"][-1] == {"Игорь Ветров"}


def test_leaving_ones_seat_in_a_plane_or_a_hall_is_no_resignation():
    assert "Resignation" not in kinds("Пассажир Олег Лебедев покинул своё место в салоне "
                                      "самолёта.")
    assert "Resignation" not in kinds("Зритель Игорь Ветров покинул своё место в зале театра "
                                      "«Заря».")


def test_leaving_a_seat_on_a_board_is_a_resignation_with_or_without_ones_own():
    found = described("В 2019 году Игорь Ветров покинул место в совете директоров компании "
                      "«Восток».")
    assert any(e.kind == "Resignation" and e.targets == {"Игорь Ветров"} for e in found)


def test_a_motion_considered_by_an_official_is_no_trial():
    assert "Trial" not in kinds("Губернатор Олег Лебедев рассмотрел ходатайство жителей Омска "
                                "об открытии школы.")
    assert "Trial" not in kinds("Президент Нарнии Игорь Ветров рассмотрел ходатайство о "
                                "помиловании Анны Беловой.")


def test_a_motion_heard_by_a_court_is_a_trial():
    found = described("Суд Омска рассмотрел ходатайство следствия об аресте Игоря Ветрова.")
    assert any(e.kind == "Trial" and "Игорь Ветров" in e.targets for e in found)
    found = described("Ходатайство об аресте Игоря Ветрова было рассмотрено судом Омска.")
    assert any(e.kind == "Trial" and "Игорь Ветров" in e.targets for e in found)



def test_leaving_ones_seat_in_a_company_is_a_resignation():
    found = described("В 2018 году Игорь Ветров и Анна Белова покинули свои места в холдинговой "
                      "компании «Восток».")
    assert any(e.kind == "Resignation" and e.targets == {"Игорь Ветров", "Анна Белова"}
               for e in found)


def test_a_captive_freed_inside_a_building_is_still_released():
    for text in ("Полиция Нарнии освободила журналиста Игоря Ветрова в здании заброшенного завода.",
                 "Бойцы спецназа освободили журналиста Игоря Ветрова из помещения склада."):
        assert any(e.kind == "ReleaseFromCustody" and e.targets == {"Игорь Ветров"}
                   for e in described(text)), text


def test_a_place_named_around_the_leaving_does_not_undo_it():
    found = described("Войска Нарнии покинули Лилипутию, оставив на месте лагеря мины.")
    assert any(e.kind == "Withdrawal" and e.targets == {"Лилипутию"} for e in found)


def test_a_kin_noun_the_tagger_reads_in_another_case_than_the_name_still_introduces_it():
    # `дочери` read as dative, `Марии Лебедевой` as genitive: the `-ь` declension's `-и` is both
    found = described("Вчера в Омске после долгой болезни умер народный артист России Олег "
                      "Лебедев.\n\nКак стало известно дочери народного артиста Марии Лебедевой, "
                      "это случилось ночью.\n\nИван Петров, художественный руководитель театра "
                      "«Заря», сообщил о дне прощания с артистом.")
    assert any(d.kind == "Ceremony" and d.others == {"Олег Лебедев"} for d in found)


def test_opening_something_at_ones_own_place_is_still_a_founding():
    found = described("В 2015 году Олег Пахомов открыл у себя на родине ресторан «Светоч».")
    assert any(e.kind == "Founding" and e.agents == {"Олег Пахомов"} for e in found)
