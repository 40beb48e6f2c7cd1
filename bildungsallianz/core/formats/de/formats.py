"""German UI: Django's "de" formats, plus this project's named formats with the weekday."""

WEEKDAY_DATE_FORMAT = "l, j. F Y"
WEEKDAY_SHORT_FORMAT = "l, d.m."
WEEKDAY_DATETIME_FORMAT = "l, d.m.Y H:i"
