"""Benchmark: the monitoring pages, the CSV and the recomputation as the observation table grows (issue 12).

    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 .venv/bin/python bench/run.py monitoring_scale
    BENCH_MONITORING_SIZES=100000,10000000 … (default 100000,1000000)

Not a test. Against a throw-away SQLite database (or PostgreSQL with
``DATABASE_URL``, as in ``bench_monitoring``): all regions incl. the 10,850
Gemeinden, the demo figures through the normal import, then observations are
generated in the shape of the real files — every Gemeinde and Kreis, ten
variables, 12 breakdowns (Geschlecht × Altersgruppe, with totals), one year
after the other — and written as plain rows until the table holds each size.
At each size, in the same run: p50 of the indicator page, the dashboard and
the indicator CSV (public page cache off, chart SVGs cached as in
production), the recomputation of an indicator over all Gemeinden after an
import, an import of one more generated Gemeinde file (10,850 values), and
parsing that file against DuckDB ``read_csv`` of the same file.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("PUBLIC_PAGE_CACHE_SECONDS", "0")

from bench_monitoring import _setup  # noqa: E402

VARIABLES = [f"GEN{n:02d}" for n in range(1, 11)]
SEXES = ["", "männlich", "weiblich"]
AGES = ["", "unter 15 Jahre", "15 bis unter 25 Jahre", "25 Jahre und mehr"]
PAGES = {
    "Indikatorseite": "/daten/bevoelkerung/",
    "Dashboard": "/daten/uebergang-schule-beruf/",
    "Indikator-CSV": "/daten/bevoelkerung/csv/",
}


def _breakdowns():
    from django.db import connection

    from bildungsallianz.monitoring.models import Observation
    from bildungsallianz.monitoring.models.observations import breakdown_key

    field = Observation._meta.get_field("breakdown")
    result = []
    for sex in SEXES:
        for age in AGES:
            bd = {k: v for k, v in (("Geschlecht", sex), ("Altersgruppe", age)) if v}
            result.append((field.get_db_prep_save(bd, connection), breakdown_key(bd)))
    return result


def _grow(target: int, state: dict) -> None:
    """Append generated observations (variable by variable, year by year) until the table holds ``target``."""
    from django.db import connection, transaction
    from django.utils import timezone

    from bildungsallianz.monitoring.models import Observation, Region, Source, Variable
    from bildungsallianz.monitoring.services.bulk import insert_rows

    columns = [
        "variable",
        "region",
        "period",
        "year",
        "breakdown",
        "breakdown_key",
        "value",
        "status",
        "updated_at",
        "quality",
        "basis",
    ]
    if "regions" not in state:
        source, _ = Source.objects.get_or_create(code="bench-gemeinden", defaults={"title": "Generiert"})
        state["variables"] = [Variable.objects.get_or_create(source=source, code=c)[0].pk for c in VARIABLES]
        state["regions"] = list(
            Region.objects.filter(level__in=[Region.Level.GEMEINDE, Region.Level.KREIS]).values_list("pk", flat=True)
        )
        state["breakdowns"] = _breakdowns()
        state["year"] = 1990
        state["var"] = 0
    now = Observation._meta.get_field("updated_at").get_db_prep_save(timezone.now(), connection)
    count = Observation.objects.count()
    while count < target:
        variable = state["variables"][state["var"]]
        year = state["year"]
        rows = [
            (variable, region, str(year), year, bd, key, Decimal(region % 997 + i), "", now, "", "")
            for region in state["regions"]
            for i, (bd, key) in enumerate(state["breakdowns"])
        ][: target - count]
        with transaction.atomic():
            for start in range(0, len(rows), 5000):
                insert_rows(Observation, columns, rows[start : start + 5000])
        count += len(rows)
        state["var"] = (state["var"] + 1) % len(VARIABLES)
        if state["var"] == 0:
            state["year"] += 1


def _p50(client, url: str, n: int = 9) -> float:
    client.get(url, HTTP_HOST="localhost")  # warm (charts, first query plans)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url, HTTP_HOST="localhost")
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def _bench_indicator():
    from bildungsallianz.monitoring.models import Indicator

    indicator, _ = Indicator.objects.update_or_create(
        code="bench-anteil-weiblich",
        defaults={
            "name": "Anteil weiblich (generiert)",
            "definition": "Benchmark",
            "theme": "demografie",
            "unit": "%",
            "numerator": {"source": "bench-gemeinden", "variable": "GEN01", "breakdown": {"Geschlecht": "weiblich"}},
            "denominator": {"source": "bench-gemeinden", "variable": "GEN01", "breakdown": {}},
            "factor": Decimal(100),
            "published": False,
        },
    )
    return indicator


def _gemeinde_file(tmp: str, year: int) -> Path:
    """A plain CSV of one variable for every Gemeinde (10,850 values) – like a Gemeinde-level download."""
    from bildungsallianz.monitoring.models import Region

    keys = list(Region.objects.filter(level=Region.Level.GEMEINDE, active=True).values_list("key", flat=True))
    path = Path(tmp) / f"bench-gemeinde-{year}.csv"
    lines = ["regionalschluessel;zeitraum;variable;Geschlecht;wert"]
    lines += [f"{k};{year};GEN01;{sex};{int(k[-3:]) + n}" for k in keys for n, sex in enumerate(["männlich"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _duckdb_plain(path: Path) -> float:
    import duckdb

    con = duckdb.connect()
    start = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim=';', header=true, all_varchar=true)", [str(path)])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def _measure(size: int, tmp: str, year: int) -> dict:
    from django.test import Client

    from bildungsallianz.monitoring.parsers import parse_file
    from bildungsallianz.monitoring.services import import_statistics, indicators_recompute

    client = Client()
    result = {name: _p50(client, url) for name, url in PAGES.items()}
    indicator = _bench_indicator()
    start = time.perf_counter()
    written = indicators_recompute(indicators=[indicator])
    result["Neuberechnung"] = time.perf_counter() - start
    result["Indikatorwerte"] = written
    path = _gemeinde_file(tmp, year)
    data = path.read_bytes()
    start = time.perf_counter()
    run = import_statistics(data=data, filename=path.name, source_code="bench-gemeinden")
    result["Import Gemeindedatei"] = time.perf_counter() - start
    result["Werte der Datei"] = run.count_new
    parse = min(_timed(lambda: parse_file(data, filename=path.name)) for _ in range(3))
    result["nur Lesen"] = parse
    result["DuckDB read_csv"] = min(_duckdb_plain(path) for _ in range(3))
    return result


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> dict:
    sizes = [int(s) for s in os.environ.get("BENCH_MONITORING_SIZES", "100000,1000000").split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        postgres = _setup(tmp)
        from django.conf import settings
        from django.db import connection

        from bildungsallianz.monitoring.demo import seed
        from bildungsallianz.monitoring.models import Observation
        from bildungsallianz.monitoring.services import regions_load
        from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

        settings.ALLOWED_HOSTS = ["*"]
        print(f"Datenbank: {connection.vendor}; Größen: {sizes}", flush=True)
        results = {}
        try:
            regions_load(gemeinden_path=GEMEINDEN_FILE)
            seed()
            state: dict = {}
            for size in sizes:
                start = time.perf_counter()
                _grow(size, state)
                grown = time.perf_counter() - start
                count = Observation.objects.count()
                results[size] = _measure(size, tmp, 2060 + len(results))
                r = results[size]
                print(
                    f"{count:>10,} Werte (erzeugt in {grown:.0f} s): "
                    + ", ".join(f"{k} {r[k] * 1000:.0f} ms" for k in [*PAGES, "Neuberechnung"])
                    + f" ({r['Indikatorwerte']} Indikatorwerte), Import {r['Werte der Datei']} Werte "
                    f"{r['Import Gemeindedatei'] * 1000:.0f} ms, nur Lesen {r['nur Lesen'] * 1000:.0f} ms, "
                    f"DuckDB {r['DuckDB read_csv'] * 1000:.0f} ms ({r['nur Lesen'] / r['DuckDB read_csv']:.1f}×)",
                    flush=True,
                )
            if len(sizes) > 1:
                small, big = results[sizes[0]], results[sizes[-1]]
                print(
                    f"Verhältnis {sizes[-1]:,} / {sizes[0]:,}: "
                    + ", ".join(f"{k} {big[k] / small[k]:.2f}×" for k in [*PAGES, "Neuberechnung"]),
                    flush=True,
                )
        finally:
            if postgres:
                connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
        return results


if __name__ == "__main__":
    main()
