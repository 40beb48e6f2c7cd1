from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("<slug:slug>/bearbeiten/", views.organisation_edit, name="edit"),
]
