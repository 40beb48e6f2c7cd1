from django.urls import path

from . import views

app_name = "charter"
urlpatterns = [
    path("charta/", views.charter_detail, name="detail"),
    path("charta/pdf/", views.charter_pdf, name="pdf"),
    path("mitmachen/", views.join_request_create, name="join"),
    path("mitmachen/danke/", views.join_request_thanks, name="join_thanks"),
    path("partner/", views.partner_list, name="partner_list"),
    path("partner/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("partner/<slug:slug>/unterzeichnen/", views.signature_confirm, name="signature_confirm"),
]
