"""WSGI entry of the gunicorn benchmarks: the project's application plus a bare view.

The bare view (``/bench/bare/``) runs through the same server and middleware stack
(without the page cache) and is the baseline every page is compared with.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bildungsallianz.settings")

from django.conf import settings  # noqa: E402

from bildungsallianz.core import pagecache  # noqa: E402
from bildungsallianz.wsgi import application  # noqa: E402, F401

settings.ROOT_URLCONF = "bench.pages_urls"
pagecache.EXCLUDED_PREFIXES = (*pagecache.EXCLUDED_PREFIXES, "/bench/")
