"""Wagtail documents in a private collection are invisible (404) to everybody not allowed.

Wagtail's own check redirects to the login page, even a logged-in editor of
another organisation; that tells them the document exists. Here a collection
restricted to groups answers 404 to everybody outside those groups
(superusers pass, as in Wagtail). Password and plain-login restrictions stay
with Wagtail's own check, which runs after this one.
"""

from django.http import Http404
from wagtail.models import BaseViewRestriction


def refuse_private_document(document, request):
    for restriction in document.collection.get_view_restrictions():
        if restriction.restriction_type == BaseViewRestriction.GROUPS and not restriction.accept_request(request):
            raise Http404
    return None
