from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("kommunalprofil/", views.kommunalprofil, name="kommunalprofil"),
    path("<slug:slug>/", views.report_detail, name="detail"),
    path("<slug:slug>/pdf/", views.report_pdf, name="pdf"),
    path("<slug:slug>/ausgabe/<int:number>/", views.edition_detail, name="edition"),
    path("<slug:slug>/ausgabe/<int:number>/pdf/", views.edition_pdf, name="edition_pdf"),
]
