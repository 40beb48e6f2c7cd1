"""Public pages under gunicorn with production settings, cached and uncached, against a bare view.

    make bench                                   # with the other benchmarks
    .venv/bin/python bench/run.py pages          # only this one
    DATABASE_URL=postgres://… .venv/bin/python bench/bench_pages.py   # on PostgreSQL

A production-like site (DEBUG=0, random SECRET_KEY, hashed static files, Pirmasens
demo data; bench/prodsite.py) is served by gunicorn (deploy/gunicorn.conf.py,
2 workers × 4 threads) on 127.0.0.1. Twice: with the content cache (the normal
case: anonymous pages and documents cached until their content changes) and with
it switched off (PUBLIC_PAGE_CACHE_SECONDS=0, CONTENT_CACHE_SECONDS=0: every request
renders). Per page: BENCH_SECONDS (default 5) with 4 clients on kept-alive
connections, then a mixed run whose page shares follow real traffic.

The share of the bare view's throughput is measured so that the machine's other load
cancels out: the clients alternate page and bare view request by request, so both see the
same moment of the machine, and the share is mean bare latency / mean page latency (what
the page's throughput is relative to the bare view's when the server is saturated). The
page's own req/s and p50/p95 come from a run of the page alone.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prodsite  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "4"))


def pages(urls: dict) -> list[tuple[str, str, int]]:
    """(label, path, share of traffic in %) — the mix follows what visitors open most."""
    return [
        ("Startseite /", "/", 25),
        ("Angebote /angebote/", "/angebote/", 20),
        ("Suche „praktikum“", "/angebote/?q=praktikum", 15),
        ("Angebot (Detail)", f"/angebote/{urls['offer']}/", 15),
        ("Partner /partner/", "/partner/", 5),
        ("Partner (Detail)", f"/partner/{urls['organisation']}/", 4),
        ("Charta /charta/", "/charta/", 5),
        ("Charta-PDF", "/charta/pdf/", 1),
        ("Daten /daten/", "/daten/", 4),
        ("Indikator (Detail)", f"/daten/{urls['indicator']}/", 5),
        ("English /en/angebote/", "/en/angebote/", 1),
    ]


CASES = {
    "gecacht": {},
    "ungecacht": {"PUBLIC_PAGE_CACHE_SECONDS": "0", "CONTENT_CACHE_SECONDS": "0"},
}


def _row(case, label, result, share) -> str:
    return (
        f"| {case} | {label} | {result['rps']:.1f} | {result['p50']:.1f} | {result['p95']:.1f} | "
        f"{share:.0f} % | {result['errors']} |"
    )


def share_of_bare(base: str, path) -> float:
    """Mean bare-view latency / mean page latency, requests alternating (see module docstring)."""
    make = path if callable(path) else (lambda _n: path)
    timings = prodsite.measure_alternating(base, "/bench/bare/", make, seconds=SECONDS, concurrency=CONCURRENCY)
    return timings["bare_mean"] / timings["page_mean"] * 100


def run_case(base: str, case: str, page_list) -> list[str]:
    rows = []
    bare = prodsite.measure(base, "/bench/bare/", seconds=SECONDS, concurrency=CONCURRENCY)
    rows.append(_row(case, "bare Django view", bare, 100))
    print(rows[-1], flush=True)
    for label, path, _share in page_list:
        result = prodsite.measure(base, path, seconds=SECONDS, concurrency=CONCURRENCY)
        rows.append(_row(case, label, result, share_of_bare(base, path)))
        print(rows[-1], flush=True)
    weighted = [path for _label, path, share in page_list for _ in range(share)]
    rng = random.Random(7)
    mix = prodsite.measure(
        base, lambda _n: rng.choice(weighted), seconds=SECONDS * 3, concurrency=CONCURRENCY, warmup=0
    )
    rng = random.Random(7)
    rows.append(
        _row(case, "**Mischung wie echter Verkehr**", mix, share_of_bare(base, lambda _n: rng.choice(weighted)))
    )
    print(rows[-1], flush=True)
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp, prodsite.database("pages") as database_url:
        env = prodsite.production_env(Path(tmp), database_url)
        urls = prodsite.prepare(env)
        engine = "PostgreSQL" if database_url else "SQLite"
        print(f"\nDatenbank: {engine}; gunicorn 2 Worker × 4 Threads; {CONCURRENCY} Clients; {SECONDS:g} s je Seite\n")
        print("| Fall | Seite | req/s | p50 ms | p95 ms | Anteil am bare view | Fehler |")
        print("|---|---|---:|---:|---:|---:|---:|")
        failures = 0
        for case, extra in CASES.items():
            with prodsite.gunicorn(env, extra_env=extra) as base:
                rows = run_case(base, case, pages(urls))
                failures += sum(1 for r in rows if not r.endswith("| 0 |"))
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
