from django import template
from django.utils.safestring import mark_safe

from ..selectors import provider_offers
from ..services import sanitise_description

register = template.Library()


@register.filter
def offer_html(value: str) -> str:
    """Render a description: sanitised again on output (allow-list), then marked safe."""
    return mark_safe(sanitise_description(value))  # noqa: S308 - cleaned by nh3 just above


@register.inclusion_tag("offers/includes/provider_offers.html")
def offers_of_provider(organisation):
    """The provider profile's "Angebote" section."""
    return {"offers": provider_offers(organisation), "organisation": organisation}
