"""Acts whose line fits but whose required doer names no entity, told so on purpose: a past
plural verb with no subject done to a thing of its own (`эту информацию опровергли`, `песню
запретили`: the doer left out, the act done), and an infinitive whose doer is the unnamed
subject of the verb it hangs on (`граждане Франции предпочли сменить место жительства`)."""

from __future__ import annotations

from event_helpers import described, found

# ---- a past act with its doer left out, done to a thing ------------------------------------


def test_information_denied_by_no_one_named_is_a_denial_told_as_done():
    text = "Сначала сообщалось о пожаре. Позже эту информацию опровергли."
    assert found(text, "Denial") == [("Actual", frozenset(), frozenset())]


def test_a_song_banned_by_no_one_named_is_a_ban():
    text = "В 2015 году песню запретили для исполнения на публике."
    assert found(text, "Sanction") == [("Actual", frozenset(), frozenset())]


def test_a_denial_said_in_the_present_with_no_doer_is_no_act():
    # `опровергают` tells what is done, not one act that took place
    assert found("Эту информацию опровергают.", "Denial") == []


def test_a_plural_verb_with_no_doer_and_nothing_done_to_is_no_act():
    assert found("Позже всё опровергли.", "Denial") == []


def test_a_named_target_of_a_doer_left_out_stays_the_target():
    text = "Ивана Петрова обвинили в краже."
    assert found(text, "Accusation") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_a_rare_plural_past_the_tagger_calls_singular_still_leaves_its_doer_out():
    # `перезаключили` is plural by its ending, whatever the tagger says
    text = "С Иваном Петровым перезаключили контракт."
    assert found(text, "Agreement") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


# ---- the unnamed subject of the verb an infinitive hangs on --------------------------------


def test_citizens_who_chose_to_move_house_moved_though_no_one_is_named():
    kinds = [(d.kind, d.actors) for d in described(
        "Граждане Франции предпочли сменить место жительства.")]
    assert ("Relocation", frozenset()) in kinds


def test_an_infinitive_under_a_verb_with_an_object_is_not_the_subjects_act():
    # `призвало сторонников выйти`: the supporters are to go out, not the government
    text = "Правительство призвало сторонников президента выйти на улицы."
    assert found(text, "Protest") == []


def test_an_unnamed_subject_with_nothing_named_still_makes_no_move():
    # no name anywhere near: who moved is not told
    assert [d for d in described("Многие решили сменить место жительства.")
            if d.kind == "Relocation"] == []


# ---- whose case a possessive names -----------------------------------------------------------


def test_a_hearing_of_his_case_tries_the_man_the_pronoun_stands_for():
    text = "Иван Петров пришёл в суд. Во время слушания его дела ему стало плохо."
    assert found(text, "Trial") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_her_case_reviewed_by_a_court_tries_the_woman_named_before():
    text = "Анна Петрова пришла в суд. Её дело было пересмотрено судом."
    assert found(text, "Trial") == [("Actual", frozenset(), frozenset({"Анна Петрова"}))]


def test_a_case_whose_pronoun_stands_for_no_one_tries_no_one_named():
    assert found("Суд рассмотрел его дело.", "Trial") == [("Actual", frozenset(), frozenset())]
