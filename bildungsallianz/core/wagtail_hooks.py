"""Registers core behaviour with Wagtail (only registrations here)."""

from wagtail import hooks

from .documents import refuse_private_document


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
