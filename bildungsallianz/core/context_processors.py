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
    full_path = request.get_full_path()
    languages = [
        {"code": code, "name": name, "url": translate_url(full_path, code), "active": code == current}
        for code, name in settings.LANGUAGES
    ]
    # hreflang alternates: absolute, without the query string (one URL per page and language).
    alternates = [
        {"code": code, "href": request.build_absolute_uri(translate_url(request.path, code))}
        for code, _name in settings.LANGUAGES
    ]
    if alternates:
        default = next(a for a in alternates if a["code"] == settings.LANGUAGE_CODE)
        alternates.append({"code": "x-default", "href": default["href"]})
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "municipality_name": settings.MUNICIPALITY_NAME,
        "nav_sections": nav,
        "languages": languages,
        "language_alternates": alternates,
        "csp_nonce": getattr(request, "csp_nonce", ""),
    }
