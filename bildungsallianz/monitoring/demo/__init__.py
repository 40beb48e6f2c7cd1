"""Demo data of the monitoring module: regions, indicator catalogue, real official figures.

The figures in ``demo/*.csv`` were extracted from official tables (see
``sources.json`` and ``build_demo.py``; licence dl-de/by-2-0) and are loaded
through the normal import service. Idempotent: a file whose checksum was
imported before is skipped.
"""

import hashlib
import json
from pathlib import Path

from django.conf import settings

from ..models import ImportRun, Source
from ..services import import_statistics, indicators_load, indicators_recompute, regions_load
from ..services.key_changes import key_changes_load
from ..services.regions import GEMEINDEN_FILE

HERE = Path(__file__).resolve().parent


def seed(stdout=None) -> None:
    # The Gemeinden of the own Land (Rhineland-Palatinate: ~2,450 rows, a fraction of a second when
    # unchanged); all ~12,000 with ``manage.py load_regions --gemeinden``.
    regions = regions_load(gemeinden_path=GEMEINDEN_FILE, gemeinden_land=settings.MUNICIPALITY_AGS[:2])
    key_changes_load()  # shipped with migrations 0009–0011; again here after a flush (idempotent)
    catalogue = indicators_load()
    sources = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    imported = 0
    for item in sources:
        Source.objects.filter(code=item["table_code"], attribution="").update(attribution=item["attribution"])
        data = (HERE / item["file"]).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if ImportRun.objects.filter(sha256=digest, state=ImportRun.State.SUCCEEDED).exists():
            continue
        import_statistics(data=data, filename=item["file"], source_code=item["table_code"])
        imported += 1
    if not imported:
        indicators_recompute()
    if stdout is not None:
        stdout.write(
            f"Bildungsmonitoring: {regions['total']} Gebietseinheiten, {catalogue['indicators']} Indikatoren, "
            f"{imported} Statistikdateien importiert."
        )
