"""Today's date where the platform runs: one mechanism for "the date of ``now``"."""

from __future__ import annotations

import datetime

from django.utils import timezone


def local_date(now: datetime.datetime | None = None) -> datetime.date:
    """The date of ``now`` (default: now) in the platform's time zone (``TIME_ZONE``).

    ``timezone.now().date()`` is the UTC date: from midnight in Germany until
    01:00 (02:00 in summer) it is still yesterday. A naive datetime is taken
    as local time already.
    """
    now = now or timezone.now()
    return timezone.localdate(now) if timezone.is_aware(now) else now.date()
