"""Query parsing: user input -> :class:`QueryTerm` objects with all tokens that may satisfy each word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .compounds import split_compound
from .folding import folded_words
from .stemming import stem_word
from .stopwords import STOP_WORDS
from .synonyms import _default_synonym_table, _normalise_synonyms
from .tokens import TYPO_MIN_LENGTH
from .typos import TypoIndex


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
    for word in folded_words(text):
        for piece in word.split("-"):
            if not piece or piece in STOP_WORDS:
                continue
            exact = stem_word(piece)
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
                part_stems = tuple(dict.fromkeys(stem_word(piece[start:root]) for start, root, _ in parts))
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
