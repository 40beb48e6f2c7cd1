from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation


def site(request):
    """Site name, navigation, legal pages and language links for the layout."""
    from bildungsallianz.pages.models import StandardPage

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
    legal = list(
        StandardPage.objects.live().public().exclude(legal_role="").order_by("legal_role").only("title", "url_path")
    )
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "municipality_name": settings.MUNICIPALITY_NAME,
        "nav_sections": nav,
        "languages": languages,
        "legal_pages": legal,
        "csp_nonce": getattr(request, "csp_nonce", ""),
    }
