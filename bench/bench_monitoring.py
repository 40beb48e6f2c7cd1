"""Benchmark of the monitoring import and indicator pages (not a test).

    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 .venv/bin/python bench/bench_monitoring.py
    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 DATABASE_URL=postgres://… .venv/bin/python bench/bench_monitoring.py

Sets up Django against a throw-away database (SQLite in a temp dir, or with
``DATABASE_URL`` a PostgreSQL database ``bench_monitoring`` created next to
the given one and dropped afterwards), imports the largest Kreis tables from
../shared/data/genesis through the import service and compares with DuckDB
``read_csv`` of the same file into a table, measured in the same run. Per
file: parse only, full import (parse, validate, diff, write, indicators),
the same file again (all unchanged), DuckDB. Also counts the queries of an
indicator page with 1× and 10× regions/years.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data" / "genesis").resolve()
FILES = ["classic/21111-01-03-4_2023.csv", "ffcsv/13111-01-03-4_2025_new.csv", "classic/21111-02-06-4_2023.csv"]


BENCH_DATABASE = "bench_monitoring"  # the PostgreSQL database created next to DATABASE_URL's and dropped afterwards
LOADS = ("regions", "regions+gemeinden", "indicators", "demo")  # what ``--prepare`` can load after migrating


def _load(step: str) -> None:
    from bildungsallianz.monitoring.demo import seed
    from bildungsallianz.monitoring.services import indicators_load, regions_load
    from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

    if step not in LOADS:
        raise ValueError(f"unbekannter Ladeschritt {step!r}, erwartet: {', '.join(LOADS)}")
    if step.startswith("regions"):
        regions_load(gemeinden_path=GEMEINDEN_FILE if step == "regions+gemeinden" else None)
    elif step == "indicators":
        indicators_load()
    else:
        seed()


def _environment(tmp: str) -> bool:
    """Settings for a throw-away database in ``tmp``; True if it is PostgreSQL (to drop at the end)."""
    sys.path.insert(0, str(ROOT))
    postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    if not postgres:
        os.environ["DATABASE_URL"] = ""
    os.environ["DATA_DIR"] = tmp
    os.environ["MEDIA_ROOT"] = str(Path(tmp) / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bildungsallianz.settings")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    return postgres


def _prepare(load: list[str]) -> None:
    """``--prepare``: create and migrate the database, then load what ``load`` names (in its own process)."""
    postgres = _environment(os.environ["DATA_DIR"])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if postgres:
        connection.settings_dict.setdefault("TEST", {})["NAME"] = BENCH_DATABASE
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)  # migrates
    else:
        call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    for step in load:
        _load(step)


def _setup(tmp: str, load: tuple[str, ...] = ()) -> bool:
    """Django against a throw-away database; True if it is PostgreSQL (to drop at the end).

    The database is migrated and loaded (``load``: names from :data:`LOADS`) in a
    separate process, as a deployment does (``manage.py migrate`` and the load
    commands run before the server or worker starts). A process that ran the
    migrations itself allocates up to half slower afterwards (docs/benchmarks.md,
    issue 12), which is no state an importing process is ever in.
    """
    postgres = _environment(tmp)
    subprocess.run([sys.executable, __file__, "--prepare", *load], check=True)
    import django

    django.setup()
    if postgres:
        from django.db import connection

        connection.settings_dict["NAME"] = BENCH_DATABASE
    return postgres


def _duckdb(path: Path) -> float:
    import duckdb

    con = duckdb.connect()
    start = time.perf_counter()
    con.execute(
        "CREATE TABLE t AS SELECT * FROM read_csv(?, delim=';', header=false, all_varchar=true, "
        "null_padding=true, ignore_errors=true, quote='', escape='', strict_mode=false, encoding='latin-1')"
        if "classic" in str(path)
        else "CREATE TABLE t AS SELECT * FROM read_csv(?, delim=';', all_varchar=true)",
        [str(path)],
    )
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def parse_seconds(data: bytes, filename: str) -> float:
    """Seconds until ``parse_file`` returns its table (collector paused, as inside the import).

    The table is freed after the clock stops, as DuckDB's table is (its
    connection is closed after the clock stops): freeing 40,000 observations
    in a process that has migrated a database took 12 ms of the 40 ms
    measured before this was symmetric.
    """
    from bildungsallianz.monitoring.parsers import parse_file
    from bildungsallianz.monitoring.services.import_plan import gc_paused

    with gc_paused():
        start = time.perf_counter()
        table = parse_file(data, filename=filename)
        elapsed = time.perf_counter() - start
        del table
    return elapsed


def _parse(path: Path) -> float:
    return parse_seconds(path.read_bytes(), path.name)


def _import(path: Path) -> tuple[float, int, int]:
    from bildungsallianz.monitoring.services import import_statistics

    data = path.read_bytes()
    start = time.perf_counter()
    run = import_statistics(data=data, filename=path.name)
    return time.perf_counter() - start, run.count_new, run.count_unchanged


def _queries(n_kreise: int, years) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region

    indicator = Indicator.objects.get(code="jugendarbeitslosenquote")
    IndicatorValue.objects.filter(indicator=indicator).delete()
    regions = list(Region.objects.kreise()[:n_kreise]) + list(Region.objects.filter(key__in=["07317", "07", "DG"]))
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicator, region=r, period=str(y), year=y, value=i)
        for y in years
        for i, r in enumerate(dict.fromkeys(regions))
    )
    from django.conf import settings

    settings.PUBLIC_PAGE_CACHE_SECONDS = 0  # count the queries of rendering, not of the public page cache
    client = Client()
    client.get("/daten/jugendarbeitslosenquote/", HTTP_HOST="localhost")  # warm the chart cache
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/daten/jugendarbeitslosenquote/", HTTP_HOST="localhost").status_code == 200
    return len(ctx)


def main() -> dict:
    if not DATA.is_dir():
        print("../shared/data fehlt: Benchmark übersprungen")
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        postgres = _setup(tmp, load=("regions", "indicators"))
        from django.db import connection

        print(f"Datenbank: {connection.vendor}")
        try:
            results = {}
            for name in FILES:
                path = DATA / name
                duck = min(_duckdb(path) for _ in range(7))
                parse = min(_parse(path) for _ in range(7))
                ours, count, _ = _import(path)
                again, _, unchanged = _import(path)
                results[name] = {"count": count, "parse": parse, "import": ours, "again": again, "duckdb": duck}
                print(
                    f"{name}: {count} Werte, nur Lesen {parse * 1000:.1f} ms, Import {ours * 1000:.0f} ms, "
                    f"noch einmal ({unchanged} unverändert) {again * 1000:.0f} ms, "
                    f"DuckDB read_csv {duck * 1000:.1f} ms – Verhältnis Import {ours / duck:.0f}×, "
                    f"nur Lesen {parse / duck:.1f}×"
                )
            q1 = _queries(40, [2023])
            q10 = _queries(400, range(2014, 2024))
            print(f"Indikatorseite: {q1} Abfragen bei 1× (40 Kreise, 1 Jahr), {q10} bei 10× (400 Kreise, 10 Jahre)")
            results["queries"] = (q1, q10)
        finally:
            if postgres:
                connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
        return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        _prepare(sys.argv[2:])
    else:
        main()
