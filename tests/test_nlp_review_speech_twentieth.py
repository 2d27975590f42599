"""Review of the twentieth round's reported-speech rules: the other senses of the new verbs,
cues and constructions (`ожидает, когда …` of waiting, `говорил так, будто …` of manner, `Заявил
ли X …?` asked, a list of names before a dash, `не уставал повторять` affirmed). Every sentence
here is invented; one behaviour per test, with the readings a rule must not reach beside the one
it must."""

from __future__ import annotations

from speech_helpers import said as _said
from speech_helpers import said_once as _one

# ---- `так, будто` / `так, что`: the manner of speaking, not the words --------------------------

def test_manner_clause_after_tak_is_not_the_words():
    assert _said("Депутат Михаил Греков говорил так, будто он уже победил на выборах.") == []
    assert _said("Депутат Михаил Греков говорил так, что зал аплодировал стоя.") == []
    assert _said("Машина выглядела так, как будто по ней проехал танк.") == []


def test_budto_after_a_comma_still_opens_the_words():
    speaker, _, _, words = _one("Журналист Антон Смирнов заявил, будто мэрия скрывает данные о "
                                "выбросах.")
    assert speaker == "Антон Смирнов" and words == "мэрия скрывает данные о выбросах"


def test_budto_by_particle_is_left_out_of_the_words():
    assert _one("Депутат Михаил Греков сказал, будто бы выборы уже выиграны.")[3] \
        == "выборы уже выиграны"


# ---- expecting, fearing, doubting: a `что` clause only -----------------------------------------

def test_waiting_for_a_wh_clause_is_not_speech():
    assert _said("Министр Олег Петров ожидает, когда закончится заседание.") == []
    assert _said("Министр Олег Петров ожидает, пока закончится заседание.") == []
    assert _said("Губернатор Андрей Соколов ожидал делегацию из Казани в аэропорту.") == []


def test_fear_with_kak_by_is_not_speech():
    assert _said("Премьер Виктор Зубков опасался, как бы переговоры не сорвались.") == []
    assert _said("Фермер Иван Кузнецов опасается засухи и неурожая.") == []
    assert _one("Мэр Сергей Орлов опасается, что паводок затопит дороги.")[0] == "Сергей Орлов"


def test_doubting_whether_is_not_speech():
    assert _said("Министр Олег Петров сомневается, стоит ли продолжать переговоры.") == []
    assert _said("Тренер Алексей Миронов сомневается в успехе команды.") == []


def test_explaining_keeps_its_wh_clause():
    assert _one("Юрист Иван Котов разъяснил, как подать жалобу.")[3] == "как подать жалобу"


# ---- questions ------------------------------------------------------------------------------

def test_speech_verb_asked_with_li_is_not_said():
    assert _said("Заявил ли министр Олег Петров, что цены вырастут?") == []
    assert _said("Неизвестно, сообщил ли мэр Сергей Орлов о проверке губернатору.") == []
    assert _one("Министр Олег Петров заявил, что цены вырастут.")[0] == "Олег Петров"


# ---- negation before an infinitive of saying -------------------------------------------------

def test_negated_head_that_affirms_keeps_the_words():
    assert _one("Министр Олег Петров не уставал повторять, что цены вырастут.")[3] \
        == "цены вырастут"
    assert _one("Министр Олег Петров не преминул заметить, что цены вырастут.")[0] \
        == "Олег Петров"


def test_negated_head_that_denies_still_says_nothing():
    assert _said("Министр Олег Петров не стал заявлять, что цены вырастут.") == []
    assert _said("Министр Олег Петров не смог объяснить, почему проект закрыт.") == []
    assert _said("Министр Олег Петров не заявлял, что цены вырастут.") == []


# ---- short dash lines -----------------------------------------------------------------------

def test_list_of_names_before_a_dash_is_not_the_words():
    assert _said("Москва, Санкт-Петербург, Казань — сообщил министр Олег Петров о "
                 "городах-участниках.") == []
    assert _said("Москва и Казань — сообщил министр Олег Петров о городах-участниках.") == []
    assert _said("— Хлеб, молоко, сахар, — перечислила продавщица Анна Лебедева.") == []


def test_short_dash_line_words_leave_the_dash_out():
    speaker, _, _, words = _one("— Ситуация стабильная, — рассказала врач Ольга Зайцева.")
    assert speaker == "Ольга Зайцева" and words == "Ситуация стабильная"


# ---- the unnamed-noun guard of reference (shared with event actors) ----------------------------

def _targets(text: str, kind: str) -> list[list[str]]:
    from kg.pipeline import extract
    from kg.records import Document
    x = extract(Document(id="t", text=text))
    names = {e.key: e.name for e in x.entities}
    return [[names[k] for k in e.targets] for e in x.events if e.kind == kind]


def test_noun_named_as_subject_still_refers_back():
    assert _targets("Лидер партии Иван Котов встретился с президентом. Лидер подал в отставку.",
                    "Resignation") == [["Иван Котов"]]
    assert _targets("Актер Павел Смирнов умер в 2010 году. По словам дочери актера, он долго "
                    "болел.", "Death") == [["Павел Смирнов"]]


# ---- the end of the words said ------------------------------------------------------------

def test_second_act_of_the_speaker_ends_the_words():
    assert _one("Президент Игорь Фомин не только сказал, что налоги снизятся, но и подписал "
                "указ.")[3] == "налоги снизятся"
    assert _one("Министр Олег Петров сказал, что налоги снизятся, и подписал указ.")[3] \
        == "налоги снизятся"


def test_verbs_of_the_reported_subject_stay_in_the_words():
    assert _one("Министр Анна Крылова сообщила, что школы закрылись на карантин и перешли на "
                "дистанционное обучение.")[3] \
        == "школы закрылись на карантин и перешли на дистанционное обучение"
    assert _one("Министр Анна Крылова сообщила, что министр уволился и уехал в Сочи.")[3] \
        == "министр уволился и уехал в Сочи"


# ---- an outlet's reporter spoken to ---------------------------------------------------------

def test_outlet_named_beside_its_kind_noun_is_the_source():
    _, source, anonymous, _ = _one("Источник в правительстве сообщил журналисту агентства "
                                   "Интерфакс, что отставки не будет.")
    assert source == "Интерфакс" and anonymous


def test_named_speaker_to_an_outlet_keeps_no_source():
    speaker, source, _, _ = _one("Мэр Сергей Орлов сообщил журналисту агентства Интерфакс, что "
                                 "отставки не будет.")
    assert speaker == "Сергей Орлов" and source is None
    assert _one("Источник в правительстве сообщил дочери директора завода «Маяк», что отставки "
                "не будет.")[1] is None


# ---- a speech act under `бы` -----------------------------------------------------------------

def test_speech_verb_under_by_is_not_said():
    found = _said("Цены на бензин вырастут. Такое заявление сделал бы любой политик, считает мэр "
                  "Сергей Орлов.")
    assert not any(words == "Цены на бензин вырастут" for _, _, _, words in found)
    assert _said("Министр Олег Петров заявил бы, что цены вырастут, если бы знал об этом.") == []


def test_first_person_by_softens_and_keeps_the_words():
    assert _one("«Я бы сказал, что ситуация сложная», — отметил министр Олег Петров.")[0] \
        == "Олег Петров"
    assert _one("Министр Олег Петров заявил, что хотел бы уйти в отставку.")[3] \
        == "хотел бы уйти в отставку"


# ---- heads under which an infinitive of saying was not said ------------------------------------

def test_finding_it_hard_to_say_is_no_statement():
    assert _said("Эксперт Дмитрий Ковалев затрудняется прогнозировать, когда закончится "
                 "кризис.") == []
    assert _said("Эксперт Дмитрий Ковалев затруднился спрогнозировать, что будет с рублем.") == []


def test_being_ready_to_say_is_not_yet_said():
    assert _said("Министр Олег Петров готов заявить, что цены вырастут.") == []


def test_managing_or_trying_to_say_is_said():
    assert _one("Министр Олег Петров успел сообщить, что цены вырастут.")[3] == "цены вырастут"
    assert _one("Министр Олег Петров попытался объяснить, что цены вырастут.")[0] == "Олег Петров"
    assert _one("Министр Олег Петров поспешил заявить, что цены не вырастут.")[0] == "Олег Петров"
