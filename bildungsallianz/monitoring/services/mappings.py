"""Apply the staff-editable mappings across vintages (:class:`~..models.LabelMapping`) to a parsed file."""

from __future__ import annotations

import dataclasses
from collections import Counter

from django.utils.translation import gettext as _

from ..models import LabelMapping
from ..models.sources import source_code
from ..parsers import ParsedTable
from ..parsers.base import make_observation


def _resolved(pairs: dict) -> dict:
    """Follow chains (``a → b``, ``b → c`` gives ``a → c``) so applying twice changes nothing.

    Names on a cycle (``a → b``, ``b → a``: a contradictory table) stay as they are.
    """
    out = {}
    for old in pairs:
        new, seen = pairs[old], {old}
        while new in pairs and new not in seen:
            seen.add(new)
            new = pairs[new]
        out[old] = old if new in seen else new
    return out


class Mappings:
    """The mapping table, read once per import (one query)."""

    def __init__(self, rows=None):
        if rows is None:
            rows = LabelMapping.objects.values_list("kind", "dimension", "old", "new")
        by_kind: dict[str, dict] = {kind: {} for kind in LabelMapping.Kind.values}
        for kind, dimension, old, new in rows:
            by_kind[kind][(dimension, old) if kind == LabelMapping.Kind.CATEGORY else old] = new
        # tables under their stored code, as staff may write them as published (AI002-1-5)
        self.sources = _resolved({source_code(o): source_code(n) for o, n in by_kind[LabelMapping.Kind.SOURCE].items()})
        self.variables = _resolved(by_kind[LabelMapping.Kind.VARIABLE])
        self.dimensions = _resolved(by_kind[LabelMapping.Kind.DIMENSION])
        self.categories = by_kind[LabelMapping.Kind.CATEGORY]

    def source(self, code: str) -> str:
        return self.sources.get(source_code(code), code)

    def _category(self, dimension: str, value: str) -> str:
        """Follow the chain of category mappings; a value on a cycle stays as it is (idempotent)."""
        seen = {value}
        current = value
        while True:
            new = self.categories.get((dimension, current), self.categories.get(("", current)))
            if new is None or new == current:
                return current
            if new in seen:
                return value
            seen.add(new)
            current = new

    def breakdown(self, breakdown: tuple) -> tuple:
        pairs = []
        for dimension, value in breakdown:
            dimension = self.dimensions.get(dimension, dimension)
            pairs.append((dimension, self._category(dimension, value)))
        return tuple(pairs)

    def hierarchy(self, hierarchy: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        """A file's own category hierarchy (:attr:`ParsedTable.hierarchy`) under the mapped names."""
        mapped: dict[str, dict[str, str]] = {}
        for dimension, tree in hierarchy.items():
            new_dimension = self.dimensions.get(dimension, dimension)
            mapped[new_dimension] = {
                self._category(new_dimension, child): self._category(new_dimension, parent)
                for child, parent in tree.items()
            }
        return mapped


def mappings_apply(table: ParsedTable, mappings: Mappings | None = None) -> ParsedTable:
    """The table with variables, dimensions and categories renamed; a note per mapping used.

    Each distinct breakdown and variable is mapped once; a table none of whose
    cells change is returned as it is. Two cells that become the same
    (the file has both "Ausländer" and "ausländisch" for one region and
    period) are refused with a German message naming both.
    """
    mappings = mappings or Mappings()
    if not (mappings.variables or mappings.dimensions or mappings.categories):
        return table
    # what each distinct breakdown and variable becomes, kept only where it changes (most files: nothing)
    breakdowns = {b: m for b in {o.breakdown for o in table.observations} if (m := mappings.breakdown(b)) != b}
    renamed = {v: m for v in {o.variable for o in table.observations} if (m := mappings.variables.get(v, v)) != v}
    if not (breakdowns or renamed):
        return table
    used: Counter = Counter()
    observations = []
    for obs in table.observations:
        breakdown, variable = breakdowns.get(obs.breakdown), renamed.get(obs.variable)
        if breakdown is None and variable is None:
            observations.append(obs)
            continue
        breakdown = obs.breakdown if breakdown is None else breakdown
        variable = obs.variable if variable is None else variable
        for (old_dim, old), (new_dim, new) in zip(obs.breakdown, breakdown, strict=True):
            if old_dim != new_dim:
                used[(old_dim, new_dim)] += 1
            if old != new:
                used[(old, new)] += 1
        if variable != obs.variable:
            used[(obs.variable, variable)] += 1
        observations.append(
            make_observation(
                obs.region_key,
                obs.region_name,
                obs.period,
                variable,
                obs.variable_label,
                obs.unit,
                breakdown,
                obs.value,
                obs.status,
                obs.line,
                obs.column,
                obs.quality,
            )  # fmt: skip
        )
    _refuse_collisions(observations)
    notes = [
        _("Zuordnung über Jahrgänge: „%(old)s“ wird als „%(new)s“ gespeichert (%(count)s Werte).")
        % {"old": old, "new": new, "count": count}
        for (old, new), count in sorted(used.items())
    ]
    return dataclasses.replace(
        table, observations=observations, notes=[*table.notes, *notes], hierarchy=mappings.hierarchy(table.hierarchy)
    )


def _refuse_collisions(observations) -> None:
    from .import_plan import ImportFailed

    seen = {}
    for obs in observations:
        key = (obs.region_key, obs.period, obs.variable, tuple(sorted(obs.breakdown)))
        first = seen.setdefault(key, obs)
        if first is not obs:
            raise ImportFailed(
                _(
                    "Nach der Zuordnung über Jahrgänge stehen zwei Werte an derselben Stelle (Zeile %(a)s und "
                    "Zeile %(b)s: Region %(region)s, Zeitraum %(period)s). Die Datei enthält alte und neue "
                    "Bezeichnung nebeneinander; bitte prüfen Sie die Zuordnungen im Backoffice."
                )
                % {"a": first.line, "b": obs.line, "region": obs.region_key, "period": obs.period}
            )
