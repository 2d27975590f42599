"""The Russian extractor: Natasha analysis, then entities, time expressions, speech and events."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.base import script_share
from kg.nlp.markup import clean, restore
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.events import find_events
from kg.nlp.ru.homoglyphs import unmixed
from kg.nlp.ru.lexicon import word_list
from kg.nlp.ru.metonymy import with_metonyms
from kg.nlp.ru.models import load_models
from kg.nlp.ru.speech import find_statements
from kg.records import Document, Extraction


CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Russian news quote Latin names and titles; a text with this few Cyrillic letters is not Russian
MIN_CYRILLIC_SHARE = 0.3
MIN_LETTERS = 40  # a shorter text says too little to judge its language


class RussianExtractor:
    """Extracts records from Russian text; models load on first use, once per process."""

    def refuses(self, text: str) -> str | None:
        cyrillic, letters = script_share(text, CYRILLIC)
        if letters >= MIN_LETTERS and cyrillic < MIN_CYRILLIC_SHARE * letters:
            return (f"the text does not look like Russian: {cyrillic} of its {letters} letters are "
                    f"Cyrillic; only Russian articles are extracted (lang 'ru')")
        return None

    def configure(self, settings) -> None:
        """Take the learned parts the settings name: the mention model (kg.nlp.ru.mention_model),
        the learned and aspect trigger lines and the event-actor model (kg.nlp.ru.events); and
        the gazetteer index the linker uses, for the checks that ask it (a place adjective's
        place)."""
        from kg.nlp.ru import learned

        learned.configure(settings)

    def warm_up(self) -> None:
        """Load the models now (a cluster worker at start), not in the first extraction."""
        load_models()

    def extract(self, document: Document) -> Extraction:
        """The stages read a copy of the text without wiki markup; the spans they return are
        mapped back to the original text at the end."""
        original = document
        cleaned = clean(document.text, word_list("wiki_image_options"))
        # `Католичеcкой` with a Latin `c`: one alphabet a word, letter for letter (offsets kept)
        cleaned = replace(cleaned, text=unmixed(cleaned.text))
        document = replace(document, text=cleaned.text)
        a = analyse(document.text)
        entities = find_entities(a)
        times = find_times(document.text, document.published, a)
        statements = find_statements(a, entities, document, times)
        events = find_events(a, entities, document, times, statements)
        entities = with_metonyms(entities, events, statements)  # "Москва потребовала" → Россия
        return restore(Extraction(document=document, entities=entities, statements=statements,
                                  events=events, times=times), cleaned, original)
