"""Locating addresses without a third-party service (issue 15).

The platform ships the centre point, seat postcode and population of every German
Gemeinde (``core/data/gemeinden.csv.gz``, extracted from the Gemeindeverzeichnis by
``scripts/extract_gemeinde_points.py``; dl-de/by-2-0). An address is located at the
centre of its Gemeinde: by the town name (with or without umlauts, "Stadt" suffixes or
brackets), else by the postcode — the exact seat postcode, or the largest Gemeinde of
the nearest postcode area. That is precise to a few kilometres, enough for a map of
the region and a distance filter; editors can still correct a point (offer import).

No network, no database: the table (11,000 rows) is read once per process.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "gemeinden.csv.gz"
EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = 111.2


@dataclass(frozen=True)
class Gemeinde:
    key: str
    name: str
    postcode: str
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str  # what was found, e.g. "Pirmasens, Stadt"
    precision: str  # "gemeinde": the town was recognised; "postleitzahl": only the postcode area


def _folded(text: str, *, umlauts_as_e: bool) -> str:
    text = text.casefold().replace("ß", "ss")
    if umlauts_as_e:
        text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def name_keys(name: str) -> set[str]:
    """Search keys of a town name: "Bell (Hunsrück)" → "bell hunsrueck", "bell hunsruck", "bell"."""
    base = name.split(",")[0]  # "Pirmasens, Stadt" → "Pirmasens"
    variants = {base, re.sub(r"\(.*?\)", "", base)}
    variants |= {re.sub(r"\b(st|sankt)\.?\s", "sankt ", v, flags=re.I) for v in list(variants)}
    return {key for v in variants for e in (True, False) if (key := _folded(v, umlauts_as_e=e))}


@lru_cache(maxsize=1)
def gemeinden() -> tuple[Gemeinde, ...]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return tuple(
            Gemeinde(
                key=row["ags"],
                name=row["name"],
                postcode=row["plz"],
                latitude=float(row["breite"]),
                longitude=float(row["laenge"]),
                population=int(row["einwohner"] or 0),
            )
            for row in csv.DictReader(lines, delimiter=";")
        )


@lru_cache(maxsize=1)
def _by_name() -> dict[str, list[Gemeinde]]:
    index: dict[str, list[Gemeinde]] = {}
    for gemeinde in gemeinden():
        for key in name_keys(gemeinde.name):
            index.setdefault(key, []).append(gemeinde)
    for found in index.values():
        found.sort(key=lambda g: -g.population)
    return index


@lru_cache(maxsize=1)
def _by_postcode() -> dict[str, list[Gemeinde]]:
    index: dict[str, list[Gemeinde]] = {}
    for gemeinde in gemeinden():
        if gemeinde.postcode:
            index.setdefault(gemeinde.postcode, []).append(gemeinde)
    for found in index.values():
        found.sort(key=lambda g: -g.population)
    return index


def _point(gemeinde: Gemeinde, precision: str) -> Point:
    return Point(gemeinde.latitude, gemeinde.longitude, gemeinde.name, precision)


def _by_postcode_area(postcode: str) -> Gemeinde | None:
    """The largest Gemeinde whose seat postcode shares the longest leading digits (at least 4:
    a postcode area is a few kilometres wide; three digits would span a whole region, and a
    French postcode such as 57200 would land in Siegerland)."""
    index = _by_postcode()
    for digits in (5, 4):
        prefix = postcode[:digits]
        found = [g for code, gs in index.items() if code.startswith(prefix) for g in gs]
        if found:
            return max(found, key=lambda g: g.population)
    return None


@lru_cache(maxsize=1)
def _sorted_keys() -> list[str]:
    return sorted(_by_name())


@lru_cache(maxsize=1)
def _by_full_name() -> dict[str, list[Gemeinde]]:
    index: dict[str, list[Gemeinde]] = {}
    for gemeinde in gemeinden():
        for e in (True, False):
            index.setdefault(_folded(gemeinde.name.split(",")[0], umlauts_as_e=e), []).append(gemeinde)
    return index


def _named(city: str, *, exact_first: bool = True) -> list[Gemeinde]:
    """Gemeinden of a typed town name: exact, or the name's first words ("Frankfurt" → "Frankfurt
    am Main" too, "Landau" → "Landau in der Pfalz"); else names that start with it (4+ letters)."""
    index, keys = _by_name(), _sorted_keys()
    full = _by_full_name()
    exact = full.get(_folded(city, umlauts_as_e=True)) or full.get(_folded(city, umlauts_as_e=False))
    if exact and exact_first:  # the full name typed, e.g. "Frankfurt (Oder)"
        return list(exact)
    found: list[Gemeinde] = []
    for key in name_keys(city):
        found.extend(index.get(key, []))
        found.extend(g for k in _with_prefix(keys, key + " ") for g in index[k])
    if found:
        return found
    for key in name_keys(city):
        if len(key) >= 4:
            found.extend(g for k in _with_prefix(keys, key) for g in index[k])
    return found


def _with_prefix(keys: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(keys, prefix)
    matches = []
    for key in keys[start:]:
        if not key.startswith(prefix):
            break
        matches.append(key)
    return matches


@lru_cache(maxsize=4096)
def locate(*, postcode: str = "", city: str = "") -> Point | None:
    """The point of an address's Gemeinde, or None when neither town nor postcode is known."""
    postcode = re.sub(r"\D", "", postcode or "")[:5]
    candidates = _named(city or "", exact_first=not postcode)
    if candidates:
        if postcode:
            # Same name in several Länder ("Neustadt"): the one whose postcode is closest.
            best = min(candidates, key=lambda g: (_postcode_distance(g.postcode, postcode), -g.population))
        else:
            best = max(candidates, key=lambda g: g.population)
        return _point(best, "gemeinde")
    if len(postcode) == 5:
        exact = _by_postcode().get(postcode)
        if exact:
            return _point(exact[0], "gemeinde")
        area = _by_postcode_area(postcode)
        if area is not None:
            return _point(area, "postleitzahl")
    return None


def _postcode_distance(a: str, b: str) -> int:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return 5 - common


def locate_text(text: str) -> Point | None:
    """A place typed into a search box: "66953", "Pirmasens", "66953 Pirmasens", "Münchweiler"."""
    text = (text or "").strip()
    if not text:
        return None
    postcode = "".join(re.findall(r"\b\d{5}\b", text))[:5]
    city = re.sub(r"\b\d{5}\b", " ", text).strip(" ,")
    return locate(postcode=postcode, city=city)


def locate_address(text: str) -> Point | None:
    """A free-text address or venue: "Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens",
    "Berufsbildende Schule, Rodalben", "IGS Pirmasens, Aula".

    The postcode and town as typed first; otherwise each comma-separated part from the end,
    then the last word of each part (a venue is often named after its town). A town found
    only by such a guess must lie within ``GUESS_RADIUS_KM`` of the municipality: "Gasthaus
    Zum Hof" in Pirmasens is not in Hof (Saale).
    """
    text = (text or "").strip()
    typed = re.search(r"\b(\d{5})\s+([^,\d]+)", text)  # "66953 Pirmasens" inside an address
    point = locate(postcode=typed.group(1), city=typed.group(2).strip()) if typed else locate_text(text)
    if point is not None or not text:
        return point
    postcode = re.search(r"\b\d{5}\b", text)
    if postcode:
        return locate(postcode=postcode.group(0))
    parts = [part.strip() for part in reversed(text.split(",")) if part.strip()]
    home = _home()
    for candidate in parts + [part.split()[-1] for part in parts]:
        point = locate(city=candidate)
        if point is not None and (home is None or _km(home, point) <= GUESS_RADIUS_KM):
            return point
    return None


def _km(a, b) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


GUESS_RADIUS_KM = 60


def _home() -> Gemeinde | None:
    """The municipality's largest Gemeinde (``MUNICIPALITY_AGS``, a Kreis or Gemeinde key)."""
    from django.conf import settings

    return _largest_gemeinde_of("".join(ch for ch in getattr(settings, "MUNICIPALITY_AGS", "") if ch.isdigit()))


@lru_cache(maxsize=16)
def _largest_gemeinde_of(key: str) -> Gemeinde | None:
    members = [g for g in gemeinden() if key and g.key.startswith(key[:8])]
    return max(members, key=lambda g: g.population, default=None)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def box(latitude: float, longitude: float, radius_km: float) -> tuple[float, float, float, float]:
    """(south, north, west, east) of a square around a point: a cheap first filter before the distance."""
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(math.cos(math.radians(latitude)), 0.01))
    return latitude - dlat, latitude + dlat, longitude - dlon, longitude + dlon
