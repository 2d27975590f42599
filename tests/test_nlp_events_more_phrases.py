"""More ways the frequent acts are told (docs/events.md "The trigger lexicon"): a participle that
reports a death, the parse's lemma of a context word, a prepositional participant under a
passive's subject, the body where a case is opened; childbirth (a plural-only noun), surgery, the
subject of a clause a hearing frames. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described as events_of


def described(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each event as (class, names of all its actors)."""
    return [(d.kind, d.actors) for d in events_of(text)]


def test_an_attributive_participle_of_dying_reports_the_death():
    found = described("Вчера в Омске похоронили скончавшегося в понедельник актёра Олега Зимина.")
    assert ("Death", frozenset({"Олег Зимин"})) in found


def test_other_attributive_participles_still_only_describe():
    # `погибшие` describes the people buried; the lexicon lists only the participles that report
    assert "Death" not in [k for k, _ in described("Погибшие в Омске Олег Зимин и Анна Белова были похоронены.")]


def test_found_hanged_is_a_death():
    # the parse gives `повешенным` the lemma of its verb, `повесить`
    assert ("Death", frozenset({"Олег Зимин"})) in described("Олег Зимин найден повешенным в своей камере.")


def test_joined_in_marriage_is_a_marriage():
    found = described("Иван Петров сочетался браком с Анной Беловой в Омске.")
    assert any(k == "Marriage" and "Иван Петров" in who for k, who in found)


def test_a_case_opened_against_someone_names_them():
    # `против X` hangs on `дело`, the subject of the passive verb
    found = described("Против Игоря Смирнова возбуждено уголовное дело.")
    assert ("Trial", frozenset({"Игорь Смирнов"})) in found


def test_the_body_where_a_case_is_opened_takes_part_in_it():
    found = described("В Следственном комитете России возбуждено уголовное дело против Игоря Смирнова.")
    assert ("Trial", frozenset({"Игорь Смирнов", "Следственный комитет России"})) in found


def test_childbirth_is_a_birth_of_the_mother():
    # `родов` is parsed as the plural of `род` (kin); kg/data/ru/plural_nouns.tsv maps it
    assert ("Birth", frozenset({"Анна Белова"})) in described("После родов Анна Белова вернулась на сцену в Омске.")


def test_kin_in_the_singular_is_no_birth():
    assert described("Игорь Смирнов принадлежит к старинному дворянскому роду.") == []


def test_surgery_done_to_someone_is_an_injury():
    found = described("Вчера в Москве Игорю Смирнову сделали операцию на сердце.")
    assert ("Injury", frozenset({"Игорь Смирнов"})) in found


def test_surgery_told_by_what_it_removes_names_whom_it_was_done_to():
    # `у X` hangs on the verb that carries the noun
    found = described("Операция по удалению опухоли у Игоря Смирнова прошла успешно.")
    assert ("Injury", frozenset({"Игорь Смирнов"})) in found


def test_a_hearing_that_frames_a_clause_has_its_subject_at_it():
    found = described("Во время слушаний в окружном суде Игорь Смирнов заявил о своей невиновности.")
    assert ("Trial", frozenset({"Игорь Смирнов"})) in found


def test_a_bill_brought_before_a_legislature_is_a_bill_introduction():
    found = described("Депутат Иван Петров внёс в Госдуму законопроект о запрете курения.")
    assert ("BillIntroduction", frozenset({"Иван Петров", "Госдума"})) in found


def test_a_bill_introduced_in_the_passive_names_who_brought_it():
    found = described("Законопроект был внесён в Государственную думу президентом Владимиром Путиным.")
    assert any(k == "BillIntroduction" and "Владимир Путин" in who for k, who in found)


def test_changes_brought_into_a_list_are_no_bill():
    assert "BillIntroduction" not in [k for k, _ in described("Роскомнадзор внёс сайт в список запрещённых.")]


def test_a_release_whose_releaser_alone_is_named_is_kept():
    found = described("Полиция Омска освободила похищенного ребёнка.")
    assert [k for k, _ in found] == ["ReleaseFromCustody"]


def test_an_entry_ban_is_a_revocation():
    found = described("Служба безопасности Украины запретила рэперу Ивану Петрову въезд в страну.")
    assert ("Revocation", frozenset({"Служба безопасности Украины", "Иван Петров"})) in found


def test_an_execution_that_dates_its_clause_is_of_the_clause_subject():
    found = described("Перед самой казнью Иван Петров встал на колени и помолился.")
    assert ("Killing", frozenset({"Иван Петров"})) in found


def test_an_engagement_is_a_marriage_event():
    found = described("Теннисистка Анна Белова помолвилась с Иваном Петровым.")
    assert ("Marriage", frozenset({"Анна Белова", "Иван Петров"})) in found


def test_the_imperfective_of_operating_on_someone_is_an_injury():
    assert ("Injury", frozenset({"Иван Петров"})) in described("Врачи оперируют Ивана Петрова в больнице Омска.")


def test_a_conflict_between_two_named_sides_is_a_dispute():
    found = described("Отставку Ивана Петрова связывают с его конфликтом с министром Анной Беловой.")
    assert ("Dispute", frozenset({"Иван Петров", "Анна Белова"})) in found


def test_a_conflict_with_no_named_sides_is_no_event():
    assert described("Конфликт на востоке Украины продолжается.") == []


def test_an_armed_conflict_stays_an_attack():
    found = described("Вооружённый конфликт между Арменией и Азербайджаном начался в 2020 году.")
    assert [k for k, _ in found] == ["Attack"]
