"""Directed synonyms: a word a user types also finds its expansions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .folding import folded_words
from .stemming import stem_word
from .stopwords import STOP_WORDS

#: Editable default synonyms (the Bildungsbüro keeps its own copy in the database).
#: Directed: the key, typed by a user, additionally matches the expansions.
DEFAULT_SYNONYMS: dict[str, list[str]] = {
    "Azubi": ["Ausbildung", "Auszubildende"],
    "Azubis": ["Ausbildung", "Auszubildende"],
    "Lehre": ["Ausbildung"],
    "Lehrstelle": ["Ausbildungsplatz"],
    "Praktika": ["Praktikum"],
    "Kfz": ["Kraftfahrzeug"],
    "Kraftfahrzeug": ["Kfz"],
    "Job": ["Stelle", "Arbeit"],
    "Nebenjob": ["Minijob", "Aushilfe"],
    "Abi": ["Abitur"],
    "Deutschkurs": ["Sprachkurs", "Sprachförderung"],
    "Sprachkurs": ["Deutschkurs"],
    "Nachhilfe": ["Lernförderung"],
    "Lernförderung": ["Nachhilfe"],
    "Bewerbung": ["Bewerbungstraining"],
    "FSJ": ["Freiwilliges Soziales Jahr"],
    "BFD": ["Bundesfreiwilligendienst"],
    "Berufsberatung": ["Berufsorientierung"],
}


def _normalise_synonyms(
    synonyms: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]],
) -> dict[str, list[list[str]]]:
    """Map the stem of each synonym key to the analysed expansions."""
    items = synonyms.items() if isinstance(synonyms, Mapping) else synonyms
    table: dict[str, list[list[str]]] = {}
    for key, expansions in items:
        key_words = [w for w in folded_words(key) if w not in STOP_WORDS]
        if len(key_words) != 1:
            continue  # only single-word keys are supported
        key_stem = stem_word(key_words[0].replace("-", ""))
        if isinstance(expansions, str):
            expansions = [expansions]
        for expansion in expansions:
            stems = [stem_word(w.replace("-", "")) for w in folded_words(expansion) if w not in STOP_WORDS]
            if stems:
                table.setdefault(key_stem, []).append(stems)
    return table


@lru_cache(maxsize=1)
def _default_synonym_table() -> dict[str, list[list[str]]]:
    return _normalise_synonyms(DEFAULT_SYNONYMS)
