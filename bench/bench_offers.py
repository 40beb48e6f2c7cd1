"""Benchmark of the Bildungsportal pages (not a test).

    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 .venv/bin/python bench/bench_offers.py [--sizes 1000,10000,100000]

Builds a throw-away SQLite database in a temp dir (DATABASE_URL="", DATA_DIR=tmp),
migrates, seeds the alliance taxonomy and partners, bulk-inserts generated offers
(places, target groups, search index) and grows it to each size in turn. For
every size it starts a real threaded WSGI server (stdlib wsgiref, one
subprocess on 127.0.0.1, bench URLconf with a bare Django view) and measures
requests per second, p50/p95 latency and queries per request of: the bare view,
the list page, a search, a search with filters, and a detail page. Bounded:
each URL gets a warm-up and then at most REQUESTS requests or SECONDS seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = 300
SECONDS = 8.0
CONCURRENCY = 2
WARMUP = 5

FIELDS = [
    ("Pflege", "Pflegefachkraft", "Krankenhaus"),
    ("Einzelhandel", "Verkauf", "Kasse"),
    ("Elektronik", "Strom", "Anlagen"),
    ("Logistik", "Lager", "Stapler"),
    ("Büro", "Verwaltung", "Organisation"),
    ("Kfz", "Werkstatt", "Mechatronik"),
    ("Küche", "Kochen", "Gastronomie"),
    ("Metallbau", "Schweißen", "Werkstatt"),
    ("Informatik", "Netzwerke", "Support"),
    ("Labor", "Chemie", "Prüfung"),
    ("Kita", "Kinder", "Erziehung"),
    ("Bank", "Beratung", "Finanzen"),
    ("Friseur", "Haare", "Salon"),
    ("Bäckerei", "Backen", "Brot"),
    ("Sprache", "Deutsch", "Kurs"),
]
TYPES = [
    "praktikum",
    "ausbildungsplatz",
    "beratung",
    "sprachfoerderung",
    "weiterbildung",
    "berufsorientierung",
    "bewerbungstraining",
    "lernfoerderung",
    "freizeit",
    "elternangebot",
    "einstiegsqualifizierung",
    "schulabschluss",
    "duales-studium",
]
DISTRICTS = ["Innenstadt", "Husterhöhe", "Sommerwald", "Horeb", "Winzeln", "Fehrbach", "Erlenbrunn", "Niedersimten"]


def _env(tmp: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = ""
    os.environ["DATA_DIR"] = tmp
    os.environ["MEDIA_ROOT"] = str(Path(tmp) / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bildungsallianz.settings"
    os.environ.setdefault("ALLOW_INSECURE_DEV_KEY", "1")
    os.environ.setdefault("MANIFEST_STATIC", "0")
    os.environ["API_RATE_LIMIT"] = "100000000/m"  # the benchmark is one client


def _setup(tmp: str) -> None:
    _env(tmp)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo

    charter_demo.seed()


def _grow(target: int, rng: random.Random) -> float:
    """Add generated published offers until there are ``target``; returns seconds."""
    from decimal import Decimal

    from django.db import transaction
    from django.utils import timezone

    from bildungsallianz.charter.models import FieldOfAction, TargetGroup
    from bildungsallianz.offers.indexing import index_offers
    from bildungsallianz.offers.models import Offer, OfferPlace
    from bildungsallianz.organisations.models import Organisation

    started = time.perf_counter()
    have = Offer.objects.count()
    providers = list(Organisation.objects.all())
    groups = list(TargetGroup.objects.all())
    fields = list(FieldOfAction.objects.all())
    now = timezone.now()
    batch = 2000
    for start in range(have, target, batch):
        n = min(batch, target - start)
        with transaction.atomic():
            offers = []
            for i in range(start, start + n):
                topic = FIELDS[i % len(FIELDS)]
                kind = TYPES[(i // 7) % len(TYPES)]
                min_age = rng.choice([None, 12, 14, 15, 16, 18])
                offers.append(
                    Offer(
                        provider=providers[i % len(providers)],
                        slug=f"bench-{i}",
                        title=f"{topic[0]}: {kind.replace('-', ' ').title()} {rng.choice(DISTRICTS)} {i}",
                        summary=f"{topic[1]} und {topic[2]} kennenlernen – Angebot Nummer {i}.",
                        description=f"<p>{topic[0]}, {topic[1]}, {topic[2]}. Treffpunkt {rng.choice(DISTRICTS)}.</p>",
                        offer_type=kind,
                        min_age=min_age,
                        max_age=rng.choice([None, 21, 25, 27]),
                        cost=rng.choice(["kostenlos", "kostenlos", "gefoerdert"]),
                        languages=rng.choice([",de,", ",de,", ",de,ar,", ",de,uk,", ",de,tr,"]),
                        barrier_free=rng.random() < 0.4,
                        is_online=rng.random() < 0.1,
                        status="published",
                        published_at=now,
                        renewed_at=now,
                    )
                )
            Offer.objects.bulk_create(offers, batch_size=500)
            created = list(Offer.objects.filter(slug__in=[o.slug for o in offers]).values_list("pk", flat=True))
            OfferPlace.objects.bulk_create(
                [
                    OfferPlace(
                        offer_id=pk,
                        name="Treffpunkt",
                        street=f"Hauptstraße {pk % 120 + 1}",
                        postcode="66953",
                        city="Pirmasens",
                        latitude=Decimal(f"{49.17 + rng.random() * 0.06:.5f}"),
                        longitude=Decimal(f"{7.56 + rng.random() * 0.09:.5f}"),
                    )
                    for pk in created
                ],
                batch_size=500,
            )
            Through = Offer.target_groups.through
            Through.objects.bulk_create(
                [Through(offer_id=pk, targetgroup_id=groups[pk % len(groups)].pk) for pk in created], batch_size=1000
            )
            FieldThrough = Offer.fields_of_action.through
            FieldThrough.objects.bulk_create(
                [FieldThrough(offer_id=pk, fieldofaction_id=fields[pk % len(fields)].pk) for pk in created],
                batch_size=1000,
            )
            index_offers(created)
    return time.perf_counter() - started


# ---------------------------------------------------------------------------
# server (subprocess)
# ---------------------------------------------------------------------------


def serve(port: int, tmp: str) -> None:
    _env(tmp)
    import django

    django.setup()
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection

    settings.ROOT_URLCONF = "bench.bench_offers_urls"
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    django_app = WSGIHandler()

    local = threading.local()

    def threaded_app(environ, start_response):
        local.captured = {}
        nonlocal_captured = local.captured

        def capture(status, headers, exc_info=None):
            nonlocal_captured.update(s=status, h=headers)

        count = [0]

        def counter(execute, sql, params, many, context):
            count[0] += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            body = b"".join(django_app(environ, capture))
        start_response(nonlocal_captured["s"], [*nonlocal_captured["h"], ("X-Bench-Queries", str(count[0]))])
        return [body]

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True
        request_queue_size = 64

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    httpd = make_server("127.0.0.1", port, threaded_app, server_class=Server, handler_class=QuietHandler)
    httpd.serve_forever()


# ---------------------------------------------------------------------------
# client
# ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        queries = int(response.headers.get("X-Bench-Queries", "-1"))
        status = response.status
    return time.perf_counter() - start, queries, status


def _measure(url) -> dict:
    """``url`` is a string, or a function of the request number (for uncached variants)."""
    make = url if callable(url) else (lambda _n: url)
    for n in range(WARMUP):
        _get(make(-n - 1))
    latencies: list[float] = []
    queries: set[int] = set()
    lock = threading.Lock()
    deadline = time.perf_counter() + SECONDS
    remaining = [REQUESTS]

    def worker():
        while True:
            with lock:
                if remaining[0] <= 0 or time.perf_counter() > deadline:
                    return
                remaining[0] -= 1
                number = remaining[0]
            target = make(number)
            elapsed, q, status = _get(target)
            assert status == 200, (target, status)
            with lock:
                latencies.append(elapsed)
                queries.add(q)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "n": len(latencies),
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "queries": sorted(queries),
    }


PAGES = [
    ("bare Django view", "/bench/bare/"),
    ("Liste /angebote/", "/angebote/"),
    ("Suche „pflege“", "/angebote/?q=pflege"),
    ("Suche + Filter", "/angebote/?q=pflege+praktikum&art=praktikum&alter=15&kosten=kostenlos&sprache=de"),
    ("Suche + Filter + Karte", "/angebote/?q=pflege&alter=15&ansicht=karte"),
    ("Detail", "/angebote/bench-7/"),
    # every request a different URL, the same search: the page cache never answers, the facet
    # cache does (search p50 "with cached facets", issue 15)
    ("Suche „pflege“, Seite neu", lambda n: f"/angebote/?q=pflege&n={n}"),
    (
        "Suche + Filter, Seite neu",
        lambda n: f"/angebote/?q=pflege+praktikum&art=praktikum&alter=15&kosten=kostenlos&sprache=de&n={n}",
    ),
    # every request a different query: the facet cache never helps
    ("Suche, jedes Mal neu", lambda n: f"/angebote/?q={quote(FIELDS[n % len(FIELDS)][1])}+{n % 997}"),
    # the read API against the bare django-ninja view (issue 13: list endpoints ≥ 50 % of it)
    ("bare ninja view", "/bench/api/list"),
    ("API /api/v1/offers", "/api/v1/offers"),
    ("API Suche „pflege“", "/api/v1/offers?q=pflege"),
    ("API /api/v1/organisations", "/api/v1/organisations?limit=50"),
    ("API Angebot", "/api/v1/offers/bench-7"),
    # every request a different URL: the content cache never answers (the uncached case),
    # against a bare ninja view that the page cache does not store either
    ("bare ninja view, ungecacht", lambda n: f"/bench/api/list-uncached?n={n}"),
    ("API offers, jedes Mal neu", lambda n: f"/api/v1/offers?n={n}"),
    ("API Suche, jedes Mal neu", lambda n: f"/api/v1/offers?q=pflege&n={n}"),
    ("API organisations, neu", lambda n: f"/api/v1/organisations?limit=50&n={n}"),
]
API_LISTS = (
    "API /api/v1/offers",
    "API Suche „pflege“",
    "API /api/v1/organisations",
    "API offers, jedes Mal neu",
    "API Suche, jedes Mal neu",
    "API organisations, neu",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--only", default="", help="measure only pages whose label contains this text (e.g. ninja,API)")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:] if __name__ == "__main__" else [])
    if args.serve:
        serve(args.serve, args.data_dir)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rng = random.Random(2026)
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-offers-") as tmp:
        t0 = time.perf_counter()
        _setup(tmp)
        print(f"Migration und Partner: {time.perf_counter() - t0:.1f} s", flush=True)
        from django.db import connection

        for size in sizes:
            seconds = _grow(size, rng)
            connection.close()
            print(f"\n{size} Angebote (Aufbau {seconds:.1f} s)", flush=True)
            port = _free_port()
            server = subprocess.Popen(
                [sys.executable, __file__, "--serve", str(port), "--data-dir", tmp],
                env={**os.environ},
                cwd=str(ROOT),
            )
            try:
                base = f"http://127.0.0.1:{port}"
                for _ in range(200):
                    try:
                        _get(base + "/bench/bare/")
                        break
                    except OSError:
                        time.sleep(0.1)
                results[size] = {}
                wanted = [w for w in args.only.split(",") if w]
                pages = [p for p in PAGES if not wanted or p[0].startswith("bare") or any(w in p[0] for w in wanted)]
                for label, path in pages:
                    r = _measure((lambda n, p=path, b=base: b + p(n)) if callable(path) else base + path)
                    results[size][label] = r
                    print(
                        f"  {label:24} {r['rps']:7.1f} req/s  p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  "
                        f"Abfragen {r['queries']}  (n={r['n']})",
                        flush=True,
                    )
            finally:
                server.terminate()
                server.wait(timeout=10)
    _summary(results, sizes)
    return 0


def _summary(results, sizes) -> None:
    print("\n| Größe | Seite | req/s | p50 ms | p95 ms | Abfragen | Anteil am bare view |")
    print("|---:|---|---:|---:|---:|---|---:|")
    for size in sizes:
        bare = results[size]["bare Django view"]["rps"]
        for label, r in results[size].items():
            print(
                f"| {size} | {label} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | "
                f"{', '.join(map(str, r['queries']))} | {r['rps'] / bare:.0%} |"
            )
    for size in sizes:
        for label in API_LISTS:
            if label not in results[size]:
                continue
            baseline = "bare ninja view, ungecacht" if ("neu" in label) else "bare ninja view"
            share = results[size][label]["rps"] / results[size][baseline]["rps"]
            print(f"{size} Angebote, {label}: {share:.0%} des {baseline} (Ziel ≥ 50 %)")
    first, last = sizes[0], sizes[-1]
    for label in (
        "Liste /angebote/",
        "Suche „pflege“",
        "Suche + Filter",
        "Suche „pflege“, Seite neu",
        "Suche + Filter, Seite neu",
        "Suche, jedes Mal neu",
    ):
        if label not in results[first]:
            continue
        ratio = results[last][label]["p50"] / results[first][label]["p50"]
        print(f"{label}: p50 bei {last} / p50 bei {first} = {ratio:.2f} (Ziel ≤ 1,3)")


if __name__ == "__main__":
    sys.exit(main())
