from django.urls import path

from . import backoffice, views

app_name = "fair"
urlpatterns = [
    path("", views.edition_current, name="current"),
    path("klasse/<str:token>/", views.class_manage, name="class_manage"),
    path("klasse/<str:token>/absagen/", views.class_cancel, name="class_cancel"),
    path("<slug:slug>/", views.edition_detail, name="edition"),
    path("<slug:slug>/aussteller/", views.exhibitor_list, name="exhibitors"),
    path("<slug:slug>/aussteller.csv", views.exhibitor_csv, name="exhibitors_csv"),
    path("<slug:slug>/aussteller-anmelden/", views.exhibitor_register, name="exhibitor_register"),
    path("<slug:slug>/klasse-anmelden/", views.class_register, name="class_register"),
    path("<slug:slug>/verwaltung/", backoffice.schedule, name="schedule"),
    path("<slug:slug>/verwaltung/planen/", backoffice.schedule_run, name="schedule_run"),
    path("<slug:slug>/verwaltung/festlegen/", backoffice.schedule_pin, name="schedule_pin"),
    path("<slug:slug>/verwaltung/veroeffentlichen/", backoffice.schedule_publish, name="schedule_publish"),
    path("<slug:slug>/verwaltung/listen/", backoffice.lists, name="lists"),
    path("<slug:slug>/verwaltung/einlass/", backoffice.check_in, name="check_in"),
    path("<slug:slug>/verwaltung/aussteller/", backoffice.exhibitors, name="staff_exhibitors"),
]
