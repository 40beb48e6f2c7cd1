"""Folding: gender forms, case, accents, umlaut transcriptions, feminine endings, irregular plurals.

``fold("Kfz-Mechatroniker*innen, Bäcker")`` is ``"kfz-mechatroniker backer"``.
"""

from __future__ import annotations

import re
import unicodedata

from .tokens import MAX_TOKEN_LENGTH

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


def strip_accents(text: str) -> str:
    """Casefold and reduce Latin letters to ASCII (ä -> a, ß -> ss, é -> e)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _collapse_gender_marks(text: str) -> str:
    """Remove gender-inclusive suffix notations, leaving the base form."""
    text = _BINNEN_I_RE.sub("", text)
    return _GENDER_MARK_RE.sub("", text)


def fold_word(word: str) -> str:
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


def folded_words(text: str) -> list[str]:
    """Split text into folded words; hyphenated words stay joined by '-'."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    ascii_text = strip_accents(_collapse_gender_marks(text))
    out = []
    for match in _WORD_RE.finditer(ascii_text):
        parts = [fold_word(p) for p in match.group(0).split("-")]
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
    return " ".join(folded_words(text))
