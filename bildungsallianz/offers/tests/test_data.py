import pytest
from django.core.management import call_command

from bildungsallianz.core.translations.models import translation_errors
from bildungsallianz.offers.models import Occupation, Offer
from bildungsallianz.offers.occupations import ATTRIBUTION, read_occupations
from bildungsallianz.offers.selectors import offer_search

from .factories import OfferFactory, publish

pytestmark = pytest.mark.django_db


def test_occupation_keys_get_their_leading_zeros_back(tmp_path):
    source = tmp_path / "kldb.csv"
    source.write_text(
        "\ufeffSchlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen\n"
        "1;2;Angehörige der regulären Streitkräfte;Streitkräfte;\n"
        "1104;5;Offiziere – hoch komplexe Tätigkeiten;Offiziere - Experte;\n"
        '81302;5;"Gesundheits- und Krankenpflege&nbsp;– fachlich";Krankenpflege-Fachkraft;\n',
        encoding="utf-8",
    )
    occupations = {o.code: o for o in read_occupations(source)}
    assert sorted(occupations) == ["01104", "81302"]
    assert occupations["81302"].title == "Gesundheits- und Krankenpflege – fachlich"


def test_the_shipped_subset_loads_and_names_its_source(capsys):
    call_command("load_occupations", "--subset")
    assert Occupation.objects.filter(code="81302").exists()
    assert ATTRIBUTION in capsys.readouterr().out


def test_the_demo_offers_load_twice_without_change():
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()
    first = (Offer.objects.count(), Offer.objects.published().count(), offer_search(filters={"q": "Pflege"}).total)
    offers_demo.seed()
    assert (
        Offer.objects.count(),
        Offer.objects.published().count(),
        offer_search(filters={"q": "Pflege"}).total,
    ) == first
    assert first[0] >= 100
    statuses = set(Offer.objects.values_list("status", flat=True))
    assert {"published", "expired", "submitted", "draft"} <= statuses
    assert Offer.objects.filter(languages__contains=",ar,").exists()
    assert Offer.objects.filter(languages__contains=",uk,").exists()
    assert Offer.objects.filter(languages__contains=",tr,").exists()


def test_the_demo_has_translated_offers_that_an_arabic_word_finds_and_seeding_twice_keeps_them():
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()
    offers_demo.seed()
    translated = Offer.objects.get(slug="jugendtreff-offene-tuer")
    assert {"ar", "uk", "en", "fr"} <= set(translated.translations) and translated.plain_summary
    assert translation_errors(translated) == []  # the demo texts pass the editors' validation
    assert "Jugendtreff „Offene Tür“" in [o.title for o in offer_search(filters={"q": "الشباب"}).page]


def test_facet_counts_follow_a_newly_published_offer():
    publish(OfferFactory(title="Pflege eins", offer_type="praktikum"))
    assert offer_search(filters={"q": "Pflege"}).facets["art"]["praktikum"] == 1
    publish(OfferFactory(title="Pflege zwei", offer_type="praktikum"))
    assert offer_search(filters={"q": "Pflege"}).facets["art"]["praktikum"] == 2


@pytest.mark.realdata
def test_the_official_kldb_file_yields_all_berufsgattungen():
    from bildungsallianz.offers.occupations import SHARED_FILE

    if not SHARED_FILE.exists():
        pytest.fail(f"{SHARED_FILE} fehlt (realdata-Test)")
    occupations = {o.code: o for o in read_occupations(SHARED_FILE)}
    assert len(occupations) == 1301
    assert occupations["01104"].short_title.startswith("Offizier")
