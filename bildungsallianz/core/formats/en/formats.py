"""English UI: day before month, 24-hour clock (British usage; Django's "en" is American)."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
#: Named formats of this project (bildungsallianz.core.templatetags.local_dates)
WEEKDAY_DATE_FORMAT = "l j F Y"
WEEKDAY_SHORT_FORMAT = "l j F"
WEEKDAY_DATETIME_FORMAT = "l d/m/Y H:i"
