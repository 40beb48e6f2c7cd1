"""Index tokens of a document: stems of every word, its compound parts and runs of parts."""

from __future__ import annotations

from functools import lru_cache

from .compounds import split_compound
from .folding import folded_words
from .languages import defuse
from .stemming import stem_word
from .stopwords import STOP_WORDS
from .tokens import MAX_TOKEN_LENGTH


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
            tokens.append(stem_word(joined))
        return tuple(dict.fromkeys(tokens))
    tokens.append(stem_word(word))
    parts = split_compound(word)
    if len(parts) > 1:
        # every contiguous run of parts, e.g. haupt|schul|abschluss ->
        # haupt, schul, abschluss, hauptschul, schulabschluss
        for a in range(len(parts)):
            for b in range(a + 1, len(parts) + 1):
                if b - a == len(parts):
                    continue
                span = word[parts[a][0] : parts[b - 1][1]]
                tokens.append(stem_word(span))
    return tuple(dict.fromkeys(t for t in tokens if t))


def index_tokens(text: str) -> list[str]:
    """Tokens to store for a document field.

    For every non-stop word, in text order: its stem, then the stems of its
    compound parts and of runs of adjacent parts. Tokens are deduplicated
    within one word but repeat across words (term frequency is kept).
    Deterministic for a given lexicon.
    """
    out: list[str] = []
    for word in folded_words(text):
        if word in STOP_WORDS:
            continue
        out.extend(_word_tokens(defuse(word)))
    return out
