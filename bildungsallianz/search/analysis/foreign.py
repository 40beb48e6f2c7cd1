"""Words of content translations (any script): folded, never stemmed, in their own token namespace.

Offers may carry translations (Arabic, Ukrainian, English …). Their words must be
findable, but must not pass through the German stemmer and compound splitter
(English "training" is no German word; Arabic has no ``[a-z]`` letters at all).
So every word of a translation becomes one reserved token, ``0tx`` + the folded
word for Latin script (``0txtraining``) or ``0tx`` + base32 of the normalised
word for every other script (``0tx`` + ``4wd3lxny…`` for تدريب). No German word
yields such a token (:func:`~.languages.defuse`), so German relevance is untouched:
the translation tokens sit in the same columns, in a namespace of their own.

Normalisation: NFKC, casefold, combining marks removed (Arabic vowel signs,
accents), Arabic letter variants unified (أ إ آ -> ا, ى -> ي, ة -> ه, tatweel
dropped), a few Latin letters without decomposition mapped (ı -> i, ł -> l).
The query side (:func:`foreign_query_tokens`) applies the same steps.
"""

from __future__ import annotations

import base64
import re
import unicodedata

from .folding import fold_word
from .tokens import MAX_TOKEN_LENGTH

PREFIX = "0tx"

#: Letters that NFKD does not decompose, and Arabic/Persian spelling variants.
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ة": "ه",
        "ـ": None,
    }
)
_WORD_RE = re.compile(r"[^\W_]+")
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """Casefolded text without combining marks and with letter variants unified."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def foreign_token(word: str) -> str:
    """The reserved token of one normalised word."""
    if _ASCII_WORD_RE.fullmatch(word):
        body = fold_word(word)
    else:
        body = base64.b32encode(word.encode("utf-8")).decode("ascii").rstrip("=").lower()
    return (PREFIX + body)[:MAX_TOKEN_LENGTH]


def foreign_words(text: str) -> list[str]:
    """Normalised words of ``text`` (one letter words and pure numbers left out)."""
    return [w for w in _WORD_RE.findall(normalise(text or "")) if len(w) > 1 and not w.isdigit()]


def foreign_tokens(text: str) -> list[str]:
    """Index tokens of a translation's text, in text order."""
    return [foreign_token(word) for word in foreign_words(text)]


def is_latin(word: str) -> bool:
    return bool(_ASCII_WORD_RE.fullmatch(word))
