"""Back office for partner organisations, contacts and memberships (Wagtail viewsets).

``wagtail_hooks.py`` only registers them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.accounts.models import Membership
from bildungsallianz.core.backoffice import StaffOnlyViewSetMixin

from .models import Contact, Organisation


class OrganisationViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisationen")
    form_fields = [
        "name",
        "short_name",
        "slug",
        "sector",
        "description",
        "street",
        "postcode",
        "city",
        "latitude",
        "longitude",
        "website",
        "email",
        "phone",
        "logo",
        "is_public",
    ]
    list_display = ["name", "sector", "city", "is_public"]
    list_filter = ["sector", "is_public"]
    search_fields = ["name", "short_name"]


class ContactViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Contact
    icon = "user"
    form_fields = [
        "organisation",
        "name",
        "function",
        "email",
        "phone",
        "consent_public",
        "consent_recorded_at",
        "consent_note",
    ]
    list_display = ["name", "organisation", "consent_public"]
    search_fields = ["name", "organisation__name"]


class MembershipViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Membership
    icon = "key"
    form_fields = ["user", "organisation", "role"]
    list_display = ["user", "organisation", "role"]
    list_filter = ["role"]


class PartnerGroup(ViewSetGroup):
    menu_label = _("Partner")
    menu_icon = "site"
    menu_order = 100
    items = (OrganisationViewSet, ContactViewSet, MembershipViewSet)
