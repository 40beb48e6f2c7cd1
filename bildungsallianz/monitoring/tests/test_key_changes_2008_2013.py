"""Old Gemeinde keys of 2008–2013 (decision 0209): the shipped Destatis facts map files of that vintage.

Published changes (Destatis, "Namens-, Grenz- und Schlüsseländerungen bei
Gemeinden", dl-de/by-2-0; number of the change and "statistisch wirksam"
date as listed): Irxleben (15083325) became part of the Einheitsgemeinde
Hohe Börde (15083298) on 1 January 2010 (15/2010/0015-R); Damm (13051017)
became part of Dummerstorf (13051089) on 1 June 2009 (13/2009/0003-R), which
got the key 13072029 in the Mecklenburg-Vorpommern Kreisreform on 1 September
2011 (13/2011/0010-R), like every Gemeinde of the new Kreise (Kröpelin
13051041 → 13072058); Pöhla (14191240) joined Schwarzenberg (14191300) on
1 January 2008, which became 14521550 in the Saxon Kreisreform on 1 August
2008 (14/2008/0011-R); Rieder (15085255) was incorporated into Quedlinburg in
2011, annulled, and joined Ballenstedt (15085040) on 1 December 2013;
Hilbersdorf (14522270) was split between Bobritzsch-Hilbersdorf and Freiberg
on 1 January 2012 (14/2012/0005-R). The values in the test files are arbitrary.
"""

import datetime
import importlib
from collections import Counter

import pytest
from django.apps import apps

from bildungsallianz.monitoring.models import ImportRun, Observation, RegionKeyChange
from bildungsallianz.monitoring.services import ImportFailed, import_statistics, regions_load
from bildungsallianz.monitoring.services.import_plan import _region_ids
from bildungsallianz.monitoring.services.key_changes import KeyChanges, key_changes_load, read_shipped
from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

pytestmark = pytest.mark.django_db

#: Shipped rows per year: 2008–2013 from data/output/2008.csv–2013.csv, minus 57 left out (decision 0209).
PER_YEAR = {2008: 538, 2009: 201, 2010: 595, 2011: 948, 2012: 117, 2013: 87, 2014: 61, 2015: 38, 2016: 87}


@pytest.fixture
def east(db):
    """All Gemeinden of Mecklenburg-Vorpommern, Sachsen and Sachsen-Anhalt (GV-ISys 30.06.2024)."""
    for land in ("13", "14", "15"):
        regions_load(gemeinden_path=GEMEINDEN_FILE, gemeinden_land=land)


MERGED, NEW_KEY = "Zusammenschluss/Eingliederung am", "Schlüsseländerung am"


def vintage_2010(*rows: str) -> bytes:
    return ("regionalschluessel;region_name;zeitraum;variable;unit;wert\n" + "".join(f"{r}\n" for r in rows)).encode()


def test_the_shipped_history_has_2008_to_2016_and_every_year_is_in_the_database(db):
    shipped = Counter(int(row["effective"][:4]) for row in read_shipped())
    assert shipped == PER_YEAR
    loaded = Counter(RegionKeyChange.objects.values_list("effective__year", flat=True))
    assert loaded == PER_YEAR  # migrations 0009–0011
    change = RegionKeyChange.objects.get(old_key="15083325")
    assert (change.new_key, change.kind, change.effective) == ("15083298", "merger", datetime.date(2010, 1, 1))
    assert (change.reference, change.licence) == ("15/2010/0015-R", "dl-de/by-2-0")


def test_every_shipped_change_leads_to_a_gemeinde_of_today_or_to_a_split_that_does(db):
    regions_load(gemeinden_path=GEMEINDEN_FILE)
    regions, _aliases = _region_ids()
    rows = [
        (
            r["old_key"],
            r["old_name"],
            r["new_key"],
            r["new_name"],
            datetime.date.fromisoformat(r["effective"]),
            r["kind"],
        )
        for r in read_shipped()
    ]
    history = KeyChanges([row for row in rows if row[5] != "rename"])
    dead, split_at = [], set()
    for old_key, _old, new_key, _new, _date, kind in rows:
        start = new_key if kind == "rename" or old_key in regions else old_key
        if start in regions:
            continue
        resolved, note = history.resolve(start, regions)
        if resolved is None and "aufgeteilt" in note:
            split_at.add(note.split()[0])
        elif resolved is None:
            dead.append((old_key, new_key))
    assert dead == []
    # Großbothen 2011, Hilbersdorf 2012, Vogtländisches Oberland 2012, Ziegra-Knobelsdorf 2013: all successors live on
    assert split_at == {"14729180", "14522270", "16076091", "14522610"}
    for key in split_at:
        assert all(history.resolve(new, regions)[0] or new in regions for new, *_rest in history.successors[key])


@pytest.mark.parametrize(
    ("old_key", "today", "notes"),
    [
        ("15083325", "15083298", [f"15083325 Irxleben → 15083298 Hohe Börde ({MERGED} 01.01.2010)"]),
        (
            "13051017",
            "13072029",
            [
                f"13051017 Damm → 13051089 Dummerstorf ({MERGED} 01.06.2009)",
                f"13051089 Dummerstorf → 13072029 Dummerstorf ({NEW_KEY} 01.09.2011)",
            ],
        ),
        ("13051041", "13072058", [f"13051041 Kröpelin, Stadt → 13072058 Kröpelin, Stadt ({NEW_KEY} 01.09.2011)"]),
        (
            "14191240",
            "14521550",
            [
                f"14191240 Pöhla → 14191300 Schwarzenberg/Erzgeb., Stadt ({MERGED} 01.01.2008)",
                "14191300 Schwarzenberg/Erzgeb., Stadt → 14521550 Schwarzenberg/Erzgeb., Stadt (Schlüsseländerung am "
                "01.08.2008)",
            ],
        ),
        ("15085255", "15085040", [f"15085255 Rieder → 15085040 Ballenstedt, Stadt ({MERGED} 01.12.2013)"]),
    ],
)
def test_a_gemeinde_file_of_2010_vintage_is_stored_under_todays_gemeinde(east, old_key, today, notes):
    run = import_statistics(
        data=vintage_2010(f"{old_key};alt;2009;EW;Anzahl;123"), filename="2009.csv", source_code="t"
    )
    assert run.state == ImportRun.State.SUCCEEDED
    assert list(Observation.objects.values_list("region__key", "period", "value")) == [(today, "2009", 123)]
    assert "; ".join(notes) in run.preview["notes"]


def test_a_whole_2010_file_maps_each_old_key_and_counts_them_in_the_preview(east):
    data = vintage_2010(
        "15083325;Irxleben;2009;EW;Anzahl;1",
        "13051041;Kröpelin, Stadt;2009;EW;Anzahl;2",
        "14173160;Meerane, Stadt;2009;EW;Anzahl;3",
        "15083298;Hohe Börde;2009;AL;Anzahl;4",
    )
    run = import_statistics(data=data, filename="gemeinden-2009.csv", source_code="t")
    assert run.preview["old_keys_mapped"] == 3
    assert "3 alte Schlüssel auf heutige Gemeinden abgebildet." in run.preview["notes"]
    assert sorted(Observation.objects.values_list("region__key", "value")) == [
        ("13072058", 2),
        ("14524190", 3),
        ("15083298", 1),
        ("15083298", 4),
    ]


@pytest.mark.parametrize("old_key", ["14522270", "14177230"])
def test_the_split_of_hilbersdorf_in_2012_is_refused_with_both_successors(east, old_key):
    with pytest.raises(ImportFailed) as exc:
        import_statistics(
            data=vintage_2010(f"{old_key};Hilbersdorf;2010;EW;Anzahl;5"), filename="h.csv", source_code="t"
        )
    message = str(exc.value.message)
    assert "14522270 Hilbersdorf wurde am 01.01.2012 auf mehrere Gemeinden aufgeteilt" in message
    assert "14522035 Bobritzsch-Hilbersdorf" in message and "14522180 Freiberg, Stadt" in message
    assert not Observation.objects.exists()


def test_migration_0011_adds_the_missing_rows_and_keeps_a_staff_edit(db):
    RegionKeyChange.objects.filter(effective__year__lt=2014).exclude(old_key="15083325").delete()
    RegionKeyChange.objects.filter(old_key="15083325").update(new_name="Hohe Börde (bearbeitet)")
    migration = importlib.import_module("bildungsallianz.monitoring.migrations.0011_ship_key_changes_2008_2013")
    migration.ship(apps, None)
    assert RegionKeyChange.objects.count() == sum(PER_YEAR.values())
    assert RegionKeyChange.objects.get(old_key="15083325").new_name == "Hohe Börde (bearbeitet)"
    assert key_changes_load() == 0
