"""All Gemeinden and Gemeindeverbände as regions (issue 12): loaded in bulk, matched by every key shape."""

import pytest

from bildungsallianz.monitoring.models import Observation, Region
from bildungsallianz.monitoring.services import ImportFailed, import_statistics, regions_load
from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

pytestmark = pytest.mark.django_db


@pytest.fixture
def gemeinden(db):
    return regions_load(gemeinden_path=GEMEINDEN_FILE)


@pytest.fixture
def landkreis(gemeinden, settings):
    """The platform of a Landkreis (Südwestpfalz 07340) with the indicator catalogue, pages uncached."""
    from bildungsallianz.monitoring.services import indicators_load

    indicators_load()
    settings.MUNICIPALITY_AGS = "07340"
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    return settings


def test_all_gemeinden_and_gemeindeverbaende_of_the_gemeindeverzeichnis_are_loaded_in_bulk(
    db, django_assert_max_num_queries
):
    with django_assert_max_num_queries(200):  # in bulk (172 measured), not one query per region (12,000)
        counts = regions_load(gemeinden_path=GEMEINDEN_FILE)
    gemeinden = Region.objects.filter(level=Region.Level.GEMEINDE, active=True)
    assert gemeinden.count() >= 10_800
    assert Region.objects.filter(level=Region.Level.GEMEINDEVERBAND).count() >= 1_200
    fuchshofen = Region.objects.get(key="07131022")
    assert fuchshofen.name == "Fuchshofen" and fuchshofen.parent.key == "07131" and fuchshofen.population == 97
    assert counts["created"] == Region.objects.count() - counts["agencies"]
    with django_assert_max_num_queries(16):
        again = regions_load(gemeinden_path=GEMEINDEN_FILE)
    assert (again["created"], again["changed"]) == (0, 0)


def test_a_kreisfreie_stadt_is_not_a_second_region_but_its_gemeinde_key_finds_the_kreis(gemeinden):
    assert not Region.objects.filter(key="07317000").exists()
    assert Region.objects.get(key="07317").kreis_type == Region.KreisType.KREISFREIE_STADT
    assert not Region.objects.gemeinden_of("07317").exists()


def test_a_gemeindeverband_has_its_gemeinden_as_members_and_the_landkreis_its_gemeinden_as_children(gemeinden):
    land = Region.objects.get(key="073405003")
    assert land.name == "Pirmasens-Land" and land.level == Region.Level.GEMEINDEVERBAND
    assert land.members.count() == 10 and land.members.filter(key="07340205").exists()
    assert Region.objects.gemeinden_of("07340").count() == 84


def test_a_gemeinde_level_file_with_ags_and_ars_keys_is_stored_under_the_gemeinden_and_previewed(gemeinden, settings):
    settings.MUNICIPALITY_AGS = "07317"
    # population at 31.12.2022, GV-ISys 2024Q2 (Destatis, dl-de/by-2-0), checked in test_gemeinden_published
    data = (
        "ags;jahr;wert\n"
        "073170000000;2022;40682\n"  # Pirmasens as 12-digit ARS
        "07340001;2022;280\n"  # Bobenthal
        "073405003028;2022;3676\n"  # ARS of Lemberg in the Verbandsgemeinde Pirmasens-Land
        "073405003;2022;11967\n"  # the Verbandsgemeinde itself: the sum of its 10 Gemeinden in the GV
    )
    run = import_statistics(data=data.encode(), filename="gemeinden.csv", source_code="gemeinden")
    assert run.count_new == 4
    assert Observation.objects.get(region__key="07317").value == 40682
    assert Observation.objects.get(region__key="07340001").value == 280
    assert Observation.objects.get(region__key="07340028").value == 3676
    assert Observation.objects.get(region__key="073405003").value == 11967
    assert run.preview["gemeinden_matched"] == 3
    assert run.preview["own_municipality_found"] is True
    again = import_statistics(data=data.encode(), filename="gemeinden.csv", source_code="gemeinden")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 4)


def test_without_the_gemeinden_loaded_an_unknown_gemeinde_key_names_the_command_that_loads_them(db, settings):
    regions_load()
    with pytest.raises(ImportFailed, match="load_regions --gemeinden"):
        import_statistics(data=b"ags;jahr;wert\n07340001;2022;280\n", filename="g.csv", source_code="gemeinden")


def _landkreis_values(indicator_code: str) -> dict[str, int]:
    """Indicator values 2023 for Südwestpfalz, three of its Gemeinden and a Gemeinde of another Kreis."""
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue

    indicator = Indicator.objects.get(code=indicator_code)
    values = {"07340": 950, "07340001": 12, "07340028": 31, "07340205": 7, "07131022": 99, "07": 5000, "DG": 90000}
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicator, region=Region.objects.get(key=key), period="2023", year=2023, value=value)
        for key, value in values.items()
    )
    return values


def test_the_indicator_page_of_a_landkreis_shows_its_gemeinden_in_a_chart_a_table_and_the_csv(
    landkreis, client, django_assert_max_num_queries
):
    _landkreis_values("schueler")
    names = {key: Region.objects.get(key=key).name for key in ("07340", "07340001", "07340028", "07340205")}

    client.get("/daten/schueler/")  # charts rendered and cached
    with django_assert_max_num_queries(8):
        page = client.get("/daten/schueler/").content.decode()
    section = page.split('id="gemeinden-h"')[1].split("</section>")[0]
    assert f"Gemeinden von {names['07340']}" in section
    assert "Tabelle mit 3 Gemeinden anzeigen" in section
    rows = [row for row in section.split("<tr")[2:]]
    assert names["07340"] in rows[0] and "950" in rows[0] and "monitoring-own" in rows[0]  # the Landkreis first
    assert [next(n for k, n in names.items() if k != "07340" and n in row) for row in rows[1:]] == sorted(
        n for k, n in names.items() if k != "07340"
    )
    assert "Fuchshofen" not in section  # a Gemeinde of another Kreis
    assert "3 Gemeinden mit Wert, von 7 bis 31" in section  # the chart's text alternative
    assert f"{names['07340']} insgesamt:" not in section  # a count of the whole Landkreis is not on their axis
    csv_text = client.get("/daten/schueler/csv/").content.decode("utf-8-sig")
    assert f"Gemeinden;07340028;{names['07340028']};2023;31;" in csv_text
    assert "07131022" not in csv_text.split("Gemeinden;", 1)[1]


def test_the_indicator_page_of_a_kreisfreie_stadt_has_no_gemeinden_section(gemeinden, settings, client):
    from bildungsallianz.monitoring.services import indicators_load

    indicators_load()
    settings.MUNICIPALITY_AGS = "07317"
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    _landkreis_values("schueler")
    page = client.get("/daten/schueler/").content.decode()
    assert page.count("<h1") == 1 and 'id="gemeinden-h"' not in page


def test_a_share_of_the_landkreis_stands_on_the_axis_of_its_gemeinden(landkreis, client):
    _landkreis_values("schueler-foerderschulen-anteil")
    section = client.get("/daten/schueler-foerderschulen-anteil/").content.decode().split('id="gemeinden-h"')[1]
    name = Region.objects.get(key="07340").name
    assert f"3 Gemeinden mit Wert, von 7,0 bis 31,0; {name} insgesamt: 950,0" in section.split("</section>")[0]


def test_the_gemeindeverbaende_of_a_landkreis_get_their_own_table_and_csv_rows(landkreis, client):
    """Südwestpfalz consists of Verbandsgemeinden (Pirmasens-Land 073405003): statistics published for them show too."""
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue

    indicator = Indicator.objects.get(code="schueler")
    for key, value in {"07340": 950, "073405003": 410, "073405008": 220}.items():
        IndicatorValue.objects.create(
            indicator=indicator, region=Region.objects.get(key=key), period="2023", year=2023, value=value
        )
    verband = Region.objects.get(key="073405003")
    section = client.get("/daten/schueler/").content.decode().split('id="gemeinden-h"')[1].split("</section>")[0]
    assert "Gemeinden und Gemeindeverbände von" in section
    assert "Tabelle mit 2 Gemeindeverbänden anzeigen" in section
    assert "Tabelle mit" in section and "Gemeinden anzeigen" not in section  # no Gemeinde has a value
    assert verband.name in section and "410" in section
    csv_text = client.get("/daten/schueler/csv/").content.decode("utf-8-sig")
    assert f"Gemeindeverbände;073405003;{verband.name};2023;410;" in csv_text


def test_without_a_value_of_the_landkreis_its_gemeinden_are_listed_alone_and_counted_right(landkreis, client):
    """Only a Gemeinde file imported: no "first row is the Landkreis", no Landkreis row, three Gemeinden counted."""
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue

    indicator = Indicator.objects.get(code="schueler")
    for key, value in {"07340001": 12, "07340028": 31, "07340205": 7}.items():
        IndicatorValue.objects.create(
            indicator=indicator, region=Region.objects.get(key=key), period="2023", year=2023, value=value
        )
    section = client.get("/daten/schueler/").content.decode().split('id="gemeinden-h"')[1].split("</section>")[0]
    assert "Tabelle mit 3 Gemeinden anzeigen" in section
    assert "Landkreis insgesamt" not in section and "monitoring-own" not in section
    assert "3 Gemeinden mit Wert, von 7 bis 31" in section


def test_the_csv_rows_of_the_gemeinden_do_not_repeat_the_landkreis(landkreis, client):
    """Summing the "Gemeinden" rows of a count must not add the Landkreis total (it stands under "Alle Kreise")."""
    _landkreis_values("schueler")
    rows = client.get("/daten/schueler/csv/").content.decode("utf-8-sig").splitlines()
    assert sorted(row.split(";")[1] for row in rows if row.startswith("Gemeinden;")) == [
        "07340001",
        "07340028",
        "07340205",
    ]
    assert any(row.startswith("Alle Kreise;07340;") for row in rows)
