from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("einladung/<str:token>/", views.answer_invitation, name="answer_invitation"),
    path("<slug:slug>/", views.answer_open, name="answer_open"),
    path("<slug:slug>/danke/", views.thanks, name="thanks"),
]
