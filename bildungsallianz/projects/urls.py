from django.urls import path

from . import views

app_name = "projects"
urlpatterns = [
    path("", views.project_list, name="list"),
    path("landkarte/", views.landscape, name="landscape"),
    path("neu/", views.project_create, name="create"),
    path("<slug:slug>/", views.project_detail, name="detail"),
    path("<slug:slug>/bearbeiten/", views.project_edit, name="edit"),
    path("<slug:slug>/fortschritt/", views.progress_update, name="progress"),
    path("<slug:slug>/im-plan/", views.still_on_track, name="on_track"),
    path("<slug:slug>/meilensteine/", views.milestone_add, name="milestone_add"),
    path("<slug:slug>/meilensteine/<int:pk>/", views.milestone_toggle, name="milestone_toggle"),
    path("<slug:slug>/ziele/", views.target_add, name="target_add"),
    path("<slug:slug>/ziele/<int:pk>/entfernen/", views.target_remove, name="target_remove"),
]
