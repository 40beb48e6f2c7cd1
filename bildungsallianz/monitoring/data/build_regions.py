"""Build ``regions.csv`` (facts only) from the official region files.

Run once when a new Gemeindeverzeichnis is published::

    .venv/bin/python bildungsallianz/monitoring/data/build_regions.py ../shared/data

Inputs (not shipped): ``regions/kreise_gv-isys_2024.csv`` (400 Kreise, 16
Länder), ``regions/gemeindeverzeichnis_2024Q2.xlsx`` (Regierungsbezirke,
Satzart 20) and the Regionaldatenbank files under ``genesis/`` (keys that
official tables still publish: former Kreise, statistical regions, large
Gemeinden with 8-digit keys, and the names those tables use as aliases).
Output: key, name, level, parent, kreis_type, area_km2, population,
population_date, active, aliases (``|``-separated), origin.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bildungsallianz.monitoring.parsers import parse_file  # noqa: E402

GV = "GV-ISys 2024"
GENESIS = "Regionaldatenbank"
FIELDS = [
    "key",
    "name",
    "level",
    "parent",
    "kreis_type",
    "area_km2",
    "population",
    "population_date",
    "active",
    "aliases",
    "origin",
]


def main(data_dir: Path) -> None:
    rows: dict[str, dict] = {}

    def add(key, name, level, parent="", kreis_type="", area="", population="", date="", active=True, origin=GV):
        rows[key] = {
            "key": key,
            "name": name,
            "level": level,
            "parent": parent,
            "kreis_type": kreis_type,
            "area_km2": area,
            "population": population,
            "population_date": date,
            "active": "1" if active else "0",
            "aliases": set(),
            "origin": origin,
        }

    add("DG", "Deutschland", "bund")
    with open(data_dir / "regions" / "kreise_gv-isys_2024.csv", encoding="utf-8-sig") as fh:
        kreise = list(csv.DictReader(fh, delimiter=";"))
    for row in kreise:
        if row["land_code"] not in rows:
            add(row["land_code"], row["land_name"], "land", "DG")
    import fastexcel

    sheet = fastexcel.read_excel(data_dir / "regions" / "gemeindeverzeichnis_2024Q2.xlsx")
    df = sheet.load_sheet(1, header_row=None).to_polars()
    for record in df.iter_rows():
        if record[0] == "20":
            key = f"{record[2]}{record[3]}"
            add(key, str(record[7]).strip(), "bezirk", record[2])
    for row in kreise:
        key = row["ags5"]
        parent = key[:3] if key[:3] in rows else row["land_code"]
        kreis_type = "kreisfreie_stadt" if row["kreistyp_textkennzeichen"] == "41" else "landkreis"
        add(
            key,
            row["kreis_name"],
            "kreis",
            parent,
            kreis_type,
            row["flaeche_km2_31122022"],
            row["bevoelkerung_31122022"],
            "2022-12-31",
        )
    # Keys and name variants the official tables publish.
    seen: dict[str, set[str]] = defaultdict(set)
    for path in sorted((data_dir / "genesis").rglob("*.csv")):
        for obs in parse_file(path.read_bytes(), filename=path.name).observations:
            if obs.region_name:
                seen[obs.region_key].add(obs.region_name)
    for key, names in sorted(seen.items()):
        if key not in rows:
            name = sorted(names, key=lambda n: (n.startswith(("Kreisfreie", "Landkreis")), n))[0]
            if len(key) == 8:
                parent = key[:5] if key[:5] in rows else key[:2]
                add(key, name, "gemeinde", parent, active=True, origin=GENESIS)
            elif len(key) == 5:
                parent = key[:3] if key[:3] in rows else key[:2]
                kreis_type = "kreisfreie_stadt" if "Stadt" in name else "landkreis"
                add(key, name, "kreis", parent, kreis_type, active=False, origin=GENESIS)
            elif len(key) == 3:
                add(key, name, "bezirk", key[:2], active=False, origin=GENESIS)
            else:
                raise SystemExit(f"unexpected key {key}")
        rows[key]["aliases"].update(n for n in names if n != rows[key]["name"])
    _write(rows)


def _write(rows: dict[str, dict]) -> None:
    """regions.csv with its attribution line, ordered by level and key."""
    out = HERE / "regions.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Gebietseinheiten (Fakten, abgeleitet). Quelle: © Statistisches Bundesamt (Destatis), "
            "Gemeindeverzeichnis-Informationssystem GV-ISys, dl-de/by-2-0; Schlüssel und Namen früherer "
            "Gebiete: © Statistische Ämter des Bundes und der Länder, Deutschland, Regionaldatenbank, "
            "dl-de/by-2-0.\n"
        )
        writer = csv.DictWriter(fh, FIELDS, delimiter=";", lineterminator="\n")
        writer.writeheader()
        order = {"bund": 0, "land": 1, "bezirk": 2, "kreis": 3, "gemeinde": 4}
        for row in sorted(rows.values(), key=lambda r: (order[r["level"]], r["key"])):
            writer.writerow({**row, "aliases": "|".join(sorted(row["aliases"]))})
    print(f"{len(rows)} Gebietseinheiten → {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[3] / ".." / "shared" / "data").resolve())
