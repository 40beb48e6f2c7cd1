"""Old Gemeinde keys in imported files: real key changes of Rhineland-Palatinate (decision 0209).

Shipped facts from Destatis "Namens-, Grenz- und Schlüsseländerungen bei
Gemeinden" 2008–2016 (data/key_changes.csv; 2008–2013 in test_key_changes_2008_2013): on 1 July 2014 Bad Münster am
Stein-Ebernburg (07133007) was merged into Bad Kreuznach (07133006), and Lahr,
Mörsdorf and Zilshausen moved from Cochem-Zell to the Rhein-Hunsrück-Kreis
with new keys (07135050 → 07140502, 07135063 → 07140503, 07135094 → 07140504)
when the Verbandsgemeinde Treis-Karden was dissolved. Keys, names and dates are
the published facts; the values in the test files are arbitrary.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.monitoring.models import ImportRun, Observation, RegionKeyChange
from bildungsallianz.monitoring.services import ImportFailed, import_run_preview, import_statistics, regions_load
from bildungsallianz.monitoring.services.key_changes import key_changes_load, read_shipped
from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

pytestmark = pytest.mark.django_db

HEADER = "regionalschluessel;region_name;zeitraum;variable;unit;wert\n"


@pytest.fixture
def rlp(db):
    regions_load(gemeinden_path=GEMEINDEN_FILE, gemeinden_land="07")


def plain(*rows: str) -> bytes:
    return (HEADER + "".join(f"{r}\n" for r in rows)).encode()


def test_the_shipped_key_changes_are_loaded_with_source_and_licence(db):
    change = RegionKeyChange.objects.get(old_key="07133007")
    assert (change.new_key, change.kind, change.effective) == ("07133006", "merger", datetime.date(2014, 7, 1))
    assert change.reference == "07/2014/0002-R"
    assert change.licence == "dl-de/by-2-0" and "Destatis" in change.source
    assert RegionKeyChange.objects.count() == len(read_shipped()) == 2672
    assert key_changes_load() == 0  # idempotent


def test_an_old_key_of_a_pure_key_change_is_stored_under_todays_gemeinde(rlp):
    run = import_statistics(data=plain("07135050;Lahr;2013;EW;Anzahl;290"), filename="alt.csv", source_code="t")
    assert run.state == ImportRun.State.SUCCEEDED
    obs = Observation.objects.get()
    assert (obs.region.key, obs.region.name, obs.value) == ("07140502", "Lahr", Decimal(290))
    assert run.preview["old_keys_mapped"] == 1
    assert "1 alter Schlüssel auf heutige Gemeinden abgebildet." in run.preview["notes"]
    assert any("07135050 Lahr → 07140502 Lahr (Schlüsseländerung am 01.07.2014)" in n for n in run.preview["notes"])


def test_a_merged_gemeinde_maps_to_its_successor_and_the_preview_says_so(rlp, client, staff):
    data = plain(
        "07133007;Bad Münster am Stein-Ebernburg, Stadt;2013;EW;Anzahl;3900", "07135063;Mörsdorf;2013;EW;Anzahl;1"
    )
    run = import_run_preview(data=data, filename="alt.csv", source_code="t")
    assert run.preview["old_keys_mapped"] == 2
    client.force_login(staff)
    html = client.get(f"/cms/importlaeufe/{run.pk}/vorschau/").content.decode()
    assert "2 alte Schlüssel auf heutige Gemeinden abgebildet" in html
    assert "Zusammenschluss/Eingliederung am 01.07.2014" in html


def test_two_old_keys_that_are_one_gemeinde_today_are_refused_and_nothing_is_saved(rlp):
    data = plain("07133006;Bad Kreuznach, Stadt;2013;EW;Anzahl;44000", "07133007;Bad Münster;2013;EW;Anzahl;3900")
    with pytest.raises(ImportFailed, match="gehören heute zu derselben Gemeinde 07133006"):
        import_statistics(data=data, filename="alt.csv", source_code="t")
    assert not Observation.objects.exists()


def test_a_split_is_refused_with_a_clear_german_message(rlp):
    for new_key in ("07140502", "07140503"):  # a split entered by staff (not a real one)
        RegionKeyChange.objects.create(
            old_key="07135999", old_name="Teilort", new_key=new_key, effective=datetime.date(2020, 1, 1), kind="split"
        )
    with pytest.raises(ImportFailed) as exc:
        import_statistics(data=plain("07135999;Teilort;2019;EW;Anzahl;5"), filename="s.csv", source_code="t")
    assert "07135999 Teilort wurde am 01.01.2020 auf mehrere Gemeinden aufgeteilt" in str(exc.value.message)
    assert "keiner heutigen Gemeinde zuordnen" in str(exc.value.message)
    assert not Observation.objects.exists()


def test_chains_are_followed_and_a_current_key_is_never_remapped(rlp):
    RegionKeyChange.objects.create(
        old_key="07135888", new_key="07135050", effective=datetime.date(2010, 1, 1), kind="key_change"
    )
    RegionKeyChange.objects.create(  # a wrong staff entry for a key that is a region today changes nothing
        old_key="07140503", new_key="07140504", effective=datetime.date(2020, 1, 1), kind="key_change"
    )
    data = plain("07135888;Lahr;2009;EW;Anzahl;300", "07140503;Mörsdorf;2009;EW;Anzahl;7")
    import_statistics(data=data, filename="k.csv", source_code="t")
    assert dict(Observation.objects.values_list("region__key", "value")) == {
        "07140502": Decimal(300),
        "07140503": Decimal(7),
    }


def test_reimporting_a_file_with_old_keys_changes_nothing(rlp):
    data = plain("07135050;Lahr;2013;EW;Anzahl;290")
    import_statistics(data=data, filename="alt.csv", source_code="t")
    again = import_statistics(data=data, filename="alt.csv", source_code="t")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 1)


@pytest.mark.parametrize(
    ("old_key", "new_key", "kind", "message"),
    [
        ("0713300", "07133006", "merger", "Gemeindeschlüssel"),
        ("07133007", "07133007", "merger", "Namensänderung"),
        ("07133007", "07133006", "rename", "Schlüssel gleich"),
    ],
)
def test_a_wrong_key_change_is_refused_in_german(db, old_key, new_key, kind, message):
    change = RegionKeyChange(old_key=old_key, new_key=new_key, kind=kind, effective=datetime.date(2014, 7, 1))
    with pytest.raises(ValidationError, match=message):
        change.full_clean()


def test_staff_list_and_add_a_key_change_in_the_back_office_and_a_wrong_one_is_refused(db, client, staff):
    client.force_login(staff)
    listing = client.get("/cms/schluesselaenderungen/?q=07133007")
    assert listing.status_code == 200 and "Bad Münster am Stein-Ebernburg" in listing.content.decode()
    form = {
        "old_key": "07140503",
        "old_name": "Mörsdorf",
        "new_key": "07140503",
        "new_name": "Mörsdorf",
        "effective": "2030-01-01",
        "kind": "merger",
        "reference": "",
        "source": "Staff",
        "licence": "",
    }
    refused = client.post("/cms/schluesselaenderungen/new/", form)
    assert refused.status_code == 200 and "wählen Sie „Namensänderung“" in refused.content.decode()
    assert not RegionKeyChange.objects.filter(effective=datetime.date(2030, 1, 1)).exists()
    saved = client.post("/cms/schluesselaenderungen/new/", {**form, "new_key": "07140504"})
    assert saved.status_code == 302
    assert RegionKeyChange.objects.get(effective=datetime.date(2030, 1, 1)).new_key == "07140504"


def test_the_gemeinden_of_a_merged_kreis_keep_their_series_under_their_new_keys(db):
    """2016: Landkreise Göttingen (03152) and Osterode am Harz (03156) became the new Landkreis Göttingen (03159)."""
    regions_load(gemeinden_path=GEMEINDEN_FILE, gemeinden_land="03")
    data = plain("03152012;Göttingen, Stadt;2015;EW;Anzahl;1", "03156011;Osterode am Harz, Stadt;2015;EW;Anzahl;2")
    run = import_statistics(data=data, filename="2015.csv", source_code="t")
    assert dict(Observation.objects.values_list("region__key", "region__name")) == {
        "03159016": "Göttingen, Stadt",
        "03159026": "Osterode am Harz, Stadt",
    }
    assert any("03152012 Göttingen, Stadt → 03159016" in note for note in run.preview["notes"])


def test_load_regions_with_gemeinden_restores_the_shipped_key_changes(db, capsys):
    from django.core.management import call_command

    RegionKeyChange.objects.all().delete()
    call_command("load_regions", "--gemeinden")
    assert f"Schlüsseländerungen der Gemeinden: {len(read_shipped())} neu" in capsys.readouterr().out
    assert RegionKeyChange.objects.count() == len(read_shipped())
