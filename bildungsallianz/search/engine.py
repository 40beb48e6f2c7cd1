"""The Django side of search: analyse a query with editable synonyms and a cached
typo index, write index rows, and restrict/rank a queryset through the backend.

Per process we keep one :class:`TypoIndex` per index, rebuilt when the
index's ``IndexState.token`` changes (version and token change whenever new
terms enter the vocabulary; the random token also survives rolled-back
transactions in tests), so several app servers stay correct without sharing
memory. A search costs two small queries here: synonyms and the version.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace

from django.db import connection, transaction
from django.db.models import F

from .analysis import MAX_TOKEN_LENGTH, TOKEN_RE, QueryTerm, TypoIndex, fold, index_tokens, query_terms
from .backends import CompiledQuery, IndexSpec, compile_terms, get_backend
from .models import IndexState, IndexTerm, Synonym

_lock = threading.Lock()
_typo_indexes: dict[str, tuple[str, TypoIndex]] = {}


def synonym_table() -> list[tuple[str, list[str]]]:
    rows = Synonym.objects.filter(is_active=True).values_list("term", "expansions")
    return [(term, [e.strip() for e in expansions.split(",") if e.strip()]) for term, expansions in rows]


def typo_index(spec: IndexSpec) -> TypoIndex:
    version = IndexState.objects.filter(name=spec.name).values_list("token", flat=True).first() or ""
    cached = _typo_indexes.get(spec.name)
    if cached and cached[0] == version:
        return cached[1]
    with _lock:
        cached = _typo_indexes.get(spec.name)
        if cached and cached[0] == version:
            return cached[1]
        index = TypoIndex(IndexTerm.objects.values_list("term", flat=True).iterator(chunk_size=5000))
        _typo_indexes[spec.name] = (version, index)
        return index


def analyse(text: str, spec: IndexSpec):
    """Query terms for user input; empty list when nothing searchable is left."""
    if not text or not text.strip():
        return []
    terms = query_terms(text[:200], synonyms=synonym_table(), typo_index=typo_index(spec))
    return [_with_typo_stems(term) for term in terms]


def _with_typo_stems(term: QueryTerm) -> QueryTerm:
    """The vocabulary also holds the documents' unstemmed (folded) words, so a typo near a
    word's ending ("Mechatronikr") finds the word ("mechatroniker"); the index itself holds
    stems, so the stem of every typo candidate joins the alternatives (as far as its word)."""
    if not term.typos:
        return term
    stems: dict[str, bool] = {}
    for typo in term.typos:
        for stem in index_tokens(typo)[:1]:
            stems[stem] = stems.get(stem, True) and typo in term.far_typos
    stems = {stem: far for stem, far in stems.items() if stem not in term.tokens or stem in term.typos}
    return replace(
        term,
        tokens=term.tokens | set(stems),
        typos=term.typos | set(stems),
        far_typos=(term.far_typos - {s for s, far in stems.items() if not far})
        | {s for s, far in stems.items() if far},
    )


def compile_query(text: str, spec: IndexSpec) -> CompiledQuery:
    return compile_terms(analyse(text, spec))


def restrict(queryset, spec: IndexSpec, query: CompiledQuery):
    return get_backend().restrict(queryset, spec, query)


#: A text search ranks at most this many matches: the newest ones (highest id) that pass the
#: filters. Ranking then costs the same whether a word matches 200 or 100 000 offers; below
#: the limit nothing changes. Callers say so when a search has more matches (see ``bounded``).
RANK_LIMIT = 200


def candidate_sql(candidates) -> tuple[str, list]:
    """SQL of the ids of the :data:`RANK_LIMIT` newest objects of ``candidates`` (raises EmptyResultSet)."""
    return candidates.order_by("-pk").values("pk")[:RANK_LIMIT].query.sql_with_params()


def ranked_ids(spec: IndexSpec, query: CompiledQuery, candidates, *, limit: int, offset: int) -> list[tuple[int, int]]:
    """One page of ``(id, tier)`` among the ids of the ``candidates`` queryset, best match first.

    Only the :data:`RANK_LIMIT` newest candidates are ranked (the engine reads the matches of
    older ids not at all), so pages end after ``RANK_LIMIT`` results.
    """
    from django.core.exceptions import EmptyResultSet

    limit = min(limit, RANK_LIMIT - offset)
    if limit <= 0:
        return []
    try:
        bounded = candidate_sql(candidates)
    except EmptyResultSet:
        return []
    with connection.cursor() as cursor:
        return get_backend().ranked_ids(cursor, spec, query, bounded, limit, offset)


def _remember_terms(spec: IndexSpec, tokens: set[str]) -> None:
    if not tokens:
        return
    known = set()
    token_list = sorted(tokens)
    for start in range(0, len(token_list), 500):
        chunk = token_list[start : start + 500]
        known |= set(IndexTerm.objects.filter(term__in=chunk).values_list("term", flat=True))
    new = tokens - known
    if new:
        IndexTerm.objects.bulk_create([IndexTerm(term=t) for t in sorted(new)], ignore_conflicts=True, batch_size=1000)
        state, _ = IndexState.objects.get_or_create(name=spec.name)
        IndexState.objects.filter(pk=state.pk).update(version=F("version") + 1, token=uuid.uuid4().hex)


def _content_name(spec: IndexSpec) -> str:
    return f"{spec.name}:content"


def touch(spec: IndexSpec) -> None:
    """Record that the indexed content changed (invalidates caches keyed on :func:`content_token`)."""
    updated = IndexState.objects.filter(name=_content_name(spec)).update(
        version=F("version") + 1, token=uuid.uuid4().hex
    )
    if not updated:
        IndexState.objects.get_or_create(name=_content_name(spec), defaults={"token": uuid.uuid4().hex})


def content_token(spec: IndexSpec) -> str:
    """Changes with every write to the index (one small query)."""
    return IndexState.objects.filter(name=_content_name(spec)).values_list("token", flat=True).first() or ""


def surface_words(text: str) -> set[str]:
    """Folded, unstemmed words of a text that typo tolerance should know (4 to 48 letters)."""
    return {w for w in TOKEN_RE.findall(fold(text)) if 4 <= len(w) <= MAX_TOKEN_LENGTH and not w.isdigit()}


def index_write(spec: IndexSpec, rows: list[tuple[int, str, str]], *, words: set[str] | None = None) -> None:
    """Tell the engine about freshly saved entry rows ``(id, title tokens, body tokens)``;
    ``words`` (see :func:`surface_words`) extend the vocabulary for typo tolerance."""
    with transaction.atomic():
        tokens: set[str] = set(words or ())
        for _, title, body in rows:
            tokens.update(title.split())
            tokens.update(body.split())
        _remember_terms(spec, tokens)
        with connection.cursor() as cursor:
            get_backend().write(cursor, spec, rows)
        touch(spec)


def index_delete(spec: IndexSpec, ids: list[int]) -> None:
    if ids:
        with connection.cursor() as cursor:
            get_backend().delete(cursor, spec, list(ids))
        touch(spec)


def index_clear(spec: IndexSpec) -> None:
    with connection.cursor() as cursor:
        get_backend().clear(cursor, spec)
    touch(spec)
