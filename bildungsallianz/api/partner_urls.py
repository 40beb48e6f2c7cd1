from django.urls import path

from . import partner_views

urlpatterns = [
    path("", partner_views.token_list, name="api_tokens"),
    path("<int:pk>/widerrufen/", partner_views.token_revoke, name="api_token_revoke"),
]
