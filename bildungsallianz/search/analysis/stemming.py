"""Snowball German stemming (PyStemmer), made to agree for base and inflected forms."""

from __future__ import annotations

import Stemmer

_STEMMER = Stemmer.Stemmer("german")
_STEMMER.maxCacheSize = 50_000


def stem_word(word: str) -> str:
    """Snowball German stem of a folded word (never empty).

    Snowball is not idempotent for a final s ("kurse" -> "kurs", but
    "kurs" -> "kur"), so a stem ending in s is stemmed once more, which makes
    inflected forms and base forms agree. (Stemming everything twice would
    over-stem, e.g. "sanierung" -> "sanier" -> "sani".) A final s after
    a, i, o or y is an s-plural (Azubis, Kitas) and is removed too.
    """
    stem = _STEMMER.stemWord(word)
    if stem.endswith("s"):
        stem = _STEMMER.stemWord(stem)
        # s-plural after a vowel, which Snowball keeps: Azubis, Kitas, Infos
        if len(stem) >= 5 and stem[-2] in "aioy":
            stem = stem[:-1]
    return stem or word
