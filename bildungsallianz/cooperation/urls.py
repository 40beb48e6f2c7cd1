from django.urls import path

from . import views

app_name = "cooperation"
urlpatterns = [
    path("arbeitsgruppen/", views.group_list, name="group_list"),
    path("arbeitsgruppen/meine-aufgaben/", views.my_tasks, name="my_tasks"),
    path("arbeitsgruppen/kalender/", views.calendar_settings, name="calendar"),
    path("arbeitsgruppen/kalender/<str:token>.ics", views.calendar_feed, name="feed"),
    path("arbeitsgruppen/benachrichtigungen/", views.digest_settings, name="digest_settings"),
    path("arbeitsgruppen/abmelden/<str:token>/", views.digest_unsubscribe, name="unsubscribe"),
    path("arbeitsgruppen/aufgaben/<int:pk>/status/", views.task_toggle, name="task_toggle"),
    path("arbeitsgruppen/<slug:slug>/", views.group_detail, name="group_detail"),
    path("arbeitsgruppen/<slug:slug>/aufgaben/neu/", views.task_create, name="task_create"),
    path("arbeitsgruppen/<slug:slug>/sitzungen/neu/", views.meeting_create, name="meeting_create"),
    path("arbeitsgruppen/<slug:slug>/sitzungen/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("arbeitsgruppen/<slug:slug>/sitzungen/<int:pk>/bearbeiten/", views.meeting_edit, name="meeting_edit"),
    path("arbeitsgruppen/<slug:slug>/sitzungen/<int:pk>/anhaenge/", views.attachment_upload, name="attachment_upload"),
    path(
        "arbeitsgruppen/<slug:slug>/sitzungen/<int:pk>/anhaenge/<int:attachment>/",
        views.attachment_download,
        name="attachment",
    ),
    path("werkstatt/", views.workshop_code, name="workshop_code"),
    path("werkstatt/aehnliche/", views.similar, name="similar"),
    path("werkstatt/<slug:slug>/", views.workshop_detail, name="workshop_detail"),
    path("werkstatt/<slug:slug>/wand/", views.workshop_wall, name="workshop_wall"),
    path("werkstatt/<slug:slug>/qr-code.svg", views.workshop_qr, name="workshop_qr"),
    path("werkstatt/<slug:slug>/ideen/neu/", views.idea_create, name="idea_create"),
    path("werkstatt/<slug:slug>/ideen/<int:pk>/", views.idea_detail, name="idea_detail"),
    path("werkstatt/<slug:slug>/ideen/<int:pk>/punkt/", views.idea_dot, name="idea_dot"),
    path("werkstatt/<slug:slug>/ideen/<int:pk>/bewerten/", views.idea_evaluate, name="idea_evaluate"),
]
