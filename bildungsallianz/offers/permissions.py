"""Who may see and change an offer: 404 for what a user cannot see, 403 for what they may only read."""

from bildungsallianz.core.permissions import fetch_for_user, is_staff_member
from bildungsallianz.organisations.permissions import organisations_editable_by

from .models import Offer


def offers_visible_to(user):
    """Published offers for everyone; editors also see all offers of their organisations; staff see all."""
    qs = Offer.objects.all()
    if is_staff_member(user):
        return qs
    published = qs.published()
    if not user.is_authenticated:
        return published
    own = qs.filter(provider__in=organisations_editable_by(user).values("pk"))
    return published | own


def offers_editable_by(user):
    qs = Offer.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(provider__in=organisations_editable_by(user).values("pk"))


def can_edit_offer(user, offer) -> bool:
    if is_staff_member(user):
        return True
    if not user.is_authenticated:
        return False
    return organisations_editable_by(user).filter(pk=offer.provider_id).exists()


def can_create_offers(user) -> bool:
    if is_staff_member(user):
        return True
    return user.is_authenticated and organisations_editable_by(user).exists()


def can_review_offers(user) -> bool:
    return is_staff_member(user)


def can_view_offer_image(user, name: str) -> bool:
    """An offer image (file kind "angebotsbilder") is visible with any offer the user may see."""
    return offers_visible_to(user).filter(image=name).exists()


def offer_image_names():
    return Offer.objects.exclude(image="").values_list("image", flat=True)


def get_offer_for_user(request, slug: str, *, edit: bool = False) -> Offer:
    """The one fetch of an offer by slug: 404 if the user cannot see it, 403 if ``edit``
    is asked and they may only read it."""
    user = request.user
    return fetch_for_user(
        offers_visible_to(user).select_related("provider"),
        editable=offers_editable_by(user) if edit else None,
        edit=edit,
        slug=slug,
    )
