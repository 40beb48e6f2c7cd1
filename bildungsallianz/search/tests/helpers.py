"""A tiny in-memory reference matcher built on the analyzer, for tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bildungsallianz.search.analysis import TypoIndex, index_tokens, query_terms


def finds(query: str, document: str, **kwargs) -> bool:
    """True if every term of ``query`` matches ``document`` (AND of ORs)."""
    doc = set(index_tokens(document))
    terms = query_terms(query, **kwargs)
    return bool(terms) and all(term.matches(doc) for term in terms)


class MemoryIndex:
    """Index documents with index_tokens; rank by the number of matched query terms."""

    def __init__(self, documents: Mapping[str, str]):
        self.documents = {key: set(index_tokens(text)) for key, text in documents.items()}
        vocabulary = set().union(*self.documents.values()) if self.documents else set()
        self.typo_index = TypoIndex(vocabulary)

    def search(
        self,
        query: str,
        *,
        synonyms: Mapping[str, Sequence[str]] | None = None,
        typos: bool = True,
    ) -> list[str]:
        """Keys of documents matching at least one term, best first (ties: insertion order)."""
        terms = query_terms(query, synonyms=synonyms, typo_index=self.typo_index if typos else None)
        scored = []
        for position, (key, tokens) in enumerate(self.documents.items()):
            matched = sum(term.matches(tokens) for term in terms)
            exact = sum(term.exact in tokens for term in terms)
            if matched:
                scored.append((-matched, -exact, position, key))
        return [key for *_, key in sorted(scored)]
