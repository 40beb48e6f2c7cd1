"""What the charter module shows outside its own pages (registered in ``apps.py``)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from bildungsallianz.core.registry import AccountNotice

from .selectors import signatures_awaiting_confirmation


def account_notices(user) -> list[AccountNotice]:
    """On /konto/: each signature of the current charter the user's organisation still has to confirm."""
    return [
        AccountNotice(
            text=_("Bitte bestätigen Sie die Unterzeichnung der Charta für „%(org)s“.")
            % {"org": signature.organisation.name},
            url=reverse("charter:signature_confirm", args=[signature.organisation.slug]),
            link_label=_("Unterzeichnung bestätigen"),
        )
        for signature in signatures_awaiting_confirmation(user)
    ]
