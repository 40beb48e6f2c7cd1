"""Fetching from the GENESIS web service through the normal import path – recorded answers, never the network."""

import urllib.parse
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bildungsallianz.monitoring.models import Observation
from bildungsallianz.monitoring.services import ImportFailed
from bildungsallianz.monitoring.services.genesis import genesis_fetch, genesis_tables

from .realdata import read, require_data

pytestmark = pytest.mark.django_db

#: Recorded: the GENESIS answer when a table does not exist (format of the 2020 REST interface).
NOT_FOUND = (
    b'{"Ident":{"Service":"data","Method":"tablefile"},"Status":{"Code":104,'
    b'"Content":"Es gibt keine Objekte zum angegebenen Selektionskriterium.","Type":"Information"}}'
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch, settings):
    def refuse(*args, **kwargs):
        raise AssertionError("Tests dürfen das Netz nicht benutzen")

    monkeypatch.setattr("urllib.request.urlopen", refuse)
    settings.GENESIS_USERNAME, settings.GENESIS_PASSWORD = "nutzer", "geheim"
    settings.GENESIS_ONLINE_USERNAME, settings.GENESIS_ONLINE_PASSWORD = "", ""


class Recorded:
    """An opener that answers from recorded responses and remembers what was asked."""

    def __init__(self, answers):
        self.answers, self.asked = answers, []

    def __call__(self, url, body, headers):
        form = dict(urllib.parse.parse_qsl(body.decode()))
        self.asked.append((url, form, headers))
        return self.answers[form["name"]]


def test_the_tables_of_published_indicators_are_fetched_as_flat_files_and_imported(catalogue, settings):
    require_data()
    settings.MUNICIPALITY_AGS = "07317"
    recorded = Recorded({"12411-01-01-4": read("genesis/ffcsv/12411-01-01-4_2024_new.csv")})
    [result] = genesis_fetch(tables=["12411-01-01-4"], opener=recorded)
    assert result.state == "imported" and result.new > 0
    url, form, headers = recorded.asked[0]
    assert url == "https://www.regionalstatistik.de/genesisws/rest/2020/data/tablefile"
    # since 30 June 2025 the services take the credentials in the headers only (POST)
    assert (headers["username"], headers["password"]) == ("nutzer", "geheim")
    assert "geheim" not in url and "username" not in form and "password" not in form
    assert form["format"] == "ffcsv" and form["name"] == "12411-01-01-4"
    population = Observation.objects.get(region__key="07317", period="2024-12-31", breakdown_key="")
    assert population.value == Decimal(39761)  # published 31.12.2024
    [again] = genesis_fetch(tables=["12411-01-01-4"], opener=recorded)
    assert again.state == "unchanged"


def test_an_error_answer_is_reported_per_table_in_german_and_the_others_still_import(catalogue):
    require_data()
    recorded = Recorded({"99999-01-01-4": NOT_FOUND, "12411-01-01-4": read("genesis/ffcsv/12411-01-01-4_2024_new.csv")})
    failed, imported = genesis_fetch(tables=["99999-01-01-4", "12411-01-01-4"], opener=recorded)
    assert failed.state == "failed" and "Der Webservice meldet: 104: Es gibt keine Objekte" in failed.message
    assert imported.state == "imported"


def test_a_zipped_answer_is_imported_like_the_csv_in_it(catalogue):
    require_data()
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("12411-01-01-4_flat.csv", read("genesis/ffcsv/12411-01-01-4_2024_new.csv"))
    [result] = genesis_fetch(tables=["12411-01-01-4"], opener=Recorded({"12411-01-01-4": packed.getvalue()}))
    assert result.state == "imported" and result.new > 0
    assert Observation.objects.get(region__key="07317", period="2024-12-31", breakdown_key="").value == 39761


def test_a_table_of_genesis_online_is_asked_at_destatis_with_its_own_credentials(catalogue, settings):
    settings.GENESIS_ONLINE_USERNAME, settings.GENESIS_ONLINE_PASSWORD = "api-token-123", ""
    recorded = Recorded({"12411-0010": NOT_FOUND, "99999-01-01-4": NOT_FOUND})
    online, regional = genesis_fetch(tables=["12411-0010", "99999-01-01-4"], opener=recorded)
    assert recorded.asked[0][0] == "https://www-genesis.destatis.de/genesisWS/rest/2020/data/tablefile"
    assert recorded.asked[0][2]["username"] == "api-token-123" and recorded.asked[0][2]["password"] == ""
    assert recorded.asked[1][0].startswith("https://www.regionalstatistik.de/")
    assert recorded.asked[1][2]["username"] == "nutzer"
    assert online.state == regional.state == "failed" and "104" in online.message


def test_a_table_whose_service_has_no_credentials_fails_alone(catalogue):
    recorded = Recorded({"99999-01-01-4": NOT_FOUND})
    online, regional = genesis_fetch(tables=["12411-0010", "99999-01-01-4"], opener=recorded)
    assert online.state == "failed" and "Für GENESIS-Online fehlen die Zugangsdaten" in online.message
    assert "GENESIS_ONLINE_USERNAME" in online.message
    assert [asked[1]["name"] for asked in recorded.asked] == ["99999-01-01-4"]  # nothing sent without credentials
    assert "104" in regional.message


def test_without_credentials_the_job_stops_with_a_german_message(db, settings):
    settings.GENESIS_USERNAME = ""
    with pytest.raises(ImportFailed, match="Zugangsdaten"):
        genesis_fetch(tables=["12411-01-01-4"], opener=Recorded({}))


def test_the_default_tables_are_the_sources_of_published_indicators(demo):
    tables = dict(genesis_tables())
    assert "12411-01-01-4" in tables and "21111-02-06-4" in tables


def test_the_command_names_failed_tables_and_exits_with_an_error(catalogue, monkeypatch):
    from bildungsallianz.monitoring.services import genesis

    monkeypatch.setattr(genesis, "_urlopen", Recorded({"99999-01-01-4": NOT_FOUND}))
    with pytest.raises(CommandError, match="Nicht importiert: 99999-01-01-4"):
        call_command("genesis_fetch", "99999-01-01-4")


def test_credentials_that_cannot_stand_in_a_header_fail_with_a_message_that_does_not_repeat_them(catalogue, settings):
    settings.GENESIS_PASSWORD = "gehe€im"
    recorded = Recorded({})
    [result] = genesis_fetch(tables=["12411-01-01-4"], opener=recorded)
    assert result.state == "failed" and "API-Token" in result.message and "gehe€im" not in result.message
    assert recorded.asked == []  # nothing was sent
    settings.GENESIS_PASSWORD = "geheim\n"  # a trailing line break from a secrets file is stripped
    genesis_fetch(tables=["99999-01-01-4"], opener=(recorded := Recorded({"99999-01-01-4": NOT_FOUND})))
    assert recorded.asked[0][2]["password"] == "geheim"


def test_an_error_raised_by_the_http_library_fails_the_table_without_its_message(catalogue):
    def opener(url, body, headers):
        raise ValueError(f"Invalid header value {headers['password']!r}")

    [result] = genesis_fetch(tables=["99999-01-01-4"], opener=opener)
    assert result.state == "failed" and "ValueError" in result.message and "geheim" not in result.message


def test_a_zipped_answer_named_tablefile_keeps_the_table_code_of_the_request():
    require_data()
    import io
    import zipfile

    from bildungsallianz.monitoring.parsers import parse_file

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("tablefile.csv", read("genesis/ffcsv/12411-01-01-4_2024_new.csv"))
    # genesis_fetch names the answer after the table it asked for
    assert parse_file(packed.getvalue(), filename="12411-01-01-4_genesis.csv").table_code == "12411-01-01-4"
