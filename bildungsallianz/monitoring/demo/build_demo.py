"""Extract the demo figures from the official files into the project's own format.

Run when the demo should show newer figures::

    .venv/bin/python bildungsallianz/monitoring/demo/build_demo.py ../shared/data

For every input of the indicator catalogue it keeps the published numbers
and special values of all Länder, Deutschland and all current Kreise, and
writes one plain CSV per table (``<table>.csv``, the format of
``parsers/plain.py``) plus ``sources.json`` (table, file, licence,
attribution). The original files are not copied.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bildungsallianz.monitoring.parsers import parse_file  # noqa: E402

FILES = {
    "21111-02-06-4": ["genesis/classic/21111-02-06-4_2023.csv"],
    "21121-02-02-4": ["genesis/classic/21121-02-02-4_2023.csv"],
    "21111-01-03-4": ["genesis/classic/21111-01-03-4_2023.csv"],
    "13211-02-05-4": ["genesis/classic/13211-02-05-4_2023.csv"],
    "82411-01-03-4": ["genesis/classic/82411-01-03-4_2021.csv"],
    "12411-01-01-4": ["genesis/ffcsv/12411-01-01-4_2023_old.csv", "genesis/ffcsv/12411-01-01-4_2024_new.csv"],
    "13111-01-03-4": ["genesis/ffcsv/13111-01-03-4_2023_old.csv", "genesis/ffcsv/13111-01-03-4_2025_new.csv"],
}


def main(data_dir: Path) -> None:
    catalogue = json.loads((HERE.parent / "data" / "indicators.json").read_text(encoding="utf-8"))
    wanted: dict[str, set] = {}
    for ind in catalogue["indicators"]:
        for spec in (ind["numerator"], ind.get("denominator")):
            if spec:
                key = (spec["variable"], tuple(sorted(spec["breakdown"].items())))
                wanted.setdefault(spec["source"], set()).add(key)
    regions = set()
    with open(HERE.parent / "data" / "regions.csv", encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter=";"):
            if row["active"] == "1" and row["level"] in ("bund", "land", "kreis"):
                regions.add(row["key"])
    sources = []
    for table, files in FILES.items():
        rows = []
        dims: list[str] = []
        copyright_line = ""
        for name in files:
            parsed = parse_file((data_dir / name).read_bytes(), filename=Path(name).name)
            match = re.search(r"©[^.]*?\d{4}", parsed.copyright or "")
            copyright_line = match.group(0) if match else copyright_line
            for obs in parsed.observations:
                if obs.region_key not in regions or (obs.variable, obs.breakdown) not in wanted[table]:
                    continue
                for dim, _value in obs.breakdown:
                    if dim not in dims:
                        dims.append(dim)
                value = obs.status or format(obs.value.normalize(), "f")
                rows.append(
                    (obs.region_key, obs.region_name, obs.period, obs.variable, obs.unit, dict(obs.breakdown), value)
                )
        out = HERE / f"{table}.csv"
        with open(out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\n")
            writer.writerow(["regionalschluessel", "region_name", "zeitraum", "variable", "unit", *dims, "wert"])
            for key, name, period, var, unit, breakdown, value in rows:
                writer.writerow([key, name, period, var, unit, *(breakdown.get(d, "") for d in dims), value])
        year = copyright_line[-4:] if copyright_line else "2025"
        sources.append(
            {
                "table_code": table,
                "file": out.name,
                "extracted_from": files,
                "licence": "dl-de/by-2-0",
                "attribution": f"© Statistische Ämter des Bundes und der Länder, Deutschland, {year}",
                "rows": len(rows),
            }
        )
        print(f"{table}: {len(rows)} Werte")
    (HERE / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[3] / ".." / "shared" / "data").resolve())
