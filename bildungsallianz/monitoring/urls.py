from django.urls import path

from . import views

app_name = "monitoring"
urlpatterns = [
    path("", views.indicator_list, name="list"),
    path("uebergang-schule-beruf/", views.transition_dashboard, name="transition"),
    path("<slug:code>/", views.indicator_detail, name="detail"),
    path("<slug:code>/csv/", views.indicator_csv, name="csv"),
]
