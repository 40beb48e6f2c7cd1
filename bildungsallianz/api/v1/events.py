"""Published events (Veranstaltungen) and the editions of the career fair with their exhibitors."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, Router, Schema

from bildungsallianz.core.translations.display import public_translations
from bildungsallianz.events.models import Event
from bildungsallianz.fair.models import Edition, Exhibitor

from ..pagination import page
from .common import OrganisationRef, TaxonomyRef, org_ref

router = Router(tags=["Veranstaltungen und Berufsinformationsbörse"])


class EventOut(Schema):
    slug: str
    title: str
    summary: str
    description: str
    translations: dict[str, dict[str, str]] = Field(
        description="Übersetzungen je Inhaltssprache (ISO 639-1), je Feld title, summary, description"
    )
    event_type: str
    event_type_label: str
    organiser: OrganisationRef
    starts_at: str
    ends_at: str
    recurrence: str
    repeat_until: str | None
    venue: str
    is_online: bool
    accessibility: str
    target_groups: list[TaxonomyRef]
    fields_of_action: list[TaxonomyRef]
    registration_mode: str
    url: str
    ical_url: str


class EventPage(Schema):
    items: list[EventOut]
    next: str | None


class SlotOut(Schema):
    position: int
    starts_at: str
    ends_at: str


class EditionOut(Schema):
    slug: str
    title: str
    date: str
    venue: str
    slots: list[SlotOut]
    url: str


class ExhibitorOut(Schema):
    organisation: OrganisationRef
    stand_number: str
    occupations: list[TaxonomyRef]
    internship_places: int
    apprenticeship_places: int
    dual_study_places: int


def _events():
    return Event.objects.published().select_related("organiser").prefetch_related("target_groups", "fields_of_action")


def _event(request, e) -> dict:
    ical = reverse("events:ics", args=[e.slug])
    return {
        "slug": e.slug,
        "title": e.title,
        "summary": e.summary,
        "description": e.description,
        "translations": public_translations(e.translations, e.translatable_fields),
        "event_type": e.event_type,
        "event_type_label": str(e.get_event_type_display()),
        "organiser": org_ref(request, e.organiser),
        "starts_at": e.starts_at.isoformat(),
        "ends_at": e.ends_at.isoformat(),
        "recurrence": e.recurrence,
        "repeat_until": e.repeat_until.isoformat() if e.repeat_until else None,
        "venue": e.venue,
        "is_online": e.is_online,
        "accessibility": e.accessibility,
        "target_groups": [{"slug": g.slug, "title": g.name} for g in e.target_groups.all()],
        "fields_of_action": [{"slug": f.slug, "title": f.title} for f in e.fields_of_action.all()],
        "registration_mode": e.registration_mode,
        "url": request.build_absolute_uri(e.get_absolute_url()),
        "ical_url": request.build_absolute_uri(ical),
    }


@router.get("/events", response=EventPage, summary="Veröffentlichte Veranstaltungen")
def list_events(request, cursor: str | None = None, limit: int | None = None, upcoming: bool = False):
    queryset = _events()
    if upcoming:
        queryset = queryset.upcoming()
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    return {"items": [_event(request, e) for e in items], "next": next_url}


@router.get("/events/{slug}", response=EventOut, summary="Eine veröffentlichte Veranstaltung")
def get_event(request, slug: str):
    return _event(request, get_object_or_404(_events(), slug=slug))


def _editions():
    return Edition.objects.published().prefetch_related("slots")


def _edition(request, edition) -> dict:
    return {
        "slug": edition.slug,
        "title": edition.title,
        "date": edition.date.isoformat(),
        "venue": edition.venue,
        "slots": [
            {"position": s.position, "starts_at": s.starts_at.isoformat(), "ends_at": s.ends_at.isoformat()}
            for s in sorted(edition.slots.all(), key=lambda s: s.position)
        ],
        "url": request.build_absolute_uri(edition.get_absolute_url()),
    }


@router.get("/fair/editions", response=list[EditionOut], summary="Veröffentlichte Ausgaben der Berufsinformationsbörse")
def list_editions(request):
    return [_edition(request, e) for e in _editions().order_by("-date")]


@router.get("/fair/editions/{slug}", response=EditionOut, summary="Eine Ausgabe der Berufsinformationsbörse")
def get_edition(request, slug: str):
    return _edition(request, get_object_or_404(_editions(), slug=slug))


@router.get(
    "/fair/editions/{slug}/exhibitors",
    response=list[ExhibitorOut],
    summary="Bestätigte Aussteller einer Ausgabe (ohne Ansprechpersonen)",
)
def list_exhibitors(request, slug: str):
    edition = get_object_or_404(_editions(), slug=slug)
    exhibitors = (
        Exhibitor.objects.confirmed()
        .filter(edition=edition, organisation__is_public=True)
        .select_related("organisation")
        .prefetch_related("occupations")
        .order_by("organisation__name")
    )
    return [
        {
            "organisation": org_ref(request, x.organisation),
            "stand_number": x.stand_number,
            "occupations": [{"slug": o.code, "title": o.short_title or o.title} for o in x.occupations.all()],
            "internship_places": x.internship_places,
            "apprenticeship_places": x.apprenticeship_places,
            "dual_study_places": x.dual_study_places,
        }
        for x in exhibitors
    ]
