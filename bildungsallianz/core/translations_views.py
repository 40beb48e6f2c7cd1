"""Back office: the state of the UI translations per language and catalogue (read-only).

Staff see how many entries are translated, unsure (fuzzy: guessed by gettext,
needs review) and missing, and the open entries themselves; translations are
made in the .po files (docs/translations.md), not here.
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import path

from . import catalogues
from .backoffice import staff_view


@staff_view
def translations_overview(request):
    names = dict(settings.LANGUAGES)
    asked = request.GET.get("sprache", "")
    languages = [asked] if asked in catalogues.translated_languages() else catalogues.translated_languages()
    states = catalogues.overview(languages)
    table = [
        {
            "code": language,
            "name": names[language],
            "states": [s for s in states if s.language == language],
            "open": sum(len(s.fuzzy) + len(s.missing) for s in states if s.language == language),
        }
        for language in languages
    ]
    return render(
        request,
        "core/admin/translations.html",
        {"table": table, "languages": [(code, names[code]) for code in catalogues.translated_languages()]},
    )


urlpatterns = [
    path("uebersetzungen/", translations_overview, name="translations_overview"),
]
