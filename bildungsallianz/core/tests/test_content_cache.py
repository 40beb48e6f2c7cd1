"""The content cache: anonymous pages and documents stay cached until their content changes."""

import gzip
import re

import pytest
from django.db import transaction
from django.urls import reverse

from bildungsallianz.charter.models import Charter
from bildungsallianz.charter.tests.factories import CharterFactory, PrincipleFactory
from bildungsallianz.core import cache as content_cache
from bildungsallianz.core.cache import kind_of_write
from bildungsallianz.monitoring import charts

# Inside a transaction with unsaved content changes the cache is bypassed; the fixture
# runs the commit hooks of its writes, tests of invalidation run without the per-test
# transaction (like the site does).
transactional = pytest.mark.django_db(transaction=True)


@pytest.fixture
def charter(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        charter = CharterFactory(title="Charta Version eins")
        PrincipleFactory(charter=charter, title="Individuelle Förderung")
    return charter


def _get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response


def test_writes_are_attributed_to_the_app_of_their_table():
    assert kind_of_write('INSERT INTO "offers_offer" ("title") VALUES (%s)') == "offers"
    assert kind_of_write('UPDATE "charter_charter" SET "title" = %s') == "charter"
    assert kind_of_write('DELETE FROM "wagtailcore_page" WHERE id = 1') == "wagtailcore"
    assert kind_of_write('SELECT * FROM "offers_offer"') is None
    assert kind_of_write('UPDATE "cache_table" SET value = %s') is None
    assert kind_of_write('INSERT INTO "django_session" VALUES (%s)') is None


@transactional
def test_an_anonymous_page_is_served_from_the_cache_until_its_content_changes(client, charter):
    url = reverse("charter:detail")
    assert _get(client, url)["X-Page-Cache"] == "miss"
    second = _get(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert "Charta Version eins" in second.content.decode()

    Charter.objects.filter(pk=charter.pk).update(title="Charta Version zwei")

    third = _get(client, url)
    assert third["X-Page-Cache"] == "miss"
    assert "Charta Version zwei" in third.content.decode()


@transactional
def test_a_change_inside_a_transaction_invalidates_on_commit(client, charter):
    url = reverse("charter:detail")
    _get(client, url)
    with transaction.atomic():
        Charter.objects.filter(pk=charter.pk).update(title="Charta nach Commit")
    assert "Charta nach Commit" in _get(client, url).content.decode()


@transactional
def test_a_rolled_back_change_leaves_later_changes_invalidating(client, charter):
    url = reverse("charter:detail")
    with pytest.raises(RuntimeError), transaction.atomic():
        Charter.objects.filter(pk=charter.pk).update(title="Nie gespeichert")
        raise RuntimeError
    _get(client, url)
    assert _get(client, url)["X-Page-Cache"] == "hit"
    with transaction.atomic():
        Charter.objects.filter(pk=charter.pk).update(title="Später gespeichert")
    assert "Später gespeichert" in _get(client, url).content.decode()


def test_english_and_german_pages_are_cached_apart(client, charter):
    url = reverse("charter:detail")
    german = _get(client, url).content.decode()
    english = _get(client, "/en" + url).content.decode()
    assert 'lang="de"' in german and 'lang="en"' in english
    assert _get(client, "/en" + url).content.decode().startswith(english[:200])


def test_every_cached_answer_gets_a_fresh_nonce_that_matches_its_policy(client, db):
    url = reverse("offers:list")
    _get(client, url)
    nonces = set()
    for _ in range(2):
        response = _get(client, url)
        assert response["X-Page-Cache"] == "hit"
        policy_nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        html = response.content.decode()
        assert "__csp_nonce_placeholder__" not in html
        assert set(re.findall(r'nonce="([^"]+)"', html)) == {policy_nonce}
        nonces.add(policy_nonce)
    assert len(nonces) == 2


def test_logged_in_users_never_get_or_fill_cached_pages(client, charter, editor_a):
    url = reverse("charter:detail")
    client.force_login(editor_a)
    for _ in range(2):
        assert "X-Page-Cache" not in _get(client, url)


def test_visitors_with_a_cookie_a_page_could_depend_on_get_it_rendered(client, charter):
    url = reverse("charter:detail")
    _get(client, url)
    client.cookies["werkstatt_punkte"] = "signed-value"
    assert "X-Page-Cache" not in _get(client, url)
    del client.cookies["werkstatt_punkte"]
    client.cookies["csrftoken"] = "x" * 32
    assert _get(client, url)["X-Page-Cache"] == "hit"


def test_pages_with_a_csrf_protected_form_are_not_cached(client, charter):
    url = reverse("charter:join")
    for _ in range(2):
        response = _get(client, url)
        assert "X-Page-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_public_html_is_compressed_but_forms_with_a_csrf_token_are_not(client, charter):
    page = _get(client, reverse("charter:detail"), HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"
    assert b"Charta Version eins" in gzip.decompress(page.content)
    form = _get(client, reverse("charter:join"), HTTP_ACCEPT_ENCODING="gzip")
    assert not form.has_header("Content-Encoding")


@transactional
def test_the_charter_pdf_is_generated_once_per_charter_state(client, charter, monkeypatch):
    import weasyprint

    calls = []
    original = weasyprint.HTML.write_pdf

    def counting(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", counting)
    url = reverse("charter:pdf")
    first = _get(client, url).content
    assert _get(client, url).content == first
    assert len(calls) == 1
    PrincipleFactory(charter=charter, title="Neuer Grundsatz")
    _get(client, url)
    assert len(calls) == 2


@transactional
def test_the_charter_pdf_is_cached_for_logged_in_users_too(client, charter, editor_a, monkeypatch):
    import weasyprint

    calls = []
    original = weasyprint.HTML.write_pdf
    monkeypatch.setattr(weasyprint.HTML, "write_pdf", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    client.force_login(editor_a)
    _get(client, reverse("charter:pdf"))
    _get(client, reverse("charter:pdf"))
    assert len(calls) == 1


@transactional
def test_charts_are_built_once_per_state_of_the_monitoring_data():
    from bildungsallianz.monitoring.models import Region

    built = []

    def build():
        built.append(1)
        return []

    assert charts.cached_charts("test", build) == []
    assert charts.cached_charts("test", build) == []
    assert len(built) == 1
    Region.objects.create(key="99999", name="Testkreis", level="kreis")
    charts.cached_charts("test", build)
    assert len(built) == 2


@transactional
def test_values_are_not_cached_while_the_own_transaction_has_unsaved_changes(charter):
    built = []
    with transaction.atomic():
        Charter.objects.filter(pk=charter.pk).update(title="Noch nicht gespeichert")
        content_cache.cached("x", lambda: built.append(1), kinds=("charter",))
        content_cache.cached("x", lambda: built.append(1), kinds=("charter",))
    assert len(built) == 2
