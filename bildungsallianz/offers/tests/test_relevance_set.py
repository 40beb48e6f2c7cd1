"""Relevance of German offer search on the demo data, on whichever engine the suite runs.

Prints recall@10 and MRR (run with -s to see them) and keeps them from dropping.
"""

import json
from pathlib import Path

import pytest
from django.db import connection

from bildungsallianz.offers.selectors import offer_search
from bildungsallianz.search.relevance import mean_reciprocal_rank, recall_at_k

QUERIES = json.loads((Path(__file__).with_name("relevance_queries.json")).read_text(encoding="utf-8"))["queries"]


@pytest.fixture
def demo_offers(db):
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()


def test_the_relevance_set_has_at_least_forty_queries_with_existing_offers(demo_offers):
    from bildungsallianz.offers.models import Offer

    assert len(QUERIES) >= 40
    slugs = set(Offer.objects.published().values_list("slug", flat=True))
    missing = {s for q in QUERIES for s in q["expected"]} - slugs
    assert missing == set()


def test_german_search_finds_the_expected_offers_on_this_engine(demo_offers):
    runs, recalls, misses = [], [], []
    for item in QUERIES:
        result = offer_search(filters={"q": item["query"]}, page_size=10)
        ranked = [offer.slug for offer in result.page]
        recalls.append(recall_at_k(ranked, item["expected"], k=10))
        runs.append((ranked, item["expected"]))
        if recalls[-1] < 1:
            misses.append(f"{item['query']!r}: erwartet {item['expected']}, gefunden {ranked}")
    recall = sum(recalls) / len(recalls)
    mrr = mean_reciprocal_rank(runs)
    print(f"\nRelevanz ({connection.vendor}, {len(QUERIES)} Anfragen): recall@10 = {recall:.3f}, MRR = {mrr:.3f}")
    for miss in misses:
        print("  nicht vollständig:", miss)
    assert recall >= 0.9, "\n".join(misses)
    assert mrr >= 0.75, "\n".join(misses)
