"""The normal form of a place name the NER found: Natasha's, plural-only nouns in the nominative."""

from __future__ import annotations

from typing import Any

from kg.nlp.ru.models import inflected, word_parses


def place_span_normal(vocab: Any, span: Any) -> str:
    """Natasha's normal form of a place span (`span.normalize`), where a plural-only noun
    (`в Нидерландах`, `на Мальдивах`, `в Альпах`) the normaliser left as written is put in the
    nominative: the tagger gives the noun a gender, the dictionary's plural-only reading has
    none, and the normaliser, which asks for the tagger's gender, finds no form to start from."""
    from natasha.norm import inflect_words, normal_word, recover_shapes, recover_spaces

    span.normalize(vocab)
    words = list(inflect_words(vocab, span.tokens))
    fixed = [plural_only_nominative(t.text, (t.feats or {}).get("Case")) or w
             if w == normal_word(t.text) else w for w, t in zip(words, span.tokens, strict=True)]
    if fixed == words:
        return span.normal
    return recover_spaces(recover_shapes(fixed, span.tokens), span.tokens)


def plural_only_nominative(word: str, case: str | None) -> str | None:
    """The nominative of a noun the dictionary knows only in the plural (`Нидерландах` in the
    locative → `нидерланды`), read in the case the tagger gives it, else None."""
    if case in (None, "Nom"):
        return None
    from natasha.norm import normal_word

    for p in word_parses(word):
        if p.pos == "NOUN" and "Pltm" in p.tag.grammemes and p.feats.get("Case") == case:
            form = inflected(p, {"Nom"})
            return normal_word(form.word) if form is not None else None
    return None
