"""`make ops-check`: production checks that need minutes and a PostgreSQL of their own.

1. `manage.py check --deploy` with production variables: no issues.
2. The backup round trip (bildungsallianz/core/tests/test_backup_restore.py) on PostgreSQL.
3. The load test with a PostgreSQL restart (bench/loadtest.py).

Each step on a throw-away cluster (bench/pgcluster.py), 127.0.0.1 only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadtest  # noqa: E402
import pgcluster  # noqa: E402
import prodsite  # noqa: E402


def check_deploy() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        env = prodsite.production_env(Path(tmp), "postgres://bildungsallianz:x@127.0.0.1:5432/bildungsallianz")
        env.update(SECURE_SSL_REDIRECT="1", SECURE_COOKIES="1", ALLOWED_HOSTS="bildung.example.org")
        result = subprocess.run(
            [prodsite.PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=prodsite.ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    print(result.stdout.strip() or result.stderr.strip()[-2000:])
    return result.returncode == 0


def backup_round_trip() -> bool:
    with pgcluster.cluster() as pg:
        env = {**os.environ, "BACKUP_TEST_DATABASE_URL": pg.url}
        result = subprocess.run(
            [
                prodsite.PYTHON,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:randomly",
                "bildungsallianz/core/tests/test_backup_restore.py",
            ],
            cwd=prodsite.ROOT,
            env={**env, "ALLOW_INSECURE_DEV_KEY": "1", "MANIFEST_STATIC": "0", "DATABASE_URL": ""},
        )
    return result.returncode == 0


def main() -> int:
    results = {}
    print("== check --deploy ==", flush=True)
    results["check --deploy"] = check_deploy()
    print("== Sicherung und Wiederherstellung (PostgreSQL) ==", flush=True)
    results["Sicherung/Wiederherstellung"] = backup_round_trip()
    print("== Lasttest mit Neustart von PostgreSQL ==", flush=True)
    results["Lasttest"] = loadtest.main([]) == 0
    print()
    for name, ok in results.items():
        print(f"{name}: {'ok' if ok else 'FEHLGESCHLAGEN'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
