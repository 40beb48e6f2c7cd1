"""Languages as a facet: an offer's languages are indexed as reserved tokens, never as words.

Every offer is held in German, so indexing the label "Deutsch" as text made "deutsch kurs" find
every offer. Instead the index gets one reserved token per language (``0langar``; no word
analysis produces a token that starts with a digit and goes on with letters like this), and a
language named in a query ("arabisch", "arabic") also matches that token. German is not
mapped: "deutsch" in a query means the subject (Deutschkurs), not the language of the offer.
"""

from __future__ import annotations

from collections.abc import Iterable

_PREFIX = "0lang"

#: Folded language words (German and English) -> ISO 639-1 code; German on purpose left out.
LANGUAGE_WORDS: dict[str, str] = {
    "englisch": "en",
    "english": "en",
    "arabisch": "ar",
    "arabic": "ar",
    "ukrainisch": "uk",
    "ukrainian": "uk",
    "turkisch": "tr",
    "turkish": "tr",
    "russisch": "ru",
    "russian": "ru",
    "persisch": "fa",
    "farsi": "fa",
    "dari": "fa",
    "persian": "fa",
    "franzosisch": "fr",
    "french": "fr",
    "polnisch": "pl",
    "polish": "pl",
    "rumanisch": "ro",
    "romanian": "ro",
}


#: Prefixes of reserved tokens: language facet and words of translations (see .foreign).
_RESERVED = (_PREFIX, "0tx")


def defuse(word: str) -> str:
    """A folded word from text that looks like a reserved token loses its leading zeros."""
    return (word.lstrip("0") or "0") if word.startswith(_RESERVED) else word


def language_token(code: str) -> str:
    """The reserved index token of a language code (``"ar"`` -> ``"0langar"``)."""
    return _PREFIX + "".join(ch for ch in code.lower() if ch.isalnum())


def language_tokens(codes: Iterable[str]) -> list[str]:
    """Reserved tokens for an offer's languages, German left out (every offer has it)."""
    return [language_token(code) for code in codes if code and code != "de"]


def language_of(word: str) -> str | None:
    """ISO code of a folded query word that names a language, else None."""
    return LANGUAGE_WORDS.get(word)
