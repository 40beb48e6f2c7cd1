"""Where the real statistics files live (outside the project, never copied)."""

from pathlib import Path

import pytest

#: /work/shared/data – ``../shared/data`` relative to the project root.
DATA_DIR = (Path(__file__).resolve().parents[3] / ".." / "shared" / "data").resolve()
CLASSIC_DIR = DATA_DIR / "genesis" / "classic"
FFCSV_DIR = DATA_DIR / "genesis" / "ffcsv"
SKIP_MESSAGE = "../shared/data fehlt: echte Statistikdateien nicht vorhanden"


def require_data() -> None:
    """Skip the calling test module when the real data folder is absent."""
    if not (CLASSIC_DIR.is_dir() and FFCSV_DIR.is_dir()):
        pytest.skip(SKIP_MESSAGE, allow_module_level=True)


def read(relative: str) -> bytes:
    """The bytes of a real file, e.g. ``read("genesis/classic/x.csv")``."""
    return (DATA_DIR / relative).read_bytes()
