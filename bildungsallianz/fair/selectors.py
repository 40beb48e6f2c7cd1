"""Reads of the fair: the current edition, occupancy per slot, lists, figures per edition, feedback, directory."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.db.models import Avg, Count, F, Q, Sum

from .models import ClassRegistration, Edition, Exhibitor, Feedback, FeedbackRole, Rating, Slot


def current_edition(editions):
    """The next edition to come, else the latest one (from a visible queryset)."""
    return editions.order_by("-date").first()


@dataclass
class SlotLoad:
    slot: Slot
    classes: int
    people: int
    arrived_classes: int
    arrived_people: int
    capacity: int

    @property
    def free(self) -> int:
        return self.capacity - self.people

    @property
    def share(self) -> int:
        return round(100 * self.people / self.capacity) if self.capacity else 0


def slot_loads(edition: Edition) -> list[SlotLoad]:
    """People per slot (pupils + teachers) and how many have arrived, in one query."""
    arrived = Q(classes__arrived_at__isnull=False, classes__cancelled_at__isnull=True)
    active = Q(classes__cancelled_at__isnull=True)
    slots = edition.slots.annotate(
        n_classes=Count("classes", filter=active),
        n_people=Sum("classes__pupils", filter=active, default=0) + Sum("classes__teachers", filter=active, default=0),
        n_arrived=Count("classes", filter=arrived),
        n_arrived_people=Sum("classes__pupils", filter=arrived, default=0)
        + Sum("classes__teachers", filter=arrived, default=0),
    ).order_by("position")
    return [SlotLoad(s, s.n_classes, s.n_people, s.n_arrived, s.n_arrived_people, edition.hall_capacity) for s in slots]


def edition_classes(edition: Edition):
    return (
        ClassRegistration.objects.active()
        .filter(edition=edition)
        .select_related("school", "slot")
        .prefetch_related("preferred_slots", "impossible_slots")
        .order_by("slot__position", "school__name", "class_name")
    )


def classes_by_school(edition: Edition) -> list[tuple]:
    grouped: dict = {}
    for registration in edition_classes(edition).order_by("school__name", "class_name"):
        grouped.setdefault(registration.school, []).append(registration)
    return list(grouped.items())


@dataclass(frozen=True)
class EditionFigures:
    """The figures of one edition, kept for the years after (monitoring, reports)."""

    slug: str
    title: str
    date: datetime.date
    exhibitors: int  # confirmed
    schools: int
    classes: int  # not cancelled
    pupils: int
    places: int  # internship + apprenticeship + dual-study places of the confirmed exhibitors
    feedback: int  # anonymous answers after the fair
    satisfaction: float | None  # mean of "Wie zufrieden waren Sie insgesamt?" (1–5), None without answers

    @property
    def year(self) -> int:
        return self.date.year

    def counts(self) -> dict:
        """The figures as a dict (frozen into reports): exhibitors … satisfaction."""
        names = ("exhibitors", "schools", "classes", "pupils", "places", "feedback", "satisfaction")
        return {name: getattr(self, name) for name in names}


def edition_figures(editions=None) -> list[EditionFigures]:
    """Figures per edition, oldest first — published editions unless a queryset is given.

    Four queries whatever the number of editions (grouped sums per edition).
    """
    editions = list((Edition.objects.published() if editions is None else editions).order_by("date"))
    ids = [e.pk for e in editions]
    classes = {
        row["edition"]: row
        for row in ClassRegistration.objects.active()
        .filter(edition__in=ids)
        .values("edition")
        .annotate(c=Count("pk"), s=Count("school", distinct=True), p=Sum("pupils"))
    }
    exhibitors = {
        row["edition"]: row
        for row in Exhibitor.objects.confirmed()
        .filter(edition__in=ids)
        .values("edition")
        .annotate(
            n=Count("pk"),
            places=Sum(F("internship_places") + F("apprenticeship_places") + F("dual_study_places")),
        )
    }
    feedback = {
        row["edition"]: row
        for row in Feedback.objects.filter(edition__in=ids)
        .values("edition")
        .annotate(n=Count("pk"), avg=Avg("satisfaction"))
    }
    result = []
    for edition in editions:
        c, e, f = classes.get(edition.pk, {}), exhibitors.get(edition.pk, {}), feedback.get(edition.pk, {})
        result.append(
            EditionFigures(
                slug=edition.slug,
                title=edition.title,
                date=edition.date,
                exhibitors=e.get("n", 0),
                schools=c.get("s", 0),
                classes=c.get("c", 0),
                pupils=c.get("p") or 0,
                places=e.get("places") or 0,
                feedback=f.get("n", 0),
                satisfaction=round(f["avg"], 1) if f.get("avg") is not None else None,
            )
        )
    return result


def figures_of(edition: Edition) -> EditionFigures:
    """The figures of one edition (back office)."""
    return edition_figures(Edition.objects.filter(pk=edition.pk))[0]


def key_figures() -> dict[str, int]:
    """Registry ``statistics`` hook: the latest edition that has taken place (public key figures)."""
    from django.utils import timezone

    latest = Edition.objects.published().filter(date__lte=timezone.localdate()).order_by("-date").first()
    if latest is None:
        return {}
    figures = figures_of(latest)
    return {
        "bib_exhibitors": figures.exhibitors,
        "bib_schools": figures.schools,
        "bib_classes": figures.classes,
        "bib_pupils": figures.pupils,
    }


@dataclass
class FeedbackSummary:
    """Aggregated anonymous answers of one role (exhibitors or schools) for the staff."""

    role: str
    label: str
    count: int
    satisfaction: float | None
    usefulness: float | None
    would_return: int | None  # per cent
    distribution: list[tuple[str, int]]  # (rating label, answers), very good first
    comments: list[str]


def feedback_results(edition: Edition) -> list[FeedbackSummary]:
    """Per role: number of answers, means, the distribution of the overall rating and the comments."""
    rows = list(
        Feedback.objects.filter(edition=edition).values_list(
            "role", "satisfaction", "usefulness", "would_return", "comment"
        )
    )
    summaries = []
    for role, label in FeedbackRole.choices:
        mine = [r for r in rows if r[0] == role]
        n = len(mine)
        counts = {value: sum(1 for r in mine if r[1] == value) for value, _label in Rating.choices}
        summaries.append(
            FeedbackSummary(
                role=role,
                label=str(label),
                count=n,
                satisfaction=round(sum(r[1] for r in mine) / n, 1) if n else None,
                usefulness=round(sum(r[2] for r in mine) / n, 1) if n else None,
                would_return=round(100 * sum(1 for r in mine if r[3]) / n) if n else None,
                distribution=[(str(text), counts[value]) for value, text in Rating.choices],
                comments=sorted(r[4] for r in mine if r[4].strip()),
            )
        )
    return summaries


def exhibitor_directory(exhibitors, *, query: str = "", occupation: str = "", sector: str = "", places: str = ""):
    qs = exhibitors.select_related("organisation").prefetch_related("occupations")
    if query:
        qs = qs.filter(
            Q(organisation__name__icontains=query)
            | Q(occupations__title__icontains=query)
            | Q(occupations__short_title__icontains=query)
        ).distinct()
    if occupation:
        qs = qs.filter(occupations__code__startswith=occupation).distinct()
    if sector:
        qs = qs.filter(organisation__sector=sector)
    if places in ("internship_places", "apprenticeship_places", "dual_study_places"):
        qs = qs.filter(**{f"{places}__gt": 0})
    return qs.order_by("organisation__name")


def _stand_key(stand: str) -> tuple[str, int, str]:
    """Natural order of stand numbers: A2 before A10; the letters before the digits name the row."""
    match = re.match(r"^\s*([^\d]*)(\d*)(.*)$", stand)
    prefix, digits, rest = match.groups() if match else (stand, "", "")
    return (prefix.strip().upper(), int(digits) if digits else 0, rest)


@dataclass
class HallRow:
    label: str  # the letters of the stand numbers ("A"), "" when the numbers have none
    exhibitors: list


def hall_plan(exhibitors) -> list[HallRow]:
    """Confirmed exhibitors with a stand number, as rows of stands in natural order (printable plan)."""
    stands = sorted(
        (e for e in exhibitors.select_related("organisation") if e.stand_number),
        key=lambda e: _stand_key(e.stand_number),
    )
    rows: dict[str, HallRow] = {}
    for exhibitor in stands:
        label = _stand_key(exhibitor.stand_number)[0]
        rows.setdefault(label, HallRow(label=label, exhibitors=[])).exhibitors.append(exhibitor)
    return list(rows.values())
