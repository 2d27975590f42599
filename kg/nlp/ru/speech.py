"""Reported speech in Russian news → Statement records: who said what (quoted or paraphrased), to
whom, and which source the article cites for it.

A statement needs a speech verb (kg/data/ru/speech_verbs.tsv) or a cue phrase (`по словам X`,
kg/data/ru/speech_sources.tsv) and an attribution the text gives: a speaker found through the
syntax, a cited document's owner (`в заявлении Белого дома`) or an unnamed source. When a verb is
missing (text damaged where links were stripped) nothing is guessed: prefer no fact to a wrong one.
"""

from __future__ import annotations

import re

from kg.nlp.base import span
from kg.nlp.lines import headline
from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.lexicon import normed_words, possessives, table, word_list
from kg.nlp.ru.name_types import genitive_form, known_place_or_body_name
from kg.nlp.ru.quotes import Quote, find_quotes
from kg.nlp.ru.reference import anaphoric_rows
from kg.nlp.ru.speech_clauses import Finder, citing_converb, glued_dot, norm
from kg.nlp.ru.speech_joint import co_authors, co_speakers, joint_pronoun
from kg.records import Document, Entity, Span, Statement, TimeValue

__all__ = ["find_statements", "find_quotes"]

_THIRD = possessives("3")  # `по его словам`, `его адвокат`: an owner the resolver may name
# `по их словам`: the plural ones (the forms pronouns.tsv gives the plural), which may stand for
# unnamed sources or the body whose representatives spoke
_THEIR = _THIRD & frozenset(r[0] for r in table("pronouns") if r[2:3] == ("Plur",))


def find_statements(a: Analysis, entities: tuple[Entity, ...], document: Document | None = None,
                    times: tuple[TimeValue, ...] = ()) -> tuple[Statement, ...]:
    """The statements of one analysed article, keyed s1, s2, … in text order; a statement's time
    is the time expression of the speech verb's own clause (`заявил в понедельник`), if any."""
    f = Finder(a, entities)
    times_by_sent: dict[int, list[TimeValue]] = {}  # a verb's own time is in its own sentence
    for t in times:
        for s in {x.sent for x in f.tokens_in(t.span.start, t.span.end)}:
            times_by_sent.setdefault(s, []).append(t)
    found: list[dict] = []
    cue_sents: set[int] = set()
    told_to: dict[int, str] = {}  # trigger start → the outlet an unnamed source spoke to
    for verb in a.tokens:
        entry = f.verb(verb)
        if entry is None or f.hypothetical(verb):
            continue  # `Если участник заявляет…`: speech that may happen was not said
        if norm(verb.lemma) in normed_words("speech_noticing_verbs") and f.negated(verb):
            continue  # `не замечал, что за ним следят`: not noticing, not speech
        if verb.feats.get("VerbForm") == "Conv" \
                and norm(verb.lemma) in normed_words("speech_thought_verbs"):
            continue  # `снял кандидатуру, посчитав, что …`: the act's reason, not words said
        if entry.said == "any" and _denied(f, verb):
            continue  # `не заявлял, что …`, `не сообщил о сроках`: nothing was said
        active = entry.voice == "active"
        speaker, anon = f.speaker_of(verb) if active else (None, None)
        if active and speaker is None and anon is None:
            speaker = f.trailing_name(verb)  # `…, передаёт «Интерфакс».` parsed without a subject
        if active and (other := f.contrasted(verb)) is not None:
            speaker, anon = other, None  # `сделал не министр X, а его заместитель Y`: Y
        if speaker is not None and _pronoun_subject(f, verb) \
                and _referred_to(f, verb)[0] == speaker:
            # `Со ссылкой на министра X он заявил, что …`: `он` is not the X his own clause
            # refers to; X is where the words come from, and `он` stays open
            speaker, source_referred = None, speaker
        else:
            source_referred = None
        source, author = f.cited_source(_outside_clause(f, verb))
        source = source or source_referred
        quoted_pronoun = f.quoted_pronoun(verb)
        if speaker is not None and quoted_pronoun:
            speaker = None  # `X рассказала:\nОн сказал, что …`: her `он` is not for narration
        if active and speaker is None and anon is None and not quoted_pronoun:
            speaker = _continued(f, verb, found)  # `X заявил, что … . «…», — добавил он.`
        elif active and speaker is not None and not quoted_pronoun:
            speaker = _past_words(f, verb, found, speaker)  # `X рассказал, что … Y. Он …`
        if active and speaker is None and source is None and anon is None:
            # `сообщают СМИ со ссылкой на его жену X`: no one named speaks; the one referred to
            # is the speaker (a person), the source (a body) or an unnamed source
            speaker, source, anon = _referred_to(f, verb)
            if speaker is not None and _pronoun_subject(f, verb):
                # (`Со ссылкой на министра X она заявила`, `она` left open: still not X)
                speaker, source = None, speaker
        elif active and speaker is not None and source is None and anon is None \
                and f.kind(speaker) == "organization":
            # `сообщает газета X со ссылкой на агентство Y`: the outlet speaks and cites a body,
            # the source; `со ссылкой на источник в полиции`: an unnamed source (a person
            # cited, `со ссылкой на её адвоката X`, is left as it was: who speaks is unsure)
            _, cited, label = _referred_to(f, verb)
            if cited is None and label is None:
                cited, label = _citing_after(f, verb)
            if cited is not None and cited != speaker:
                source = cited
            elif cited is None and label is not None:
                anon = label
        elif active and speaker is not None and source is None and anon is None:
            # `Министр X, ссылаясь на данные МВД, заявил …`: a person citing a body or unnamed
            # informants by the converb has them as the source too
            cited, label = _citing_after(f, verb)
            if cited is not None and cited != speaker:
                source = cited
            elif label is not None:
                anon = label
        if speaker is None and source is None and anon is None and not quoted_pronoun:
            # `…, пишет X. Издание отмечает …`, `В материале издания говорится …`
            media = _media_back(f, verb)
            speaker, source = (media, None) if active and media else (None, media)
        if speaker is not None and _common_noun(f, speaker):
            # `Полиция подтвердила`: no one named; `секретариат Агентства` after `МАГАТЭ`: the
            # agency named before
            speaker = _named_back(f, speaker)
        if source is not None and _common_noun(f, source):
            source = _named_back(f, source)
        if speaker is not None and not f.agrees_in_gender(speaker, verb) \
                and not f.office_subject(verb):
            # (`пресс-служба губернатора заявила`: the verb agrees with the office, not with him)
            speaker = None  # `Рено сказала` given to her brother: no speaker rather than him
        if not active and author:
            speaker = author  # `X сделал заявление. В заявлении говорится…`: X speaks
            if _common_noun(f, speaker):  # (`секретариат Агентства … В сообщении …`)
                speaker = _named_back(f, speaker)
        if entry.voice == "impersonal" and not (speaker or source or anon or author):
            speaker = f.passive_body(verb)  # `В Минфине было заявлено, что …`
        if not active and not (speaker or source or anon or author):
            # `X сообщил, что … . «…», — говорится в сообщении`: the document of the one who
            # spoke just before
            speaker, source, anon = _owner_before(f, verb, found)
        if entry.voice == "quoting":  # `цитирует ТАСС Дмитрия Пескова`: the object speaks
            f.last_label = None
            speaker, source = f.quoted(verb)
            anon = anon or f.last_label
        cue = f.cue(_segment(a.sentence_tokens(verb.sent), verb))
        cue_attached = False
        if cue and _in_question(f, cue[1], verb):
            cue = None  # `X спросил у Y, что, по его мнению, важнее, на что тот ответил`: no source
        if cue and (speaker or source):
            # `По словам представителей администрации, Байден сказал…`: the cue cites the source
            who, label = _cue_owner(f, cue[1])
            if label or (who and who != speaker):
                cue_attached = True
                anon = anon or label
                source = source or who
        if active and not (speaker or source or anon):
            # `X и Y встретились. Они заявили, что …`: a plural pronoun subject that stands for
            # persons named together: the first of them speaks, the others with them
            speaker = (joint_pronoun(f, verb) or (None,))[0]
        if active and not (speaker or source or anon):
            # `Его сын рассказал агентству Reuters, что …`: a person the text does not name who
            # spoke to a named outlet; the outlet is where the words come from
            source = _told_outlet(f, verb)
        if not (speaker or source or anon):
            continue  # nobody the text names said it: no statement
        if entry.said == "clause" and _within_reported(f, verb):
            continue  # `заявил, что знает … и надеется, что …`: one statement, the first verb's
        if entry.said == "any":
            content = (f.content_after(verb) or f.content_before(verb)
                       or f.content_dialogue(verb) or f.content_as(verb)
                       or f.content_infinitive(verb) or f.content_colon(verb)
                       or f.content_about(verb) or f.content_reason(verb)
                       or (f.content_naming(verb) if entry.naming else None)
                       or f.content_this(verb))
        elif entry.said == "quote" and f.negated(verb):
            continue  # `не отвечают на просьбы: «…»`: the quote is someone else's
        else:  # `считает, что …`, `поздравил X с победой: «…»`: only these forms are speech
            # (`…, считает X`: inverted, as with заявил; `Как полагает X, …`)
            content = (f.content_after(verb) or f.content_before(verb) or f.content_as(verb)
                       or f.content_reason(verb) or f.content_colon(verb)  # (`уверен: …`)
                       or (f.content_this(verb) if f.such_words(verb) else None)
                       ) if entry.said == "clause" else f.content_dialogue(verb)
            # (`— Это провокация! — возмутился X`: a dialogue line frames its words as a quote
            # in marks would)
        if content is not None:
            content = f.cut_before_framed(content, verb)
        quote = f.quote_for(verb, content, framed=content is None and entry.said != "any")
        if quote is not None and content is not None \
                and (quote.start, quote.end) == (content.start, content.end):
            content = None  # (`— Нет, — ответил X. — …`: a dialogue line the older dash reading
            # takes as the quote too; the words are said once)
        if quote is None and content is None and entry.object_content:
            content = f.content_object(verb)
        if quote is None and content is None:
            continue
        more = f.resumed(verb, quote) if quote is not None else None
        for q in (quote, more):
            if q is not None:
                f.used_quotes.add((q.start, q.end))
        if cue_attached:
            cue_sents.add(verb.sent)
        said = [x for x in (content, quote) if x is not None]
        if anon and speaker is None and source is None:
            outlet = _addressed_outlet(f, verb)
            if outlet is not None:
                told_to[verb.start] = outlet
        own_times = tuple(times_by_sent.get(verb.sent, ()))
        found.append(dict(trigger=span(a.text, verb.start, verb.end), speaker=speaker,
                          quote=span(a.text, quote.start, quote.end) if quote else None,
                          content=content, source=source,
                          addressee=None if entry.voice == "quoting" else f.addressee_of(verb),
                          anonymous_source=anon, time=_time_of(f, verb, own_times, said),
                          more_quotes=(span(a.text, more.start, more.end),) if more else (),
                          co_speakers=co_speakers(f, verb, speaker) if active else (
                              co_authors(f, speaker, verb) if author and speaker == author
                              else ()),
                          sentence=span(a.text, a.sentences[verb.sent].start,
                                        a.sentences[verb.sent].end)))
    found = _drop_wrappers(found)
    found = _drop_relaying_outlets(f, found)
    found = _drop_retold(found)
    found += _cue_only_unsaid(_cue_only(f, cue_sents), found)
    found += _framed_by_words(f)
    # (`По словам X: «…»`: the cue's statement holds the quote already; the line opened by a
    # name and a colon adds no second one)
    found += [d for d in _introduced(f) if not any(
        o["speaker"] == d["speaker"] and _overlaps(o, d) for o in found)]
    found += _shown_with_words(f)
    found += [d for d in _noun_with_that(f) if not any(_overlaps(o, d) for o in found)]
    found += _words_belong(f)
    for d in found:  # `Источник РБК сообщает`: an unnamed source speaks from the body it names
        if d["source"] is None and d["speaker"] is None and d["anonymous_source"]:
            d["source"] = f.label_source(d["anonymous_source"], d["trigger"].start)
            if d["source"] is None and d.get("addressee") \
                    and f.kind(d["addressee"]) == "organization" \
                    and not _state_body(f, d["addressee"]):
                # `Как сообщил РИА Новости источник в …`: the outlet the unnamed source spoke
                # to is where the words come from, as `источник РБК` is
                d["source"] = d["addressee"]
            if d["source"] is None:
                # `— сказал корреспонденту ТАСС сотрудник полиции`: so is the outlet of the
                # reporter spoken to
                d["source"] = told_to.get(d["trigger"].start)
    # `По словам официальных лиц, …`, `Сотрудники тюрем сообщили …`: a group of unnamed people
    # that no body the text names stands behind is no attribution a reader can follow; an unnamed
    # person (`представитель полиции`, `источник`) is still a source of its own
    found = [d for d in found if d["speaker"] or d["source"] or not d["anonymous_source"]
             or not f.unnamed_group(d["anonymous_source"], d["trigger"].start)]
    found = _drop_quoted_unnamed(f, found)
    found = _drop_headline(a.text, found)
    found.sort(key=lambda d: d["trigger"].start)
    return tuple(Statement(key=f"s{i}", **d) for i, d in enumerate(found, 1))


def _drop_headline(text: str, found: list[dict]) -> list[dict]:
    """A headline (`X заявил о завершении карьеры`, `«Спартак» подтвердил отставку Y` above the
    story) tells again what the body reports: its speech verb makes no statement of its own, as
    its `Name: «…»` line makes none (`_introduced`). A text with no headline keeps all."""
    head = headline(text)
    if head is None:
        return found
    return [d for d in found if not head[0] <= d["trigger"].start < head[1]]


def _segment(tokens: tuple[Token, ...] | list[Token], verb: Token) -> list[Token]:
    """The part of the sentence between semicolons that holds the verb: `По словам X, налоги не
    вырастут; Y считает, что …` cites X for the first part only."""
    out: list[Token] = []
    for t in tokens:
        if t.text == ";":
            if t.index > verb.index:
                break
            out = []
            continue
        out.append(t)
    return out


def _addressed_outlet(f: Finder, verb: Token) -> str | None:
    """`сказал корреспонденту ТАСС`, `рассказал журналисту «Интерфакса»`: the organisation (not a
    body of the state) owning the person noun in the dative the verb speaks to."""
    for t in f.a.children(verb.index):
        if not (t.rel == "iobj" or (t.rel == "obl" and t.feats.get("Case") == "Dat"
                                    and not f.children(t.index, "case"))):
            continue
        if t.index in f.by_token or t.pos != "NOUN" or t.feats.get("Animacy") != "Anim":
            continue
        for c in f.children(t.index, "nmod"):
            key = f.by_token.get(c.index)
            if key is None and c.feats.get("Case") == "Gen":
                # (`журналисту агентства Интерфакс`: the name stands beside its kind noun)
                key = next((f.by_token[n.index] for n in f.children(c.index, "appos", "flat")
                            if n.index in f.by_token), None)
            if key is not None and c.feats.get("Case") in (None, "Gen") \
                    and f.kind(key) == "organization" and not _state_body(f, key):
                return key
    return None


def _told_outlet(f: Finder, verb: Token) -> str | None:
    """`Его сын рассказал агентству Reuters, что …`, `Её подруга сообщила НТВ, что …`: the outlet
    in the dative that a person the text does not name (one human noun as the subject, naming no
    one) spoke to. Not a body of the state (`сообщил Минфину`), nor an organisation introduced
    with a word no outlet is named with (`сообщил компании X`); with no outlet, or with a subject
    that is a pronoun or a name, nothing."""
    subj = f.children(verb.index, "nsubj")
    if len(subj) != 1 or subj[0].pos != "NOUN" or subj[0].feats.get("Animacy") != "Anim" \
            or subj[0].index in f.by_token or f.phrase_entity(subj[0]) != (None, None):
        return None
    key = f.addressee_of(verb)
    if key is None or f.kind(key) != "organization" or _state_body(f, key) or f.no_outlet(key):
        return None
    return key


def _denied(f: Finder, verb: Token) -> bool:
    """`не` right before a verb of saying (`не заявлял, что …`, `не сообщал о …`) denies that the
    words were said; `не раз заявлял` (many times) and `не только заявил` keep their `не` apart
    from the verb, and a few verbs say something negated too (`не отрицал, что …` admits it,
    `не рекомендует выходить` advises; speech_negated_said.txt)."""
    if verb.index == 0 or norm(f.a.tokens[verb.index - 1].text) != "не" \
            or f.a.tokens[verb.index - 1].sent != verb.sent:
        return False
    return norm(verb.lemma) not in normed_words("speech_negated_said")


def _cue_phrase(f: Finder, noun: Token) -> list[Token]:
    """The words a cue noun governs: from after the noun to the next comma or dash of the
    sentence (`по словам [не названных по именам представителей администрации США],`)."""
    out = []
    closed = False  # a comma, dash or colon ends the phrase
    stray = _stray_comma(f, noun)
    for t in f.a.sentence_tokens(noun.sent):
        if t.index <= noun.index or t is stray:
            continue
        if t.text in ",;:—–" or "\n" in f.text[out[-1].end if out else noun.end:t.start]:
            closed = True
            break
        if t.text in ".!?" and not glued_dot(f.text, t):
            break
        out.append(t)
    tree = {t.index for t in f.subtree(noun.index)}
    if closed and any(t.index not in tree and t.pos in ("VERB", "AUX")
                      and t.feats.get("VerbForm", "Fin") == "Fin" for t in out):
        # `По словам X ни один из … не стал …, и …`: a comma closes a clause, not the phrase,
        # which is the noun's own words as when no comma follows
        closed = False
    if not closed:  # `По словам его жены X он скончался дома`: the phrase is the noun's own words
        cut = next((k for k, t in enumerate(out) if t.index not in tree), len(out))
        if cut == len(out) and _after_comma(f, noun):
            return out  # `…, по данным газеты X.`: the cue closes the sentence
        out = out[:cut] if cut < len(out) else []
    return out


def _stray_comma(f: Finder, noun: Token) -> Token | None:
    """`По словам, 26-летнего Ивана X, он …`: a comma typed right after the cue noun, before the
    owner it governs. It is stray when what follows it, to the next comma, is a name in the
    genitive with its words (no verb, no preposition of its own), and a clause follows that."""
    toks = f.a.sentence_tokens(noun.sent)
    k = noun.index - toks[0].index + 1
    if k >= len(toks) or toks[k].text != "," or noun.index == 0 \
            or f.a.tokens[noun.index - 1].pos not in ("ADP", "X", "NOUN", "PROPN", "ADV"):
        return None
    part = []
    for t in toks[k + 1:]:
        if t.text == ",":
            break
        if t.pos in ("VERB", "AUX", "ADP", "SCONJ", "PRON") or t.text in ".!?:;—–«»\"":
            return None
        part.append(t)
    else:
        return None  # no comma closes it: nothing is left for what was said
    keys = {f.by_token[t.index] for t in part if t.index in f.by_token}
    if len(keys) != 1 or len(part) > 5:
        return None
    words = [t for t in part if t.index in f.by_token]
    if not (genitive_form(words[0].text) or words[0].feats.get("Case") == "Gen"):
        return None
    return toks[k]


def _after_comma(f: Finder, noun: Token) -> bool:
    """The cue's preposition follows a comma (`…, по данным X`), words before it."""
    k = noun.index - 1
    while k > 0 and f.a.tokens[k].pos in ("DET", "PRON", "ADJ"):
        k -= 1
    prev = f.a.tokens[k - 1] if k > 0 else None
    return prev is not None and prev.sent == noun.sent and prev.text == "," \
        and prev.index > f.a.sentences[noun.sent].first


def _apposed_to_cue(f: Finder, phrase: list[Token],
                    toks: tuple[Token, ...]) -> tuple[str, list[Token]] | None:
    """`по словам одного из участников, профессора Ильи X, …`, `по словам её мужа, Ивана X,
    …`: a cue phrase that names no one, followed by a person in apposition between commas, in
    the genitive as the phrase is: that person, and the words of the apposition."""
    if not phrase or any(t.index in f.by_token for t in phrase):
        return None
    head = next((t for t in phrase if t.pos == "NOUN"), None)
    if not any(norm(t.lemma) in ("один", "один из") or norm(t.text) == "из" for t in phrase) \
            and (head is None or head.feats.get("Number") != "Sing"):
        return None  # (`по словам врачей, Ивана X, попавшего …, …`: not the doctors' name)
    comma = next((t for t in toks if t.index == phrase[-1].index + 1 and t.text == ","), None)
    if comma is None:
        return None
    part = []
    for t in toks:
        if t.index <= comma.index:
            continue
        if t.text in (",", "—", "–"):
            break
        if t.text in ".!?:" or t.pos in ("VERB", "AUX"):
            return None
        part.append(t)
    else:
        return None  # the apposition must close before what was said
    persons = {f.by_token[t.index] for t in part if t.index in f.by_token
               and f.kind(f.by_token[t.index]) == "person"}
    if len(persons) != 1 or not part or part[0].feats.get("Case") != "Gen" \
            or any(t.feats.get("Case") not in (None, "Gen") for t in part
                   if t.pos in ("NOUN", "PROPN") and t.index in f.by_token):
        return None
    return persons.pop(), [comma] + part


def _relative_after(f: Finder, phrase: list[Token], toks: tuple[Token, ...]) -> list[Token]:
    """`по словам X, который возил его много лет, …`: the relative clause on the cue's owner,
    to the comma after its verb, is not yet what was said (its words, comma included)."""
    if not phrase:
        return []
    after = [t for t in toks if t.index > phrase[-1].index]
    if len(after) < 3 or after[0].text != "," or norm(after[1].lemma) != "который":
        return []
    verb = next((t for t in after[2:] if t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return []
    comma = next((t for t in after if t.index > verb.index and t.text == ","), None)
    if comma is None:
        return []
    return [t for t in after if t.index < comma.index]


def _in_question(f: Finder, noun: Token, verb: Token) -> bool:
    """The cue sits in the question another verb asks (`спросил, что, по его мнению, …, на что
    тот ответил`), between the asking verb and this one: it tells whose opinion was asked for,
    and cites no one for the verb's words."""
    if not noun.index < verb.index:
        return False
    words = [t for t in f.a.sentence_tokens(noun.sent) if t.index < noun.index]
    for i, t in enumerate(words):
        if norm(t.lemma) in normed_words("asking_verbs") and t.index != verb.index:
            if any(w.pos in ("VERB", "AUX") and w.feats.get("VerbForm", "Fin") == "Fin"
                   for w in words[i + 1:]):
                # `Когда X спросили о …, он сказал, что, по его мнению, …`: the `что` is the
                # later verb's, and the cue stands in the answer
                return False
            rest = [norm(w.text) for w in words[i + 1:]]
            return any(w in word_list("question_words") for w in rest[-4:])
    return False


def _represented_before(f: Finder, tok: Token) -> str | None:
    """The one body or person that plural representatives (`Представители компании X`,
    kg/data/ru/speech_representative_nouns.txt) speak as in the sentence before `tok` or in its own
    before it; None when there are none or they speak for several."""
    first = f.a.sentences[max(tok.sent - 1, 0)].first  # (the two sentences only, not the text)
    found = {f._represented(t) for t in f.a.tokens[first:tok.index]
             if t.pos == "NOUN" and t.rel.split(":")[0] == "nsubj"} - {None}
    return found.pop() if len(found) == 1 else None


def _cue_owner(f: Finder, noun: Token) -> tuple[str | None, str | None]:
    """(speaker or source entity, anonymous label) of `по словам X` / `по данным X`."""
    cue_noun = noun
    k = noun.index - 1
    while k > 0 and f.a.tokens[k].pos == "ADJ":  # `по его собственному заявлению`
        k -= 1
    prev = f.a.tokens[k]
    if prev.pos in ("DET", "PRON") and norm(prev.text) in _THIRD:
        who = f.pronoun(prev)  # `по его словам`
        if who is None and norm(prev.text) in _THEIR:
            # `Представители компании X подтвердили … . По их словам, …`: the one body its
            # representatives spoke as goes on, as they speak as it
            who = _represented_before(f, prev)
        if who is None and norm(prev.text) in _THEIR:
            # `Источники в полиции сообщили … . По их словам, …`: the unnamed sources go on
            return None, f.plural_label_before(prev)
        if who is None and f.sources.get(f"по {norm(cue_noun.text)}") == "cue_source":
            # `Об этом сообщил телеграм-канал X. По его данным, …`: the resolver takes `его` for
            # persons only; an outlet that published in the sentence just before goes on (for
            # its data, not its words: `по его словам` is a person's)
            who = _outlet_before(f, prev.sent)
        return who, None
    phrase = _cue_phrase(f, noun)
    phrase = phrase[:_citing_at(phrase)]  # (`по данным газеты X со ссылкой на Y`: X's data)
    if phrase and phrase[-1].text == ")":  # `по словам X (Karl Steiner)`: the original spelling
        opening = max(k for k, t in enumerate(phrase) if t.text == "(") \
            if any(t.text == "(" for t in phrase) else 0
        phrase = phrase[:opening]
    if not phrase:
        return None, None
    first = phrase[0]
    if first.index in f.by_token:  # `по словам Алексея Данилова`, `по данным МИД РФ`
        return f.by_token[first.index], None
    noun = next((t for t in phrase if t.pos == "NOUN"), None)
    if len(phrase) <= 3 and noun is not None and f.sources.get(norm(noun.lemma)) != "person":
        who = f.ref.noun(noun)  # `по данным агентства`, `по словам сербского президента`
        if who:
            return who, None
        if len(phrase) == 1 and norm(noun.lemma) in normed_words("media_nouns") \
                and noun.feats.get("Number") == "Sing" \
                and f.sources.get(f"по {norm(cue_noun.text)}") == "cue_source":
            # `Об этом пишет «Фонтанка». По информации издания, …`: a bare outlet noun, the
            # outlet named without it, is the one organisation that published before (for its
            # data, as `по его данным` is: not for a person's words)
            who = f.published_before(noun.sent)
            if who:
                return who, None
    last = phrase[-1]
    if last.index in f.by_token and f.kind(f.by_token[last.index]) == "person" \
            and (not _clause_subject(f, last, phrase) or _stray_comma(f, cue_noun) is not None):
        # (a phrase set off by a stray comma on each side is the cue's, whatever the parse)
        return f.by_token[last.index], None  # `по словам пресс-атташе посольства Сергея Маркова`
    person = next((t for t in phrase if f.sources.get(norm(t.lemma)) == "person"), None)
    if person is not None:
        who = _introduced_as(f, phrase)  # `по словам представителя` after naming him so
        return (who, None) if who else (None, f.unnamed(person, phrase))
    keys = {f.by_token[t.index] for t in phrase if t.index in f.by_token}
    if noun is not None and noun.feats.get("Animacy") == "Anim" and noun.index not in f.by_token:
        return None, None  # `по словам аспиранта МГУ`: a person of the organisation, not it
    if len(keys) == 1 and f.kind(next(iter(keys))) == "organization":
        return keys.pop(), None  # `по сообщению агентства Associated Press`
    return None, None


def _state_body(f: Finder, key: str) -> bool:
    """The organisation is a body of the state, its name holding a word that introduces
    `ведомство` (anaphoric_nouns.tsv: `Минфин`, `МВД`, `Следственный комитет`): one an unnamed
    source reports to (`Источник сообщил Минфину, что …`), never the outlet that published the
    words."""
    words = anaphoric_rows().get("ведомство", ("", frozenset()))[1]
    return any(norm(w) in words for w in f.entities[key].name.split())


def _outlet_before(f: Finder, sent: int) -> str | None:
    """The one organisation that is the subject of a verb of publishing (media_verbs.txt) in the
    sentence before `sent`, when no person is named in that sentence (a person there may be
    the one `его` stands for)."""
    if sent == 0:
        return None
    toks = f.a.sentence_tokens(sent - 1)
    if any(f.kind(f.by_token[t.index]) == "person" for t in toks if t.index in f.by_token):
        return None
    spoke = set(f.publishers(toks))
    return spoke.pop() if len(spoke) == 1 else None


def _clause_subject(f: Finder, t: Token, phrase: list[Token]) -> bool:
    """`По данным следствия Ахмад Р., подозреваемый …, приобрёл …`: a name the cue phrase runs
    into for want of a comma, which the parse made the subject of a verb outside the phrase, is
    the clause's subject, not the cue's owner."""
    words = {x.index for x in phrase}
    name = t
    for _ in range(4):  # (from a word of the name to its head word)
        if name.rel.split(":")[0] not in ("flat", "appos") or name.head is None \
                or name.head not in words or f.by_token.get(name.head) != f.by_token.get(t.index):
            break
        name = f.a.tokens[name.head]
    if name.rel.split(":")[0] == "nsubj" and name.head is not None and name.head not in words:
        return True
    # (a name the parse hung on nothing in the phrase, whose first word cannot be a genitive,
    # does not own the cue noun either: `По данным следствия Ахмад Р., подозреваемый …`; the
    # tagger's case of a foreign name is a guess, so the dictionary's readings of the word decide)
    first = next(f.a.tokens[i] for i in sorted(words)
                 if f.by_token.get(i) == f.by_token.get(t.index))
    if name.head is not None and name.head in words and not genitive_form(first.text):
        # (`По словам медиков Иван X находится …`: a name in no genitive, hung on a plural
        # noun as if in apposition, cannot be that noun's apposition: it starts the clause)
        up = f.a.tokens[name.head]
        return up.pos == "NOUN" and up.feats.get("Number") == "Plur" \
            and name.feats.get("Number", "Sing") == "Sing" and up.index not in f.by_token
    return (name.head is None or name.head not in words) and not genitive_form(first.text)


def _introduced_as(f: Finder, phrase: list[Token]) -> str | None:
    """`Как заявил официальный представитель партии X Иван Петров, … . По словам представителя,
    …`: a bare singular noun of an unnamed speaker is the one person introduced with that noun,
    named in this sentence or the two before."""
    if len(phrase) != 1 or phrase[0].feats.get("Number") == "Plur":
        return None
    noun = phrase[0]
    hits = {k for k, e in f.entities.items() if e.kind == "person"
            and norm(noun.lemma) in f.ref.intro.get(k, ())
            and any(noun.sent - 2 <= s <= noun.sent for s in f.ref.sents.get(k, ()))}
    return hits.pop() if len(hits) == 1 else None


def _continued(f: Finder, verb: Token, found: list[dict]) -> str | None:
    """`он`/`она` as the subject of a speech verb the resolver left open: the person who spoke
    last, in this sentence or the two before, when that person agrees in gender and no other
    person of that gender is named since (the speaker goes on: `X заявил … . «…», — добавил
    он.`); else the one person of the article so far who could be meant."""
    subj = f.children(verb.index, "nsubj") or _borrowed_pronoun(f, verb)
    want = verb.feats.get("Gender")
    if not subj and verb.feats.get("Number") == "Sing" and want in ("Masc", "Fem") \
            and verb.feats.get("VerbForm") == "Fin":
        # `X сказал … . «…», — и добавил, что …` (the parse hangs the verb on the quote's words,
        # whose subject is not the speaker's), `X выступил с заявлением. Также заявил, что …`:
        # a singular past verb without a subject goes on with the last speaker, unless someone
        # unnamed (`врач`) was the subject of a clause since
        if not _after_quote_dash(f, verb) and _unnamed_subject_since(f, verb, found):
            return None
        return _last_speaker(f, verb, found, want)
    if not subj or norm(subj[0].text) not in ("он", "она"):
        return None
    want = "Fem" if norm(subj[0].text) == "она" else "Masc"
    last = _last_speaker(f, verb, found, want)
    if last is not None:
        return last
    sole = _sole_person(f, verb, want)
    if sole is not None and _other_spoke_close(f, verb, found, sole, want):
        return None  # `X сообщил: … . При этом он добавил` with X not taken: not the one person
    return sole or _subject_before(f, verb, want)


def _past_words(f: Finder, verb: Token, found: list[dict], key: str) -> str:
    """`Бывший мэр сообщил, что не виделся с Y. Он добавил, что …`: a `он`/`она`
    subject the resolver gave to a person named, in the verb's sentence and the two before it,
    only inside the last speaker's words goes on with the last speaker (the rules of
    `_last_speaker`: close, of that gender, no one else who could be meant named outside those
    words)."""
    subj = f.children(verb.index, "nsubj")
    if not subj or norm(subj[0].text) not in ("он", "она") or f.kind(key) != "person":
        return key
    want = "Fem" if norm(subj[0].text) == "она" else "Masc"
    last = _last_speaker(f, verb, found, want)
    if last is None or last == key:
        return key
    words = _words_of(found, last)
    inside = [t for t in f.a.tokens[f.a.sentences[max(0, verb.sent - 2)].first:verb.index]
              if f.by_token.get(t.index) == key]
    if inside and all(any(a <= t.start < b for a, b in words) for t in inside):
        return last
    return key


def _pronoun_subject(f: Finder, verb: Token) -> bool:
    """The verb's own subject is a personal pronoun of one person (`он`, `она`)."""
    return any(c.pos in ("PRON", "DET") and norm(c.lemma) in ("он", "она")
               and c.feats.get("Number", "Sing") == "Sing"
               for c in f.children(verb.index, "nsubj"))


def _citing_after(f: Finder, verb: Token) -> tuple[str | None, str | None]:
    """(source, unnamed source) of `Как сообщила газета X, ссылаясь на свои источники, …`: the
    converb set right after the speaker's clause (whatever the parse hung it on), its `на`
    phrase a body (the source) or an unnamed speaker noun (an unnamed source)."""
    sent = f.a.sentence_tokens(verb.sent)
    after = [t for t in sent if t.index > verb.index]
    comma = next((i for i, t in enumerate(after) if t.text == ","), None)
    if comma is not None and comma + 1 < len(after) and citing_converb(after[comma + 1]):
        conv = after[comma + 1]
    else:
        # `Агентство X, ссылаясь на данные МВД, сообщило, что …`: the converb between the
        # speaker and its verb, set off by commas and hung on the verb
        conv = next((c for c in f.a.children(verb.index) if c.index < verb.index
                     and citing_converb(c) and f.a.tokens[c.index - 1].text == ","), None)
        if conv is None:
            return None, None
    for x in f.a.children(conv.index):
        if [norm(y.text) for y in f.children(x.index, "case")] != ["на"]:
            continue
        key, label = f.phrase_entity(x)
        if key is None and label is None and f.sources.get(norm(x.lemma)) in ("news", "document"):
            # `ссылаясь на данные МВД`, `на заявление министерства X`: the body named inside the
            # phrase of a noun of news or of a document
            key = next((f.by_token[t.index] for t in f.subtree(x.index)
                        if t.index in f.by_token
                        and f.kind(f.by_token[t.index]) == "organization"), None)
        if key is not None and f.kind(key) == "organization":
            return key, None
        if key is None and label is not None:
            return None, re.sub(r"^на\s+", "", label)
    return None, None


def _referred_to(f: Finder, verb: Token) -> tuple[str | None, str | None, str | None]:
    """(speaker, source, unnamed source) of `со ссылкой на X` on the verb: a person X speaks
    (`сообщают СМИ со ссылкой на его жену X`), an organisation X, or one named inside the phrase
    (`со ссылкой на расчёты агентства X`), is the cited source, an unnamed speaker noun
    (`со ссылкой на сотрудника прокуратуры`) an unnamed source."""
    for c in f.children(verb.index, "obl"):
        if norm(c.text) != "ссылкой" or [norm(x.text) for x in f.children(c.index, "case")] \
                not in (["со"], ["с"]):
            continue
        for x in f.a.children(c.index):
            if [norm(y.text) for y in f.children(x.index, "case")] != ["на"]:
                continue
            key, label = f.phrase_entity(x)
            if key is None and label is None:
                key = next((f.by_token[t.index] for t in f.subtree(x.index)
                            if t.index in f.by_token
                            and f.kind(f.by_token[t.index]) == "organization"), None)
            if key is not None and f.kind(key) == "person":
                return key, None, None
            if key is not None and f.kind(key) == "organization":
                return None, key, None
            if label is not None:
                return None, None, re.sub(r"^на\s+", "", label)
    return None, None, None


def _said(d: dict) -> list:
    """A statement's words: its content and its quotes, those it has."""
    return [x for x in (d.get("content"), d.get("quote"), *d.get("more_quotes", ()))
            if x is not None]


def _words_of(found: list[dict], who: str) -> list[tuple[int, int]]:
    """The character spans of what `who` said in the statements found (content and quotes)."""
    return [(x.start, x.end) for d in found if d["speaker"] == who for x in _said(d)]


def _overlaps(a: dict, b: dict) -> bool:
    """Two statements' words (content, quotes) share a character."""
    return any(x.start < y.end and y.start < x.end for x in _said(a) for y in _said(b))


def _borrowed_pronoun(f: Finder, verb: Token) -> list[Token]:
    """`Он пожелал ей удачи, добавив, что …`, `Она кивнула и сказала, что …`: a converb or a
    joined verb without a subject of its own shares the `он`/`она` of the verb it hangs on (the
    subject speaker_of borrows, which the resolver left open); [] when that subject is anything
    else."""
    v = verb
    for _ in range(3):
        rel = v.rel.split(":")[0]
        climb = ("advcl", "conj", "xcomp") + (("ccomp",) if v.feats.get("VerbForm") == "Conv"
                                              else ())
        if rel not in climb or v.head is None:
            return []
        v = f.a.tokens[v.head]
        subj = f.children(v.index, "nsubj")
        if subj:
            if norm(subj[0].text) not in ("он", "она") or not f._in_number(subj[0], verb):
                return []
            # (a past verb of the other gender is not the pronoun's: `Она ушла, а он сказал`)
            gender = verb.feats.get("Gender") if verb.feats.get("Tense") == "Past" else None
            pron = "Fem" if norm(subj[0].text) == "она" else "Masc"
            return [subj[0]] if gender in (None, pron) else []
    return []


def _other_spoke_close(f: Finder, verb: Token, found: list[dict], who: str, want: str) -> bool:
    """Someone other than `who` who could be `он`/`она` (of that gender or of none known) spoke
    in this sentence or the two before, and the last speaker rules could not carry the pronoun
    on from them (a body, a speaker of unknown kind)."""
    for d in found:
        t = f.a.token_at(d["trigger"].start)
        if t is not None and t.index < verb.index and verb.sent - 2 <= t.sent \
                and d["speaker"] not in (None, who) \
                and f.ref.gender.get(d["speaker"]) in (None, want):
            return True
    return False


def _owner_before(f: Finder, verb: Token,
                  found: list[dict]) -> tuple[str | None, str | None, str | None]:
    """(speaker, source, unnamed source) of a document cited with no owner and no issuer (`В
    заявлении говорится: «…»`, `«…», — говорится в сообщении`, `в их заявлении`): whoever spoke
    in the sentence before the words (the sentence before the verb's sentence, or before the
    quote that ends at the verb), by a statement or by a speech act with no words of its own
    (`Представители клуба X выразили соболезнования.`), when one speaker or source is named
    there, or the unnamed source that spoke (`представители клуба X`). A document with an owner the text does not name (`в заявлении полиции`, `в
    пресс-релизе, выпущенном …`) is someone else's: none."""
    docs = [f._document(t) for t in f.subtree(verb.index)]
    doc = next((d for d in docs if d is not None), None)
    if doc is None or any(c.rel.split(":")[0] in ("nmod", "acl", "appos")
                          or (c.rel.split(":")[0] == "det" and norm(c.text) not in _OWN_PRONOUNS)
                          for c in f.a.children(doc.index)):
        return None, None, None
    first = verb.sent
    for q in f.quotes:  # `«… . …», — говорится в сообщении`: the words open the passage
        if q.end <= verb.start and not f.text[q.end:verb.start].strip(" \t\xa0»\"“”'’,—–-"):
            opened = f.a.token_at(q.start)
            if opened is not None:
                first = min(first, opened.sent)
    if first == 0 or any(norm(c.text) == "как" for c in f.children(verb.index, "mark")):
        return None, None, None  # (`как говорится в сообщении`: whose, the text leaves open)
    before = first - 1
    said = [d for d in found if f.a.token_at(d["trigger"].start) is not None
            and f.a.token_at(d["trigger"].start).sent == before]
    if said:
        d = said[-1]
        t = f.a.token_at(d["trigger"].start)
        if d["addressee"] is not None or any(
                c.rel.split(":")[0] == "iobj" or (c.rel.split(":")[0] == "obl"
                                                  and c.feats.get("Case") == "Dat")
                for c in f.a.children(t.index)):
            return None, None, None  # `X сказал Y, что …`: a conversation, not a document
        who, src, anon = d["speaker"], d["source"], d["anonymous_source"]
    else:
        acts = [t for t in f.a.sentence_tokens(before)
                if f.verb(t) is not None and f.verb(t).voice == "active" and not f.hypothetical(t)]
        if len(acts) != 1:
            return None, None, None
        who, anon = f.speaker_of(acts[0])
        src = f.cited_source(f.subtree(acts[0].index))[0]
    if who is not None and f.kind(who) != "person":
        who, src = None, src or who  # an organisation's document cites it as the source
    if who is not None and _common_noun(f, who):
        who = _named_back(f, who)
        if who is None:
            return None, None, None
    if src is not None and _common_noun(f, src):
        src = _named_back(f, src)
        if src is None:
            return None, None, None
    return who, src, anon


_OWN_PRONOUNS = possessives("3r")  # `в их заявлении`, `в своём заявлении`: an owner in view


def _outside_clause(f: Finder, verb: Token) -> list[Token]:
    """The verb's subtree without its reported `что` clause: a document named in the words said
    (`рассказал, что телеграмма X его тронула`) is no source of the statement."""
    inside = {t.index for c in f.children(verb.index, "ccomp")
              if any(norm(m.text) == "что" for m in f.children(c.index, "mark"))
              for t in f.subtree(c.index)}
    # (`Утверждается, что … на сайтах X …`: whatever the parse, the words after `, что` right
    # after the verb are what was said, but for an oblique the verb itself has after them:
    # `Сообщается, что …, в заявлении компании X`)
    toks = f.a.tokens
    if verb.index + 2 < len(toks) and toks[verb.index + 1].text == "," \
            and norm(toks[verb.index + 2].text) == "что" and toks[verb.index + 2].sent == verb.sent:
        end = f.a.sentences[verb.sent].end
        own = {t.index for c in f.children(verb.index, "obl") if c.index > verb.index + 2
               for t in f.subtree(c.index)}
        inside |= {t.index for t in toks[verb.index + 2:] if t.start < end} - own
    # (`сообщила, что …:` + the words said: a document named in them, `мои слова в интервью
    # X`, is no source either; the tokens after the first colon after the verb are the words)
    colon = next((t for t in f.a.sentence_tokens(verb.sent)
                  if t.index > verb.index and t.text == ":"), None)
    if colon is not None:
        inside |= {t.index for t in f.a.sentence_tokens(verb.sent) if t.index > colon.index}
    return [t for t in f.subtree(verb.index) if t.index not in inside]


def _within_reported(f: Finder, verb: Token) -> bool:
    """The verb stands inside what another speech verb reports (`заявил, что знает … и
    надеется, что …`), not beside it (`заявил, что …, и добавил, что …`, a verb joined to the
    speech verb itself)."""
    if f.rejoined(verb) is not None:
        return False  # (the parser hung a second act on the first one's clause)
    up, below = verb, None
    for _ in range(6):
        if up.head is None:
            return False
        below, up = up, f.a.tokens[up.head]
        if up.index == verb.index:
            return False  # (a parse with a cycle)
        if f.verb(up) is not None and not f.narrators(up):
            if below.index != verb.index or verb.rel.split(":")[0] != "conj":
                return True
            return f.joined_opinion(verb, up)  # (the parser joined the two verbs)
    return False


def _named_back(f: Finder, key: str) -> str | None:
    """An organisation the NER named by a capitalised noun that refers back (`секретариат
    Агентства`, in the middle of a sentence, the capital for the one agency of the article): the
    one organisation named before it that was introduced with a word of the noun's row of
    anaphoric_nouns.tsv, or is named by an abbreviation that holds the noun's initial (`МАГАТЭ`
    for `Агентство`). Never for a body of a country (`Полиция`, `Правительство`: the police or
    government of whatever country, reference_words.tsv `body`, speech_sources.tsv
    `collective`), and not for a noun opening its sentence, whose capital says nothing."""
    e = f.entities[key]
    rows = anaphoric_rows()
    bodies = _bodies(f)
    first, lemmas = None, set()
    for m in e.mentions:
        toks = f.tokens_in(m.start, m.end)
        if len(toks) != 1 or toks[0].index == f.a.sentences[toks[0].sent].first:
            return None
        lemmas.add(norm(toks[0].lemma))
        first = toks[0] if first is None or toks[0].index < first.index else first
    if first is None or len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    kind, words = rows.get(lemma, (None, frozenset()))
    if kind != "organization" or lemma in bodies:
        return None
    initial = lemma[:1].upper()
    found = set()
    for k, other in f.entities.items():
        if k == key or other.kind != "organization" or _common_noun(f, k) or not any(
                m.start < first.start for m in other.mentions):
            continue
        abbreviation = other.name.isupper() and 2 <= len(other.name) <= 8 and initial in other.name
        if f.ref.intro[k] & words or abbreviation:
            found.add(k)
    return found.pop() if len(found) == 1 else None


def _bodies(f: Finder) -> set[str]:
    """Nouns of a body that speaks for its country or owner: reference_words.tsv `body`
    (`полиция`, `правительство`) and speech_sources.tsv `collective` (`власти`)."""
    return {w for w, r in f.sources.items() if r == "collective"} | {
        norm(r[0]) for r in table("reference_words") if len(r) >= 2 and r[1] == "body"}


def _common_noun(f: Finder, key: str) -> bool:
    """An organisation the NER named by a capitalised common noun alone (`Полиция`,
    `Агентство`): a body of the article or a noun that refers back (reference_words.tsv `body`,
    the `introduced_by` words of anaphoric_nouns.tsv, `collective` in speech_sources.tsv), which
    names no one by itself."""
    e = f.entities.get(key)
    if e is None or e.kind != "organization":
        return False
    words = f.ref.introducers | _bodies(f)
    for m in e.mentions:
        toks = f.tokens_in(m.start, m.end)
        if len(toks) != 1 or norm(toks[0].lemma) not in words:
            return False
        if known_place_or_body_name(toks[0].text):
            # `Минобороны`, `МИД`, `Минфин`: introducing words that are a body's own name (the
            # dictionary reads them as one), not a common noun of the article
            return False
    return True


def _media_back(f: Finder, verb: Token) -> str | None:
    """`…, пишет X. Издание отмечает, что …`; `В материале издания говорится …`: a bare media
    noun (media_nouns.txt) as the verb's subject or as the owner of the document it
    cites, which the reference resolver left open because X was named without such a noun, is
    the organisation that published before in the article (the subject of a verb of
    media_verbs.txt), when only one organisation has."""
    bare = [c for c in f.children(verb.index, "nsubj")] + [
        c for t in f.subtree(verb.index) if f.sources.get(norm(t.lemma)) == "document"
        for c in f.children(t.index, "nmod") if c.feats.get("Case") == "Gen"]
    if not any(norm(c.lemma) in normed_words("media_nouns") and c.pos == "NOUN"
               and c.feats.get("Number") == "Sing" and c.index not in f.by_token
               and not any(x.rel.split(":")[0] in ("amod", "nmod", "appos", "det")
                           for x in f.a.children(c.index)) for c in bare):
        return None
    return f.published_before(verb.sent)


def _unnamed_subject_since(f: Finder, verb: Token, found: list[dict]) -> bool:
    """A noun or a pronoun that names no one of the article (`врач`, `мужчина`, `кто-то`) is the
    subject of a clause between the last statement and the verb."""
    last = max((d["trigger"].end for d in found if d["trigger"].start < verb.start), default=None)
    if last is None:
        return False
    return any(t.rel == "nsubj" and t.pos in ("NOUN", "PRON") and t.index not in f.by_token
               and norm(t.text) not in ("он", "она") and last <= t.start < verb.start
               for t in f.a.tokens[:verb.index])


_QUOTE_DASH = re.compile(r"[»\"“”'’]*\s*,?\s*[—–-]\s*(?:и\s+)?", re.IGNORECASE)


def _after_quote_dash(f: Finder, verb: Token) -> bool:
    """The verb follows a quote and a dash, maybe with `и` (`«…», — и добавил`)."""
    return any(_QUOTE_DASH.fullmatch(f.text[q.end:verb.start]) for q in f.quotes
               if q.end <= verb.start and verb.start - q.end < 12)


def _last_speaker(f: Finder, verb: Token, found: list[dict], want: str) -> str | None:
    """The person who spoke last — by a verb or by a cue (`По его словам, …`) — when close and
    no one else who could be meant is named since."""
    spoken = [(f.a.token_at(d["trigger"].start), d["speaker"]) for d in found
              if d["speaker"] is not None]
    for s in range(max(0, verb.sent - 6), verb.sent + 1):
        cue = f.cue(f.a.sentence_tokens(s))
        if cue and cue[1].index < verb.index:
            spoken.append((cue[1], _cue_owner(f, cue[1])[0]))
    spoken = [(t, k) for t, k in spoken if t is not None and k is not None and t.index < verb.index]
    if not spoken:
        return None
    spoke, who = max(spoken, key=lambda p: p[0].index)
    # (a quote of several sentences the verb closes, `«… . … . …» — добавил он`, counts as one)
    opened = next((f.a.token_at(q.start) for q in f.quotes if q.end <= verb.start
                   and not f.text[q.end:verb.start].strip(" \t\xa0»\"“”'’,—–-")), None)
    first = min(verb.sent, opened.sent) if opened is not None else verb.sent
    if f.kind(who) != "person" or not first - 2 <= spoke.sent <= verb.sent:
        return None
    if (f.ref.gender.get(who) or want) != want:
        return None
    # (a person named inside the words the last speaker said is no one else who could be meant:
    # `По словам X, Y передал данные. При этом он подчеркнул, что …` goes on with X)
    words = _words_of(found, who)
    triggers = (f.a.token_at(d["trigger"].start) for d in found)
    if spoke.index not in {t.index for t in triggers if t is not None}:
        said = _cue_said(f, spoke)  # a cue's own words, which `found` does not hold yet
        words += [said] if said else []
    others = {f.by_token[t.index] for t in f.a.tokens[f.a.sentences[spoke.sent].first:verb.index]
              if t.index in f.by_token and f.kind(f.by_token[t.index]) == "person"
              and not any(a <= t.start < b for a, b in words)}
    others.discard(who)
    if any((f.ref.gender.get(k) or want) == want for k in others):
        return None  # someone else who could be meant is named since
    return who


def _cue_said(f: Finder, noun: Token) -> tuple[int, int] | None:
    """Roughly what a cue reports: its sentence after the cue noun."""
    sent = f.a.sentences[noun.sent]
    return (noun.end, sent.end) if noun.end < sent.end else None


def _sole_person(f: Finder, verb: Token, want: str) -> str | None:
    """`X освобождён … . «…», — заявил он`, no one having spoken close before: the one person
    the article has named so far (outside quotes) who could be `он`/`она` — of that gender, or of
    none known — when that person's gender is known to be it, and no unnamed person (`его
    адвокат`) has been the subject of a clause since that person was last named."""
    told = [t for t in f.a.tokens[:verb.index]
            if not any(q.start <= t.start < q.end for q in f.quotes)]
    named = {f.by_token[t.index] for t in told if t.index in f.by_token
             and f.kind(f.by_token[t.index]) == "person"}
    fitting = [k for k in named if (f.ref.gender.get(k) or want) == want]
    if len(fitting) != 1 or f.ref.gender.get(fitting[0]) != want:
        return None
    last = max(t.index for t in told if f.by_token.get(t.index) == fitting[0])
    if f.a.tokens[last].sent < verb.sent and f.unnamed_subject_before(verb.sent, want, fitting[0]):
        return None  # `Директор школы сообщил, что отчислил X. Он также сказал …`: not X
    if any(t.index > last and t.rel == "nsubj" and t.pos == "NOUN" and t.index not in f.by_token
           and t.feats.get("Animacy") == "Anim" and t.feats.get("Number") != "Plur"
           and (_owned(f, t) or (t.head is not None and f.verb(f.a.tokens[t.head])))
           for t in told):
        return None  # `его адвокат прибыл`, `врач сказал, что …`: `он` may be that person
    if any(t.index > last and verb.sent - 1 <= t.sent and t.rel.split(":")[0] == "nsubj"
           and t.pos == "NOUN"
           and t.index not in f.by_token and t.feats.get("Animacy") == "Anim"
           and t.feats.get("Number") != "Plur" and t.feats.get("Gender") in (None, want)
           and f.phrase_entity(t)[0] is None for t in told):
        # `X … . Позже был задержан 30-летний мужчина. Он сказал, что …`: a person of that
        # gender the article leaves unnamed is the subject of this sentence or the one before,
        # so `он` is not settled
        return None
    return fitting[0]


def _subject_before(f: Finder, verb: Token, want: str) -> str | None:
    """`X в прошлом руководил компанией. В субботу он заявил: «…»`: the person who was the
    subject of the sentence just before (outside quotes), when that sentence and this one up to
    the verb name no other person who could be `он`/`она`, and the person is known to be of
    that gender."""
    if verb.sent == 0:
        return None
    before = f.a.sentence_tokens(verb.sent - 1)
    if any(q.start <= before[0].start < q.end or q.start < before[-1].end <= q.end
           for q in f.quotes):
        return None  # (the sentence before is someone's words)
    heads = [t for t in before if t.rel.split(":")[0] == "nsubj"]
    # (and the subjects joined to it: `X поздравили её сестра Анна и тренер Олег. Он …`, the one
    # of the pronoun's gender)
    heads += [c for t in heads for c in f.a.children(t.index) if c.rel.split(":")[0] == "conj"]
    subjects = {f.phrase_entity(t)[0] for t in heads}
    subjects = {k for k in subjects if k is not None and f.kind(k) == "person"}
    if len(subjects) > 1:
        subjects = {k for k in subjects if f.ref.gender.get(k) == want}
    if len(subjects) != 1:
        return None
    who = subjects.pop()
    if f.ref.gender.get(who) != want:
        return None
    span = [*before, *f.a.tokens[f.a.sentences[verb.sent].first:verb.index]]
    others = {f.by_token[t.index] for t in span if t.index in f.by_token
              and f.kind(f.by_token[t.index]) == "person"} - {who}
    if any((f.ref.gender.get(k) or want) == want for k in others):
        return None
    if any(t.rel.split(":")[0] == "nsubj" and t.pos == "NOUN" and t.index not in f.by_token
           and t.feats.get("Animacy") == "Anim" and f.phrase_entity(t)[0] is None
           for t in span):
        return None  # (`его адвокат прибыл`: `он` may be that person)
    return who


def _owned(f: Finder, noun: Token) -> bool:
    """A person noun said of someone else (`его адвокат`, `адвокат Петрова`), who is another
    person than the one it is said of (unlike `67-летний режиссёр`, which may describe them)."""
    return any(norm(c.text) in _THIRD
               or (c.rel.split(":")[0] in ("nmod", "appos") and c.feats.get("Case") == "Gen"
                   and c.pos in ("NOUN", "PROPN"))
               for c in f.a.children(noun.index))


def _time_of(f: Finder, verb: Token, times: tuple[TimeValue, ...], said: list) -> TimeValue | None:
    """A time expression attached to the verb itself, outside the words said."""
    for t in times:
        if not (t.begin or t.year or t.month or t.day or t.season):
            continue  # settles nothing
        if any(x.start <= t.span.start < x.end for x in said):
            continue
        toks = f.tokens_in(t.span.start, t.span.end)
        if any(x.head == verb.index or (x.head is not None and f.a.tokens[x.head].head == verb.index
                                       and f.a.tokens[x.head].rel == "obl") for x in toks):
            return t
    return None


def _noun_with_that(f: Finder) -> list[dict]:
    """`Заявление министра X о том, что переговоры зашли в тупик, вызвало реакцию`: a noun of
    something said (speech_that_nouns.txt) with a named owner in the genitive (the name itself or
    a title with the name in apposition) and `о том, что …` after it gives the owner's words, the
    clause, whatever verb the noun serves. A noun that is negated (`не было заявлений`) or has a
    pronoun owner (`его слова`) gives none."""
    nouns = word_list("speech_that_nouns")
    awaiting = word_list("speech_awaiting_verbs")
    out = []
    for noun in f.a.tokens:
        if noun.pos != "NOUN" or norm(noun.lemma) not in nouns:
            continue
        if any(norm(c.text) in ("не", "ни") for c in f.a.children(noun.index)) or (
                noun.head is not None and f.negated(f.a.tokens[noun.head])):
            continue
        if noun.head is not None and f.a.tokens[noun.head].pos in ("NOUN", "PROPN"):
            continue  # (`рассмотрение заявления X о том, что …`: a petition dealt with)
        if noun.head is not None and norm(f.a.tokens[noun.head].lemma) in awaiting:
            continue  # (`ждут заявления X о том, что …`: words still to come)
        owner = None
        for c in f.children(noun.index, "nmod"):
            if c.index < noun.index or c.feats.get("Case") != "Gen" or f.children(c.index, "case"):
                continue
            owner = f.by_token.get(c.index) or next(
                (f.by_token[n.index] for n in f.children(c.index, "appos", "flat")
                 if n.index in f.by_token), None)
            break
        if owner is None or f.kind(owner) not in ("person", "organization"):
            continue
        sent = f.a.sentence_tokens(noun.sent)
        at = [t for t in sent if t.index > noun.index]
        k = next((i for i in range(len(at) - 3) if norm(at[i].text) == "о"
                  and norm(at[i + 1].text) == "том" and at[i + 2].text == ","
                  and norm(at[i + 3].text) == "что"), None)
        if k is None or at[k + 1].head != noun.index:
            continue  # (the `о том` phrase must hang on the noun itself)
        that = at[k + 3]
        if that.head is None:
            continue
        clause = [t for t in f.subtree(that.head) if t.index > that.index]
        end = min(clause[-1].end, f._clause_end(that, sent, noun)) if clause else None
        verb = f.a.tokens[noun.head] if noun.head is not None else None
        if end is not None and verb is not None and verb.index > that.index:
            # `Слова X о том, что …, успокоили бизнес`: the verb the noun serves follows the
            # clause (the parse may hang it on the clause); the words stop at the comma before it
            commas = [t for t in sent if that.index < t.index < verb.index and t.text == ","]
            if commas:
                end = min(end, commas[-1].start)
        content = f.trimmed(that.end, end) if end is not None else None
        if content is None:
            continue
        out.append(dict(trigger=span(f.text, noun.start, noun.end), speaker=owner, quote=None,
                        content=content, source=None, addressee=None, anonymous_source=None,
                        time=None, more_quotes=(),
                        sentence=span(f.text, f.a.sentences[noun.sent].start,
                                      f.a.sentences[noun.sent].end)))
    return out


def _words_belong(f: Finder) -> list[dict]:
    """`«Строительство завершится в срок». Эти слова принадлежат губернатору X`: a noun of quoted
    words (speech_owned_words.txt) pointed back by `этот`/`такой`, the subject of `принадлежать`,
    gives the one in the dative the quote that opens the sentence before (or that sentence, in
    the same paragraph). Not negated (`не принадлежат`), not a quote already given to someone."""
    nouns = word_list("speech_owned_words")
    out = []
    for verb in f.a.tokens:
        if norm(verb.lemma) != "принадлежать" or verb.sent == 0 or f.negated(verb) \
                or f.hypothetical(verb):
            continue
        subj = [c for c in f.children(verb.index, "nsubj") if norm(c.lemma) in nouns
                and any(norm(d.lemma) in ("этот", "такой", "данный")
                        for d in f.children(c.index, "det", "amod"))]
        if not subj:
            continue
        owner = None
        for c in f.a.children(verb.index):
            if c.feats.get("Case") == "Dat" and not f.children(c.index, "case"):
                owner = f.by_token.get(c.index) or next(
                    (f.by_token[n.index] for n in f.children(c.index, "appos", "flat")
                     if n.index in f.by_token), None)
                if owner is not None:
                    break
        if owner is None or f.kind(owner) not in ("person", "organization"):
            continue
        prev = f.a.sentences[verb.sent - 1]
        here = f.a.sentences[verb.sent]
        if "\n\n" in f.text[prev.end:here.start]:
            continue
        quote = next((q for q in f.quotes if prev.start <= q.start < prev.end
                      and (q.start, q.end) not in f.used_quotes and f._opens_sentence(q)), None)
        if quote is None and any(prev.start <= q.start < prev.end for q in f.quotes):
            continue  # (a quote given to someone else, or inside the narration)
        if quote is not None:
            f.used_quotes.add((quote.start, quote.end))
        if quote is None and any(t.head is None and t.feats.get("Tense") == "Past"
                                 for t in f.a.sentence_tokens(prev.index)):
            continue  # (`Хор исполнил песню. Эти слова принадлежат поэту X`: a sentence told
            # in the past is the article's narration, not the words; unmarked words are those
            # said: `Мы победим.`, `Рубль укрепится.`)
        content = None if quote is not None else f.trimmed(prev.start, prev.end)
        if quote is None and content is None:
            continue
        out.append(dict(trigger=span(f.text, verb.start, verb.end), speaker=owner,
                        quote=span(f.text, quote.start, quote.end) if quote else None,
                        content=content, source=None, addressee=None, anonymous_source=None,
                        sentence=span(f.text, here.start, here.end)))
    return out


def _framed_by_words(f: Finder) -> list[dict]:
    """`«…», — с этими словами X покинул зал`: a quote followed by a dash and a phrase that frames
    it (`quote_frame` in speech_sources.tsv) is the words of the subject of the verb the phrase
    hangs on, whatever that verb."""
    frames = {w for w, r in f.sources.items() if r == "quote_frame"}
    out = []
    for q in f.quotes:
        if (q.start, q.end) in f.used_quotes or q.colon_paragraph:
            continue
        after = f.text[q.end:q.end + 60]
        m = re.match(r"[»\"“”'’]*\s*,?\s*[—–-]\s*", after)
        if m is None:
            continue
        start = q.end + m.end()
        toks = f.tokens_in(start, start + 40)
        phrase = next((toks[:n] for n in (2, 3) if len(toks) >= n
                       and " ".join(norm(t.text) for t in toks[:n]) in frames), None)
        if phrase is None:
            continue
        noun = phrase[-1]
        # the verb the phrase hangs on, or (when the parse hung it on the quote) the first finite
        # verb after it in the sentence
        verb = f.a.tokens[noun.head] if noun.head is not None else None
        if verb is None or verb.pos not in ("VERB", "AUX") or verb.index < noun.index:
            verb = next((t for t in f.a.sentence_tokens(noun.sent) if t.index > noun.index
                         and t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"), None)
        if verb is None or f.hypothetical(verb):
            continue
        # (the parse may make a word of the quote a second subject: the one after the phrase)
        subj = [c for c in f.children(verb.index, "nsubj") if c.index > noun.index]
        speaker, anon = f.phrase_entity(subj[0]) if subj else f.speaker_of(verb)
        if not (speaker or anon) or (speaker and not f.agrees_in_gender(speaker, verb)):
            continue
        f.used_quotes.add((q.start, q.end))
        sent = f.a.sentences[noun.sent]
        out.append(dict(trigger=span(f.text, phrase[0].start, noun.end), speaker=speaker,
                        quote=span(f.text, q.start, q.end), content=None, addressee=None,
                        source=None, anonymous_source=anon,
                        sentence=span(f.text, sent.start, sent.end)))
    return out


def _introduced(f: Finder) -> list[dict]:
    """`Хозяин плантации Джино Дескальси:` + line break + his words: a line that ends with a
    person's name and a colon introduces the next paragraph as that person's quote; so does a
    line that opens with the name, a colon and a quote (`Иван Петров: «…»`, a headline form)."""
    out = []
    head = headline(f.text)
    for q in f.quotes:
        if (q.start, q.end) in f.used_quotes:
            continue
        colon = f.text.rfind(":", 0, q.start)
        line_start = f.text.rfind("\n", 0, colon) + 1
        if not q.colon_paragraph and (colon < 0 or "\n" in f.text[colon:q.start]
                                      or f.text[colon + 1:q.start].strip(" \t«\"„“'")):
            continue  # not `Name: «…»`
        if not q.colon_paragraph and head is not None and head[0] <= colon < head[1]:
            continue  # a headline is a statement only with a speech verb
        intro = list(f.a.tokens_within(line_start, colon))
        if not intro or intro[-1].index not in f.by_token:
            continue
        key = f.by_token[intro[-1].index]
        if f.kind(key) != "person" or any(f.verb(t) or t.feats.get("VerbForm") == "Fin"
                                          for t in intro):
            continue  # a clause (`X распространил обращение к Y:`), not a name introducing words
        sent = f.a.sentences[intro[-1].sent]
        out.append(dict(trigger=span(f.text, colon, colon + 1), speaker=key,
                        quote=span(f.text, q.start, q.end), content=None, addressee=None,
                        source=None, anonymous_source=None,
                        sentence=span(f.text, sent.start, sent.end)))
    return out


def _shown_with_words(f: Finder) -> list[dict]:
    """`X выложил снимок из больницы: «…»`, `Газета X приводит фото: «…»`, `X посвятил событию
    комментарий:` + a paragraph: a sentence whose named subject does something with no speech
    verb and that ends in a colon followed by a quote of a few words (or a colon paragraph) gives
    the subject's words. Not a list of titles (`снимался в фильмах: «А», «Б»`: a second quote
    before the sentence ends, or fewer than four words), not a subject nobody named, not a verb
    in the speech lexicon (whose rules have had their say)."""
    out = []
    for q in f.quotes:
        if (q.start, q.end) in f.used_quotes:
            continue
        colon = f.text.rfind(":", 0, q.start)
        if colon < 0 or "\n" in f.text[colon:q.start] and not q.colon_paragraph \
                or f.text[colon + 1:q.start].strip(" \t\n\xa0«\"„“'"):
            continue  # the quote does not open right after a colon
        if len(re.findall(r"\w+", f.text[q.start:q.end])) < 4:
            continue
        before = f.a.token_at(colon - 1) if colon else None
        if before is None:
            continue
        sent = f.a.sentences[before.sent]
        if not q.colon_paragraph and any(
                o.start > q.end and o.start < sent.end for o in f.quotes):
            continue  # `в фильмах: «…», «…»`: titles
        clause = [t for t in f.a.sentence_tokens(before.sent) if t.end <= colon]
        verbs = [t for t in clause if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"
                 and not t.rel.startswith("acl")]  # (`с подругой X, которая стала …:`)
        if len(verbs) != 1 or any(f.verb(t) is not None for t in clause):
            continue
        verb = verbs[0]
        if f.hypothetical(verb) or f.negated(verb):
            continue
        cue = f.cue(tuple(clause))
        subj = [c for c in f.children(verb.index, "nsubj") if c.index < verb.index]
        if subj:
            speaker, anon = f.phrase_entity(subj[0])
        else:  # the parse took a word of the paragraph for the subject: the name just before
            # the verb, in the nominative
            prev = f.a.tokens[verb.index - 1] if verb.index else None
            speaker = f.by_token.get(prev.index) if prev is not None and prev.sent == verb.sent \
                and prev.feats.get("Case", "Nom") == "Nom" else None
        if speaker is None or f.kind(speaker) not in ("person", "organization") \
                or _common_noun(f, speaker) or not f.agrees_in_gender(speaker, verb):
            continue
        if cue is not None:
            continue  # `По словам X, Y был пьян:`: the words are X's, not the subject's; and
            # `По словам X, он сбежал от страха: «…»`: the cue's statement cites them already
        if any(_owned_by_other(f, o) for o in f.children(verb.index, "obj")):
            continue  # `X приводит письмо компании Y:`, `приводит его рассказ:`: the words of
            # the object's owner, whom the subject only passes on
        f.used_quotes.add((q.start, q.end))
        out.append(dict(trigger=span(f.text, verb.start, verb.end), speaker=speaker,
                        quote=span(f.text, q.start, q.end), content=None, addressee=None,
                        source=None, anonymous_source=None,
                        sentence=span(f.text, sent.start, sent.end)))
    return out


def _owned_by_other(f: Finder, obj: Token) -> bool:
    """The object has an owner of its own: a possessive (`его`, `её`, `их`), a name in the
    genitive or in apposition (`письмо компании X`, `письмо «X»`)."""
    for c in f.a.children(obj.index):
        rel = c.rel.split(":")[0]
        if rel == "det" and norm(c.text) in _THIRD:
            return True
        if rel in ("nmod", "appos") and any(t.index in f.by_token for t in f.subtree(c.index)) \
                and (rel == "appos" or c.feats.get("Case") == "Gen" or c.index in f.by_token
                     and not f.children(c.index, "case")):
            return True
    return False


def _drop_retold(found: list[dict]) -> list[dict]:
    """`X подчеркнул, что он давно предупреждал, что …`: a speech verb inside what the same speaker
    said is that speaker's own words retold, one statement with the outer one."""
    def inside(d: dict, o: dict) -> bool:
        c = o["content"]
        return c is not None and c.start <= d["trigger"].start < c.end and all(
            c.start <= x.start < c.end for x in (d["content"], d["quote"]) if x)
    return [d for d in found if not any(
        o is not d and d["speaker"] is not None and o["speaker"] == d["speaker"] and inside(d, o)
        for o in found)]


def _cue_only_unsaid(cues: list[dict], found: list[dict]) -> list[dict]:
    """`По словам X, она так пояснила детям: …`, `По словам X, как гей, он считает, что …`: the
    cue names who speaks and a speech verb of that same speaker inside the cue's words tells what
    was said; one statement, the verb's (its words are the exact ones), not a second for the cue."""
    return [d for d in cues if not any(
        d["speaker"] is not None and o["speaker"] == d["speaker"] and d["content"] is not None
        and d["content"].start <= o["trigger"].start < d["content"].end for o in found)]


def _drop_quoted_unnamed(f: Finder, found: list[dict]) -> list[dict]:
    """`X сообщал: «Боюсь, что мою явку не зафиксируют, объявив, что поймали меня»`: a speech verb
    inside someone's quote whose speaker the quote does not name before it (a converb, a verb
    without a subject) is told by the quoted one about someone unnamed; its speaker came from the
    narration, so it is no statement. One whose speaker the quote names (`В сообщении говорится:
    «Путин выразил уверенность, что …»`), before the verb or after it in its sentence (`«Как
    сообщил мне Олег Смирнов, деньги есть»`, `«Мне сказал Смирнов, что …»`), stays."""
    def quoted_in(d: dict, o: dict) -> Span | None:
        return next((q for q in (o["quote"], *o.get("more_quotes", ())) if q is not None
                     and q.start <= d["trigger"].start < q.end), None)

    def named_in(q: Span, d: dict) -> bool:
        verb = f.tokens_in(d["trigger"].start, d["trigger"].end)
        for m in f.entities[d["speaker"]].mentions:
            if not q.start <= m.start < q.end:
                continue
            # a name after the verb is its speaker only within the verb's sentence (the word
            # order `сообщил мне X` puts the subject after its verb)
            if m.start < d["trigger"].start or (verb and any(
                    u.sent == verb[0].sent for u in f.tokens_in(m.start, m.end))):
                return True
        return False

    out = []
    for d in found:
        q = next((q for o in found if o is not d and (q := quoted_in(d, o)) is not None), None)
        if q is not None and d["speaker"] is not None and not named_in(q, d):
            continue
        out.append(d)
    return out


def _drop_relaying_outlets(f: Finder, found: list[dict]) -> list[dict]:
    """`Многие бежали от войны, напомнил X, пишет BBC`, `Как сообщает ТАСС, X заявил, что …`: an
    outlet's verb of publishing (media_verbs.txt) whose words hold someone else's speech verb
    relays that statement; one statement, X's, with the outlet as its source (as `По данным
    ТАСС, X заявил` has), not a second one of the outlet's holding X's verb."""
    out = []
    for d in found:
        verb = f.a.token_at(d["trigger"].start)
        inner = []
        if d["speaker"] is not None and d["content"] is not None and verb is not None \
                and norm(verb.lemma) in normed_words("media_verbs") \
                and f.kind(d["speaker"]) == "organization":
            inner = [o for o in found if o is not d and o["speaker"] is not None
                     and o["speaker"] != d["speaker"]
                     and d["content"].start <= o["trigger"].start < d["content"].end]
        for o in inner:
            o["source"] = o["source"] or d["speaker"]
            c = o["content"]
            if c is not None and c.start < d["trigger"].start < c.end:
                # (`Многие, напомнил X, бежали …, пишет BBC`: X's words end before the outlet's
                # verb)
                cut = f.text.rfind(",", c.start, d["trigger"].start)
                o["content"] = f.trimmed(c.start, cut) if cut > c.start else c
        if not inner:
            out.append(d)
    return out


def _drop_wrappers(found: list[dict]) -> list[dict]:
    """`В сообщении Кремля говорится, что Байден заявил, что …`: one statement, Biden's, cited from
    the Kremlin; the impersonal wrapper only passes its source on."""
    out = []
    for d in found:
        inner = [o for o in found
                 if o is not d and d["content"] is not None and d["speaker"] is None
                 and d["content"].start <= o["trigger"].start < d["content"].end]
        if inner:
            for o in inner:
                o["source"] = o["source"] or d["source"]
                if o["speaker"] is None:
                    o["anonymous_source"] = o["anonymous_source"] or d["anonymous_source"]
            continue
        out.append(d)
    return out


def _clause_before(toks: tuple[Token, ...], after: int, comma: Token | None) -> bool:
    """The words from offset `after` to `comma` (or to the end of the sentence) start right
    after the cue's phrase, with no comma or dash between, and hold a finite verb: a clause."""
    part = [t for t in toks if t.start >= after and (comma is None or t.index < comma.index)]
    if not part or part[0].pos == "PUNCT":
        return False
    return any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm", "Fin") == "Fin"
               or (t.pos == "ADJ" and t.feats.get("Variant") == "Short") for t in part)


def _cue_only(f: Finder, taken: set[int]) -> list[dict]:
    """`По словам Алексея Данилова, Москва не может…`: the cue alone makes a statement."""
    out = []
    for s in f.a.sentences:
        if s.index in taken:
            continue
        for toks, part_start, part_end in _cue_parts(f, f.a.sentence_tokens(s.index), s):
            cue = f.cue(toks)
            if not cue:
                continue
            role, noun, _ = cue
            if _in_question(f, noun, toks[-1]):
                continue  # `спросил, что, по его мнению, …`: whose opinion was asked for, no words
            who, label = _cue_owner(f, noun)
            if who is not None and f.kind(who) == "person" and noun.index >= 2 \
                    and norm(f.a.tokens[noun.index - 2].text) == "как":
                # `Как стало известно Ивану Петрову, …` says what the person learned, not what the
                # person said: only an outlet or a body reports by it (`Как стало известно РБК`)
                continue
            phrase = _cue_phrase(f, noun)
            cited = _cue_cited(f, phrase) if role == "cue_source" else (None, None)
            apposed = _apposed_to_cue(f, phrase[:_citing_at(phrase)], toks)
            if apposed is not None and who in (None, apposed[0]):
                # `По словам одного из участников, епископа X, …`, `по словам её мужа, X, …`
                who, label = apposed[0], None
                phrase = phrase + apposed[1]
            phrase = phrase + _relative_after(f, phrase, toks)  # `по словам X, который …, …`
            # `По данным СМИ со ссылкой на пресс-службу МВД, …`: an outlet the text does not name
            # passes on the words of one it names, who said them
            relayed = not (who or label) and cited[0] is not None
            if not (who or label or relayed):
                continue
            after = phrase[-1].end if phrase else noun.end
            comma = next((t for t in toks if t.start >= after and t.text in (",", "—", "–")), None)
            if comma is not None and _clause_before(toks, after, comma):
                # `По его словам он доволен …`, `По словам X ни один из … не …, и …`: no comma
                # closes the cue's phrase, and the words after it up to the next comma are a
                # clause: what was said starts there, not after that comma
                comma = None
            elif comma is None and not phrase and not _clause_before(toks, after, None):
                continue
            # (a semicolon before another speech verb ends the part the cue cites: `…; Y считает,
            # что …` is Y's)
            end = next((t.start for t in toks if t.text == ";" and t.start > after and any(
                f.verb(v) for v in toks if v.index > t.index)), part_end)
            content = f.trimmed(comma.end if comma is not None else after, end)
            opening = [t for t in toks if t.index < noun.index - 1]
            if comma is None and opening and opening[-1].text == "," \
                    and not f.text[after:part_end].strip(" .!?»\"\n"):
                # `Свадьба обошлась в …, по данным газеты X.`: a cue closing the sentence reports
                # the words before it
                content = f.trimmed(part_start, opening[-1].start)
            elif opening and opening[-1].text == "," and any(
                    t.pos in ("VERB", "AUX") for t in opening):
                # `Путин попал, по версии журнала, на второе место`: a cue set in the middle of its
                # clause reports the whole sentence, not the words left after it
                content = f.trimmed(part_start, part_end)
            if content is None:
                continue
            if role == "cue_source" and who is not None and f.kind(who) == "person" \
                    and f"по {norm(noun.text)}" in f.sources \
                    and f.sources.get(norm(noun.lemma)) == "document":
                # `по сообщению директора музея X`: a person's message is his words, as `по
                # заявлению X` is (data, `по данным X`, and a formal citation, `в соответствии с
                # заявлением X`, stay the cited source)
                role = "cue_speaker"
            speaker = who if role == "cue_speaker" else None
            if role == "cue_source" and (who is not None or relayed) and cited != (None, None) \
                    and cited[0] != who:
                # `По данным газеты X со ссылкой на пресс-службу МВД, …`: the outlet is the
                # source, the one it cites said it (an unnamed one is an unnamed source)
                speaker, label = cited[0], label or cited[1]
            content, quote = _colon_quote(f, content)
            out.append(dict(trigger=span(f.text, noun.start, noun.end),
                            speaker=speaker,
                            quote=span(f.text, quote.start, quote.end) if quote else None,
                            content=content, addressee=None,
                            source=who if role == "cue_source" else None,
                            anonymous_source=label,
                            sentence=span(f.text, s.start, s.end)))
    return out


def _colon_quote(f: Finder, content: Span) -> tuple[Span, Quote | None]:
    """`По словам X, он сбежал от страха:` + a paragraph: the paragraph a colon closing the line
    of a cue's content introduces is the cue owner's quote (when no statement has taken it), and
    the content ends at that colon (the parse's sentence may run on into the paragraph). A
    paragraph opening in lower case goes on with the line's sentence (`пострадали:` + `трое
    взрослых и …`, a list): no quote, the content keeps it."""
    text = f.text[content.start:content.end]
    colon = text.find(":\n")
    end = content.start + colon + 1 if colon >= 0 else content.end
    if not f.text[content.start:end].rstrip().endswith(":"):
        return content, None
    for q in f.quotes:
        if q.colon_paragraph and q.start >= end and (q.start, q.end) not in f.used_quotes \
                and not f.text[end:q.start].strip() \
                and not f.text[q.start:q.start + 1].islower():
            f.used_quotes.add((q.start, q.end))
            return span(f.text, content.start, end), q
    return content, None


def _citing_at(phrase: list[Token]) -> int:
    """Where `со ссылкой на` (or `ссылаясь на`) starts in a cue's phrase (`по данным газеты X со
    ссылкой на Y`), the phrase's length when it has none: the cue's owner is in the words
    before."""
    for k, t in enumerate(phrase):
        nxt = [norm(x.text) for x in phrase[k + 1:k + 3]]
        if (norm(t.text) in ("со", "с") and nxt == ["ссылкой", "на"]) \
                or (norm(t.text) == "ссылаясь" and nxt[:1] == ["на"]):
            return k
    return len(phrase)


def _cue_cited(f: Finder, phrase: list[Token]) -> tuple[str | None, str | None]:
    """(speaker, unnamed source) a cue's outlet cites after `со ссылкой на`: the person or
    organisation named there (`на пресс-службу МВД` → the ministry), or the label of an unnamed
    one (`на источники в правительстве`); (None, None) when there is no such phrase."""
    k = _citing_at(phrase)
    rest = phrase[k:]
    start = next((j for j, t in enumerate(rest) if norm(t.text) == "на"), None)
    if start is None:
        return None, None
    words = rest[start + 1:]
    inside = {t.index for t in words}
    # the head of the cited phrase: its first word whose head is outside it
    head = next((t for t in words if t.pos in ("NOUN", "PROPN")
                 and (t.head is None or t.head not in inside)), None)
    if head is None:
        return None, None
    key, label = f.phrase_entity(head)
    if key is not None and f.kind(key) in ("person", "organization"):
        return key, None
    return (None, label) if label else (None, None)


def _cue_parts(f: Finder, toks, s) -> list[tuple[list[Token], int, int]]:
    """The parts of a sentence a cue may cite, each with its start and end: the sentence whole,
    or, split at a semicolon before another cue (`По словам X, …; по словам Y, …`), each part
    with its own."""
    parts: list[tuple[list[Token], int, int]] = []
    cur: list[Token] = []
    for k, t in enumerate(toks):
        if t.text == ";" and cur:
            nxt = [x for x in toks[k + 1:]]
            stop = next((j for j, x in enumerate(nxt) if x.text == ";"), len(nxt))
            if nxt[:stop] and f.cue(tuple(nxt[:stop])):
                parts.append((cur, cur[0].start, t.start))
                cur = []
                continue
        cur.append(t)
    if cur:
        parts.append((cur, cur[0].start if parts else s.start, s.end))
    return parts
