"""Registers the survey back office (views live in backoffice.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from bildungsallianz.core.backoffice import StaffMenuItem

from . import backoffice

admin_urls = (
    [
        path("", backoffice.survey_list, name="list"),
        path("neu/", backoffice.survey_create, name="create"),
        path("<int:pk>/", backoffice.survey_detail, name="detail"),
        path("<int:pk>/bearbeiten/", backoffice.survey_edit, name="edit"),
        path("<int:pk>/fragen/", backoffice.question_add, name="question_add"),
        path("<int:pk>/fragen/<int:question_pk>/loeschen/", backoffice.question_delete, name="question_delete"),
        path("<int:pk>/starten/", backoffice.survey_open, name="open"),
        path("<int:pk>/schliessen/", backoffice.survey_close, name="close"),
        path("<int:pk>/auswerten/", backoffice.survey_aggregate, name="aggregate"),
        path("<int:pk>/einladungen/", backoffice.invitations, name="invitations"),
        path("<int:pk>/ergebnisse/", backoffice.results, name="results"),
    ],
    "surveys_admin",
)


@hooks.register("register_admin_urls")
def register_survey_admin_urls():
    return [path("umfragen/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_survey_menu_item():
    return StaffMenuItem(_("Umfragen"), reverse("surveys_admin:list"), icon_name="list-ul", order=330)
