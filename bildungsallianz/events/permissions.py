"""Who may see and change an event: 404 for what a user cannot see, 403 for what they may only read."""

from bildungsallianz.core.permissions import fetch_for_user, is_staff_member
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.organisations.permissions import organisations_editable_by

from .models import Event


def events_visible_to(user):
    """Published events for everyone; editors also see their organisations' events; staff see all."""
    qs = Event.objects.all()
    if is_staff_member(user):
        return qs
    published = qs.filter(status=ReviewStatus.PUBLISHED)
    if not user.is_authenticated:
        return published
    return published | qs.filter(organiser__in=organisations_editable_by(user).values("pk"))


def events_editable_by(user):
    qs = Event.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(organiser__in=organisations_editable_by(user).values("pk"))


def can_edit_event(user, event) -> bool:
    return events_editable_by(user).filter(pk=event.pk).exists()


def can_create_events(user) -> bool:
    return user.is_authenticated and organisations_editable_by(user).exists()


def can_review_events(user) -> bool:
    return is_staff_member(user)


def get_event_for_user(request, slug: str, *, edit: bool = False) -> Event:
    user = request.user
    return fetch_for_user(
        events_visible_to(user).select_related("organiser"),
        editable=events_editable_by(user) if edit else None,
        edit=edit,
        slug=slug,
    )


def can_view_event_image(user, name: str) -> bool:
    """An event image (file kind "veranstaltungsbilder") is visible with any event the user may see."""
    return events_visible_to(user).filter(image=name).exists()


def event_image_names():
    return Event.objects.exclude(image="").values_list("image", flat=True)
