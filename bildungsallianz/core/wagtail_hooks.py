"""Registers core behaviour with Wagtail (only registrations here)."""

from wagtail import hooks

from .documents import refuse_private_document
from .permissions import is_staff_member
from .workplace import WorkplacePanel, workplace_panels


@hooks.register("before_serve_document", order=-10)
def _private_documents_are_hidden(document, request):
    return refuse_private_document(document, request)


@hooks.register("register_admin_urls")
def _privacy_urls():
    from .privacy_views import urlpatterns

    return urlpatterns


@hooks.register("register_admin_menu_item")
def _privacy_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy

    from .backoffice import StaffMenuItem

    return StaffMenuItem(gettext_lazy("Datenschutz"), reverse("privacy_person"), icon_name="user", order=9000)


@hooks.register("register_admin_urls")
def _translations_urls():
    from .translations_views import urlpatterns

    return urlpatterns


@hooks.register("register_admin_menu_item")
def _translations_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy

    from .backoffice import StaffMenuItem

    return StaffMenuItem(gettext_lazy("Übersetzungen"), reverse("translations_overview"), icon_name="globe", order=9100)


@hooks.register("construct_homepage_panels")
def _workplace_on_the_start_page(request, panels):
    if is_staff_member(request.user):
        panels.insert(0, WorkplacePanel(workplace_panels(request)))


@hooks.register("construct_homepage_summary_items")
def _no_bare_page_count(request, summary_items):
    """The start page is a workplace; Wagtail's page/image/document counts say nothing there."""
    if is_staff_member(request.user):
        summary_items.clear()
