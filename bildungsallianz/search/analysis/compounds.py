"""Compound splitting with a shipped lexicon of Zipf frequencies (altenpflege -> alten|pflege)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .folding import fold_word, strip_accents
from .stemming import stem_word
from .stopwords import FUNCTION_WORDS, STOP_WORDS
from .tokens import DATA_DIR

#: Prefixes/particles that never stand as a compound modifier on their own
#: (Nachhilfe, Unterricht and Ausbildung are derivations, not compounds).
_BLOCKED_MODIFIERS: frozenset[str] = frozenset(
    [
        "durch",
        "nach",
        "uber",
        "unter",
        "wieder",
        "zuruck",
        "fort",
        "gegen",
        "hinter",
        "neben",
        "heraus",
        "herein",
        "hinaus",
        "hinein",
        "voran",
        "vorbei",
        "zusammen",
        "entgegen",
        "innen",
        "aussen",
        "ober",
        "mittel",
        "eine",
        "einer",
        "einen",
        "einem",
        "eines",
        "sich",
        "nicht",
        "oder",
        "aber",
        "auch",
        "dass",
        "wenn",
        "sein",
    ]
)

#: Derivational endings that happen to be words but never heads of a compound.
_BLOCKED_HEADS: frozenset[str] = frozenset(
    [
        "schaft",
        "schaften",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "lich",
        "liche",
        "lichen",
        "isch",
        "ische",
        "ung",
        "ungen",
        "tion",
        "tionen",
        "ierung",
        "ierungen",
        "ismus",
        "chen",
        "lein",
        "ling",
        "linge",
        "nis",
        "nisse",
        "sal",
        "tum",
        "tums",
        "ation",
        "ationen",
        "ant",
        "anten",
        "ent",
        "enten",
    ]
)
#: Colloquial particles and suffix look-alikes that are never modifiers either.
_BLOCKED_MODIFIERS = (
    _BLOCKED_MODIFIERS
    | _BLOCKED_HEADS
    | frozenset(
        [
            "raus",
            "rein",
            "rauf",
            "runter",
            "rum",
            "ran",
            "drauf",
            "drin",
            "druber",
            "ruber",
            "hier",
            "dort",
        ]
    )
)

#: Function words and modal verbs are never a compound part on either side.
_NEVER_PARTS: frozenset[str] = STOP_WORDS | FUNCTION_WORDS

#: Three-letter words allowed as compound parts (the default minimum is four).
_SHORT_PARTS: frozenset[str] = frozenset({"kfz", "amt", "bau", "rat", "job", "tag", "zoo"})
_MIN_PART = 4
#: Linking elements (Fugenelemente) that may follow a modifier.
_LINKS: tuple[str, ...] = ("", "s", "es", "n", "en", "e", "er", "ens", "ns")
#: Bonus (in Zipf units) of any split over leaving a known word whole.
_SPLIT_BONUS = 0.5
#: Parts with a lower Zipf frequency are ignored (rare look-alike pieces).
_MIN_PART_ZIPF = 2.5
_MAX_PARTS = 5

_IER_VERB_RE = re.compile(r"ier(?:en|t|te|ten|tes|ter|st|e)$")


class Lexicon:
    """Known German words (folded) with Zipf frequencies, used for splitting.

    ``words`` maps folded word forms to a Zipf frequency (log10 of
    occurrences per billion words, roughly 1..7). Stems of all words are
    accepted as compound modifiers too (``schul`` from ``schule``).
    """

    def __init__(self, words: Mapping[str, float]):
        self.words: dict[str, float] = {}
        for word, zipf in words.items():
            word = fold_word(word)
            if word and zipf > self.words.get(word, -1.0):
                self.words[word] = zipf
        self.stems: dict[str, float] = {}
        for word, zipf in self.words.items():
            if _IER_VERB_RE.search(word):
                continue  # "sanieren" -> "sani" would make "sani|tater" look valid
            stem = stem_word(word)
            if zipf > self.stems.get(stem, -1.0):
                self.stems[stem] = zipf

    @classmethod
    def from_files(cls, *paths: Path, default_zipf: float = 4.0) -> Lexicon:
        """Load ``word<TAB>zipf`` lines; bare ``word`` lines get ``default_zipf``.

        A word known with a lower frequency in an earlier file is raised to
        the later file's value (the curated domain list wins).
        """
        words: dict[str, float] = {}
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                word, _, zipf = line.partition("\t")
                word = fold_word(strip_accents(word))
                words[word] = max(float(zipf or default_zipf), words.get(word, -1.0))
        return cls(words)

    def part_score(self, piece: str, *, head: bool) -> float | None:
        """Zipf score of ``piece`` as a compound part, or None if not allowed."""
        if len(piece) < _MIN_PART and piece not in _SHORT_PARTS:
            return None
        if head:
            if piece in _BLOCKED_HEADS or piece in _NEVER_PARTS:
                return None
        elif piece in _BLOCKED_MODIFIERS or piece in _NEVER_PARTS:
            return None
        score = self.words.get(piece)
        if score is None:
            key = stem_word(piece) if head else piece
            if len(key) >= _MIN_PART or key in _SHORT_PARTS:
                score = self.stems.get(key)
        if score is None or score < _MIN_PART_ZIPF:
            return None
        return score


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon: ``data/lexicon.tsv`` plus ``data/domain_words.txt``."""
    paths = [DATA_DIR / "lexicon.tsv", DATA_DIR / "domain_words.txt"]
    return Lexicon.from_files(*(p for p in paths if p.exists()))


def split_compound(word: str, lexicon: Lexicon | None = None) -> list[tuple[int, int, int]]:
    """Split a folded word into compound parts.

    Returns a list of ``(start, root_end, end)`` triples: ``word[start:root_end]``
    is the part without linking element, ``word[root_end:end]`` the linking
    element (Fugen-s etc.). A word that is not split yields one triple.

    Among all segmentations whose parts are lexicon words (modifiers may be
    stems, the head may be inflected) the one with the highest mean Zipf
    frequency of its parts wins; a split gets a bonus of ``SPLIT_BONUS`` over
    the unsplit word, so frequent compounds with frequent parts
    (Krankenhaus) are split, while words made of rare look-alike pieces
    (Generation = gene|ration) are not.
    """
    lex = lexicon or default_lexicon()
    n = len(word)
    whole = [(0, n, n)]
    if n < 2 * _MIN_PART - 1 or not word.isalpha():
        return whole
    max_parts = min(_MAX_PARTS, n // 3)
    neg = -math.inf
    # best[i][m] = (sum of part scores, parts) for suffix word[i:] in exactly m parts
    best: list[list[tuple[float, list[tuple[int, int, int]]]]] = [[(neg, [])] * (max_parts + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row = best[i]
        head = lex.part_score(word[i:], head=True)
        if head is not None:
            row[1] = (head, [(i, n, n)])
        for j in range(i + 3, n - 2):
            mod = lex.part_score(word[i:j], head=False)
            if mod is None:
                continue
            for link in _LINKS:
                k = j + len(link)
                if k >= n or (link and not word.startswith(link, j)):
                    continue
                rest = best[k]
                for m in range(1, max_parts):
                    rest_score, rest_parts = rest[m]
                    if rest_score == neg:
                        continue
                    total = mod + rest_score
                    if total > row[m + 1][0]:
                        row[m + 1] = (total, [(i, j, k), *rest_parts])
    choice, choice_score = whole, neg
    for m in range(1, max_parts + 1):
        total, parts = best[0][m]
        if total == neg:
            continue
        score = total / m + (_SPLIT_BONUS if m > 1 else 0.0)
        if score > choice_score:
            choice, choice_score = parts, score
    return choice
