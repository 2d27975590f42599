"""Review of the twenty-fifth round's speech and entity changes: the faults sentences written
for the review found in them, each as one behaviour, and the readings that must stay. Every
sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said, statements


def _who(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(who, source, anon) for who, source, anon, _ in said(text)]


# ---- a cue whose outlet the text does not name, citing one it names --------------------------

def test_a_cue_of_unnamed_media_citing_a_named_body_gives_the_body_as_speaker():
    # `со ссылкой на` ends the cue's owner; with no outlet named before it, the one cited said it
    assert _who("По данным СМИ со ссылкой на пресс-службу МВД, задержаны трое подозреваемых.") \
        == [("МВД", None, False)]


def test_a_cue_of_unnamed_media_citing_an_unnamed_one_gives_nothing():
    assert _who("По данным СМИ со ссылкой на источники, завод закроют.") == []


def test_a_cue_of_a_named_outlet_citing_a_named_body_keeps_the_outlet_as_source():
    assert _who("По информации «Известий» со ссылкой на Генпрокуратуру, дело закрыто.") \
        == [("Генпрокуратура", "Известия", False)]


# ---- a feminine noun owned by a person in the genitive is not the article's one woman -------

def test_a_friend_of_the_actress_is_not_the_actress():
    assert _who("Актриса Анна Иванова вышла замуж. Подруга актрисы сообщила, что свадьба "
                "прошла в Париже.") == []


def test_a_rival_of_the_player_is_not_the_player():
    assert _who("Теннисистка Мария Шарапова проиграла. Соперница теннисистки заявила, что матч "
                "был трудным.") == []


def test_a_feminine_noun_with_a_body_in_the_genitive_is_still_the_woman():
    assert _who("Актриса Анна Иванова вышла замуж. Актриса театра сообщила, что свадьба прошла "
                "в Париже.") == [("Анна Иванова", None, False)]


# ---- a cue line closed by a colon: a paragraph in lower case is no quote ---------------------

def test_a_lower_case_list_after_a_cue_lines_colon_stays_its_content_and_is_no_quote():
    sts, _ = statements("По данным МЧС, в результате пожара пострадали:\nтрое взрослых и двое "
                        "детей из соседнего дома.")
    assert len(sts) == 1 and sts[0].quote is None
    assert "трое взрослых" in sts[0].content.text


def test_a_capitalised_paragraph_after_a_cue_lines_colon_is_the_owners_quote():
    sts, names = statements("По словам Ивана Петрова, ситуация такова:\nЦены растут, а зарплаты "
                            "падают уже третий год.")
    assert [names[s.speaker] for s in sts] == ["Иван Петров"]
    assert sts[0].quote is not None and sts[0].quote.text.startswith("Цены растут")


# ---- readings the review's sentences found right, kept as guards -----------------------------

def test_an_unnamed_relative_who_told_a_named_person_gives_nothing():
    assert _who("Его сын рассказал Ивану Петрову, что отец долго болел.") == []


def test_an_unnamed_relative_who_will_tell_an_outlet_gives_nothing():
    assert _who("Его сын расскажет агентству Reuters о болезни отца.") == []


def test_a_title_standing_for_a_named_person_keeps_the_person_as_speaker_before_an_outlet():
    assert _who("Президент США Джо Байден прибыл в Киев. Президент рассказал агентству AFP, что "
                "поддержка Украины продолжится.") == [("Джо Байден", None, False)]


def test_a_side_of_the_world_and_a_place_on_the_next_line_stay_apart():
    from kg.pipeline import extract
    from kg.records import Document

    names = {e.name for e in extract(Document("t", "На Юге\nСША прошел ураган.")).entities}
    assert "Юг США" not in names and "США" in names
