"""French UI: Django's "fr" formats, plus this project's named formats with the weekday."""

WEEKDAY_DATE_FORMAT = "l j F Y"
WEEKDAY_SHORT_FORMAT = "l j F"
WEEKDAY_DATETIME_FORMAT = "l d/m/Y H:i"
