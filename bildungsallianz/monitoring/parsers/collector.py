"""The one observation collector every parser fills.

Each parser reads its layout and hands every published cell to
:meth:`ObservationCollector.add`; the collector refuses a second cell for the
same (region, period, variable, breakdown) with the German "doppelte Zeile"
message, builds the :class:`ParsedObservation`, and finally turns everything
into a :class:`ParsedTable` (refusing a file without data rows).
"""

from __future__ import annotations

from decimal import Decimal

from .base import ParsedObservation, ParsedTable, ParseError, make_observation
from .limits import DEFAULT_LIMITS, too_many_values


def duplicate_message(region_key: str, period: str, pairs) -> str:
    """``doppelte Zeile für Region 07317, Zeitraum 2023, Geschlecht weiblich.``

    Without the period where the header gives it, without the region where the
    columns do (the Länder as columns).
    """
    parts = [f"Region {region_key}"] if region_key else []
    parts += [f"Zeitraum {period}"] if period else []
    parts += [f"{n} {v}" if v else f"{n} (leer)" for n, v in pairs]
    return f"doppelte Zeile für {', '.join(parts)}."


class ObservationCollector:
    """Collects the observations of one file; duplicates are a :class:`ParseError`."""

    __slots__ = ("observations", "_seen", "_append", "_name_breakdown", "_max_values")

    def __init__(self, *, name_breakdown_in_errors: bool = True, max_values: int = DEFAULT_LIMITS.max_values) -> None:
        """``name_breakdown_in_errors=False`` when the breakdown comes from a mapping, not from the row."""
        self._name_breakdown = name_breakdown_in_errors
        self._max_values = max_values
        self.observations: list[ParsedObservation] = []
        self._seen: set[tuple] = set()
        self._append = self.observations.append

    def add(
        self,
        region_key: str,
        region_name: str,
        period: str,
        variable: str,
        label: str,
        unit: str,
        breakdown: tuple[tuple[str, str], ...],
        value: Decimal | None,
        status: str,
        line: int,
        column: int,
        quality: str = "",
    ) -> None:
        """One cell, checked for a duplicate of its (region, period, variable, breakdown)."""
        key = (region_key, period, variable, breakdown)
        if key in self._seen:
            pairs = breakdown if self._name_breakdown else ()
            raise ParseError(duplicate_message(region_key, period, pairs), line=line)
        if len(self.observations) >= self._max_values:
            raise too_many_values(self._max_values, line)
        self._seen.add(key)
        self._append(
            make_observation(
                region_key, region_name, period, variable, label, unit, breakdown, value, status, line, column, quality
            )
        )

    def fast_path(self) -> tuple[set[tuple], list[ParsedObservation], int]:
        """``(seen keys, observations, max_values)`` for a parser's inner loop that appends cells itself.

        The loop must do exactly what :meth:`add` does: build the key
        ``(region_key, period, variable, breakdown)``, call :meth:`add` (which
        raises the error) when the key is already seen or ``max_values`` is
        reached, else add the key and append the observation. For a whole row
        (:meth:`claim_row`) the key is ``("row", *row_key)``.
        """
        return self._seen, self.observations, self._max_values

    def claim_row(self, row_key: tuple, region_key: str, period: str, pairs, line: int) -> None:
        """Check a whole row at once (layouts whose columns are already known to be distinct).

        The classic layout checks its column descriptions once in the header;
        a row then only needs its (region, period, labels) to be new, and its
        cells go through :meth:`add_checked` without a per-cell lookup.
        """
        key = ("row", *row_key)
        if key in self._seen:
            raise ParseError(duplicate_message(region_key, period, pairs), line=line)
        if len(self.observations) >= self._max_values:
            raise too_many_values(self._max_values, line)
        self._seen.add(key)

    def add_checked(self, *fields) -> None:
        """A cell of a row that :meth:`claim_row` has checked (fields as for :meth:`add`).

        Inner loops may instead append ``new_observation(ParsedObservation, all_twelve_fields)``
        to :attr:`observations` themselves (one call less per cell).
        """
        self._append(make_observation(*fields))

    def table(self, *, empty_line: int | None = None, empty_message: str = "", **metadata) -> ParsedTable:
        """The finished table; a file without any observation is refused."""
        if not self.observations:
            raise ParseError(
                empty_message or "Die Datei enthält keine Datenzeilen (nur die Kopfzeile).", line=empty_line
            )
        metadata.setdefault("stand", None)
        metadata.setdefault("footnotes", [])
        metadata.setdefault("copyright", None)
        return ParsedTable(observations=self.observations, **metadata)
