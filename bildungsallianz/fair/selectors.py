"""Reads of the fair: the current edition, occupancy per slot, lists, the exhibitor directory."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, Sum

from .models import ClassRegistration, Edition, Exhibitor, Slot


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


def edition_figures(edition: Edition) -> dict[str, int]:
    """Key figures of an edition (kept per edition; shown in the back office)."""
    classes = ClassRegistration.objects.active().filter(edition=edition)
    exhibitors = Exhibitor.objects.confirmed().filter(edition=edition)
    places = exhibitors.aggregate(
        i=Sum("internship_places", default=0),
        a=Sum("apprenticeship_places", default=0),
        d=Sum("dual_study_places", default=0),
    )
    class_sums = classes.aggregate(p=Sum("pupils", default=0), s=Count("school", distinct=True), c=Count("pk"))
    return {
        "exhibitors": exhibitors.count(),
        "schools": class_sums["s"],
        "classes": class_sums["c"],
        "pupils": class_sums["p"],
        "places": places["i"] + places["a"] + places["d"],
    }


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
