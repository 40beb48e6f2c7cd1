"""local_date: the date in the platform's time zone, not the UTC date."""

import datetime

import time_machine

from bildungsallianz.core.clock import local_date


def test_the_local_date_after_midnight_in_germany_is_the_new_day_while_utc_is_still_yesterday():
    late = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)
    assert late.date() == datetime.date(2026, 11, 30)
    assert local_date(late) == datetime.date(2026, 12, 1)
    summer = datetime.datetime(2026, 6, 30, 22, 30, tzinfo=datetime.UTC)  # 00:30 CEST
    assert local_date(summer) == datetime.date(2026, 7, 1)
    assert local_date(datetime.datetime(2026, 11, 30, 23, 30)) == datetime.date(2026, 11, 30)  # naive: local already
    with time_machine.travel(late, tick=False):
        assert local_date() == datetime.date(2026, 12, 1)
