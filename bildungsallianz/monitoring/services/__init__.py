"""Writes of the monitoring module (HackSoft style: ``<entity>_<verb>``)."""

from .background import import_run_execute_or_schedule, import_run_start
from .imports import (
    ImportFailed,
    import_run_check,
    import_run_discard,
    import_run_execute,
    import_run_preview,
    import_statistics,
    upload_max_bytes,
)
from .indicators import indicators_dash_meaning_changed, indicators_load, indicators_recompute
from .regions import regions_load

__all__ = [
    "ImportFailed",
    "import_run_check",
    "import_run_discard",
    "import_run_execute_or_schedule",
    "import_run_start",
    "import_run_execute",
    "import_run_preview",
    "import_statistics",
    "indicators_dash_meaning_changed",
    "indicators_load",
    "indicators_recompute",
    "regions_load",
    "upload_max_bytes",
]
