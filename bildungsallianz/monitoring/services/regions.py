"""Load the region data files shipped with the product."""

import csv
import gzip
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from ..models import Region

DATA = Path(__file__).resolve().parents[1] / "data"
REGIONS_FILE = DATA / "regions.csv"
AGENCIES_FILE = DATA / "agenturbezirke.csv"
#: All ~10,850 Gemeinden and ~1,200 Gemeindeverbände (GV-ISys, ``data/build_gemeinden.py``).
GEMEINDEN_FILE = DATA / "gemeinden.csv.gz"
FIELDS = ("name", "level", "kreis_type", "area_km2", "population", "population_date", "active", "aliases", "origin")


def _rows(path: Path):
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")


def _values(row: dict) -> dict:
    return {
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


@transaction.atomic
def regions_load(
    *,
    path: Path = REGIONS_FILE,
    agencies_path: Path | None = AGENCIES_FILE,
    gemeinden_path: Path | None = None,
    gemeinden_land: str = "",
) -> dict[str, int]:
    """Create or update every region of the file(s) (idempotent); returns counts.

    ``gemeinden_path`` (e.g. :data:`GEMEINDEN_FILE`) adds all Gemeinden and
    Gemeindeverbände (only those of one Land with ``gemeinden_land="07"``,
    as the demo does); the Gemeinden of a Gemeindeverband become its
    ``members``. Names are updated to the file's name; a replaced name stays
    as an alias. A constant number of queries plus the bulk writes, whatever
    the number of rows (12,600 regions in about a second on SQLite).
    """
    rows = list(_rows(path))
    if gemeinden_path is not None:
        rows += [row for row in _rows(gemeinden_path) if row["key"].startswith(gemeinden_land)]
    existing = {r.key: r for r in Region.objects.all()}
    created: list[Region] = []
    changed: list[Region] = []
    parents: dict[str, str] = {}
    for row in rows:
        key, values = row["key"], _values(row)
        parents[key] = row["parent"]
        region = existing.get(key)
        if region is None:
            region = Region(key=key, **values)
            created.append(region)
            existing[key] = region
            continue
        values["aliases"] = sorted(
            set(values["aliases"]) | set(region.aliases) | ({region.name} if region.name != values["name"] else set())
        )
        if any(getattr(region, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(region, f, v)
            changed.append(region)
    _create_top_down(created, parents, existing)
    relinked = []
    for key, parent_key in parents.items():
        region = existing[key]
        parent_id = existing[parent_key].pk if parent_key else None
        if region.parent_id != parent_id:
            region.parent_id = parent_id
            relinked.append(region)
    Region.objects.bulk_update(changed, FIELDS, batch_size=500)
    Region.objects.bulk_update(relinked, ["parent"], batch_size=500)
    by_key = existing
    _link_members({row["key"]: row["members"] for row in rows if row.get("members")}, by_key)
    agencies = _load_agencies(agencies_path, by_key) if agencies_path and agencies_path.exists() else 0
    return {"created": len(created), "changed": len(changed), "total": len(by_key), "agencies": agencies}


#: Parents come first: a region's parent is always of an earlier level.
LEVEL_ORDER = ["bund", "land", "bezirk", "kreis", "gemeindeverband", "gemeinde", "agentur"]


def _create_top_down(created: list[Region], parents: dict[str, str], existing: dict[str, Region]) -> None:
    """Insert new regions level by level with their parent already set (no second pass over 12,000 rows).

    ``bulk_create`` sets the primary keys (SQLite ≥ 3.35 and PostgreSQL
    return them), so each level's parents are known when it is inserted.
    """
    for level in LEVEL_ORDER:
        batch = [r for r in created if r.level == level]
        for region in batch:
            parent = existing.get(parents[region.key]) if parents[region.key] else None
            region.parent_id = parent.pk if parent is not None else None
        Region.objects.bulk_create(batch, batch_size=1000)


def _link_members(members: dict[str, str], by_key: dict[str, Region]) -> None:
    """The Gemeinden of each Gemeindeverband, added in bulk (two queries; nothing when unchanged)."""
    if not members:
        return
    through = Region.members.through
    ids = [by_key[k].pk for k in members]
    have = set(through.objects.filter(from_region_id__in=ids).values_list("from_region_id", "to_region_id"))
    wanted = {
        (by_key[group].pk, by_key[member].pk)
        for group, listed in members.items()
        for member in listed.split("|")
        if member in by_key
    }
    through.objects.bulk_create(
        [through(from_region_id=a, to_region_id=b) for a, b in sorted(wanted - have)], batch_size=1000
    )


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
