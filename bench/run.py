"""Run every benchmark in bench/ (files named bench_*.py with a main()).

Each benchmark measures its own baseline in the same run (a bare Django view,
DuckDB reading the same CSV, …) and prints ratios against it. Usage:

    make bench                     # all
    .venv/bin/python bench/run.py offers   # only files whose name contains "offers"
"""

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(argv: list[str]) -> int:
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
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        started = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            module.main()
        except SystemExit as exc:
            failures += bool(exc.code)
        except Exception as exc:  # report and go on with the next benchmark
            failures += 1
            print(f"FEHLER in {path.name}: {exc!r}")
        print(f"({path.stem}: {time.perf_counter() - started:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
