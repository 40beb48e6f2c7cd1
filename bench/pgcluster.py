"""A throw-away PostgreSQL cluster for `make ops-check` (own port, own socket dir, trust auth, 127.0.0.1).

It never touches the machine's main cluster, so the load test may restart it freely.
Runs as the system user ``postgres`` when started as root (PostgreSQL refuses root).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager, suppress
from pathlib import Path

import prodsite


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL fehlt (apt install postgresql; scripts/ensure_postgres.sh)")
    return Path(found[-1]).parent


def _as_postgres(args: list[str], **kwargs):
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


class Cluster:
    def __init__(self, root: Path, port: int):
        self.root = root
        self.data = root / "data"
        self.port = port
        self.bin = _bindir()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/bench"

    def start(self) -> None:
        _as_postgres(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.root / "server.log"),
                "-o",
                f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on",
                "-w",
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def psql(self, sql: str, db: str = "postgres") -> str:
        return _as_postgres(
            [str(self.bin.parent / "bin" / "psql"), "-h", str(self.root), "-p", str(self.port), "-d", db, "-qtAc", sql]
        ).stdout


@contextmanager
def cluster():
    root = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    node = Cluster(root, prodsite.free_port())
    _as_postgres(
        [
            str(node.bin / "initdb"),
            "-D",
            str(node.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--text-search-config=german",
        ]
    )
    node.start()
    try:
        node.psql("CREATE DATABASE bench")
        yield node
    finally:
        with suppress(subprocess.CalledProcessError):
            node.stop("immediate")
        time.sleep(0.5)
        shutil.rmtree(root, ignore_errors=True)
