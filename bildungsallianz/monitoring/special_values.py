"""The special values of official German statistics (Zeichenerklärung), defined once.

Pure Python (the parsers import it and must not need Django). Every other
place — the model choices, the legend under tables and charts, the reasons
stored with indicator values, the import preview — reads this table.
Strings are marked with :func:`gettext_noop` so ``makemessages`` collects
them; the Django side translates them lazily where they are shown.

A special value is stored as its symbol with ``value=None`` — never as 0.
"""

from __future__ import annotations

from dataclasses import dataclass


def gettext_noop(message: str) -> str:
    """Mark a string for translation without translating it here (Django's ``gettext_noop``)."""
    return message


@dataclass(frozen=True)
class SpecialValue:
    symbol: str  #: as stored and as the publisher writes it
    display: str  #: as shown on pages ("-" becomes a typographic dash)
    name: str  #: English code name (``NOTHING`` …), for the model choices
    label: str  #: German meaning (legend, preview, model choices)
    reason: str  #: why an indicator value is missing when its input carries this symbol


#: In display order. ``-`` keeps the publisher's meaning "nichts vorhanden";
#: it is never reinterpreted as 0 (see docs/monitoring.md, "Sonderzeichen").
SPECIAL_VALUE_TABLE: tuple[SpecialValue, ...] = (
    SpecialValue("-", "–", "NOTHING", gettext_noop("nichts vorhanden"), gettext_noop("nichts vorhanden (–)")),
    SpecialValue(
        ".", ".", "SECRET", gettext_noop("unbekannt oder geheim"), gettext_noop("Wert unbekannt oder geheim (.)")
    ),
    SpecialValue(
        "x", "x", "NOT_MEANINGFUL", gettext_noop("nicht sinnvoll"), gettext_noop("Aussage nicht sinnvoll (x)")
    ),
    SpecialValue(
        "/", "/", "UNRELIABLE", gettext_noop("nicht sicher genug"), gettext_noop("Wert nicht sicher genug (/)")
    ),
    SpecialValue(
        "...", "...", "NOT_YET", gettext_noop("noch nicht verfügbar"), gettext_noop("noch nicht veröffentlicht (...)")
    ),
)
BY_SYMBOL: dict[str, SpecialValue] = {sv.symbol: sv for sv in SPECIAL_VALUE_TABLE}

#: The label of a plain number (status ``""``).
NUMBER_LABEL = gettext_noop("Zahl")

#: How publishers write the symbols in their files → the stored symbol.
SPELLINGS: dict[str, str] = {**{sv.symbol: sv.symbol for sv in SPECIAL_VALUE_TABLE}, "…": "..."}

#: Extra markers accepted in Excel and plain CSV files. The Bundesagentur für
#: Arbeit writes ``*`` for values withheld for confidentiality, which is the
#: official ``.`` (geheim).
LENIENT_SPELLINGS: dict[str, str] = {**SPELLINGS, "*": "."}

#: Status → German label, the number included (untranslated; for the import preview).
LABELS: dict[str, str] = {"": NUMBER_LABEL, **{sv.symbol: sv.label for sv in SPECIAL_VALUE_TABLE}}
#: Status → symbol as displayed.
SYMBOLS: dict[str, str] = {sv.symbol: sv.display for sv in SPECIAL_VALUE_TABLE}
#: Status → reason stored with an indicator value whose input carries it.
REASONS: dict[str, str] = {sv.symbol: sv.reason for sv in SPECIAL_VALUE_TABLE}


#: Quality flags kept *with* a value (the value stays a number). The
#: Regionaldatenbank writes ``(123)``: "Aussagewert eingeschränkt, da der Wert
#: statistisch relativ unsicher ist"; GENESIS flat files carry flags in
#: ``value_q`` / ``CODE__q`` (``p`` vorläufig, ``r`` berichtigt, ``s`` geschätzt).
QUALITY_FLAGS: dict[str, str] = {
    "()": gettext_noop("Aussagewert eingeschränkt, da statistisch relativ unsicher"),
    "p": gettext_noop("vorläufiger Wert"),
    "r": gettext_noop("berichtigter Wert"),
    "s": gettext_noop("geschätzter Wert"),
}
