"""Run every benchmark in bench/ (files named bench_*.py with a main()).

Each benchmark measures its own baseline in the same run (a bare Django view,
DuckDB reading the same CSV, …) and prints ratios against it. Usage:

    make bench                     # all
    .venv/bin/python bench/run.py offers   # only files whose name contains "offers"

Every benchmark runs in a process of its own: Django is configured once per
process (a second benchmark would inherit the first one's temporary database
directory), and a heap left by one benchmark slows the next one's Python
allocations by up to half (measured: the parse of the largest statistics file
took 27 ms in a fresh process and 36 ms after another set-up; docs/benchmarks.md).
"""

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def run_one(path: Path) -> int:
    """Run the ``main()`` of one benchmark file in this process; 1 if it failed."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        module.main()
    except SystemExit as exc:
        return 1 if exc.code else 0
    except Exception as exc:  # report; the runner goes on with the next benchmark
        print(f"FEHLER in {path.name}: {exc!r}", flush=True)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if argv[1:2] == ["--one"]:
        return run_one(Path(argv[2]))
    wanted = argv[1:]
    files = sorted(HERE.glob("bench_*.py"))
    if wanted:
        files = [f for f in files if any(w in f.stem for w in wanted)]
    if not files:
        print("Keine Benchmarks gefunden.")
        return 1
    failures = 0
    for path in files:
        print(f"\n=== {path.stem} ===", flush=True)
        started = time.perf_counter()
        failures += subprocess.run([sys.executable, __file__, "--one", str(path)], check=False).returncode != 0
        print(f"({path.stem}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
