"""French texts for the teachers of the French schools.

French is not a language of the whole site (``settings.LANGUAGES``): only the
class registration, the teacher's page, the e-mails and the exhibitor list are
translated (``fair/locale/fr``). The project's URL conf gives only site
languages a URL prefix (``bildungsallianz/urls.py``), so links reversed while
French texts are active stay on the German URLs. Templates mark the French
content with ``lang="fr"``.
"""

from __future__ import annotations

from django.utils import translation

LANGUAGES = ("de", "fr")


def texts_in(language: str):
    """Context manager: texts in ``language`` (one of LANGUAGES)."""
    return translation.override(language if language in LANGUAGES else translation.get_language())
