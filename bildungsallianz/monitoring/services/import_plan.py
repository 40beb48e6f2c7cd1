"""The plan of an import: what writing a parsed file would do, computed against the database."""

from __future__ import annotations

import contextlib
import gc
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import Observation, Region, Source
from ..models.observations import breakdown_key
from ..models.sources import source_code as stored_code
from ..parsers import BA as BA_FORMAT
from ..parsers import Limits, ParsedObservation, ParsedTable, ParseError, parse_file
from .key_changes import KeyResolution, key_changes_apply
from .mappings import Mappings, mappings_apply


class ImportFailed(ValidationError):
    """A file cannot be imported; the message is German and names the place."""


@dataclass
class Plan:
    """What writing a parsed file would do, computed against the database."""

    table: ParsedTable
    source: Source | None
    source_code: str
    regions: dict[str, int]
    unknown: dict[str, tuple[str, int]]
    new: list[ParsedObservation] = field(default_factory=list)
    changed: list[tuple[ParsedObservation, int, Decimal | None, str, int | None]] = field(default_factory=list)
    unchanged: int = 0
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    #: canonical breakdown key of every distinct breakdown tuple in the file
    breakdown_keys: dict[tuple, str] = field(default_factory=dict)
    #: Gemeinde keys that are the same territory as a Kreis (``07317000`` ≡ ``07317``)
    aliases: frozenset[str] = frozenset()
    #: Basis of every value of the file (``Zensus 2022``), given or found in the file; "" = not stated
    basis: str = ""
    #: Old Gemeinde keys mapped to today's, and splits that cannot be (decision 0209)
    keys: KeyResolution = field(default_factory=KeyResolution)


def source_code_of(table: ParsedTable, source_code: str) -> str:
    code = stored_code(source_code or table.table_code or "")
    if not code and table.format == "genesis-classic" and table.title:
        suggestion = slugify(table.title, allow_unicode=True)[:50].strip("-")
        raise ImportFailed(
            _(
                "Diese Tabelle wurde in GENESIS selbst zusammengestellt („Temporär“) und hat keinen Tabellencode: "
                "„%(title)s“ mit den Merkmalen %(variables)s. Bitte geben Sie ihr eine eigene Datenquelle "
                "(Kürzel), z. B. „%(suggestion)s“, damit sie nicht mit anderen Tabellen zusammengelegt wird."
            )
            % {
                "title": table.title[:200],
                "variables": ", ".join(f"„{v}“" for v in table.variables()[:5]),
                "suggestion": suggestion,
            }
        )
    if not code and table.format == BA_FORMAT:
        suggestion = "ba-" + slugify(table.variables()[0], allow_unicode=True)[:40].strip("-")
        raise ImportFailed(
            _(
                "Exporte der Statistik der Bundesagentur für Arbeit haben keinen Tabellencode: „%(title)s“. Bitte "
                "wählen Sie eine Datenquelle (Kürzel), z. B. „%(suggestion)s“ – dieselbe für jedes Jahr, damit die "
                "Zeitreihe zusammenkommt."
            )
            % {"title": table.title[:200], "suggestion": suggestion}
        )
    if not code:
        raise ImportFailed(
            _("Die Datei nennt keinen Tabellencode. Bitte wählen Sie eine Datenquelle (Kürzel) für den Import.")
        )
    return code


_BASIS_DE = re.compile(r"(?:Basis|Grundlage|Fortschreibung)[^.;\n]{0,40}?Zensus\s*((?:19|20)\d\d)", re.I)
_BASIS_EN = re.compile(r"(?:based on|basis)[^.;\n]{0,30}?((?:19|20)\d\d)\s+census", re.I)
_BASIS_TITLE = re.compile(r"Zensus\s*((?:19|20)\d\d)", re.I)


def basis_detect(table: ParsedTable) -> str:
    """``Zensus 2022`` when the file states one census basis (title, footnotes); "" when none or several.

    Only explicit statements count ("Fortschreibung auf Grundlage des Zensus
    2022", "based on the 2022 census"); a file naming two bases is left for
    the user to state (the preview says so).
    """
    text = "\n".join([table.title or "", *table.footnotes, *table.notes])
    years = {m.group(1) for rx in (_BASIS_DE, _BASIS_EN) for m in rx.finditer(text)}
    years |= {m.group(1) for m in _BASIS_TITLE.finditer(table.title or "")}
    return f"Zensus {years.pop()}" if len(years) == 1 else ""


def parse_limits() -> Limits:
    """The parser bounds, overridable per setting (``MONITORING_MAX_UNPACKED_BYTES`` …)."""
    names = {
        "max_unpacked_bytes": "MONITORING_MAX_UNPACKED_BYTES",
        "max_ratio": "MONITORING_MAX_COMPRESSION_RATIO",
        "max_rows": "MONITORING_MAX_ROWS",
        "max_cells": "MONITORING_MAX_CELLS",
        "max_values": "MONITORING_MAX_VALUES",
        "max_text_bytes": "MONITORING_UPLOAD_MAX_BYTES",
    }
    return Limits(**{field: int(getattr(settings, name)) for field, name in names.items() if hasattr(settings, name)})


def parse_upload(data: bytes, filename: str, source: Source | None, column_mapping, sheet) -> ParsedTable:
    mapping = column_mapping or (source.column_mapping if source else None) or None
    try:
        return parse_file(data, filename=filename, column_mapping=mapping, sheet=sheet, limits=parse_limits())
    except ParseError as exc:
        raise ImportFailed(str(exc)) from exc


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while tens of thousands of objects are made.

    Parsed observations are tuples of strings without cycles, but creating
    them triggers full collections over every live object of the process
    (measured: parsing the largest table took 50–230 ms depending on when a
    collection hit). Reference counting still frees everything; the collector
    runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def import_plan(
    data: bytes | None,
    *,
    filename: str,
    source_code: str,
    column_mapping=None,
    sheet=None,
    table: ParsedTable | None = None,
    basis: str = "",
) -> Plan:
    """Parse (unless ``table`` is given) and compare with the database.

    Three queries, whatever the file size. Existing observations come as
    tuples from one ``values_list`` query and are looked up in a dict keyed
    like the unique constraint.
    """
    given = stored_code(source_code) if source_code else ""
    source = Source.objects.filter(code=given).first() if given else None
    if table is None:
        table = parse_upload(data, filename, source, column_mapping, sheet)
    mappings = Mappings()
    table = mappings_apply(table, mappings)
    code = source_code_of(table, source_code)
    if source is None:  # an existing source chosen by the user is taken as chosen
        code = mappings.source(code)
    if source is None:
        source = Source.objects.filter(code=code).first()
    regions, aliases = _region_ids()
    table, keys = key_changes_apply(table, regions)
    plan = Plan(table=table, source=source, source_code=code, regions=regions, unknown={}, aliases=aliases, keys=keys)
    plan.basis = basis.strip()[:60] or basis_detect(table)
    existing: dict[tuple, tuple] = {}
    if source is not None:
        periods = table.periods()
        # year__in (implied by the periods) lets the index (variable, year) read only the file's years
        rows = Observation.objects.filter(
            variable__source=source, period__in=periods, year__in={int(p[:4]) for p in periods}
        ).values_list(
            "variable__code",
            "region_id",
            "period",
            "breakdown_key",
            "id",
            "value",
            "status",
            "import_run_id",
            "quality",
            "basis",
        )
        existing = {(r[0], r[1], r[2], r[3]): r[4:] for r in rows}
    _compare(plan, existing)
    return plan


def ars_to_ags(key: str) -> str:
    """The 8-digit Gemeinde key (AGS) of a 12-digit ARS: Land, RB, Kreis + Gemeinde, without the Verband digits.

    ``073405003028`` (Gemeinde 028 in Verbandsgemeinde 5003) → ``07340028``;
    ``073170000000`` (Pirmasens) → ``07317000``, which is the Kreis ``07317``.
    """
    return key[:5] + key[9:]


def _region_ids() -> tuple[dict[str, int], frozenset[str]]:
    """Region ids by key, plus the Gemeinde key of every kreisfreie Stadt (``07317000`` → id of ``07317``).

    A kreisfreie Stadt is one Gemeinde; its Gemeinde key names the same
    territory as its Kreis key, so a Gemeinde-level file finds it.
    """
    regions: dict[str, int] = {}
    aliases = set()
    for key, pk, kreis_type in Region.objects.values_list("key", "id", "kreis_type"):
        regions[key] = pk
        if kreis_type == Region.KreisType.KREISFREIE_STADT and len(key) == 5:
            aliases.add(key + "000")
    for alias in aliases:
        regions.setdefault(alias, regions[alias[:5]])
    return regions, frozenset(a for a in aliases if regions[a] == regions[a[:5]])


def _same_territory_twice(plan: Plan, obs, region_id: int, bkey: str, claimed: dict) -> bool:
    """``True`` for the second of ``07317`` and ``07317000`` with the same value (skipped); else a clash is refused.

    Called only for a key of a kreisfreie Stadt that has a twin (see :func:`_compare`).
    """
    key = (obs.variable, region_id, obs.period, bkey)
    first = claimed.setdefault(key, obs)
    if first is obs:
        return False
    if (first.value, first.status) == (obs.value, obs.status):
        return True
    raise ImportFailed(
        _(
            "%(a)s und %(b)s sind dasselbe Gebiet (kreisfreie Stadt), haben in der Datei aber verschiedene Werte "
            "(Zeitraum %(period)s, %(variable)s)."
        )
        % {"a": first.region_key, "b": obs.region_key, "period": obs.period, "variable": obs.variable_label}
    )


def _compare(plan: Plan, existing: dict[tuple, tuple]) -> None:
    """Sort every parsed observation into new, changed, unchanged or unknown region.

    The canonical breakdown key is built once per distinct breakdown, not
    once per cell.
    """
    unknown: Counter = Counter()
    unknown_names: dict[str, str] = {}
    keys, variables, region_names, regions = plan.breakdown_keys, plan.variables, plan.region_names, plan.regions
    new_append = plan.new.append
    changed_append = plan.changed.append
    unchanged = 0
    claimed: dict[tuple, object] = {}
    aliases, twin_keys = plan.aliases, {}  # region key → has a twin (07317 / 07317000), decided once per key
    basis = plan.basis
    for obs in plan.table.observations:
        if obs.variable not in variables:
            variables[obs.variable] = (obs.variable_label, obs.unit)
        region_id = regions.get(obs.region_key)
        if region_id is None and len(obs.region_key) == 12:
            region_id = regions.get(ars_to_ags(obs.region_key))
            if region_id is not None:
                regions[obs.region_key] = region_id  # the writer looks the file's key up
        if region_id is None:
            unknown[obs.region_key] += 1
            if obs.region_key not in unknown_names:
                unknown_names[obs.region_key] = obs.region_name
            continue
        if obs.region_name and obs.region_key not in region_names:
            region_names[obs.region_key] = obs.region_name
        bkey = keys.get(obs.breakdown)
        if bkey is None:
            bkey = keys[obs.breakdown] = breakdown_key(obs.breakdown)
        twin = twin_keys.get(obs.region_key)
        if twin is None:
            twin = twin_keys[obs.region_key] = obs.region_key in aliases or obs.region_key + "000" in aliases
        if twin and _same_territory_twice(plan, obs, region_id, bkey, claimed):
            continue
        if not existing:
            new_append(obs)
            continue
        found = existing.get((obs.variable, region_id, obs.period, bkey))
        if found is None:
            new_append(obs)
        elif (
            found[2] == obs.status and found[1] == obs.value and found[4] == obs.quality and basis in ("", found[5])
        ):  # a basis not stated ("") is none given, not a change of the stored one
            unchanged += 1
        else:
            changed_append((obs, found[0], found[1], found[2], found[3]))
    plan.unchanged = unchanged
    plan.unknown = {k: (unknown_names[k], n) for k, n in unknown.items()}


def unknown_regions_error(plan: Plan) -> str:
    listed = ", ".join(f"{k} ({name})" if name else k for k, (name, _n) in sorted(plan.unknown.items())[:20])
    more = len(plan.unknown) - 20
    splits = [why for key, why in sorted(plan.keys.splits.items()) if key in plan.unknown][:5]
    return (
        " ".join(splits)
        + (" " if splits else "")
        + _("Die Datei enthält %(count)s unbekannte Regionalschlüssel: %(keys)s")
        % {"count": len(plan.unknown), "keys": listed}
        + (_(" und %(more)s weitere") % {"more": more} if more > 0 else "")
        + (
            _(
                ". Bitte laden Sie alle Gemeinden (manage.py load_regions --gemeinden) oder bestätigen Sie, "
                "dass diese Zeilen ausgelassen werden."
            )
            if any(len(key) in (8, 9, 12) for key in plan.unknown)
            else _(
                ". Bitte laden Sie die Gebietseinheiten (manage.py load_regions) oder bestätigen Sie, "
                "dass diese Zeilen ausgelassen werden."
            )
        )
    )
