"""An entity the text names whole and by a short form of that name (`ВВС США` and `ВВС`) is linked
by the whole name: the short form, which fits many items or none, neither adds rivals nor blocks
the link (kg.link.linker, `Entity.shortened`). Sentences written for the test."""

from __future__ import annotations

from linking_helpers import linked_qid, make_extraction


def _whole_only(text: str, kind: str, name: str) -> str | None:
    return linked_qid(make_extraction(text, ("e1", kind, name, name)), "e1")


def test_a_shortened_air_force_is_linked_by_its_whole_name():
    text = "ВВС США нанесли удар по складу. ВВС сообщили, что потерь нет."
    whole = _whole_only(text, "organization", "ВВС США")
    assert whole is not None
    x = make_extraction(text, ("e1", "organization", "ВВС США", "ВВС США", "ВВС",
                               {"shortened": ("ВВС",)}))
    assert linked_qid(x, "e1") == whole


def test_a_shortened_court_is_linked_by_its_whole_name():
    text = "Верховный суд России отклонил жалобу. Верховный суд указал, что срок подачи истёк."
    whole = _whole_only(text, "organization", "Верховный суд России")
    assert whole is not None
    x = make_extraction(text, ("e1", "organization", "Верховный суд России", "Верховный суд России",
                               "Верховный суд", {"shortened": ("Верховный суд",)}))
    assert linked_qid(x, "e1") == whole
