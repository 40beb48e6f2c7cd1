"""gunicorn configuration of Bildungsallianz (production and benchmarks).

    gunicorn -c deploy/gunicorn.conf.py bildungsallianz.wsgi:application

Every value can be changed with an environment variable (GUNICORN_BIND, GUNICORN_WORKERS, …),
see docs/operations.md. The proxy in front buffers slow clients; gunicorn only talks to it.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes × threads answer requests in parallel. Each thread keeps its own database
# connection (CONN_MAX_AGE), so workers × threads must stay below PostgreSQL's max_connections.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
# A request that takes longer is killed (the charter PDF is cached after its first build).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that a slow leak never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
# Bound request line and header sizes (request bodies are bounded by Django).
limit_request_line = 8190
limit_request_fields = 100
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
proc_name = "bildungsallianz"
