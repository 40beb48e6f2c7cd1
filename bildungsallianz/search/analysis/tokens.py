"""The token alphabet shared by every analysis step and both engines."""

from __future__ import annotations

import re
from pathlib import Path

#: Shipped word lists (lexicon, domain words, gold compound lists).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: Every token matches this pattern (full match).
TOKEN_RE = re.compile(r"[a-z0-9]+")
#: Longer tokens are cut; nothing meaningful in German offer texts is longer.
MAX_TOKEN_LENGTH = 48
#: Typo tolerance applies to words with at least this many letters.
TYPO_MIN_LENGTH = 5
