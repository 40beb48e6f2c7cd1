from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation


def site(request):
    """Site name, navigation and language links for the layout (the legal pages come from
    ``pages.context_processors.legal_pages``: core must not import a higher app)."""
    nav = []
    for url_name, label in settings.NAV_SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        nav.append({"url": url, "label": label, "active": request.path.startswith(url) and url != "/"})
    current = translation.get_language()
    languages = [
        {"code": code, "name": name, "url": translate_url(request.get_full_path(), code), "active": code == current}
        for code, name in settings.LANGUAGES
    ]
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "municipality_name": settings.MUNICIPALITY_NAME,
        "nav_sections": nav,
        "languages": languages,
        "csp_nonce": getattr(request, "csp_nonce", ""),
    }
