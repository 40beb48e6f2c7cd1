"""Words of the search interface shared by the apps that show a search (translated here)."""

from django.utils.translation import gettext_lazy as _

#: Kinds of search-as-you-type suggestions.
SUGGESTION_KINDS = {"beruf": _("Beruf"), "ort": _("Ort"), "angebot": _("Angebot")}
