"""Words written in two alphabets at once: Latin letters that look like Cyrillic ones typed inside
a Russian word (`Католичеcкой` with a Latin `c`, `Клишасa`), or Cyrillic ones inside a Latin word
(`YоuТubе`). The models read such a word as unknown and the NER misses or cuts the name; the
stages read a copy of the text where the look-alike letters are put in the word's own alphabet.
Each letter is replaced by one letter, so every offset stays that of the original text.
"""

from __future__ import annotations

import re

# the capital and small letters the two alphabets share by shape
_LATIN = "aceopxyABCEHKMOPTXY"
_CYRILLIC = "асеорхуАВСЕНКМОРТХУ"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)
_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# a run of letters of the two alphabets that holds at least one of each
_LETTER = "A-Za-zА-Яа-яЁё"
_MIXED = re.compile(rf"(?<![{_LETTER}])(?=[{_LETTER}]*[A-Za-z])(?=[{_LETTER}]*[А-Яа-яЁё])"
                     rf"[{_LETTER}]+")


# a Roman numeral in Latin capitals opening a word whose other letters are Cyrillic and small: a
# century or an ordinal glued to its word (`XXв.`, `XXвек`, `Xв.`), written in two alphabets on
# purpose; a numeral of one letter only before `в`, `вв`, `век…`, so that a capital typed in Latin
# (`Cергей`, `Xлеб`) is still mended
_ROMAN_GLUED = re.compile(r"[IVXLCDM]{2,}[а-яё]+|[IVXLCDM](?:вв?|век(?:а|у|е|ом|ов|ах|ам|ами)?)")


def _own(word: str, alphabet: str, twins: str) -> bool:
    """The word has a letter of `alphabet` that has no twin in the other one."""
    return any(ch in alphabet and ch not in twins for ch in word)


def unmixed(text: str) -> str:
    """`text` with every word of both alphabets put in one: the Cyrillic one where the word has
    Cyrillic letters without a Latin twin and no such Latin letters (`Католичеcкой` →
    `Католической`), the Latin one the other way round (`YоuТubе` → `YouTube`). A word with
    letters of both kinds (`Fruktы`, a band's name) and a Roman numeral glued to its Cyrillic
    abbreviation (`XXв.`) are left as written."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        if _ROMAN_GLUED.fullmatch(word):
            return word
        cyrillic = _own(word, _CYRILLIC_LETTERS, _CYRILLIC)
        latin = _own(word, _LATIN_LETTERS, _LATIN)
        if cyrillic and not latin:
            return word.translate(_TO_CYRILLIC)
        if latin and not cyrillic:
            return word.translate(_TO_LATIN)
        return word
    return _MIXED.sub(fix, text)
