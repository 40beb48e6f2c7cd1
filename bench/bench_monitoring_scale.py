"""Benchmark: the monitoring pages, the CSV and the recomputation as the observation table grows (issue 12).

    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 .venv/bin/python bench/run.py monitoring_scale
    BENCH_MONITORING_SIZES=100000,10000000 … (default 100000,1000000)
    BENCH_EXPLAIN=1 …   also prints the query plans of the recomputation

Not a test. Against a throw-away SQLite database (or PostgreSQL with
``DATABASE_URL``, as in ``bench_monitoring``): all regions incl. the 10,850
Gemeinden, the demo figures through the normal import, then observations are
generated in the shape of the real files — every Gemeinde and Kreis, ten
variables, 12 breakdowns (Geschlecht × Altersgruppe, with totals), one year
after the other. The first (variable, year) is written as plain rows, every
further one copied from it inside the database (``INSERT … SELECT``), so 10 M
rows take minutes. At each size, in the same run: p50 of the indicator page,
the dashboard and the indicator CSV (public page cache off, chart SVGs cached
as in production), the import of one more generated Gemeinde file (32,550
values: total, männlich, weiblich), the recomputation that import triggers
(the indicators reading the variable, for the imported year), a full
recomputation of the bench indicator over all years (grows with the years
stored, for comparison), and parsing the file against DuckDB ``read_csv`` of
the same file.
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

from bench_monitoring import _setup, parse_seconds  # noqa: E402

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


COLUMNS = ["variable", "region", "period", "year", "breakdown", "breakdown_key", "value", "status", "updated_at"]
COLUMNS += ["quality", "basis"]


def _prepare(state: dict) -> None:
    """Variables, regions and breakdowns; the first (variable, year) written row by row as the template."""
    from django.db import connection
    from django.utils import timezone

    from bildungsallianz.monitoring.models import Observation, Region, Source, Variable

    source, _ = Source.objects.get_or_create(code="bench-gemeinden", defaults={"title": "Generiert"})
    state["variables"] = [Variable.objects.get_or_create(source=source, code=c)[0].pk for c in VARIABLES]
    regions = Region.objects.filter(level__in=[Region.Level.GEMEINDE, Region.Level.KREIS])
    now = Observation._meta.get_field("updated_at").get_db_prep_save(timezone.now(), connection)
    template = (state["variables"][0], 1990)
    rows = [
        (template[0], region, "1990", 1990, bd, key, Decimal(region % 997 + i), "", now, "", "")
        for region in regions.values_list("pk", flat=True)
        for i, (bd, key) in enumerate(_breakdowns())
    ]
    state.update(template=template, pending=rows, per_batch=len(rows), year=1990, var=1)


def _write_template(target: int, count: int, state: dict) -> int:
    """Write (the next part of) the template rows, at most up to ``target``; returns the new count."""
    from django.db import transaction

    from bildungsallianz.monitoring.models import Observation
    from bildungsallianz.monitoring.services.bulk import insert_rows

    rows, state["pending"] = state["pending"][: target - count], state["pending"][target - count :]
    with transaction.atomic():
        for start in range(0, len(rows), 5000):
            insert_rows(Observation, COLUMNS, rows[start : start + 5000])
    return count + len(rows)


def _grow(target: int, state: dict) -> None:
    """Append generated observations until the table holds ``target`` rows.

    Year after year, variable by variable, like yearly imports: the first
    (variable, year) is written as plain rows (every Gemeinde and Kreis × 12
    breakdowns incl. totals), every further one is copied from it inside the
    database with one ``INSERT … SELECT`` (same SQL on SQLite and PostgreSQL,
    values shifted per batch) – ~150,000 rows per statement instead of
    preparing them in Python (10 M rows: minutes instead of a quarter hour).
    """
    from django.db import connection, transaction

    from bildungsallianz.monitoring.models import Observation

    if "template" not in state:
        _prepare(state)
    quote = connection.ops.quote_name
    table = quote(Observation._meta.db_table)
    names = [quote(Observation._meta.get_field(c).column) for c in COLUMNS]
    copied = ", ".join(["%s", names[1], "%s", "%s", *names[4:6], f"{names[6]} + %s", *names[7:]])
    sql = (
        f"INSERT INTO {table} ({', '.join(names)}) SELECT {copied} FROM {table} "
        f"WHERE {names[0]} = %s AND {names[3]} = %s"
    )
    count = Observation.objects.count()
    if state["pending"]:
        count = _write_template(target, count, state)
    while count < target:
        variable, year = state["variables"][state["var"]], state["year"]
        limit = target - count
        params = [variable, str(year), year, (year - 1990) * 7 + state["var"], *state["template"]]
        with transaction.atomic(), connection.cursor() as cursor:
            if limit < state["per_batch"]:
                cursor.execute(f"{sql} ORDER BY {quote('id')} LIMIT {int(limit)}", params)
            else:
                cursor.execute(sql, params)
        count += min(limit, state["per_batch"])
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
    """A plain CSV of one variable for every Gemeinde, total, männlich, weiblich (32,550 values)."""
    from bildungsallianz.monitoring.models import Region

    keys = list(Region.objects.filter(level=Region.Level.GEMEINDE, active=True).values_list("key", flat=True))
    path = Path(tmp) / f"bench-gemeinde-{year}.csv"
    lines = ["regionalschluessel;zeitraum;variable;Geschlecht;wert"]
    sexes = ["Insgesamt", "männlich", "weiblich"]
    lines += [f"{k};{year};GEN01;{sex};{int(k[-3:]) + n}" for k in keys for n, sex in enumerate(sexes)]
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

    from bildungsallianz.monitoring.services import import_statistics, indicators_recompute

    client = Client()
    result = {name: _p50(client, url) for name, url in PAGES.items()}
    indicator = _bench_indicator()
    path = _gemeinde_file(tmp, year)
    data = path.read_bytes()
    start = time.perf_counter()
    run = import_statistics(data=data, filename=path.name, source_code="bench-gemeinden")
    result["Import Gemeindedatei"] = time.perf_counter() - start
    result["Werte der Datei"] = run.count_new
    # what the import just did after writing: the indicators reading GEN01, for the imported year
    touched = {"variables": {("bench-gemeinden", "GEN01")}, "years": {year}}
    result["Neuberechnung"] = min(_timed(lambda: indicators_recompute(**touched)) for _ in range(3))
    result["Indikatorwerte"] = indicators_recompute(**touched)
    if os.environ.get("BENCH_EXPLAIN"):
        _explain(lambda: indicators_recompute(**touched))
        _explain(lambda: indicators_recompute(indicators=[indicator]))
    start = time.perf_counter()
    result["Indikatorwerte alle Jahre"] = indicators_recompute(indicators=[indicator])
    result["Neuberechnung alle Jahre"] = time.perf_counter() - start
    parse = min(parse_seconds(data, path.name) for _ in range(7))  # as in bench_monitoring
    result["nur Lesen"] = parse
    result["DuckDB read_csv"] = min(_duckdb_plain(path) for _ in range(7))
    return result


def _explain(fn) -> None:
    """With ``BENCH_EXPLAIN=1``: the plans of the recomputation's queries (index used, rows read per year)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        fn()
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    for q in ctx.captured_queries:
        if q["sql"].startswith(("SELECT", "DELETE")) and "monitoring_" in q["sql"]:
            with connection.cursor() as cursor:
                cursor.execute(explain + q["sql"])
                print(f"{q['sql'][:160]} …\n    {cursor.fetchall()}")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


RATIOS = [*PAGES, "Neuberechnung", "Import Gemeindedatei", "nur Lesen", "Neuberechnung alle Jahre"]


def _line(r: dict) -> str:
    return (
        ", ".join(f"{k} {r[k] * 1000:.0f} ms" for k in PAGES)
        + f"; Neuberechnung nach Import {r['Neuberechnung'] * 1000:.0f} ms ({r['Indikatorwerte']} Indikatorwerte), "
        f"alle Jahre {r['Neuberechnung alle Jahre'] * 1000:.0f} ms ({r['Indikatorwerte alle Jahre']}); "
        f"Import {r['Werte der Datei']} Werte {r['Import Gemeindedatei'] * 1000:.0f} ms, "
        f"nur Lesen {r['nur Lesen'] * 1000:.0f} ms, DuckDB {r['DuckDB read_csv'] * 1000:.0f} ms "
        f"({r['nur Lesen'] / r['DuckDB read_csv']:.1f}×)"
    )


def main() -> dict:
    sizes = [int(s) for s in os.environ.get("BENCH_MONITORING_SIZES", "100000,1000000").split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        postgres = _setup(tmp, load=("regions+gemeinden", "demo"))  # in a process of its own, as a deployment
        from django.conf import settings
        from django.db import connection

        from bildungsallianz.monitoring.models import Observation

        settings.ALLOWED_HOSTS = ["*"]
        settings.PUBLIC_PAGE_CACHE_SECONDS = 0  # measure rendering, not the public page cache
        print(f"Datenbank: {connection.vendor}; Größen: {sizes}", flush=True)
        results = {}
        try:
            state: dict = {}
            for size in sizes:
                start = time.perf_counter()
                _grow(size, state)
                grown = time.perf_counter() - start
                count = Observation.objects.count()
                results[size] = _measure(size, tmp, 2060 + len(results))
                print(f"{count:>10,} Werte (erzeugt in {grown:.0f} s): {_line(results[size])}", flush=True)
            if len(sizes) > 1:
                small, big = results[sizes[0]], results[sizes[-1]]
                print(
                    f"Verhältnis {sizes[-1]:,} / {sizes[0]:,}: "
                    + ", ".join(f"{k} {big[k] / small[k]:.2f}×" for k in RATIOS),
                    flush=True,
                )
        finally:
            if postgres:
                connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
        return results


if __name__ == "__main__":
    main()
