"""Load the regions data file shipped with the product."""

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from ..models import Region

REGIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "regions.csv"
AGENCIES_FILE = Path(__file__).resolve().parents[1] / "data" / "agenturbezirke.csv"
FIELDS = ("name", "level", "kreis_type", "area_km2", "population", "population_date", "active", "aliases", "origin")


def _rows(path: Path):
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")


@transaction.atomic
def regions_load(*, path: Path = REGIONS_FILE, agencies_path: Path | None = AGENCIES_FILE) -> dict[str, int]:
    """Create or update every region of the file (idempotent); returns counts.

    Names are updated to the file's name; a replaced name stays as an alias.
    Three queries plus the writes, whatever the number of rows.
    """
    existing = {r.key: r for r in Region.objects.all()}
    created: list[Region] = []
    changed: list[Region] = []
    parents: dict[str, str] = {}
    for row in _rows(path):
        key = row["key"]
        values = {
            "name": row["name"],
            "level": row["level"],
            "kreis_type": row["kreis_type"],
            "area_km2": Decimal(row["area_km2"]) if row["area_km2"] else None,
            "population": int(row["population"]) if row["population"] else None,
            "population_date": date.fromisoformat(row["population_date"]) if row["population_date"] else None,
            "active": row["active"] == "1",
            "aliases": [a for a in row["aliases"].split("|") if a],
            "origin": row["origin"],
        }
        parents[key] = row["parent"]
        region = existing.get(key)
        if region is None:
            region = Region(key=key, **values)
            created.append(region)
            existing[key] = region
            continue
        if region.name != values["name"]:
            values["aliases"] = sorted(set(values["aliases"]) | set(region.aliases) | {region.name})
        else:
            values["aliases"] = sorted(set(values["aliases"]) | set(region.aliases))
        if any(getattr(region, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(region, f, v)
            changed.append(region)
    Region.objects.bulk_create(created, batch_size=500)
    by_key = {r.key: r for r in Region.objects.all()}
    relinked = []
    for key, parent_key in parents.items():
        region = by_key[key]
        parent_id = by_key[parent_key].pk if parent_key else None
        if region.parent_id != parent_id:
            region.parent_id = parent_id
            relinked.append(region)
    Region.objects.bulk_update(changed, FIELDS, batch_size=500)
    Region.objects.bulk_update(relinked, ["parent"], batch_size=500)
    agencies = _load_agencies(agencies_path, by_key) if agencies_path and agencies_path.exists() else 0
    return {"created": len(created), "changed": len(changed), "total": len(by_key), "agencies": agencies}


def _load_agencies(path: Path, by_key: dict[str, Region]) -> int:
    """Arbeitsagenturbezirke: ``key;name;members`` (Kreis keys separated by ``|``)."""
    count = 0
    for row in _rows(path):
        region, _ = Region.objects.update_or_create(
            key=row["key"],
            defaults={"name": row["name"], "level": Region.Level.AGENTUR, "origin": row.get("origin", "")},
        )
        region.members.set([by_key[k] for k in row["members"].split("|") if k in by_key])
        count += 1
    return count
