"""Categories of a table: which dimension a category belongs to, totals, the unknown, qualifications.

Shared by the classic header (:mod:`.classic_header`), label columns and the
BA parser (:mod:`.ba`): ``weiblich`` → Geschlecht, ``15 bis unter 25 Jahre`` →
Altersgruppe, ``mit Hauptschulabschluss`` → Abschluss; English labels of the
English download under their German label; a header line of qualifications
read as a whole (school-leaving ``Abschluss`` beside vocational ``Berufsabschluss``).
"""

from __future__ import annotations

import re
from collections import Counter

#: Values that mean "total of this dimension".
TOTAL_VALUES = frozenset({"insgesamt", "total"})

#: Category labels of the English download, stored under their German label so
#: that a series joins across the two downloads.
ENGLISH_VALUES: dict[str, str] = {
    "male": "männlich",
    "female": "weiblich",
    "germans": "Deutsche",
    "foreigners": "Ausländer",
    "german": "deutsch",
    "foreign": "ausländisch",
}
#: Units of the English download → the German unit.
ENGLISH_UNITS: dict[str, str] = {
    "number": "Anzahl",
    "percent": "Prozent",
    "per cent": "Prozent",
    "in %": "Prozent",
    "in (%)": "Prozent",
}
_ENGLISH_AGE_RE = re.compile(r"(\d+)\s*to\s*under\s*(\d+)\s*years", re.I)


def german_value(value: str) -> str:
    """``male`` → ``männlich``, ``15 to under 25 years`` → ``15 bis unter 25 Jahre``; German stays."""
    translated = ENGLISH_VALUES.get(value.casefold())
    if translated:
        return translated
    m = _ENGLISH_AGE_RE.fullmatch(value.strip())
    return f"{m.group(1)} bis unter {m.group(2)} Jahre" if m else value


def german_unit(unit: str) -> str:
    return ENGLISH_UNITS.get(unit.strip().casefold(), unit)


_EXACT_VALUE_DIMENSIONS: dict[str, str] = {
    "weiblich": "Geschlecht",
    "männlich": "Geschlecht",
    "frauen": "Geschlecht",
    "männer": "Geschlecht",
    "divers": "Geschlecht",
    "ausländisch": "Nationalität",
    "deutsch": "Nationalität",
    "ausländer": "Nationalität",
    "ausländerinnen": "Nationalität",
    "ausländer/-innen": "Nationalität",
    "deutsche": "Nationalität",
    "schwerbehindert": "Personengruppe",
    "schwerbehinderte": "Personengruppe",
    "langzeitarbeitslos": "Personengruppe",
    "langzeitarbeitslose": "Personengruppe",
}

_AGE_RE = re.compile(
    r"(\d+\s*(bis|-)\s*(unter\s*)?\d+\s*jahre)|(unter\s*\d+\s*jahre)|(\d+\s*jahre\s*(und|oder)\s*(mehr|älter))"
)
#: Categories of a vocational or academic qualification (BA „Berufsabschluss“, IT.NRW 13111-54i
#: „ohne beruflichen Ausbildungsabschluss“ …). Not a rule of :func:`infer_dimension`: school types
#: name a Berufsausbildung too („Berufsfachschulen (vollqualifizierende Berufsausbildung)“); a whole
#: header line of qualifications decides (:func:`qualification_dimensions`).
VOCATIONAL = (
    "berufsausbildung",
    "berufsabschluss",
    "ausbildungsabschluss",
    "beruflichen abschluss",
    "beruflicher abschluss",
    "beruflichem abschluss",
    "akademische ausbildung",
    "akademischem abschluss",
    "akademischer abschluss",
    "betriebliche/schulische",
)
_SUFFIX_DIMENSIONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("abschluss", "hochschulreife", "fachhochs", "hochsch.reife", "abitur"), "Abschluss"),
    (("klassenstufe", "jahrgangsstufe", "schulbesuchsjahr"), "Klassenstufe"),
    (
        (
            "schule",
            "schulen",
            "gymnasi",
            "kolleg",
            "vorschul",
            "orientierungsstufe",
            "bildungsgäng",
        ),
        "Schulart",
    ),
)

_infer_cache: dict[str, str | None] = {}


def infer_dimension(value: str) -> str | None:
    """Guess the dimension name of a header or label value, or ``None``."""
    if value in _infer_cache:
        return _infer_cache[value]
    low = value.strip().casefold()
    result = _EXACT_VALUE_DIMENSIONS.get(low)
    if result is None:
        if _AGE_RE.search(low):
            result = "Altersgruppe"
        else:
            for needles, name in _SUFFIX_DIMENSIONS:
                if any(n in low for n in needles):
                    result = name
                    break
    if len(_infer_cache) < 10000:
        _infer_cache[value] = result
    return result


#: A category for the unknown (``unbekannt``, ``ohne Angabe``, ``Ausbildung unbekannt``): it belongs to the
#: dimension of the category before it – a bare one to any, one with a subject only to a dimension of it.
_UNKNOWN_RE = re.compile(r"^(.*?)\s*\b(unbekannt|ohne angabe|keine angabe|not stated|unknown)\s*\Z", re.I)
_UNKNOWN_SUBJECTS = {
    "Abschluss": ("abschluss", "schulabschluss", "ausbildung"),
    "Berufsabschluss": ("abschluss", "berufsabschluss", "ausbildung", "ausbildungsabschluss"),
    "Nationalität": ("staatsangehörigkeit", "nationalität"),
    "Geschlecht": ("geschlecht",),
    "Altersgruppe": ("alter",),
}


def is_unknown(value: str) -> bool:
    """A category for the unknown (``unbekannt``, ``ohne Angabe``, ``Wirtschaftszweig unbekannt``)."""
    return _UNKNOWN_RE.match(value.strip()) is not None


def unknown_joins(value: str, dimension: str | None) -> bool:
    """Whether ``value`` is the category for the unknown of ``dimension`` (the dimension of the cell before)."""
    m = _UNKNOWN_RE.match(value.strip())
    if m is None or dimension is None:
        return False
    subject = m.group(1).strip().casefold()
    return not subject or subject in _UNKNOWN_SUBJECTS.get(dimension, ())


def is_qualification(cell: str) -> bool:
    low = cell.casefold()
    return any(needle in low for needle in VOCATIONAL)


#: Degrees named on their own („Promotion“, „Bachelor“, „Master, Diplom, Magister, Staatsexamen“,
#: „Meister-/Technikerausbildung“ of the Zensus and the Mikrozensus): qualifications only in a line that
#: names a vocational one too – alone, „Promotionen“ or „Master“ may be a measure or a school type.
_DEGREE = r"(promotion|bachelor|master|diplom|magister|staatsexamen|meister(-/techniker)?(ausbildung)?|techniker)"
_DEGREE_RE = re.compile(rf"{_DEGREE}([,/;]?\s*(oder\s+|und\s+)?{_DEGREE})*(\s*\(.*\))?")


def _degree(cell: str) -> bool:
    return _DEGREE_RE.fullmatch(cell.strip().casefold()) is not None


#: School-leaving qualifications (``Abschluss``), as distinct from vocational ones (:data:`VOCATIONAL`).
#: („Fachschulabschluss“ and „Hochschulabschluss“ contain „schulabschluss“ and are vocational.)
_SCHOOL_LEAVING = (
    *("ohne schulabschluss", "hauptschul", "haupschul", "volksschul", "realschul", "abitur", "hochschulreife"),
    *("hochsch.reife", "mittlere reife", "mittlerer reife", "mittlerem abschluss", "mittlerer abschluss"),
)


def _school_leaving(cell: str) -> bool:
    low = cell.casefold()
    return any(needle in low for needle in _SCHOOL_LEAVING)


def qualification_dimensions(cells: list[str]) -> dict[int, str]:
    """Column → ``Abschluss`` or ``Berufsabschluss`` for a header line of qualifications; else empty.

    * School-leaving and vocational qualifications as two blocks side by side
      (13111-54i: five school-leaving categories, then four vocational ones, each
      adding up to the total): the block of the vocational ones is
      ``Berufsabschluss``, the other ``Abschluss`` – with their unknowns and with
      degrees that read like school ones („Fachschulabschluss“).
    * Vocational qualifications only (no school-leaving one, nothing that is no
      qualification): one dimension, ``Berufsabschluss``.
    * School-leaving qualifications with a vocational one among them („mit
      Berufsabschluss“ beside „mit Hauptschulabschluss“ – leavers of vocational
      schools): one dimension, ``Abschluss``.
    """
    categories = [(i, c.strip()) for i, c in enumerate(cells) if c.strip() and c.strip().casefold() not in TOTAL_VALUES]
    vocational = [i for i, c in categories if is_qualification(c)]
    if not vocational:
        return {}
    vocational += [i for i, c in categories if i not in vocational and _degree(c)]
    school = [i for i, c in categories if _school_leaving(c)]
    if len(school) >= 2 and len(vocational) >= 2 and (max(school) < min(vocational) or max(vocational) < min(school)):
        boundary = min(vocational) if max(school) < min(vocational) else min(school)
        first, second = (
            ("Abschluss", "Berufsabschluss") if boundary == min(vocational) else ("Berufsabschluss", "Abschluss")
        )
        return {i: first if i < boundary else second for i, _c in categories}
    if school:
        return {i: "Abschluss" for i in vocational}
    inferred = {i: infer_dimension(german_value(c)) for i, c in categories if i not in vocational}
    if set(inferred.values()) <= {"Abschluss", None}:  # nothing but qualifications (and unknowns)
        return {i: "Berufsabschluss" for i, _c in categories if i in vocational or inferred[i]}
    return {}


def label_dimension_name(values: set[str], column: int) -> str:
    """The dimension of a label column's values, else ``Merkmal Spalte N``.

    Vocational qualifications (with no school-leaving one) are ``Berufsabschluss``, as in a header line.
    """
    categories = sorted(v for v in values if v and v.casefold() not in TOTAL_VALUES)
    qualifications = qualification_dimensions(categories)
    if len(qualifications) == len(categories) and set(qualifications.values()) == {"Berufsabschluss"}:
        return "Berufsabschluss"
    votes = Counter(name for name in (infer_dimension(v) for v in values if v.casefold() not in TOTAL_VALUES) if name)
    if votes:
        return votes.most_common(1)[0][0]
    return f"Merkmal Spalte {column}"
