from django.urls import path

from . import views

app_name = "offers"
urlpatterns = [
    path("", views.offer_list, name="list"),
    path("merkliste/", views.watchlist, name="watchlist"),
    path("vorschlaege/", views.offer_suggest, name="suggest"),
    path("verwalten/", views.offer_manage, name="manage"),
    path("neu/", views.offer_create, name="create"),
    path("<slug:slug>/", views.offer_detail, name="detail"),
    path("<slug:slug>/kalender.ics", views.offer_calendar, name="calendar"),
    path("<slug:slug>/bearbeiten/", views.offer_edit, name="edit"),
    path("<slug:slug>/einreichen/", views.offer_submit, name="submit"),
    path("<slug:slug>/uebersetzungen/", views.offer_translation, name="translation"),
    path("<slug:slug>/uebersetzungen/<str:language>/", views.offer_translation, name="translation"),
    path("<slug:slug>/bestaetigen/", views.offer_renew, name="renew"),
    path("<slug:slug>/loeschen/", views.offer_delete, name="delete"),
]
