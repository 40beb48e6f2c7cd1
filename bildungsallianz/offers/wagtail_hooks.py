"""Back office for the Bildungsportal: review queue, export/import, synonyms and occupations."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.search.models import Synonym

from . import admin_views
from .models import Occupation

admin_urls = (
    [
        path("", admin_views.review_queue, name="queue"),
        path("<int:pk>/", admin_views.review_offer, name="review"),
        path("export/", admin_views.export_offers, name="export"),
        path("import/", admin_views.import_offers, name="import"),
        path("import/vorlage.csv", admin_views.import_template, name="import_template"),
    ],
    "offers_admin",
)


@hooks.register("register_admin_urls")
def register_offer_admin_urls():
    return [path("angebote-pruefen/", include(admin_urls))]


class SynonymViewSet(ModelViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Such-Synonyme")
    form_fields = ["term", "expansions", "is_active"]
    list_display = ["term", "expansions", "is_active"]
    search_fields = ["term", "expansions"]


class OccupationViewSet(ModelViewSet):
    model = Occupation
    icon = "tag"
    menu_label = _("Berufe (KldB 2010)")
    form_fields = ["code", "title", "short_title"]
    list_display = ["code", "short_title", "title"]
    search_fields = ["code", "title", "short_title"]


class PortalGroup(ViewSetGroup):
    menu_label = _("Bildungsportal")
    menu_icon = "list-ul"
    menu_order = 210
    items = (SynonymViewSet, OccupationViewSet)


@hooks.register("register_admin_viewset")
def register_portal_viewsets():
    return PortalGroup()


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_bildungsbuero


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return StaffMenuItem(_("Angebote prüfen"), reverse("offers_admin:queue"), icon_name="tasks", order=160)
