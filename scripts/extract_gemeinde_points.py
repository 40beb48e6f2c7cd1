"""Extract the points the platform locates addresses with from the Gemeindeverzeichnis.

    .venv/bin/python scripts/extract_gemeinde_points.py ../shared/data/regions/gemeindeverzeichnis_2024Q2.xlsx

Writes bildungsallianz/core/data/gemeinden.csv.gz: for every Gemeinde its 8-digit key,
name, postcode of its seat, the geographic centre (WGS84) and population as published by the
Statistisches Bundesamt (GV100AD "Gemeinden in Deutschland nach Fläche, Bevölkerung
und Postleitzahl", Datenlizenz Deutschland – Namensnennung – 2.0). Only these six
columns are kept (the monitoring module's region table, monitoring/data/gemeinden.csv.gz, holds
hierarchy, area and population instead; core cannot read a module above it); the file is the
project's own format (source and licence in its
first lines), not a copy of the official file.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "bildungsallianz" / "core" / "data" / "gemeinden.csv.gz"
HEADER = [
    "# Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys,",
    "# Gemeinden in Deutschland nach Fläche, Bevölkerung und Postleitzahl am 30.06.2024 (2. Quartal);",
    "# Koordinaten: geografischer Mittelpunkt der Gemeinde (WGS84), Postleitzahl des Verwaltungssitzes,",
    "# Einwohner am 31.12.2022 (nur um gleichnamige Gemeinden zu ordnen).",
    "# Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), www.govdata.de/dl-de/by-2-0",
    "# Erzeugt mit scripts/extract_gemeinde_points.py; nur diese sechs Spalten.",
]


def _number(text) -> str:
    return f"{float(str(text).replace(',', '.')):.5f}"


def extract(source: Path) -> list[tuple[str, str, str, str, str, int]]:
    workbook = openpyxl.load_workbook(source, read_only=True)
    sheet = next(name for name in workbook.sheetnames if name.startswith("Onlineprodukt"))
    rows = []
    for row in workbook[sheet].iter_rows(values_only=True):
        if row[0] != "60" or not row[14] or not row[15]:  # Satzart 60: a Gemeinde
            continue
        if _number(row[15]) == "0.00000":  # the shared German-Luxembourg territory has no point
            continue
        key = f"{row[2]}{row[3]}{row[4]}{row[6]}"  # Land, RB, Kreis, Gemeinde: the 8-digit AGS
        population = int(row[9] or 0)
        rows.append(
            (key, str(row[7]).strip(), str(row[13] or "").strip(), _number(row[15]), _number(row[14]), population)
        )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    rows = extract(Path(argv[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(HEADER) + "\n")
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(["ags", "name", "plz", "breite", "laenge", "einwohner"])
        writer.writerows(rows)
    print(f"{len(rows)} Gemeinden → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
