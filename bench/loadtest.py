"""Load test with a PostgreSQL restart (part of `make ops-check`, not of `make test`).

    .venv/bin/python bench/loadtest.py [--users 120] [--seconds 180] [--restart-at 60]

gunicorn with production settings (deploy/gunicorn.conf.py defaults) on a throw-away
PostgreSQL cluster (bench/pgcluster.py), Pirmasens demo data, 127.0.0.1 only. ``--users``
virtual users, each in a loop: pick a page from a mix like real traffic (home, offers,
offer details, partners, charter, data pages, searches with common and rare words), wait
0.5–2 s (think time), again; plus two partner editors who save their organisation's
profile every 1–3 s (a write acknowledged by a redirect, with a numbered marker). After
``--restart-at`` seconds PostgreSQL is stopped for ``--down`` seconds and started again;
a probe asks /healthz every 0.2 s. Bounded: at most ``--seconds`` and 200 000 requests.

Reports throughput, p50/p95 per kind of request, errors inside and outside the outage,
what /healthz answered while the database was down, how long the site took to recover,
and whether every acknowledged write is in the database at the end.
"""

from __future__ import annotations

import argparse
import html.parser
import http.cookiejar
import json
import random
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pgcluster  # noqa: E402
import prodsite  # noqa: E402

MAX_REQUESTS = 200_000
COMMON_WORDS = ["praktikum", "pflege", "ausbildung", "sprachkurs", "beratung", "schule", "kita", "mechatroniker"]
EDITORS = [
    ("redaktion.krankenhaus@example.org", "staedtisches-krankenhaus-pirmasens"),
    ("redaktion.ihk@example.org", "ihk-pfalz"),
]


def page_mix(urls: dict) -> list[tuple[str, str, int]]:
    """(kind, path or '<search>', weight)."""
    return [
        ("öffentlich", "/", 22),
        ("öffentlich", "/angebote/", 18),
        ("öffentlich", f"/angebote/{urls['offer']}/", 14),
        ("öffentlich", "/partner/", 5),
        ("öffentlich", f"/partner/{urls['organisation']}/", 4),
        ("öffentlich", "/charta/", 5),
        ("öffentlich", "/daten/", 4),
        ("öffentlich", f"/daten/{urls['indicator']}/", 5),
        ("öffentlich", "/en/", 2),
        ("öffentlich", "/charta/pdf/", 1),
        ("Suche", "<common>", 14),
        ("Suche", "<rare>", 6),
    ]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[tuple[float, str, float, int]] = []  # (start, kind, seconds, status)
        self.outage = (float("inf"), float("inf"))

    def add(self, start, kind, seconds, status):
        with self.lock:
            self.samples.append((start, kind, seconds, status))

    def count(self) -> int:
        return len(self.samples)


def visitor(base, mix, rng, recorder, stop_at):
    weighted = [(kind, path) for kind, path, weight in mix for _ in range(weight)]
    while time.time() < stop_at and recorder.count() < MAX_REQUESTS:
        kind, path = rng.choice(weighted)
        if path == "<common>":
            path = "/angebote/?q=" + rng.choice(COMMON_WORDS)
        elif path == "<rare>":
            path = f"/angebote/?q={rng.choice(COMMON_WORDS)}+{rng.randint(1, 10**6)}"
        start = time.time()
        try:
            status = prodsite.request(base, path)[0]
        except OSError:
            status = 0
        recorder.add(start, kind, time.time() - start, status)
        time.sleep(rng.uniform(0.5, 2.0))


class _Form(html.parser.HTMLParser):
    """Name → value of every field of the first form with method=post (inputs, textareas, selects)."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._done = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._done:
            return
        if tag == "form" and a.get("method", "").lower() == "post":
            self._in_form = True
        elif self._in_form and tag == "input" and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") in ("submit", "file"):
                return
            self.fields.append((a["name"], a.get("value", "")))
        elif self._in_form and tag == "textarea":
            self._textarea = a.get("name")
            self.fields.append((self._textarea, ""))
        elif self._in_form and tag == "select":
            self._select = a.get("name")
        elif self._in_form and tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._in_form:
            self._in_form, self._done = False, True

    def handle_data(self, data):
        if self._textarea:
            name, value = self.fields[-1]
            self.fields[-1] = (name, value + data)


def _opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _open(opener, url, data=None):
    try:
        response = opener.open(url, data=data, timeout=30)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")


def _form(page: str) -> list[tuple[str, str]]:
    parser = _Form()
    parser.feed(page)
    return parser.fields


def editor(base, email, slug, password, recorder, stop_at, acknowledged, rng):
    opener = _opener()
    status, page = _open(opener, base + "/konto/anmelden/")
    fields = dict(_form(page))
    for name in list(fields):
        if name in ("username", "email", "login"):
            fields[name] = email
        if "password" in name:
            fields[name] = password
    status, _ = _open(opener, base + "/konto/anmelden/", urllib.parse.urlencode(fields).encode())
    if status != 302:
        raise RuntimeError(f"Anmeldung von {email} fehlgeschlagen ({status})")
    number = 0
    while time.time() < stop_at and recorder.count() < MAX_REQUESTS:
        number += 1
        start = time.time()
        status, page = _open(opener, f"{base}/partner/{slug}/bearbeiten/")
        if status == 200:
            fields = _form(page)
            marker = f"Lasttest-Markierung {number}"
            fields = [(k, (v.split(" [Lasttest")[0] + f" [{marker}]") if k == "description" else v) for k, v in fields]
            status, _ = _open(opener, f"{base}/partner/{slug}/bearbeiten/", urllib.parse.urlencode(fields).encode())
            if status == 302:
                acknowledged[slug] = marker
        recorder.add(start, "Schreiben", time.time() - start, 200 if status in (200, 302) else status)
        time.sleep(rng.uniform(1, 3))


def health_probe(base, stop_at, log):
    while time.time() < stop_at:
        start = time.time()
        try:
            status = prodsite.request(base, "/healthz")[0]
        except OSError:
            status = 0
        log.append((start, status))
        time.sleep(0.2)


def _p(values, q):
    values = sorted(values)
    return values[max(0, int(len(values) * q) - 1)] * 1000 if values else 0.0


def report(recorder, health, outage, started, ended, acknowledged, stored) -> tuple[str, bool]:
    down_start, down_end = outage
    lines = []
    total = recorder.samples
    wall = ended - started
    lines.append(f"Dauer {wall:.0f} s, {len(total)} Anfragen, {len(total) / wall:.1f} req/s insgesamt")
    lines.append("")
    lines.append("| Art | Anfragen | req/s | p50 ms | p95 ms | Fehler außerhalb des Ausfalls | Fehler im Ausfall |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    ok = True
    recovered_at = next((t for t, s in health if t > down_end and s == 200), None)
    window_end = recovered_at or down_end
    for kind in ("öffentlich", "Suche", "Schreiben"):
        rows = [s for s in total if s[1] == kind]
        outside = [s for s in rows if not (down_start - 1 <= s[0] <= window_end + 1)]
        errors_out = sum(1 for s in outside if s[3] >= 500 or s[3] == 0)
        errors_in = sum(1 for s in rows if s not in outside and (s[3] >= 500 or s[3] == 0))
        latencies = [s[2] for s in outside]
        lines.append(
            f"| {kind} | {len(rows)} | {len(rows) / wall:.1f} | {_p(latencies, 0.5):.0f} | "
            f"{_p(latencies, 0.95):.0f} | {errors_out} | {errors_in} |"
        )
        ok &= errors_out == 0
        if kind == "öffentlich":
            ok &= _p(latencies, 0.95) < 300
    during = [s for t, s in health if down_start + 0.5 <= t <= down_end - 0.2]
    lines.append("")
    lines.append(
        f"PostgreSQL gestoppt {down_end - down_start:.1f} s: /healthz antwortete "
        f"{sorted(set(during))} ({len(during)} Proben, {sum(1 for s in during if s == 503)} × 503)"
    )
    if recovered_at:
        lines.append(
            f"Wieder gesund {recovered_at - down_end:.1f} s nach dem Start von PostgreSQL (ohne Neustart der App)"
        )
    else:
        lines.append("Die Seite hat sich NICHT erholt")
    ok &= bool(during) and all(s == 503 for s in during) and recovered_at is not None
    lost = {slug: marker for slug, marker in acknowledged.items() if marker not in stored.get(slug, "")}
    lines.append(
        f"Bestätigte Schreibvorgänge: letzter Stand je Partner {acknowledged}; "
        + ("alle in der Datenbank" if not lost else f"VERLOREN: {lost}")
    )
    ok &= not lost
    return "\n".join(lines), ok


STORED = """
import json
from bildungsallianz.organisations.models import Organisation
print(json.dumps({o.slug: o.description for o in Organisation.objects.filter(slug__in=%r)}))
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=120)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--restart-at", type=float, default=60)
    parser.add_argument("--down", type=float, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp, pgcluster.cluster() as pg:
        env = prodsite.production_env(Path(tmp), pg.url)
        env["DEMO_PASSWORD"] = password = "lasttest-passwort-2026"
        urls = prodsite.prepare(env)
        mix = page_mix(urls)
        recorder = Recorder()
        health: list = []
        acknowledged: dict = {}
        with prodsite.gunicorn(env, workers=5, threads=4) as base:
            for _kind, path, _w in mix:  # one visitor before the test filled the caches
                if not path.startswith("<"):
                    prodsite.request(base, path)
            started = time.time()
            stop_at = started + args.seconds
            threads = [threading.Thread(target=health_probe, args=(base, stop_at, health), daemon=True)]
            for n in range(args.users):
                rng = random.Random(n)
                threads.append(threading.Thread(target=visitor, args=(base, mix, rng, recorder, stop_at), daemon=True))
            for n, (email, slug) in enumerate(EDITORS):
                threads.append(
                    threading.Thread(
                        target=editor,
                        args=(base, email, slug, password, recorder, stop_at, acknowledged, random.Random(1000 + n)),
                        daemon=True,
                    )
                )
            for t in threads:
                t.start()
                time.sleep(0.01)  # ramp up over ~1 s
            time.sleep(max(0.0, started + args.restart_at - time.time()))
            down_start = time.time()
            pg.stop("fast")
            time.sleep(args.down)
            pg.start()
            down_end = time.time()
            for t in threads:
                t.join(timeout=args.seconds + 60)
            ended = time.time()
        slugs = [slug for _email, slug in EDITORS]
        stored = json.loads(prodsite.manage(env, "shell", "-c", STORED % slugs).strip().splitlines()[-1])
        text, ok = report(recorder, health, (down_start, down_end), started, ended, acknowledged, stored)
        print(f"\n{args.users} virtuelle Nutzer + {len(EDITORS)} Redakteure, gunicorn 5 × 4, PostgreSQL\n")
        print(text)
        goals = "0 Fehler außerhalb des Ausfalls, p95 öffentlich < 300 ms, 503 im Ausfall, Erholung, nichts verloren"
        print(f"\nZiele ({goals}):", "erreicht" if ok else "NICHT erreicht")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
