"""Event shapes the own golds count but NEREL rarely marks, twenty-sixth round (docs/events.md,
"Lines of the twenty-sixth round"): a post taken with `стать` + the post in the instrumental
(`стал председателем совета`, `станет мэром`) is an Appointment of the subject, with the tense
and modality of its verb; an election won (`выиграл выборы`) is an Election whose target is the
winner, and a win not told (`не смог выиграть выборы`) names no one elected. No post is taken by
`стать` + an infinitive, by `глава`, or by a post told as a record (`стал самым долгоживущим
президентом`); a body of the post named in Latin letters takes part. The sentences are invented
for the tests."""

from __future__ import annotations

from event_helpers import actors_of, described


def _events(text: str, kind: str) -> list[tuple[frozenset[str], str]]:
    return [(e.targets, e.factuality) for e in described(text) if e.kind == kind]


# ---- a post taken with `стать` ------------------------------------------------------------------


def test_becoming_chairman_of_a_board_is_an_appointment_with_the_company():
    assert actors_of("В марте 2015 года Иван Котов стал председателем совета директоров «Северной "
                     "компании».",
                     "Appointment") == [frozenset({"Иван Котов", "Северная компания"})]


def test_becoming_a_regional_minister_is_an_appointment():
    assert _events("Анна Белова стала министром здравоохранения Пермского края.",
                   "Appointment") == [(frozenset({"Анна Белова"}), "Actual")]


def test_becoming_a_deputy_minister_is_an_appointment():
    assert _events("Анна Белова стала заместителем министра финансов.", "Appointment") == [
        (frozenset({"Анна Белова"}), "Actual")]


def test_a_future_post_is_planned():
    assert _events("В 2019 году Анна Белова станет мэром Твери.", "Appointment") == [
        (frozenset({"Анна Белова"}), "Planned")]


def test_a_post_that_may_be_taken_is_possible():
    assert _events("Иван Котов может стать губернатором Тверской области.", "Appointment") == [
        (frozenset({"Иван Котов"}), "Possible")]


def test_a_post_not_taken_is_negated():
    assert _events("Иван Котов так и не стал министром.", "Appointment") == [
        (frozenset({"Иван Котов"}), "Negated")]


def test_becoming_known_is_no_appointment():
    assert _events("Иван Котов стал известен после выступления в Твери.", "Appointment") == []


def test_becoming_the_cause_of_something_is_no_appointment():
    assert _events("Пожар стал причиной отставки министра Ивана Котова.", "Appointment") == []


def test_becoming_a_winner_is_no_appointment():
    assert _events("Иван Котов стал победителем турнира в Твери.", "Appointment") == []


def test_a_president_who_became_a_guest_takes_no_post():
    assert _events("Президент Иван Котов стал гостем фестиваля.", "Appointment") == []


def test_a_minister_who_became_a_victim_takes_no_post():
    assert _events("Министр Анна Белова стала жертвой мошенников.", "Appointment") == []


def test_the_head_of_a_family_is_no_post():
    assert _events("После смерти отца Иван Котов стал главой семьи.", "Appointment") == []


def test_began_to_ask_a_governor_takes_no_post():
    assert _events("Ольга Ветрова не стала просить губернатора Андрея Травникова о помощи.",
                   "Appointment") == []


def test_began_to_call_a_minister_takes_no_post():
    assert _events("Иван Котов стал звонить министру Анне Беловой.", "Appointment") == []


# ---- an election won with `выиграть` -------------------------------------------------------------


def test_winning_presidential_elections_elects_the_winner():
    assert _events("Иван Котов выиграл президентские выборы в Грузии.", "Election") == [
        (frozenset({"Иван Котов"}), "Actual")]


def test_winning_a_primary_elects_the_winner():
    assert _events("Анна Белова выиграла праймериз Демократической партии.", "Election") == [
        (frozenset({"Анна Белова"}), "Actual")]


def test_a_failed_win_elects_no_one():
    assert all(not targets for targets, _ in _events("Иван Котов не смог выиграть выборы.",
                                                      "Election"))


def test_a_vote_not_won_elects_no_one():
    assert all(not targets for targets, _ in _events(
        "Иван Котов не победил на выборах мэра Твери.", "Election"))


def test_a_won_argument_is_no_election():
    assert _events("Иван Котов выиграл спор с Анной Беловой.", "Election") == []


def test_a_won_lawsuit_is_no_election():
    assert _events("Иван Котов выиграл суд у Анны Беловой.", "Election") == []


# ---- the body of the post -----------------------------------------------------------------------


def test_a_company_named_in_latin_letters_takes_part_in_the_appointment():
    assert actors_of("Генеральным директором Alphabet станет Иван Котов.", "Appointment") == [
        frozenset({"Иван Котов", "Alphabet"})]


def test_a_company_in_latin_letters_after_a_preposition_is_no_body_of_the_post():
    assert actors_of("Иван Котов стал директором по продажам в Alphabet.", "Appointment") == [
        frozenset({"Иван Котов"})]


def test_becoming_head_of_state_after_an_election_is_no_appointment():
    assert _events("После победы на выборах Иван Котов стал главой государства.",
                   "Appointment") == []


# ---- a record told of the holder -----------------------------------------------------------------


def test_the_longest_lived_president_is_a_record_not_a_post_taken():
    assert _events("Иван Котов стал самым долгоживущим президентом страны.", "Appointment") == []


def test_the_only_president_not_elected_is_a_record_not_a_post_taken():
    assert _events("Иван Котов стал единственным президентом страны, который не был избран.",
                   "Appointment") == []


def test_an_ordinal_post_is_still_taken():
    assert _events("Иван Котов стал 43-м президентом страны.", "Appointment") == [
        (frozenset({"Иван Котов"}), "Actual")]


def test_a_record_word_does_not_undo_a_post_given():
    assert _events("Иван Котов назначен самым молодым министром в истории страны.",
                   "Appointment") == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_post_taken_for_a_purpose_is_still_taken():
    assert _events("Иван Котов стал президентом клуба, чтобы спасти его от банкротства.",
                   "Appointment") == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_birth_told_with_a_purpose_stays_a_birth():
    assert [e.kind for e in described("Анна Белова стала мамой, чтобы успеть до сорока лет.")] == [
        "Birth"]
