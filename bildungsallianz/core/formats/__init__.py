"""Date and number formats per UI language (``FORMAT_MODULE_PATH``).

Django's own formats apply for everything not set here. Templates use the named
formats (``date:"SHORT_DATE_FORMAT"``, ``date:"DATE_FORMAT"``) — never a literal
German pattern — and ``{% load local_dates %}``/``|weekday_date`` for the formats
with the weekday, so German pages keep ``Dienstag, 03.11.2026`` and French pages
show ``mardi 3 novembre 2026``.
"""
