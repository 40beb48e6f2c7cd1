"""Keep the offer search index in step: called by the services, never by signals."""

from __future__ import annotations

import nh3

from bildungsallianz.search import engine
from bildungsallianz.search.analysis import index_tokens
from bildungsallianz.search.analysis.foreign import foreign_tokens
from bildungsallianz.search.analysis.languages import language_tokens
from bildungsallianz.search.backends import IndexSpec

from .models import Offer, OfferIndexEntry

SPEC = IndexSpec(
    name="offers_offer", base_table="offers_offer", entry_table="offers_offerindexentry", key_column="offer_id"
)


def _translated_text(offer: Offer, names: tuple[str, ...]) -> str:
    """The text of the given fields in every translation of the offer (HTML stripped)."""
    parts = []
    for fields in (offer.translations or {}).values():
        for name in names:
            text = (fields or {}).get(name) or ""
            parts.append(nh3.clean(text, tags=set()) if name == "description" else text)
    return " ".join(part for part in parts if part)


def offer_document(offer: Offer) -> tuple[str, str]:
    """(title tokens, body tokens) of one offer; needs provider, m2m and places loaded.

    Fields of action are left out on purpose: their titles ("... in der Bildung")
    sit on most offers and would only add noise; they are a filter instead.
    """
    occupations = [o.short_title or o.title for o in offer.occupations.all()]
    title = " ".join([offer.title, offer.get_offer_type_display(), *occupations])
    body_parts = [
        offer.summary,
        nh3.clean(offer.description or "", tags=set()),
        offer.provider.name,
        offer.provider.short_name,
        *[g.name for g in offer.target_groups.all()],
        *[f"{p.name} {p.street} {p.city}" for p in offer.places.all()],
        offer.schedule_note,
        offer.accessibility_note,
        offer.cost_note,
        "online" if offer.is_online else "",
    ]
    body_parts.append(offer.plain_summary)
    body = " ".join(part for part in body_parts if part)
    # translations: folded, unstemmed tokens of their own (search.analysis.foreign), never German stems
    title_tokens = [*index_tokens(title), *foreign_tokens(_translated_text(offer, ("title",)))]
    foreign_body = foreign_tokens(_translated_text(offer, ("summary", "plain_summary", "description")))
    # languages are a facet: reserved tokens, not the words "Deutsch", "Arabisch" as text
    return " ".join(title_tokens), " ".join([*index_tokens(body), *foreign_body, *language_tokens(offer.language_list)])


def _prefetched(queryset):
    return queryset.select_related("provider").prefetch_related("occupations", "target_groups", "places")


def index_offers(offer_ids) -> int:
    """(Re)index the given offers: published ones are written, others removed."""
    ids = list(offer_ids)
    if not ids:
        return 0
    offers = list(_prefetched(Offer.objects.published().filter(pk__in=ids)))
    published = {offer.pk for offer in offers}
    unindex_offers([pk for pk in ids if pk not in published])
    rows = [(offer.pk, *offer_document(offer)) for offer in offers]
    words: set[str] = set()
    for offer in offers:
        words |= engine.surface_words(f"{offer.title} {offer.summary} {nh3.clean(offer.description or '', tags=set())}")
    OfferIndexEntry.objects.filter(offer_id__in=published).delete()
    OfferIndexEntry.objects.bulk_create(
        [OfferIndexEntry(offer_id=pk, title=title, body=body) for pk, title, body in rows], batch_size=500
    )
    engine.index_write(SPEC, rows, words=words)
    return len(rows)


def unindex_offers(offer_ids) -> None:
    ids = list(offer_ids)
    if ids:
        OfferIndexEntry.objects.filter(offer_id__in=ids).delete()
        engine.index_delete(SPEC, ids)


def rebuild_index(batch_size: int = 1000) -> int:
    OfferIndexEntry.objects.all().delete()
    engine.index_clear(SPEC)
    total = 0
    ids = list(Offer.objects.published().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        total += index_offers(ids[start : start + batch_size])
    return total
