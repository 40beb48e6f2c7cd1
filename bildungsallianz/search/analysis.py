"""German text analysis for offer search, identical for SQLite FTS5 and PostgreSQL.

All linguistics happens here, in Python. Documents are turned into a list of
index tokens (:func:`index_tokens`) that a search index stores as plain text;
user input is turned into a list of :class:`QueryTerm` objects
(:func:`query_terms`), each holding the set of index tokens that may satisfy
that word. Both database engines then only have to match whole tokens.

Token alphabet: every token produced by this module matches ``[a-z0-9]+`` and
is at most :data:`MAX_TOKEN_LENGTH` characters long, so no token can ever carry
FTS5 or tsquery syntax.

Pipeline for one word::

    raw text -> gender forms collapsed (Erzieher*innen -> Erzieher)
             -> NFKC, casefold, accents stripped (ä -> a, ß -> ss)
             -> ae/oe/ue -> a/o/u (so "Baecker", "Bäcker", "Backer" agree)
             -> feminine suffix removed (Mechatronikerin -> mechatroniker)
             -> irregular plurals (praktika -> praktikum)
             -> compound split with a shipped lexicon (altenpflege -> alten|pflege)
             -> Snowball German stem of the word and of every compound part

This module has no Django imports; its only third-party dependency is PyStemmer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import Stemmer

__all__ = [
    "DEFAULT_SYNONYMS",
    "MAX_TOKEN_LENGTH",
    "STOP_WORDS",
    "TOKEN_RE",
    "QueryTerm",
    "TypoIndex",
    "expand_typos",
    "fold",
    "index_tokens",
    "query_terms",
    "split_compound",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Every token matches this pattern (full match).
TOKEN_RE = re.compile(r"[a-z0-9]+")
#: Longer tokens are cut; nothing meaningful in German offer texts is longer.
MAX_TOKEN_LENGTH = 48
#: Typo tolerance applies to words with at least this many letters.
TYPO_MIN_LENGTH = 5

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

#: Function words dropped from documents and queries (already folded).
STOP_WORDS: frozenset[str] = frozenset(
    [
        "ab",
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "beim",
        "bin",
        "bis",
        "bist",
        "da",
        "damit",
        "dann",
        "das",
        "dass",
        "dein",
        "deine",
        "dem",
        "den",
        "denn",
        "der",
        "des",
        "dich",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "dir",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwa",
        "euch",
        "euer",
        "eure",
        "fur",
        "gegen",
        "hat",
        "hatte",
        "hier",
        "ich",
        "ihm",
        "ihn",
        "ihr",
        "ihre",
        "im",
        "in",
        "ins",
        "ist",
        "ja",
        "jede",
        "jedem",
        "jeden",
        "jeder",
        "jedes",
        "kann",
        "kein",
        "keine",
        "man",
        "mein",
        "meine",
        "mich",
        "mir",
        "mit",
        "muss",
        "nach",
        "nein",
        "nicht",
        "noch",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sein",
        "seine",
        "sich",
        "sie",
        "sind",
        "so",
        "soll",
        "sowie",
        "uber",
        "um",
        "und",
        "uns",
        "unser",
        "unsere",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "waren",
        "was",
        "weil",
        "wenn",
        "wer",
        "wie",
        "wir",
        "wird",
        "wo",
        "zu",
        "zum",
        "zur",
    ]
)

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

#: Irregular (mostly Latin) plurals and gendered compound heads, folded.
#: Applied to word endings, so "Schulpraktika" becomes "schulpraktikum".
IRREGULAR_FORMS: dict[str, str] = {
    "praktika": "praktikum",
    "praktikas": "praktikum",
    "studien": "studium",
    "gymnasien": "gymnasium",
    "museen": "museum",
    "zentren": "zentrum",
    "themen": "thema",
    "firmen": "firma",
    "kaufleute": "kaufmann",
    "kauffrau": "kaufmann",
    "kauffrauen": "kaufmann",
    "kaufmanner": "kaufmann",
    "fachleute": "fachmann",
    "fachfrau": "fachmann",
    "fachfrauen": "fachmann",
    "curricula": "curriculum",
    "visa": "visum",
}
_IRREGULAR_RE = re.compile("(" + "|".join(sorted(IRREGULAR_FORMS, key=len, reverse=True)) + ")$")

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

# --------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------

# "Erzieher*innen", "Erzieher:innen", "Erzieher_innen", "Erzieher/-innen",
# "Erzieher/innen", "Erzieher(innen)", "Erzieher·in" -> "Erzieher"
_GENDER_MARK_RE = re.compile(r"(?<=\w)(?:[*:_·•]|/-?|\()(?:in|innen)\)?(?!\w)", re.IGNORECASE)
# Binnen-I: "ErzieherIn", "ErzieherInnen" (case-sensitive on purpose)
_BINNEN_I_RE = re.compile(r"(?<=[a-zäöüß])I(?:n|nnen)(?![a-zäöüßA-ZÄÖÜ])")
_WORD_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# ue/ae/oe as umlaut transcription, except in "aue", "eue", "que" (Bauer, Feuer, Quelle)
_UMLAUT_DIGRAPH_RE = re.compile(r"(?<![aeq])ue|ae|oe")
# Feminine suffix after typical agent-noun endings: Lehrerin, Praktikantin, Ärztin
_FEMININE_RE = re.compile(r"^(.{2,}?(?:er|or|ent|ant|eur|ist|og|at|ar|eg|ot|ier|och|amt|alt|eut)|arzt)(?:in|innen)$")
_FEMININE_EXCEPTIONS: frozenset[str] = frozenset(
    [
        "karin",
        "mandarin",
        "nikotin",
        "terpentin",
        "valentin",
        "konstantin",
        "platin",
        "beginnen",
        "gewinnen",
        "begin",
        "kaminen",
        "pingin",
        "gelatin",
        "ratin",
        "satin",
    ]
)


def _strip_accents(text: str) -> str:
    """Casefold and reduce Latin letters to ASCII (ä -> a, ß -> ss, é -> e)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _collapse_gender_marks(text: str) -> str:
    """Remove gender-inclusive suffix notations, leaving the base form."""
    text = _BINNEN_I_RE.sub("", text)
    return _GENDER_MARK_RE.sub("", text)


def _fold_word(word: str) -> str:
    """Canonicalise one already lower-cased ASCII word.

    ae/oe/ue become a/o/u (matching ä/ö/ü, which were already stripped),
    feminine -in/-innen endings and irregular plurals are normalised.
    Repeated until stable, so folding is idempotent ("uee" -> "u").
    """
    while True:
        folded = _UMLAUT_DIGRAPH_RE.sub(lambda m: m.group(0)[0], word)
        if folded not in _FEMININE_EXCEPTIONS:
            m = _FEMININE_RE.match(folded)
            if m:
                folded = m.group(1)
        folded = _IRREGULAR_RE.sub(lambda m: IRREGULAR_FORMS[m.group(1)], folded)
        if folded == word:
            return folded
        word = folded


def _words(text: str) -> list[str]:
    """Split text into folded words; hyphenated words stay joined by '-'."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    ascii_text = _strip_accents(_collapse_gender_marks(text))
    out = []
    for match in _WORD_RE.finditer(ascii_text):
        parts = [_fold_word(p) for p in match.group(0).split("-")]
        parts = [p[:MAX_TOKEN_LENGTH] for p in parts if p]
        if parts:
            out.append("-".join(parts))
    return out


def fold(text: str) -> str:
    """Return text lower-cased with umlauts, ß and gender forms canonicalised.

    Words are separated by single spaces, punctuation is removed, hyphens
    inside words are kept: ``fold("Kfz-Mechatroniker*innen, Bäcker")`` is
    ``"kfz-mechatroniker backer"``. Stop words are kept.
    """
    return " ".join(_words(text))


# --------------------------------------------------------------------------
# Stemming and compound splitting
# --------------------------------------------------------------------------

_STEMMER = Stemmer.Stemmer("german")
_STEMMER.maxCacheSize = 50_000


def _stem(word: str) -> str:
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
            word = _fold_word(word)
            if word and zipf > self.words.get(word, -1.0):
                self.words[word] = zipf
        self.stems: dict[str, float] = {}
        for word, zipf in self.words.items():
            if _IER_VERB_RE.search(word):
                continue  # "sanieren" -> "sani" would make "sani|tater" look valid
            stem = _stem(word)
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
                word = _fold_word(_strip_accents(word))
                words[word] = max(float(zipf or default_zipf), words.get(word, -1.0))
        return cls(words)

    def part_score(self, piece: str, *, head: bool) -> float | None:
        """Zipf score of ``piece`` as a compound part, or None if not allowed."""
        if len(piece) < _MIN_PART and piece not in _SHORT_PARTS:
            return None
        if head:
            if piece in _BLOCKED_HEADS or piece in STOP_WORDS:
                return None
        elif piece in _BLOCKED_MODIFIERS or piece in STOP_WORDS:
            return None
        score = self.words.get(piece)
        if score is None:
            key = _stem(piece) if head else piece
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


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """Index tokens for one folded word (possibly hyphenated), deduplicated."""
    tokens: list[str] = []
    pieces = word.split("-")
    if len(pieces) > 1:
        for piece in pieces:
            tokens.extend(_word_tokens(piece))
        joined = "".join(pieces)[:MAX_TOKEN_LENGTH]
        if joined.isalpha():
            tokens.append(_stem(joined))
        return tuple(dict.fromkeys(tokens))
    tokens.append(_stem(word))
    parts = split_compound(word)
    if len(parts) > 1:
        # every contiguous run of parts, e.g. haupt|schul|abschluss ->
        # haupt, schul, abschluss, hauptschul, schulabschluss
        for a in range(len(parts)):
            for b in range(a + 1, len(parts) + 1):
                if b - a == len(parts):
                    continue
                span = word[parts[a][0] : parts[b - 1][1]]
                tokens.append(_stem(span))
    return tuple(dict.fromkeys(t for t in tokens if t))


def index_tokens(text: str) -> list[str]:
    """Tokens to store for a document field.

    For every non-stop word, in text order: its stem, then the stems of its
    compound parts and of runs of adjacent parts. Tokens are deduplicated
    within one word but repeat across words (term frequency is kept).
    Deterministic for a given lexicon.
    """
    out: list[str] = []
    for word in _words(text):
        if word in STOP_WORDS:
            continue
        out.extend(_word_tokens(word))
    return out


# --------------------------------------------------------------------------
# Typo tolerance
# --------------------------------------------------------------------------


def _within_one_edit(a: str, b: str) -> bool:
    """True if a and b differ by at most one insert/delete/substitute/transpose."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    # b is one longer than a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


class TypoIndex:
    """Deletion-neighbourhood index (SymSpell, distance 1) over index terms.

    Every term and each of its single-character deletions is a key pointing to
    the term. A query term matches a vocabulary term within one edit
    (insert, delete, substitute, adjacent transposition) iff their deletion
    neighbourhoods intersect; candidates are verified exactly.
    Only vocabulary terms of at least ``min_length - 1`` characters are indexed.
    """

    def __init__(self, vocabulary: Iterable[str], *, min_length: int = TYPO_MIN_LENGTH):
        self.min_length = min_length
        self.vocabulary: frozenset[str] = frozenset(t for t in vocabulary if len(t) >= min_length - 1)
        index: dict[str, list[str]] = {}
        for term in self.vocabulary:
            index.setdefault(term, []).append(term)
            for d in _deletes(term):
                index.setdefault(d, []).append(term)
        self._index = index

    def __contains__(self, term: object) -> bool:
        return term in self.vocabulary

    def __len__(self) -> int:
        return len(self.vocabulary)

    def candidates(self, term: str) -> set[str]:
        """Vocabulary terms within edit distance 1 of ``term`` (term included if known).

        Terms shorter than ``min_length`` only match themselves.
        """
        if len(term) < self.min_length:
            return {term} & self.vocabulary
        found: set[str] = set()
        for key in (term, *_deletes(term)):
            for cand in self._index.get(key, ()):
                if cand not in found and _within_one_edit(term, cand):
                    found.add(cand)
        return found


def expand_typos(term: str, vocabulary: TypoIndex | Iterable[str]) -> set[str]:
    """Index terms within one edit of ``term`` (only for terms of 5+ characters).

    Pass a prebuilt :class:`TypoIndex` for repeated lookups; any other iterable
    is indexed on the fly.
    """
    index = vocabulary if isinstance(vocabulary, TypoIndex) else TypoIndex(vocabulary)
    return index.candidates(term)


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryTerm:
    """One user word with everything that may match it.

    ``tokens``: index tokens, any of which satisfies the term (OR).
    ``phrases``: multi-token synonym expansions; a phrase satisfies the term
    if all its tokens occur in the document.
    ``exact``: the token of the word itself (rank exact hits higher).
    ``typos``: tokens that were added by typo tolerance (subset of tokens).
    """

    word: str
    exact: str
    tokens: frozenset[str]
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    typos: frozenset[str] = field(default_factory=frozenset)

    def matches(self, document_tokens: set[str] | frozenset[str]) -> bool:
        """True if this term is satisfied by a document's token set."""
        if not self.tokens.isdisjoint(document_tokens):
            return True
        return any(all(t in document_tokens for t in p) for p in self.phrases)


def _normalise_synonyms(
    synonyms: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]],
) -> dict[str, list[list[str]]]:
    """Map the stem of each synonym key to the analysed expansions."""
    items = synonyms.items() if isinstance(synonyms, Mapping) else synonyms
    table: dict[str, list[list[str]]] = {}
    for key, expansions in items:
        key_words = [w for w in _words(key) if w not in STOP_WORDS]
        if len(key_words) != 1:
            continue  # only single-word keys are supported
        key_stem = _stem(key_words[0].replace("-", ""))
        if isinstance(expansions, str):
            expansions = [expansions]
        for expansion in expansions:
            stems = [_stem(w.replace("-", "")) for w in _words(expansion) if w not in STOP_WORDS]
            if stems:
                table.setdefault(key_stem, []).append(stems)
    return table


@lru_cache(maxsize=1)
def _default_synonym_table() -> dict[str, list[list[str]]]:
    return _normalise_synonyms(DEFAULT_SYNONYMS)


def query_terms(
    text: str,
    *,
    synonyms: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]] | None = None,
    typo_index: TypoIndex | None = None,
) -> list[QueryTerm]:
    """Analyse user input into query terms.

    Stop words are dropped, numbers are kept, hyphenated words become one
    term per part. Each term's alternatives are the word's stem, the stems of
    its synonym expansions (``synonyms`` defaults to :data:`DEFAULT_SYNONYMS`;
    pass ``{}`` to disable) and, if ``typo_index`` is given and none of those
    occurs in it, the index terms within one edit of the word (5+ letters).
    Duplicate words collapse into one term.
    """
    table = _default_synonym_table() if synonyms is None else _normalise_synonyms(synonyms)
    terms: dict[str, QueryTerm] = {}
    for word in _words(text):
        for piece in word.split("-"):
            if not piece or piece in STOP_WORDS:
                continue
            exact = _stem(piece)
            if exact in terms:
                continue
            tokens = {exact}
            phrases: set[tuple[str, ...]] = set()
            for expansion in table.get(exact, ()):
                if len(expansion) == 1:
                    tokens.add(expansion[0])
                else:
                    phrases.add(tuple(expansion))
            # a compound in the query also finds its parts written apart:
            # "Pflegeausbildung" finds "Ausbildung in der Pflege"
            parts = split_compound(piece) if piece.isalpha() else []
            if len(parts) > 1:
                part_stems = tuple(dict.fromkeys(_stem(piece[start:root]) for start, root, _ in parts))
                if len(part_stems) > 1 and all(part_stems):
                    phrases.add(part_stems)
            typos: set[str] = set()
            if (
                typo_index is not None
                and len(piece) >= TYPO_MIN_LENGTH
                and tokens.isdisjoint(typo_index.vocabulary)
                and not piece.isdigit()
            ):
                typos = typo_index.candidates(exact) | typo_index.candidates(piece)
                tokens |= typos
            terms[exact] = QueryTerm(
                word=piece,
                exact=exact,
                tokens=frozenset(tokens),
                phrases=frozenset(phrases),
                typos=frozenset(typos),
            )
    return list(terms.values())
