"""An edition's figures as local data of the monitoring module, so /daten/ shows them over the years.

Through monitoring's one entry point for local numbers (``local_observations_replace``):
source ``bib``, one period per edition year, one variable per figure, two indicators
(pupils and exhibitors). A second call with the same figures changes no observation.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings

from bildungsallianz.monitoring.models.indicators import Theme
from bildungsallianz.monitoring.services.local import (
    LocalCell,
    LocalIndicator,
    LocalSource,
    LocalVariable,
    local_observations_replace,
)

from .selectors import figures_of

SOURCE_CODE = "bib"
# Stored content stays German (like the official sources' texts), whatever the UI language.
VARIABLES = [
    ("exhibitors", "bib-aussteller", "Aussteller (bestätigt)"),
    ("schools", "bib-schulen", "Schulen"),
    ("classes", "bib-klassen", "Schulklassen"),
    ("pupils", "bib-schuelerinnen-schueler", "Schülerinnen und Schüler"),
    ("places", "bib-plaetze", "Angebotene Plätze (Praktikum, Ausbildung, duales Studium)"),
]
INDICATORS = [
    ("bib-schuelerinnen-schueler", "Berufsinformationsbörse: Schülerinnen und Schüler"),
    ("bib-aussteller", "Berufsinformationsbörse: Aussteller"),
]


def figures_to_monitoring(*, edition, by=None, now=None):
    """Write the edition's figures into the monitoring module (returns the ImportRun).

    Raises the monitoring module's German ValidationError when the own region is not loaded.
    """
    figures = figures_of(edition)
    publisher = f"Bildungsbüro {getattr(settings, 'MUNICIPALITY_NAME', '')}".strip()
    source = LocalSource(
        code=SOURCE_CODE,
        title="Berufsinformationsbörse",
        publisher=publisher,
        method="Anmeldungen auf dieser Plattform (bestätigte Aussteller, angemeldete Klassen)",
        answers=figures.classes + figures.exhibitors,
        reference_date=f"Börse am {edition.date:%d.%m.%Y}",
    )
    variables = [LocalVariable(code, label) for _name, code, label in VARIABLES]
    cells = [LocalCell(code, {}, Decimal(getattr(figures, name))) for name, code, _label in VARIABLES]
    indicators = [
        LocalIndicator(
            code=code,
            name=name,
            definition=f"{label} der Berufsinformationsbörse je Ausgabe (eigene Zahlen, keine amtliche Statistik)",
            theme=Theme.UEBERGANG,
            variable=code,
            caveats="Zahlen der Anmeldungen auf dieser Plattform; abgesagte Klassen zählen nicht.",
        )
        for code, name in INDICATORS
        for _n, variable_code, label in VARIABLES
        if variable_code == code
    ]
    return local_observations_replace(
        source=source,
        period=str(edition.date.year),
        variables=variables,
        cells=cells,
        indicators=indicators,
        by=by,
        now=now,
    )
