"""Who else takes part in an appointment (tests/gold-nerel/README.md, docs/events.md): the country,
region or city whose post is taken, named in the post's genitive (`стал мэром Харькова`,
kg.nlp.ru.event_detail `post_places`), and the predecessor a holder replaces (`сменил X на посту`,
`сменив на этом посту X`: kg/data/ru/triggers.tsv, `post_taken_twice`), told by a converb on the
verb of the appointment as one act."""

from __future__ import annotations

from event_helpers import described


def _appointments(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.targets, d.others) for d in described(text) if d.kind == "Appointment"]


# ---- the body of the post --------------------------------------------------------------------


def test_the_city_whose_mayor_someone_became_takes_part():
    assert _appointments("Иван Петров стал мэром Самары в мае 2015 года.") == [
        (frozenset({"Иван Петров"}), frozenset({"Самара"}))]


def test_the_country_whose_president_someone_became_takes_part():
    assert _appointments("Бизнесмен Иван Петров стал 45-м президентом Бразилии.") == [
        (frozenset({"Иван Петров"}), frozenset({"Бразилия"}))]


def test_the_country_an_ambassador_serves_takes_part_not_the_one_he_is_sent_to():
    assert _appointments("Иван Петров назначен послом России в Японии.") == [
        (frozenset({"Иван Петров"}), frozenset({"Россия"}))]


def test_an_organisation_of_the_post_still_takes_part():
    assert _appointments("Иван Петров стал председателем совета директоров «Газпрома».") == [
        (frozenset({"Иван Петров"}), frozenset({"Газпром"}))]


def test_the_country_in_the_appointers_title_takes_no_part():
    text = "Президент Бразилии Иван Петров назначил Андрея Смирнова министром обороны."
    assert [d.others for d in described(text) if d.kind == "Appointment"] == [frozenset()]


def test_the_country_of_another_persons_title_in_the_post_takes_no_part():
    text = "Иван Петров назначен помощником премьер-министра России Андрея Смирнова."
    assert [d.others for d in described(text) if d.kind == "Appointment"] == [frozenset()]


# ---- the predecessor -------------------------------------------------------------------------


def test_the_holder_replaced_on_a_post_takes_part():
    assert _appointments("Андрей Смирнов сменил Ивана Петрова на посту мэра Самары.") == [
        (frozenset({"Андрей Смирнов"}), frozenset({"Иван Петров", "Самара"}))]


def test_a_converb_of_replacing_joins_the_appointment_it_tells_the_manner_of():
    text = "Иван Петров стал губернатором Омской области, сменив на этом посту Андрея Смирнова."
    assert _appointments(text) == [
        (frozenset({"Иван Петров"}), frozenset({"Омская область", "Андрей Смирнов"}))]


def test_two_posts_taken_by_two_finite_verbs_stay_two_appointments():
    text = ("Иван Петров стал мэром Самары в 2010 году, а в 2015 году занял пост губернатора "
            "Самарской области.")
    assert len(_appointments(text)) == 2


def test_the_body_of_a_post_that_changes_hands_takes_part_with_the_predecessor():
    text = "Анна Белова сменила на посту главы Агентства транспорта Ивана Кузьмина."
    assert _appointments(text) == [
        (frozenset({"Анна Белова"}), frozenset({"Агентство транспорта", "Иван Кузьмин"}))]


def test_the_country_inside_the_name_of_the_body_of_a_post_adds_no_second_participant():
    text = "Иван Петров назначен руководителем аппарата Правительства Российской Федерации."
    assert _appointments(text) == [
        (frozenset({"Иван Петров"}), frozenset({"Правительство Российской Федерации"}))]
