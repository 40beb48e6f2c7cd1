"""A throw-away production-like site for the benchmarks: demo data, collected static files, gunicorn.

Used by bench_pages.py, loadtest.py and lighthouse.py. Everything listens on 127.0.0.1
only and lives in a temporary directory (SQLite) or a database ``bench_<name>`` created
next to ``DATABASE_URL`` and dropped afterwards (PostgreSQL).
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(tmp: Path, database_url: str = "") -> dict[str, str]:
    """DEBUG=0, a real random SECRET_KEY, hashed static files; plain HTTP on 127.0.0.1."""
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "ALLOW_INSECURE_DEV_KEY", "SECRET_KEY")}
    env.update(
        DJANGO_SETTINGS_MODULE="bildungsallianz.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=database_url,
        DATA_DIR=str(tmp),
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        MANIFEST_STATIC="1",
        SECURE_SSL_REDIRECT="0",  # the benchmark speaks plain HTTP; production sits behind TLS
        SECURE_COOKIES="0",
        LOG_LEVEL="ERROR",
        GUNICORN_ACCESSLOG="",
        GUNICORN_LOGLEVEL="warning",
        # No worker recycling in a measurement: a worker restarting on this loaded 2-core
        # machine takes seconds and stalls the clients' kept-alive connections to it.
        GUNICORN_MAX_REQUESTS="0",
    )
    return env


def manage(env: dict, *args: str, check: bool = True) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800
    )
    if check and result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


@contextmanager
def database(name: str):
    """``DATABASE_URL`` for the benchmark: a fresh PostgreSQL database next to the given one, or SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        yield ""
        return
    import psycopg

    parts = urlsplit(base)
    db = f"bench_{name}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')
    try:
        yield urlunsplit(parts._replace(path="/" + db))
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def prepare(env: dict) -> dict:
    """Migrate, seed the Pirmasens demo data, collect static files; return sample URLs."""
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "createcachetable")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    out = manage(env, "shell", "-c", SAMPLE_URLS)
    urls = json.loads(out.strip().splitlines()[-1])
    print(f"Site vorbereitet in {time.perf_counter() - started:.0f} s", flush=True)
    return urls


SAMPLE_URLS = """
import json
from bildungsallianz.offers.models import Offer
from bildungsallianz.organisations.models import Organisation
from bildungsallianz.monitoring.models import Indicator
offer = Offer.objects.published().order_by("pk").values_list("slug", flat=True).first()
org = Organisation.objects.filter(is_public=True).order_by("pk").values_list("slug", flat=True).first()
indicator = Indicator.objects.order_by("pk").values_list("code", flat=True).first()
print(json.dumps({"offer": offer, "organisation": org, "indicator": indicator}))
"""


@contextmanager
def gunicorn(env: dict, *, workers: int = 2, threads: int = 4, extra_env: dict | None = None):
    """A gunicorn with the bench WSGI module on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    run_env = {
        **env,
        **(extra_env or {}),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_THREADS": str(threads),
    }
    process = subprocess.Popen(
        [GUNICORN, "-c", "deploy/gunicorn.conf.py", "bench.pages_wsgi:application"],
        cwd=ROOT,
        env=run_env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if request(base, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline or process.poll() is not None:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.3)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


_local = threading.local()


def request(base: str, path: str, *, method: str = "GET", body: bytes | None = None, headers=None):
    """(status, body bytes, response headers) over one kept-alive connection per thread."""
    host = urlsplit(base).netloc
    conns = _local.__dict__.setdefault("conns", {})
    for attempt in (0, 1):
        conn = conns.get(host)
        if conn is None:
            conn = conns[host] = http.client.HTTPConnection(host, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            data = response.read()
            return response.status, data, response.headers
        except (http.client.HTTPException, ConnectionError):
            conn.close()
            conns.pop(host, None)
            if attempt:
                raise
    raise AssertionError("unreachable")


def measure(base: str, path, *, seconds: float, concurrency: int, max_requests: int = 100_000, warmup: int = 3):
    """Throughput and latency of one URL (or a function of the request number) under load."""
    make = path if callable(path) else (lambda _n: path)
    for n in range(warmup):
        request(base, make(n))
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    counter = [0]
    deadline = time.perf_counter() + seconds

    def worker():
        while True:
            with lock:
                if counter[0] >= max_requests or time.perf_counter() > deadline:
                    return
                counter[0] += 1
                number = counter[0]
            start = time.perf_counter()
            try:
                status = request(base, make(number))[0]
            except OSError:  # timeout or refused: an error, not the end of the measurement
                status = 0
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors[0] += status != 200

    started = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    wall = time.perf_counter() - started
    return summary(latencies, wall, errors[0])


def measure_alternating(base: str, bare: str, make, *, seconds: float, concurrency: int) -> dict:
    """Each client alternates ``bare`` and ``make(n)``; mean latency of both, same moments."""
    request(base, make(0))
    times = {"bare": [], "page": []}
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(offset: int):
        n = offset
        while time.perf_counter() < deadline:
            n += concurrency
            for kind, path in (("bare", bare), ("page", make(n))):
                start = time.perf_counter()
                with suppress(OSError):
                    request(base, path)
                elapsed = time.perf_counter() - start
                with lock:
                    times[kind].append(elapsed)

    workers = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return {f"{kind}_mean": statistics.fmean(values) for kind, values in times.items()}


def summary(latencies: list[float], wall: float, errors: int) -> dict:
    latencies = sorted(latencies)
    if not latencies:
        return {"n": 0, "rps": 0.0, "p50": 0.0, "p95": 0.0, "errors": errors}
    return {
        "n": len(latencies),
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
        "errors": errors,
    }
