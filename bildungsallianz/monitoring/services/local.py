"""Local observations: numbers the Bildungsbüro collects itself (e.g. a survey), stored like official ones.

The one entry point for modules above monitoring (``surveys``): they hand over a
finished table — cells with a number or a special value (``.`` for a cell kept
secret) — and get a source of their own, an :class:`ImportRun` (so reports can
name where a number came from), observations with their history of earlier
values, optional indicators, and recomputed indicator values. All in one
transaction; a second call with the same cells changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ImportRun, Indicator, Observation, PreviousValue, Region, Source, Variable
from ..models.observations import breakdown_key
from .indicators import indicators_recompute

LOCAL_FORMAT = "lokal"


@dataclass(frozen=True)
class LocalSource:
    code: str
    title: str
    publisher: str
    method: str
    answers: int
    reference_date: str  # e.g. "Befragung bis 30.06.2025"
    licence: str = "dl-de/by-2-0"


@dataclass(frozen=True)
class LocalCell:
    variable: str
    breakdown: dict
    value: Decimal | None
    status: str = ""  # "" for a number, else a special-value symbol ("." secret, "-" nothing)


@dataclass(frozen=True)
class LocalVariable:
    code: str
    label: str
    unit: str = "Anzahl"


@dataclass(frozen=True)
class LocalIndicator:
    """An indicator showing one variable's total, with its breakdown as a table on the indicator page."""

    code: str
    name: str
    definition: str
    theme: str
    variable: str
    unit: str = "Anzahl"
    caveats: str = ""
    table: dict = field(default_factory=dict)  # {"rows": dim, "columns": dim} for the breakdown table


def _source_update(spec: LocalSource) -> Source:
    values = {
        "table_code": spec.code,
        "title": spec.title[:500],
        "publisher": spec.publisher[:200],
        "licence": spec.licence,
        "url": "",
        "reference_date": spec.reference_date[:200],
        # Stored content stays German (like the official sources' texts), whatever the UI language.
        "stand": f"{spec.answers} Antworten"[:100],
        "attribution": (
            f"{spec.publisher}: {spec.title} – {spec.method}, {spec.answers} Antworten, {spec.reference_date}"
        )[:300],
    }
    source, _created = Source.objects.update_or_create(code=spec.code, defaults=values)
    return source


def _write_cells(source, region, period, run, variables, cells) -> dict[str, int]:
    by_code = {}
    for var in variables:
        by_code[var.code], _c = Variable.objects.update_or_create(
            source=source, code=var.code, defaults={"label": var.label[:300], "unit": var.unit[:60]}
        )
    existing = {
        (o.variable_id, o.breakdown_key): o
        for o in Observation.objects.filter(variable__source=source, region=region, period=period)
    }
    counts = {"new": 0, "changed": 0, "unchanged": 0, "removed": 0}
    seen = set()
    for cell in cells:
        if cell.variable not in by_code:
            raise ValidationError(_("Unbekanntes Merkmal „%(v)s“.") % {"v": cell.variable})
        variable = by_code[cell.variable]
        key = (variable.pk, breakdown_key(cell.breakdown))
        if key in seen:
            raise ValidationError(_("Doppelter Wert für „%(v)s“.") % {"v": cell.variable})
        seen.add(key)
        obs = existing.get(key)
        if obs is None:
            Observation.objects.create(
                variable=variable,
                region=region,
                period=period,
                year=int(period[:4]),
                breakdown=cell.breakdown,
                breakdown_key=key[1],
                value=cell.value,
                status=cell.status,
                import_run=run,
            )
            counts["new"] += 1
        elif obs.value != cell.value or obs.status != cell.status:
            PreviousValue.objects.create(
                observation=obs,
                import_run=run,
                old_value=obs.value,
                old_status=obs.status,
                old_import_run=obs.import_run,
            )
            obs.value, obs.status, obs.import_run = cell.value, cell.status, run
            obs.save(update_fields=["value", "status", "import_run", "updated_at"])
            counts["changed"] += 1
        else:
            counts["unchanged"] += 1
    stale = [o.pk for k, o in existing.items() if k not in seen]
    if stale:
        Observation.objects.filter(pk__in=stale).delete()
        counts["removed"] = len(stale)
    return counts


def _indicators_create(source: Source, indicators) -> None:
    """Create missing indicators; an existing one (perhaps edited by staff) is left as it is."""
    for spec in indicators:
        indicator, created = Indicator.objects.get_or_create(
            code=spec.code,
            defaults={
                "name": spec.name[:200],
                "definition": spec.definition,
                "theme": spec.theme,
                "numerator": {
                    "source": source.code,
                    "variable": spec.variable,
                    "breakdown": {},
                    "table": spec.table or True,
                },
                "unit": spec.unit[:40],
                "decimals": 0,
                "reference_date": source.reference_date,
                "caveats": spec.caveats,
            },
        )
        indicator.sources.add(source)


@transaction.atomic
def local_observations_replace(
    *,
    source: LocalSource,
    period: str,
    variables: list[LocalVariable],
    cells: list[LocalCell],
    indicators: list[LocalIndicator] = (),
    by=None,
    now=None,
) -> ImportRun:
    """Replace the own municipality's observations of ``source`` for ``period`` with ``cells``.

    Raises :class:`ValidationError` (German) when the own region is not loaded or a
    cell names an unknown variable; nothing is written then.
    """
    from ..selectors import municipality_key

    now = now or timezone.now()
    region = Region.objects.filter(key=municipality_key()).first()
    if region is None:
        raise ValidationError(
            _("Die eigene Gebietseinheit (%(key)s) fehlt. Bitte laden Sie zuerst die Gebietseinheiten.")
            % {"key": municipality_key()}
        )
    src = _source_update(source)
    payload = json.dumps(
        [[c.variable, breakdown_key(c.breakdown), str(c.value), c.status] for c in cells], ensure_ascii=False
    )
    run = ImportRun.objects.create(
        source=src,
        source_code=src.code,
        filename=f"{source.title} ({period})"[:255],
        format=LOCAL_FORMAT,
        state=ImportRun.State.SUCCEEDED,
        sha256=hashlib.sha256(payload.encode()).hexdigest(),
        created_by=by if by is not None and by.is_authenticated else None,
        finished_at=now,
    )
    counts = _write_cells(src, region, period, run, variables, cells)
    run.count_new, run.count_changed, run.count_unchanged = counts["new"], counts["changed"], counts["unchanged"]
    run.preview = {"local": True, "removed": counts["removed"], "period": period}
    run.save()
    _indicators_create(src, indicators)
    indicators_recompute(source_codes=[src.code])
    return run
