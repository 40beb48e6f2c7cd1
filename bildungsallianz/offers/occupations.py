"""Load KldB 2010 (Fassung 2020) Berufsgattungen into the Occupation table.

Quelle: Bundesagentur für Arbeit, Klassifikation der Berufe 2010 – überarbeitete Fassung 2020.
The official CSV is UTF-8 with BOM, ``;``-separated; spreadsheet exports lose the
leading zeros of the key column, so keys are padded to the number of digits
given by the level column ``Ebene`` (level 5 = 5-digit Berufsgattung).
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

from django.db import transaction

from .models import Occupation

ATTRIBUTION = "Bundesagentur für Arbeit, Klassifikation der Berufe 2010 – überarbeitete Fassung 2020"
SUBSET = Path(__file__).resolve().parent / "data" / "kldb2010_v2020_subset.csv"
SHARED_FILE = Path("/work/shared/data/occupations/kldb2010_v2020.csv")


def _clean(text: str) -> str:
    return " ".join(html.unescape(text or "").replace("\xa0", " ").split())


def read_occupations(path: Path) -> list[Occupation]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter=";") if r and not r[0].startswith("#")]
    header = [h.strip() for h in rows[0]]
    key_col = next(i for i, h in enumerate(header) if h.startswith("Schlüssel"))
    level_col, title_col, short_col = header.index("Ebene"), header.index("Titel"), header.index("Kurztitel")
    found = {}
    for row in rows[1:]:
        if len(row) <= short_col or not row[level_col].strip().isdigit():
            continue
        level = int(row[level_col])
        if level != 5:
            continue
        code = row[key_col].strip().zfill(level)
        found[code] = Occupation(
            code=code, title=_clean(row[title_col])[:255], short_title=_clean(row[short_col])[:255]
        )
    return list(found.values())


@transaction.atomic
def load_occupations(path: Path) -> int:
    occupations = read_occupations(path)
    Occupation.objects.bulk_create(
        occupations,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["title", "short_title"],
        batch_size=500,
    )
    return len(occupations)
