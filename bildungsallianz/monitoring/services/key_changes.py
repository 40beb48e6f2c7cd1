"""Old Gemeinde keys in imported files: mapped to today's Gemeinde where unambiguous (decision 0209).

A file of 2013 names Bad Münster am Stein-Ebernburg ``07133007``; since
1 July 2014 it is part of Bad Kreuznach ``07133006``. A key that is no
longer a region is followed through :class:`~..models.RegionKeyChange`
(chains too) to a key that is: a key change or merger maps it, a split (one
old key, several successors) cannot be mapped and stays an unknown region
with an explanation. Two old keys that end in the same cell (two merged
Gemeinden in one file) are refused: their values cannot simply be added.
An old key with changes at several dates follows the latest: an
incorporation annulled by a court and done again differently (Rieder:
2011 into Quedlinburg, 2013 into Ballenstedt) is not a split.
"""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import RegionKeyChange
from ..parsers import ParsedTable
from ..parsers.base import make_observation

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "key_changes.csv"
SHIPPED_SOURCE = "Destatis, GV-ISys: Namens-, Grenz- und Schlüsseländerungen bei Gemeinden"
SHIPPED_LICENCE = "dl-de/by-2-0"


def read_shipped(path: Path = SHIPPED) -> list[dict]:
    """The shipped changes as dicts (``#`` lines are the source and licence note)."""
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter=";"))


def key_changes_load(model=RegionKeyChange) -> int:
    """Insert the shipped changes that are missing (idempotent; staff edits are kept). Returns the number added."""
    existing = set(model.objects.values_list("old_key", "new_key", "effective"))
    new = []
    for row in read_shipped():
        effective = date.fromisoformat(row["effective"])
        if (row["old_key"], row["new_key"], effective) in existing:
            continue
        new.append(
            model(
                old_key=row["old_key"],
                old_name=row["old_name"],
                new_key=row["new_key"],
                new_name=row["new_name"],
                effective=effective,
                kind=row["kind"],
                reference=row["reference"],
                source=SHIPPED_SOURCE,
                licence=SHIPPED_LICENCE,
            )
        )
    model.objects.bulk_create(new)
    return len(new)


@dataclasses.dataclass
class KeyResolution:
    """What happened to the old keys of one file."""

    #: old key → (today's key, note shown in the preview)
    mapped: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: old key → German explanation why it cannot be mapped (split)
    splits: dict[str, str] = dataclasses.field(default_factory=dict)


class KeyChanges:
    """The successors of every old key (renames left out), read once per import (one query)."""

    def __init__(self, rows=None):
        if rows is None:
            rows = RegionKeyChange.objects.exclude(kind=RegionKeyChange.Kind.RENAME).values_list(
                "old_key", "old_name", "new_key", "new_name", "effective", "kind"
            )
        self.successors: dict[str, list[tuple]] = {}
        for old_key, old_name, new_key, new_name, effective, kind in rows:
            self.successors.setdefault(old_key, []).append((new_key, new_name, effective, kind, old_name))

    def resolve(self, key: str, regions) -> tuple[str | None, str]:
        """(today's key, note) for a key that is not a region; (None, why) for a split; (None, "") if unknown."""
        steps, current, seen = [], key, {key}
        while current not in regions:
            nexts = self.successors.get(current)
            if not nexts:
                return None, ""
            latest = max(n[2] for n in nexts)  # an earlier change of the same key was undone
            nexts = [n for n in nexts if n[2] == latest]
            if len({n[0] for n in nexts}) > 1:
                names = ", ".join(f"{n[0]} {n[1]}".strip() for n in nexts)
                return None, _(
                    "%(key)s %(name)s wurde am %(date)s auf mehrere Gemeinden aufgeteilt (%(names)s); seine Werte "
                    "lassen sich keiner heutigen Gemeinde zuordnen."
                ) % {"key": current, "name": nexts[0][4], "date": f"{nexts[0][2]:%d.%m.%Y}", "names": names}
            new_key, new_name, effective, kind, old_name = nexts[0]
            if new_key in seen:
                return None, ""
            seen.add(new_key)
            steps.append(
                _("%(old)s %(old_name)s → %(new)s %(new_name)s (%(kind)s am %(date)s)")
                % {
                    "old": current,
                    "old_name": old_name,
                    "new": new_key,
                    "new_name": new_name,
                    "kind": RegionKeyChange.Kind(kind).label,
                    "date": f"{effective:%d.%m.%Y}",
                }
            )
            current = new_key
        return current, "; ".join(steps)


def key_changes_apply(table: ParsedTable, regions, changes: KeyChanges | None = None):
    """(table with old keys replaced by today's, :class:`KeyResolution`); refuses two values in one cell."""
    resolution = KeyResolution()
    keys = {o.region_key for o in table.observations}
    candidates = [k for k in keys if k not in regions and not (len(k) == 12 and k[:5] + k[9:] in regions)]
    if not candidates:
        return table, resolution
    changes = changes or KeyChanges()
    if not changes.successors:
        return table, resolution
    for key in candidates:
        lookup = key[:5] + key[9:] if len(key) == 12 else key
        new_key, note = changes.resolve(lookup, regions)
        if new_key is not None:
            resolution.mapped[key] = (new_key, note)
        elif note:
            resolution.splits[key] = note
    if not resolution.mapped:
        return table, resolution
    # The old name is not kept as an alias of today's Gemeinde (it named another territory).
    mapped = resolution.mapped
    observations = [
        make_observation(
            mapped[o.region_key][0],
            "",
            o.period,
            o.variable,
            o.variable_label,
            o.unit,
            o.breakdown,
            o.value,
            o.status,
            o.line,
            o.column,
            o.quality,
        )  # fmt: skip
        if o.region_key in mapped
        else o
        for o in table.observations
    ]
    _refuse_two_in_one_cell(observations, {new for new, _note in mapped.values()}, table.observations)
    notes = [
        ngettext(
            "%(count)s alter Schlüssel auf heutige Gemeinden abgebildet.",
            "%(count)s alte Schlüssel auf heutige Gemeinden abgebildet.",
            len(mapped),
        )
        % {"count": len(mapped)},
        *(note for _key, (_new, note) in sorted(mapped.items())),
    ]
    return dataclasses.replace(table, observations=observations, notes=[*table.notes, *notes]), resolution


def _refuse_two_in_one_cell(observations, targets: set[str], originals) -> None:
    from .import_plan import ImportFailed

    seen: dict[tuple, int] = {}
    for i, obs in enumerate(observations):
        if obs.region_key not in targets:
            continue
        cell = (obs.region_key, obs.period, obs.variable, obs.breakdown)
        first = seen.setdefault(cell, i)
        if first != i:
            a, b = originals[first], originals[i]
            raise ImportFailed(
                _(
                    "Die Schlüssel %(a)s (Zeile %(line_a)s) und %(b)s (Zeile %(line_b)s) gehören heute zu derselben "
                    "Gemeinde %(new)s (Zeitraum %(period)s). Werte zusammengeschlossener Gemeinden werden nicht "
                    "zusammengezählt; bitte importieren Sie die Datei mit dem heutigen Gebietsstand oder entfernen "
                    "Sie die Zeilen der früheren Gemeinden."
                )
                % {
                    "a": a.region_key,
                    "line_a": a.line,
                    "b": b.region_key,
                    "line_b": b.line,
                    "new": obs.region_key,
                    "period": obs.period,
                }
            )
