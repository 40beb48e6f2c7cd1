"""Directed synonyms: what a user types (a word or a short phrase) also finds its expansions.

The maintained list is shipped as data (``data/synonyms.tsv``): everyday and regional words,
former names of occupations and school certificates, school-talk abbreviations and frequent
English words. It seeds the editable ``Synonym`` table (staff edit it in the back office);
:data:`DEFAULT_SYNONYMS` is the same list for callers without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from .folding import folded_words
from .stemming import stem_word
from .stopwords import STOP_WORDS
from .tokens import DATA_DIR

#: Longest synonym key in words ("schule fertig machen").
MAX_KEY_WORDS = 4
SYNONYM_FILE = DATA_DIR / "synonyms.tsv"


def load_synonym_file(path: Path = SYNONYM_FILE) -> dict[str, list[str]]:
    """``term<TAB>expansion, expansion[<TAB>note]`` lines; ``#`` starts a comment line."""
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, _, rest = line.partition("\t")
        expansions = rest.partition("\t")[0]
        table[term.strip()] = [e.strip() for e in expansions.split(",") if e.strip()]
    return table


#: The shipped list (term -> expansions), in file order.
DEFAULT_SYNONYMS: dict[str, list[str]] = load_synonym_file()


def key_stems(text: str) -> tuple[str, ...]:
    """The stems a synonym key is matched by: every non-stop word, hyphenated words in parts."""
    pieces = [p for w in folded_words(text) for p in w.split("-") if p and p not in STOP_WORDS]
    return tuple(stem_word(p) for p in pieces)


def _normalise_synonyms(
    synonyms: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]],
) -> dict[tuple[str, ...], list[list[str]]]:
    """Map the stems of each synonym key (one to :data:`MAX_KEY_WORDS` words) to the analysed expansions."""
    items = synonyms.items() if isinstance(synonyms, Mapping) else synonyms
    table: dict[tuple[str, ...], list[list[str]]] = {}
    for key, expansions in items:
        stems = key_stems(key)
        if not 1 <= len(stems) <= MAX_KEY_WORDS:
            continue
        if isinstance(expansions, str):
            expansions = [expansions]
        for expansion in expansions:
            tokens = [stem_word(w.replace("-", "")) for w in folded_words(expansion) if w not in STOP_WORDS]
            if tokens and tokens not in table.setdefault(stems, []):
                table[stems].append(tokens)
    return table


@lru_cache(maxsize=1)
def _default_synonym_table() -> dict[tuple[str, ...], list[list[str]]]:
    return _normalise_synonyms(DEFAULT_SYNONYMS)
