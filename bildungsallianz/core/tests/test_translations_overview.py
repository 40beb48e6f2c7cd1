"""The back-office overview of the UI translations and the ``translations`` command."""

import json

import polib
import pytest
from django.core.management import call_command

from bildungsallianz.core import catalogues

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_catalogue(tmp_path, monkeypatch):
    """One app catalogue in French with a translated, a fuzzy and a missing entry."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    po.append(polib.POEntry(msgid="Angebote", msgstr="Offres", occurrences=[("views.py", "3")]))
    po.append(polib.POEntry(msgid="Filtern", msgstr="Filtrer (?)", flags=["fuzzy"], occurrences=[("a.html", "1")]))
    po.append(polib.POEntry(msgid="Merkliste", msgstr="", occurrences=[("b.html", "2")]))
    path = tmp_path / "bildungsallianz" / "demo" / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    po.save(str(path))
    catalogue = catalogues.Catalogue("demo", path.parents[3], path.parents[3] / "locale")
    monkeypatch.setattr(catalogues, "catalogues", lambda root=None: [catalogue])
    return path


def test_staff_see_per_catalogue_what_is_translated_unsure_and_missing(client, staff, demo_catalogue):
    client.force_login(staff)
    response = client.get("/cms/uebersetzungen/?sprache=fr")
    assert response.status_code == 200
    text = response.text
    assert "Français (fr)" in text and "2 offene Einträge" in text
    assert "Filtrer (?)" in text and "Merkliste" in text and "b.html:2" in text
    assert "Offres" not in text  # translated entries are only counted


def test_fill_writes_open_entries_clears_fuzzy_and_keeps_reviewed_ones(tmp_path, demo_catalogue):
    done = tmp_path / "done.json"
    done.write_text(json.dumps({"Filtern": "Filtrer", "Merkliste": "Favoris", "Angebote": "Autre"}), encoding="utf-8")
    call_command("translations", "fill", str(done), language=["fr"])
    entries = {e.msgid: e for e in polib.pofile(str(demo_catalogue))}
    assert entries["Filtern"].msgstr == "Filtrer" and "fuzzy" not in entries["Filtern"].flags
    assert entries["Merkliste"].msgstr == "Favoris"
    assert entries["Angebote"].msgstr == "Offres"
