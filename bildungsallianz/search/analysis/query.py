"""Query parsing: user input -> :class:`QueryTerm` objects with all tokens that may satisfy each word.

Steps: fold and drop stop words; match synonym phrases ("schule fertig machen", "job training")
longest first; drop spoken filler ("ich will was mit … machen") unless nothing else is left;
then for every word its stem, its synonyms, its compound parts written apart, the language
facet token for language names and typo neighbours (more edits for longer words).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .compounds import split_compound
from .folding import folded_words
from .foreign import foreign_token, foreign_words, is_latin
from .languages import defuse, language_of, language_token
from .stemming import stem_word
from .stopwords import FILLER_WORDS, STOP_WORDS
from .synonyms import MAX_KEY_WORDS, _default_synonym_table, _normalise_synonyms
from .tokens import MAX_TOKEN_LENGTH
from .typos import TypoIndex, allowed_edits

#: At most this many terms are searched (the rest of a long input is ignored).
MAX_TERMS = 8


@dataclass(frozen=True)
class QueryTerm:
    """One user word (or synonym phrase) with everything that may match it.

    ``tokens``: index tokens, any of which satisfies the term (OR).
    ``phrases``: multi-token alternatives (synonym expansions, compound parts, the words of
    a synonym phrase); a phrase satisfies the term if all its tokens occur in the document.
    ``exact``: the token of the word itself; exact hits rank above synonyms and typos.
    ``typos``: tokens that were added by typo tolerance (subset of tokens);
    ``far_typos``: those of them two edits away (rank lowest).
    ``loose_phrases``: the words of a synonym phrase taken one by one ("job" and "training"),
    a subset of ``phrases`` that ranks like a typo: the expansions say what was meant.
    """

    word: str
    exact: str
    tokens: frozenset[str]
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    typos: frozenset[str] = field(default_factory=frozenset)
    far_typos: frozenset[str] = field(default_factory=frozenset)
    loose_phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)

    def matches(self, document_tokens: set[str] | frozenset[str]) -> bool:
        """True if this term is satisfied by a document's token set."""
        if not self.tokens.isdisjoint(document_tokens):
            return True
        return any(all(t in document_tokens for t in p) for p in self.phrases)


def _pieces(text: str) -> list[str]:
    """Folded words without stop words; hyphenated words in parts."""
    return [defuse(p) for word in folded_words(text) for p in word.split("-") if p and p not in STOP_WORDS]


def _segments(pieces: list[str], table) -> list[list[str]]:
    """Group the pieces: synonym phrases (longest first) stay together, other words alone.

    Filler words alone are dropped unless they are a synonym key or nothing else is left.
    """
    stems = [stem_word(p) for p in pieces]
    segments: list[list[str]] = []
    i = 0
    while i < len(pieces):
        for size in range(min(MAX_KEY_WORDS, len(pieces) - i), 1, -1):
            if tuple(stems[i : i + size]) in table:
                segments.append(pieces[i : i + size])
                i += size
                break
        else:
            segments.append([pieces[i]])
            i += 1
    content = [s for s in segments if len(s) > 1 or s[0] not in FILLER_WORDS or (stem_word(s[0]),) in table]
    return content or segments


def _add_expansions(expansions, tokens: set[str], phrases: set[tuple[str, ...]]) -> None:
    """One-token expansions become alternative tokens, longer ones phrases (all tokens needed)."""
    for expansion in expansions:
        if len(expansion) == 1:
            tokens.add(expansion[0])
        else:
            phrases.add(tuple(expansion))


def _phrase_term(pieces: list[str], table) -> QueryTerm:
    stems = tuple(stem_word(p) for p in pieces)
    exact = stem_word("".join(pieces)[:MAX_TOKEN_LENGTH])
    tokens = {exact}
    phrases = {stems}
    _add_expansions(table.get(stems, ()), tokens, phrases)
    return QueryTerm(
        word=" ".join(pieces),
        exact=exact,
        tokens=frozenset(tokens),
        phrases=frozenset(phrases),
        loose_phrases=frozenset({stems}),
    )


def _word_term(piece: str, table, typo_index: TypoIndex | None) -> QueryTerm:
    exact = stem_word(piece)
    tokens = {exact}
    phrases: set[tuple[str, ...]] = set()
    _add_expansions(table.get((exact,), ()), tokens, phrases)
    # a compound in the query also finds its parts written apart:
    # "Pflegeausbildung" finds "Ausbildung in der Pflege"
    parts = split_compound(piece) if piece.isalpha() else []
    if len(parts) > 1:
        part_stems = tuple(dict.fromkeys(stem_word(piece[start:root]) for start, root, _ in parts))
        if len(part_stems) > 1 and all(part_stems):
            phrases.add(part_stems)
    code = language_of(piece)
    if code:
        tokens.add(language_token(code))
    near: dict[str, int] = {}
    if typo_index is not None and not piece.isdigit():
        edits = allowed_edits(piece, known=not tokens.isdisjoint(typo_index.vocabulary))
        for candidate in (exact, piece):
            for typo, distance in typo_index.near(candidate, edits).items():
                near[typo] = min(distance, near.get(typo, distance))
        for token in tokens:
            near.pop(token, None)
    typos = set(near)
    # the word as written in a translation (English, French, Turkish …): folded, unstemmed
    tokens.add(foreign_token(piece))
    return QueryTerm(
        word=piece,
        exact=exact,
        tokens=frozenset(tokens | typos),
        phrases=frozenset(phrases),
        typos=frozenset(typos),
        far_typos=frozenset(t for t, d in near.items() if d > 1),
    )


def query_terms(
    text: str,
    *,
    synonyms: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]] | None = None,
    typo_index: TypoIndex | None = None,
) -> list[QueryTerm]:
    """Analyse user input into query terms.

    Stop words are dropped, numbers are kept, hyphenated words become one term per part,
    synonym phrases one term each, spoken filler is dropped while anything else is left.
    Each word's alternatives are its stem, the stems of its synonym expansions (``synonyms``
    defaults to :data:`DEFAULT_SYNONYMS`; pass ``{}`` to disable), its compound parts written
    apart and, with a ``typo_index``, the index terms within the edits that
    :func:`~.typos.allowed_edits` grants. Duplicate words collapse into one term.
    """
    table = _default_synonym_table() if synonyms is None else _normalise_synonyms(synonyms)
    terms: dict[str, QueryTerm] = {}
    for segment in _segments(_pieces(text), table):
        if len(terms) >= MAX_TERMS:
            break
        key = " ".join(segment) if len(segment) > 1 else stem_word(segment[0])
        if key in terms:
            continue
        terms[key] = _phrase_term(segment, table) if len(segment) > 1 else _word_term(segment[0], table, typo_index)
    for word in foreign_words(text):
        # words in other scripts (Arabic, Cyrillic …) match only the words of translations
        if len(terms) >= MAX_TERMS:
            break
        token = foreign_token(word)
        if not is_latin(word) and token not in terms:
            terms[token] = QueryTerm(word=word, exact=token, tokens=frozenset({token}))
    return list(terms.values())
