"""Engine-specific search code, behind one small interface.

An index is described by an :class:`IndexSpec`: a plain table of analysed
tokens per object (``entry_table``: primary key ``key_column``, text columns
``title`` and ``body``) that belongs to the app owning the objects, plus
whatever the engine needs beside it (an FTS5 table on SQLite, a generated
tsvector column with a GIN index on PostgreSQL). All linguistics already
happened in :mod:`bildungsallianz.search.analysis`; the engines only match
whole ``[a-z0-9]+`` tokens and rank.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection as default_connection


@dataclass(frozen=True)
class IndexSpec:
    name: str  # IndexState.name and a prefix for engine objects
    base_table: str  # table of the searched objects, e.g. offers_offer
    entry_table: str  # table of analysed tokens, e.g. offers_offerindexentry
    key_column: str  # primary key of the entry table = id of the object

    @property
    def fts_table(self) -> str:
        return f"{self.name}_fts"


@dataclass(frozen=True)
class CompiledQuery:
    """Query terms as groups of alternatives; an alternative is a tuple of tokens (all required)."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def is_single_group(self) -> bool:
        return len(self.groups) == 1


def compile_terms(terms) -> CompiledQuery:
    groups = []
    for term in terms:
        alternatives = {(token,) for token in term.tokens}
        alternatives |= {tuple(phrase) for phrase in term.phrases}
        groups.append(tuple(sorted(alternatives)))
    return CompiledQuery(groups=tuple(groups))


def get_backend(connection=None):
    connection = connection or default_connection
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    if connection.vendor == "sqlite":
        from . import sqlite

        return sqlite
    raise NotImplementedError(f"Keine Suche für die Datenbank {connection.vendor!r}.")
