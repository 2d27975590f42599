"""Event precision and class decisions, twentieth round (docs/events.md): a word inside the name
of a body or a place is no act (`Организация освобождения Палестины`, `площадь Победы`); a funeral
is a Ceremony with the dead as its other participant, not a second death; a word of winning or
losing in a sentence of an election campaign is the Election, not a match."""

from __future__ import annotations

from event_helpers import described
from event_helpers import kinds as _kinds

# ---- a word of a name ------------------------------------------------------------------------


def test_a_release_in_an_organisation_name_is_no_release():
    kinds = _kinds("Организация освобождения Лимании провела съезд в Сорске.")
    assert "ReleaseFromCustody" not in kinds and "Meeting" in kinds


def test_an_investigation_in_a_body_name_is_no_investigation():
    kinds = _kinds("Национальное агентство расследований Индии предъявило обвинения Ивану "
                   "Котову.")
    assert "Investigation" not in kinds and "Trial" in kinds


def test_an_inquiry_in_a_commission_name_is_no_inquiry():
    assert "Investigation" not in _kinds("Представитель Комиссии по расследованию "
                                         "авиапроисшествий Иван Котов заявил об этом журналистам.")


def test_an_arrest_on_a_square_named_for_a_victory_stays():
    kinds = _kinds("Полиция задержала Ивана Котова на площади Победы в Лиманске.")
    assert "Arrest" in kinds and "SportsMatch" not in kinds


def test_an_investigation_a_body_runs_stays():
    # (the act is told outside the name; the body's name holds no trigger word)
    assert "Investigation" in _kinds("Следственный комитет Лимании начал расследование "
                                     "убийства Ивана Котова.")


def test_a_march_whose_name_is_the_event_stays_a_protest():
    # (the name's own head is the event named)
    assert "Protest" in _kinds("Марш несогласных прошёл в Лиманске 5 мая.")


# ---- funerals --------------------------------------------------------------------------------


def test_a_funeral_is_a_ceremony_of_the_dead():
    events = described("Похороны Ивана Котова пройдут в Лиманске 7 июня.")
    assert [(e.kind, e.others) for e in events] == [("Ceremony", frozenset({"Иван Котов"}))]


def test_a_funeral_attended_is_no_death():
    events = described("Анна Белова была на похоронах Ивана Котова в Лиманске.")
    assert [(e.kind, e.others) for e in events] == [("Ceremony", frozenset({"Иван Котов"}))]


def test_a_death_beside_its_funeral_stays_a_death():
    kinds = _kinds("Иван Котов скончался 5 июня в Лиманске. Похороны Ивана Котова пройдут "
                   "7 июня.")
    assert "Death" in kinds and "Ceremony" in kinds


# ---- a win in an election --------------------------------------------------------------------


def test_a_win_in_a_sentence_of_a_term_won_is_an_election():
    events = described("58-летний Иван Котов одержал в октябре победу над Петром Сомовым, "
                       "завоевав ещё один шестилетний срок на посту президента.")
    assert [(e.kind, e.targets) for e in events] == [("Election", frozenset({"Иван Котов"}))]


def test_a_loss_in_a_sentence_of_an_election_is_an_election():
    kinds = _kinds("Иван Котов и Пётр Сомов уже участвовали в выборах 2008 года, и тогда "
                   "Котов проиграл Сомову.")
    assert "Election" in kinds and "SportsMatch" not in kinds


def test_a_boxer_who_beat_his_rival_stays_a_match():
    assert _kinds("Боксёр Иван Котов победил Петра Сомова, в восьмой раз защитив титул "
                  "чемпиона мира.") == ["SportsMatch"]


def test_a_final_lost_stays_a_match_beside_an_election_word():
    # (`голос` is an election word, but the sentence names the game)
    kinds = _kinds("Иван Котов проиграл Петру Сомову в финале, но сохранил голос для "
                   "комментариев.")
    assert "SportsMatch" in kinds and "Election" not in kinds


def test_a_win_over_a_team_stays_a_match():
    assert "Election" not in _kinds("Сборная Лимании одержала победу над командой Сорска со "
                                    "счётом 2:1.")


def test_a_defeat_of_a_candidate_named_as_such_stays_an_election():
    assert "Election" in _kinds("Кандидат от оппозиции Пётр Сомов проиграл Ивану Котову.")


def test_a_funeral_with_no_owner_is_of_the_one_dead_told_before():
    events = described("Скончался актёр Иван Котов. Время и место похорон пока уточняются.")
    assert ("Ceremony", frozenset({"Иван Котов"})) in [(e.kind, e.others) for e in events]


def test_a_funeral_after_two_deaths_names_no_one():
    events = described("В Лиманске погибли Иван Котов и Пётр Сомов. Время похорон уточняется.")
    assert "Ceremony" not in [e.kind for e in events]


def test_a_farewell_before_any_death_names_no_one():
    events = described("Режиссёр Пётр Сомов сообщил о дне прощания. Иван Котов скончался "
                       "вчера.")
    assert "Ceremony" not in [e.kind for e in events]


def test_a_loss_beside_a_contract_term_stays_a_match():
    # (`срок` alone is also a contract's or a ban's: only a term in office counts)
    kinds = _kinds("«Спартак» проиграл «Зениту», и срок контракта тренера Ивана Котова истекает.")
    assert "SportsMatch" in kinds and "Election" not in kinds


def test_a_win_in_a_show_named_for_a_voice_stays_no_election():
    assert "Election" not in _kinds("Иван Котов победил в шоу «Голос» в Лиманске.")


def test_a_win_by_a_candidate_master_of_sport_stays_a_match():
    assert _kinds("Кандидат в мастера спорта Иван Котов победил Петра Сомова.") == ["SportsMatch"]
