from django.urls import path

from . import backoffice, views

app_name = "fair"
urlpatterns = [
    path("", views.edition_current, name="current"),
    path("verwaltung/", backoffice.editions, name="editions"),
    path("verwaltung/neu/", backoffice.edition_create, name="edition_create"),
    path("klasse/<str:token>/", views.class_manage, name="class_manage"),
    path("klasse/<str:token>/absagen/", views.class_cancel, name="class_cancel"),
    path("klasse/<str:token>/rueckmeldung/", views.class_feedback, name="class_feedback"),
    path("aussteller/<str:token>/rueckmeldung/", views.exhibitor_feedback, name="exhibitor_feedback"),
    path("<slug:slug>/", views.edition_detail, name="edition"),
    path("<slug:slug>/aussteller/", views.exhibitor_list, name="exhibitors"),
    path("<slug:slug>/aussteller.csv", views.exhibitor_csv, name="exhibitors_csv"),
    path("<slug:slug>/aussteller.pdf", views.exhibitor_pdf, name="exhibitors_pdf"),
    path("<slug:slug>/hallenplan/", views.hall_plan_page, name="hall_plan"),
    path("<slug:slug>/aussteller-anmelden/", views.exhibitor_register, name="exhibitor_register"),
    path("<slug:slug>/aussteller-neu/", views.exhibitor_join, name="exhibitor_join"),
    path("<slug:slug>/klasse-anmelden/", views.class_register, name="class_register"),
    path("<slug:slug>/verwaltung/", backoffice.schedule, name="schedule"),
    path("<slug:slug>/verwaltung/ausgabe/", backoffice.edition_edit, name="edition_edit"),
    path("<slug:slug>/verwaltung/planen/", backoffice.schedule_run, name="schedule_run"),
    path("<slug:slug>/verwaltung/festlegen/", backoffice.schedule_pin, name="schedule_pin"),
    path("<slug:slug>/verwaltung/veroeffentlichen/", backoffice.schedule_publish, name="schedule_publish"),
    path("<slug:slug>/verwaltung/listen/", backoffice.lists, name="lists"),
    path("<slug:slug>/verwaltung/einlass/", backoffice.check_in, name="check_in"),
    path("<slug:slug>/verwaltung/aussteller/", backoffice.exhibitors, name="staff_exhibitors"),
    path("<slug:slug>/verwaltung/aussteller/zurueckgeben/", backoffice.exhibitor_return, name="exhibitor_return"),
    path("<slug:slug>/verwaltung/rueckmeldungen/", backoffice.feedback, name="feedback"),
    path("<slug:slug>/verwaltung/rueckmeldungen/erbitten/", backoffice.feedback_invite, name="feedback_invite"),
    path("<slug:slug>/verwaltung/zahlen-monitoring/", backoffice.figures_to_monitoring, name="figures_to_monitoring"),
]
