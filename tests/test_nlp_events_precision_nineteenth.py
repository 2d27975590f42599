"""Trigger precision, nineteenth round (docs/events.md): words that name no act where they stand.
A trigger inside the quoted title of a work or a text (`песня «Ведьма умерла!»`, `играл в
«Свадьбе»`) tells nothing; a vote on a law or a resolution is no Election; `премьеру`/`премьера`
right before a person's name is the premier's title, not a premiere."""

from __future__ import annotations

from event_helpers import described
from event_helpers import kinds as _kinds

# ---- a quoted title -------------------------------------------------------------------------


def test_a_death_in_a_song_title_is_no_death():
    assert "Death" not in _kinds("Радиостанция не будет запрещать песню «Ведьма умерла!» "
                                 "Ивана Котова.")


def test_a_kidnapping_in_a_film_title_is_no_kidnapping():
    kinds = _kinds("В 2005 году вышел фильм «Похищение» режиссёра Ивана Котова.")
    assert "Kidnapping" not in kinds and "Release" in kinds


def test_a_wedding_an_actor_played_in_is_no_marriage():
    assert "Marriage" not in _kinds("Актёр Пётр Сомов играл в «Свадьбе» Олега Лунина.")


def test_a_game_a_player_played_in_stays_a_match():
    # (`сыграть в «…»` names a game as well as a play)
    assert "SportsMatch" in _kinds("Хоккеист Иван Котов сыграл в «Матче звёзд» НХЛ в Лиманске.")


def test_an_election_in_a_law_title_is_no_election():
    # (guards: the invented law title gives no event before the rule either)
    assert "Election" not in _kinds("Однако закона «О выборах мэра Лиманска» в природе "
                                    "не существует.")


def test_a_killing_in_a_numbered_article_title_is_no_killing():
    # (a guard, as above)
    assert "Killing" not in _kinds("Возбуждено уголовное дело по статье 105 («Убийство») УК РФ.")


def test_an_appointment_named_in_a_decree_title_stays():
    # (a decree's title names the act it performs)
    assert "Appointment" in _kinds("Президент Лимании подписал указ «О назначении Ивана Котова "
                                   "послом в Сорске».")


def test_a_march_named_in_quotes_stays_a_protest():
    assert "Protest" in _kinds("Анна Белова задержана на «Марше мира» в Лиманске.")


def test_a_quoted_death_told_by_a_speaker_stays():
    assert "Death" in _kinds("Пётр Сомов заявил: «Иван Котов скончался».")


# ---- a vote on a law --------------------------------------------------------------------------


def test_a_vote_for_a_bill_on_elections_is_no_election():
    assert "Election" not in _kinds("Депутаты Госдумы проголосовали за законопроект о выборах "
                                    "губернаторов.")


def test_a_vote_for_a_document_is_no_election():
    assert "Election" not in _kinds("За документ проголосовали 149 сенаторов.")


def test_a_vote_for_amendments_is_no_election():
    assert "Election" not in _kinds("На этой неделе за принятие поправок проголосовали члены "
                                    "комиссии.")


def test_a_vote_for_a_person_stays_an_election():
    evs = [e for e in described("Жители Лиманска проголосовали за Олега Пахомова на выборах мэра.")
           if e.kind == "Election"]
    assert len(evs) == 1 and evs[0].targets == {"Олег Пахомов"}


def test_a_vote_for_a_person_during_a_budget_debate_stays_an_election():
    # (the document is named around the vote, not as what it is for)
    assert "Election" in _kinds("Депутаты во время обсуждения бюджета проголосовали за "
                                "кандидатуру Ивана Котова.")


def test_a_vote_for_a_person_when_amendments_are_heard_stays_an_election():
    assert "Election" in _kinds("При рассмотрении поправок депутаты проголосовали за Ивана "
                                "Котова.")


def test_a_vote_against_a_bill_is_no_election():
    # (guards: `>` reads the `против` phrase as what the vote is on)
    assert "Election" not in _kinds("Сенаторы проголосовали против законопроекта о налогах.")


# ---- the premier's title ----------------------------------------------------------------------


def test_the_premier_of_a_country_before_a_name_is_no_premiere():
    assert "Release" not in _kinds("В 2019 году певица Анна Белова отправила премьеру России "
                                   "Путину открытку.")


def test_the_premier_before_a_name_lends_no_premiere_to_a_visit():
    # (a guard: the visit stays, with its visitor)
    assert _kinds("Визит премьера Ивана Котова в Лиманск отложен.") == ["Visit"]


def test_a_premiere_as_the_subject_before_a_name_stays_a_release():
    # (the nominative `премьера` is the event noun: the title's nominative is `премьер`)
    assert "Release" in _kinds("Вчера состоялась премьера Анны Беловой в Большом театре.")


# ---- a negated modal: an act that cannot happen -----------------------------------------------


def test_cannot_be_sentenced_by_law_is_no_sentence():
    assert "Sentence" not in _kinds("По закону Иван Котов не может быть приговорен к заключению.")


def test_cannot_leave_the_country_is_no_withdrawal():
    assert "Withdrawal" not in _kinds("В настоящее время Иван Котов не может покинуть Лиманию.")


def test_could_not_have_hanged_himself_is_no_death():
    assert "Death" not in _kinds("По словам адвоката, Иван Котов не мог повеситься сам.")


def test_can_leave_stays_a_possible_withdrawal():
    evs = [e for e in described("Иван Котов может покинуть Лиманию уже в мае.")
           if e.kind == "Withdrawal"]
    assert [e.factuality for e in evs] == ["Possible"]


def test_a_match_a_team_failed_to_win_stays():
    assert "SportsMatch" in _kinds("Команда «Север» не смогла обыграть «Юг» в финале.")


# ---- an animal that dies or is killed ---------------------------------------------------------


def test_a_mammoth_that_died_is_no_death():
    assert "Death" not in _kinds("Предположительно, мамонт умер от болезни.")


def test_a_bear_shot_by_hunters_is_no_killing():
    assert "Killing" not in _kinds("Охотники застрелили медведя в Лиманске.")


def test_a_dog_that_died_gives_its_owner_no_death():
    assert "Death" not in _kinds("Собака Ивана Котова погибла при пожаре.")


def test_a_man_who_killed_his_neighbour_stays_a_killing():
    assert "Killing" in _kinds("Иван Котов убил соседа в Лиманске.")


def test_a_man_who_died_saving_a_dog_stays_a_death():
    evs = [e for e in described("Иван Котов погиб, спасая собаку.") if e.kind == "Death"]
    assert len(evs) == 1 and evs[0].targets == {"Иван Котов"}


def test_a_death_from_an_animal_in_a_phrase_stays_a_death():
    # (the animal is the cause, in a phrase; the genitive is the person who died)
    assert "Death" in _kinds("Гибель туриста Ивана Котова от акулы в Египте потрясла Лиманск.")


def test_a_resignation_after_a_quoted_cannot_stays():
    # (the speaker's `не могу` does not govern the act coordinated after the quote's frame)
    assert "Resignation" in _kinds("«Я не могу больше руководить городом», — сказал мэр Тихон "
                                   "Воронов и подал в отставку.")


# ---- the title's act retold in the lead with the body's shorter name ---------------------------


def test_a_lead_that_retells_the_title_shelling_is_one_attack():
    evs = [e for e in described("Здания МВД и Верховного суда Лимании обстреляны с вертолета\n\n"
                                "В Лимании угнанный вертолет обстрелял здания Верховного суда и "
                                "одного из министерств.") if e.kind == "Attack"]
    assert len(evs) == 1


def test_a_lead_that_retells_the_title_verdict_is_one_sentence():
    evs = [e for e in described("Верховный суд Лимании оправдал Ивана Котова\n\nВерховный суд "
                                "оправдал бывшего министра Ивана Котова в пятницу.")
           if e.kind == "Sentence"]
    assert len(evs) == 1 and evs[0].targets == {"Иван Котов"}


def test_two_courts_of_one_case_stay_two_verdicts():
    evs = [e for e in described("Районный суд Лиманска оправдал Ивана Котова. Позже Областной "
                                "суд Лимании приговорил Ивана Котова к году тюрьмы.")
           if e.kind == "Sentence"]
    assert len(evs) == 2


def test_two_elections_by_one_assembly_in_the_body_stay_two():
    # (a guard: the shorter name of a body joins only the title's act)
    evs = [e for e in described("Лиманск, 5 марта. Национальная ассамблея Лимании избрала Ивана "
                                "Котова спикером. Затем Национальная ассамблея избрала Олега "
                                "Пахомова президентом.") if e.kind == "Election"]
    assert len(evs) == 2


def test_a_man_named_lev_who_died_stays_a_death():
    # (`Лев` is a first name here, not the animal `лев`)
    evs = [e for e in described("Актёр Лев Котов умер в Москве.") if e.kind == "Death"]
    assert len(evs) == 1 and evs[0].targets == {"Лев Котов"}


def test_a_headline_death_of_a_man_named_lev_stays():
    assert "Death" in _kinds("Умер Лев Котов.")
