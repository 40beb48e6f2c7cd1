from django.urls import path

from . import partner, views

app_name = "events"
urlpatterns = [
    path("", views.event_overview, name="list"),
    path("kalender.ics", views.feed_all, name="feed"),
    path("handlungsfeld/<slug:slug>/kalender.ics", views.feed_field_of_action, name="feed_field"),
    path("veranstalter/<slug:slug>/kalender.ics", views.feed_organiser, name="feed_organiser"),
    path("anmeldung/<str:token>/", views.registration_manage, name="registration"),
    path("verwalten/", partner.event_manage, name="manage"),
    path("neu/", partner.event_create, name="create"),
    path("pruefen/", partner.review_list, name="review_list"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/kalender.ics", views.event_ics, name="ics"),
    path("<slug:slug>/anmelden/", views.event_register, name="register"),
    path("<slug:slug>/bearbeiten/", partner.event_edit, name="edit"),
    path("<slug:slug>/einreichen/", partner.event_submit, name="submit"),
    path("<slug:slug>/uebersetzungen/", partner.event_translation, name="translation"),
    path("<slug:slug>/uebersetzungen/<str:language>/", partner.event_translation, name="translation"),
    path("<slug:slug>/pruefen/", partner.review_detail, name="review"),
]
