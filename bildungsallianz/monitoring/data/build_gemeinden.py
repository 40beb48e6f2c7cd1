"""Build ``gemeinden.csv.gz`` (facts only) from the Gemeindeverzeichnis (GV-ISys).

Run once when a new Gemeindeverzeichnis is published::

    .venv/bin/python bildungsallianz/monitoring/data/build_gemeinden.py ../shared/data

Input (not shipped): ``regions/gemeindeverzeichnis_2024Q2.xlsx`` (Satzart 50
Gemeindeverband, 60 Gemeinde). Output rows in the columns of ``regions.csv``
plus ``members`` (the Gemeinden of a Gemeindeverband):

* every Gemeinde with its 8-digit key (AGS), parent = its Kreis — except the
  Gemeinde of a kreisfreie Stadt (Textkennzeichen 61/62, ``07317000``): it is
  the same territory as the Kreis (``07317``) and stays an alias of it, so
  the platform never holds two regions for one town;
* every real Gemeindeverband (Amt, Samtgemeinde, Verbandsgemeinde,
  Verwaltungsgemeinschaft …; Textkennzeichen 51–58) with its 9-digit key
  (ARS prefix: Land, Regierungsbezirk, Kreis, Verband), parent = its Kreis;
  the pseudo-Verband of a verbandsfreie Gemeinde (50) is not a region;
* keys already in ``regions.csv`` (Gemeinden that official tables publish,
  e.g. ``03241001``) are left to that file, so loading both never flips a name.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORIGIN = "GV-ISys 30.06.2024"
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
    "members",
]
#: Textkennzeichen of Gemeinden that are a kreisfreie Stadt / Stadtkreis.
KREISFREI = {"61", "62"}
#: Textkennzeichen 50 = verbandsfreie Gemeinde (no real Verband).
NO_VERBAND = "50"


def _shipped_keys() -> set[str]:
    text = (HERE / "regions.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(x for x in text.splitlines() if not x.startswith("#"))), delimiter=";")
    return {row["key"] for row in rows}


def main(data_dir: Path) -> None:
    import fastexcel

    sheet = fastexcel.read_excel(data_dir / "regions" / "gemeindeverzeichnis_2024Q2.xlsx")
    records = sheet.load_sheet(1, header_row=None).to_polars().iter_rows()
    shipped = _shipped_keys()
    verbaende: dict[str, dict] = {}
    gemeinden: dict[str, dict] = {}
    for rec in records:
        satzart, kennzeichen, land, rb, kreis, vb, gem, name = rec[:8]
        # gemeindefreie Gebiete outside any Kreis (``07000999``) belong to their Land
        parent = f"{land}{rb}{kreis}" if kreis != "00" else land
        if satzart == "50" and kennzeichen != NO_VERBAND:
            key = f"{land}{rb}{kreis}{vb}"
            verbaende[key] = _row(key, name, "gemeindeverband", parent)
            verbaende[key]["members"] = []
        elif satzart == "60" and kennzeichen not in KREISFREI:
            key = f"{land}{rb}{kreis}{gem}"
            row = _row(key, name, "gemeinde", parent)
            row.update(area_km2=rec[8] or "", population=rec[9] or "", population_date="2022-12-31")
            if f"{land}{rb}{kreis}{vb}" in verbaende:
                verbaende[f"{land}{rb}{kreis}{vb}"]["members"].append(key)
            if key not in shipped:
                gemeinden[key] = row
    _write([*verbaende.values(), *gemeinden.values()])


def _row(key: str, name, level: str, parent: str) -> dict:
    return {
        "key": key,
        "name": str(name).strip(),
        "level": level,
        "parent": parent,
        "kreis_type": "",
        "area_km2": "",
        "population": "",
        "population_date": "",
        "active": "1",
        "aliases": "",
        "origin": ORIGIN,
        "members": "",
    }


def _write(rows: list[dict]) -> None:
    out = HERE / "gemeinden.csv.gz"
    text = io.StringIO()
    text.write(
        "# Gemeinden und Gemeindeverbände (Fakten, abgeleitet). Quelle: © Statistisches Bundesamt (Destatis), "
        "Gemeindeverzeichnis-Informationssystem GV-ISys, Stand 30.06.2024, dl-de/by-2-0.\n"
    )
    writer = csv.DictWriter(text, FIELDS, delimiter=";", lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: (r["level"] != "gemeindeverband", r["key"])):
        writer.writerow({**row, "members": "|".join(row["members"]) if row["members"] else ""})
    # mtime=0: the same input gives the same bytes (reviewable, no spurious diffs).
    out.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))
    print(f"{len(rows)} Gemeinden und Gemeindeverbände → {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[3] / ".." / "shared" / "data").resolve())
