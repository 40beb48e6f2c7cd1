"""Lighthouse (mobile) and page weight of /, /angebote/ and an indicator page under gunicorn.

    make lighthouse          # installs lighthouse 12.2.3 into bench/lighthouse/ (npm ci) first

A production-like site (bench/prodsite.py: DEBUG=0, hashed and pre-compressed static
files, demo data, gunicorn) on 127.0.0.1; Lighthouse from npm drives Debian's Chromium
(CHROME_PATH, default /usr/bin/chromium) with its default mobile emulation (slow 4G,
4× CPU slowdown). Reports the performance and accessibility scores, largest contentful
paint and the bytes a first visit transfers (Lighthouse's total-byte-weight: HTML, CSS,
fonts, scripts, images, compressed as sent). Goals: performance ≥ 95, accessibility 100,
≤ 150 KB per page. Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prodsite  # noqa: E402

HERE = Path(__file__).resolve().parent
CLI = HERE / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
BUDGET_BYTES = 150 * 1024
GOALS = {"performance": 95, "accessibility": 100}


def run_lighthouse(url: str, out: Path) -> dict:
    subprocess.run(
        [
            "node",
            str(CLI),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--only-categories=performance,accessibility",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        ],
        env={**os.environ, "CHROME_PATH": CHROME},
        check=True,
        timeout=300,
    )
    report = json.loads(out.read_text())
    audits = report["audits"]
    items = audits["network-requests"]["details"]["items"]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(items),
        "by_type": _bytes_by_type(items),
        "failed_a11y": [
            a["id"]
            for a in report["categories"]["accessibility"]["auditRefs"]
            if audits[a["id"]].get("score") == 0 and a.get("weight", 0) > 0
        ],
    }


def _bytes_by_type(items) -> dict:
    totals: dict[str, int] = {}
    for item in items:
        kind = item.get("resourceType", "Other")
        totals[kind] = totals.get(kind, 0) + int(item.get("transferSize", 0))
    return totals


def main() -> int:
    if not CLI.exists():
        print("lighthouse fehlt: make lighthouse installiert es (npm ci in bench/lighthouse).")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        env = prodsite.production_env(Path(tmp))
        urls = prodsite.prepare(env)
        pages = [("Startseite", "/"), ("Angebote", "/angebote/"), ("Indikator", f"/daten/{urls['indicator']}/")]
        print("| Seite | Performance | Barrierefreiheit | LCP ms | TBT ms | CLS | Bytes (erster Besuch) | Anfragen |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        missed = 0
        with prodsite.gunicorn(env) as base:
            for label, path in pages:
                prodsite.request(base, path)  # a visitor before has filled the page cache
                result = run_lighthouse(base + path, Path(tmp) / "report.json")
                print(
                    f"| {label} `{path}` | {result['performance']} | {result['accessibility']} | "
                    f"{result['lcp_ms']:.0f} | {result['tbt_ms']:.0f} | {result['cls']:.3f} | "
                    f"{result['bytes'] / 1024:.1f} KiB | {result['requests']} |",
                    flush=True,
                )
                print(
                    f"  Bytes nach Art: {result['by_type']}"
                    + (f"; A11y: {result['failed_a11y']}" if result["failed_a11y"] else "")
                )
                missed += result["performance"] < GOALS["performance"]
                missed += result["accessibility"] < GOALS["accessibility"]
                missed += result["bytes"] > BUDGET_BYTES
        return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
