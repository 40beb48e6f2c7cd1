"""What people search for, aggregated (issue 15): counts per normalised query and day, no
personal data, a retention period, a staff-only back-office view and a dashboard panel."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from bildungsallianz.core.testing.matrix import LOGIN
from bildungsallianz.search.backoffice import zero_results_panel
from bildungsallianz.search.models import SearchStat
from bildungsallianz.search.selectors import search_stats_summary
from bildungsallianz.search.services import (
    STATS_RETENTION_DAYS,
    normalise_query,
    search_stats_prune,
    search_stats_record,
)
from bildungsallianz.search.tests.matrix import ROWS

DAY = datetime.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("  Frisör  ", "frisör"),
        ("Ausbildung, Pflege!", "ausbildung pflege"),
        ("ich will was mit Autos machen", "ich will was mit autos machen"),
        ("max.mustermann@example.org", ""),
        ("Rückruf 0176 12345678", ""),
        ("eins zwei drei vier fünf sechs sieben acht neun", ""),
        ("", ""),
    ],
)
def test_queries_are_normalised_and_anything_that_may_be_personal_is_not_kept(text, stored):
    assert normalise_query(text) == stored


def test_searches_are_counted_per_query_and_day_without_personal_data(db):
    search_stats_record(text="Frisör", results=0, today=DAY)
    search_stats_record(text="frisör", results=2, today=DAY)
    search_stats_record(text="Frisör", results=0, today=DAY + datetime.timedelta(days=1))
    search_stats_record(text="a@b.de", results=0, today=DAY)
    rows = list(SearchStat.objects.order_by("day").values("day", "query", "searches", "zero_results"))
    assert rows == [
        {"day": DAY, "query": "frisör", "searches": 2, "zero_results": 1},
        {"day": DAY + datetime.timedelta(days=1), "query": "frisör", "searches": 1, "zero_results": 1},
    ]
    assert {f.name for f in SearchStat._meta.get_fields()} == {"id", "day", "query", "searches", "zero_results"}


def test_statistics_older_than_the_retention_period_are_deleted(db):
    old = DAY - datetime.timedelta(days=STATS_RETENTION_DAYS + 1)
    kept = DAY - datetime.timedelta(days=STATS_RETENTION_DAYS)
    search_stats_record(text="alt", results=0, today=old)
    search_stats_record(text="neu", results=1, today=kept)
    assert search_stats_prune(today=DAY) == 1
    assert list(SearchStat.objects.values_list("query", flat=True)) == ["neu"]


def test_the_summary_lists_top_queries_and_those_without_results(db):
    for _ in range(3):
        search_stats_record(text="Praktikum", results=12, today=DAY)
    search_stats_record(text="Pferdepflege", results=0, today=DAY - datetime.timedelta(days=2))
    search_stats_record(text="Polizei", results=0, today=DAY - datetime.timedelta(days=40))
    summary = search_stats_summary(days=30, today=DAY)
    assert [row["query"] for row in summary.top] == ["praktikum", "pferdepflege"]
    assert [row["query"] for row in summary.zero] == ["pferdepflege"]
    assert (summary.searches, summary.zero_results) == (4, 1)
    assert [row["day"] for row in summary.days] == [DAY, DAY - datetime.timedelta(days=2)]


def test_a_search_on_the_portal_is_counted_once_and_paging_does_not_count(client, db, settings):
    settings.SEARCH_STATS_FLUSH_SECONDS = 0
    client.get(reverse("offers:list"), {"q": "Tierpflege"})
    client.get(reverse("offers:list"), {"q": "Tierpflege", "seite": "2"})
    client.get(reverse("offers:list"))
    stat = SearchStat.objects.get()
    assert (stat.query, stat.searches, stat.zero_results) == ("tierpflege", 1, 1)


def test_searches_are_buffered_and_written_together(db, settings):
    from bildungsallianz.search.services import search_stats_count, search_stats_flush

    settings.SEARCH_STATS_FLUSH_SECONDS = 3600
    search_stats_flush()
    search_stats_count(text="Kita", results=3)
    search_stats_count(text="kita", results=0)
    assert not SearchStat.objects.exists()
    search_stats_flush()
    stat = SearchStat.objects.get()
    assert (stat.query, stat.searches, stat.zero_results) == ("kita", 2, 1)


def test_a_search_served_from_the_page_cache_is_counted_too(client, db, settings):
    settings.SEARCH_STATS_FLUSH_SECONDS = 0
    client.get(reverse("offers:list"), {"q": "Kita"})
    response = client.get(reverse("offers:list"), {"q": "Kita"})
    assert "X-Search-Results" not in response
    assert SearchStat.objects.get().searches == 2


def test_staff_see_the_statistics_and_the_zero_results_panel(as_user, staff, rf, db):
    search_stats_record(text="Pferdepflege", results=0)
    response = as_user(staff).get(reverse("search_admin:stats"), {"tage": "7"})
    assert response.status_code == 200
    assert "pferdepflege" in response.content.decode()
    request = rf.get("/cms/")
    request.user = staff
    panel = zero_results_panel(request)
    assert panel.count == 1 and panel.items[0].label == "pferdepflege"


def test_editors_and_a_wagtail_editor_without_staff_rights_never_see_the_statistics(as_user, editor_a, db):
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor_a.groups.add(group)
    response = as_user(editor_a).get(reverse("search_admin:stats"))
    assert response.status_code == 404
    request_panel = type("R", (), {"user": editor_a})()
    assert zero_results_panel(request_panel) is None


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.url)
def test_every_search_url_answers_each_persona_as_the_matrix_says(row, persona, db):
    name, client = persona
    response = client.get(row.url)
    expected = row.expected(name)
    if expected == LOGIN:
        location = response.get("Location", "")
        assert response.status_code == 302 and ("login" in location or "anmelden" in location), f"{name} {row.url}"
    else:
        assert response.status_code == expected, f"{name} {row.url}"


def test_a_flush_of_many_different_searches_costs_a_few_statements_and_adds_to_existing_rows(
    db, settings, django_assert_max_num_queries
):

    from bildungsallianz.search.services import search_stats_count, search_stats_flush

    settings.SEARCH_STATS_FLUSH_SECONDS = 3600
    search_stats_flush()
    today = timezone.localdate()  # the day the counter uses (Berlin, not the machine's UTC date)
    SearchStat.objects.create(day=today, query="kita", searches=5, zero_results=1)
    for n in range(120):
        search_stats_count(text=f"praktikum {n}", results=n % 3)
    search_stats_count(text="Kita", results=0)
    search_stats_count(text="kita", results=2)
    with django_assert_max_num_queries(8):  # read existing, insert new, one update per increment
        search_stats_flush()
    assert SearchStat.objects.count() == 121
    kita = SearchStat.objects.get(query="kita")
    assert (kita.searches, kita.zero_results) == (7, 2)
    assert SearchStat.objects.get(query="praktikum 3").zero_results == 1
    assert SearchStat.objects.get(query="praktikum 4").zero_results == 0
