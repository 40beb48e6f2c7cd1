"""Pages every page links to: the legally required pages (imprint, privacy, accessibility
statement) in the footer, Leichte Sprache and Gebärdensprache in the header — one query."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page

from .models import AccessibilityStatementPage, LeichteSprachePage, SignLanguagePage, StandardPage


def legal_pages(request):
    types = ContentType.objects.get_for_models(AccessibilityStatementPage, LeichteSprachePage, SignLanguagePage)
    statement, easy, sign = (types[AccessibilityStatementPage], types[LeichteSprachePage], types[SignLanguagePage])
    standard = ContentType.objects.get_for_model(StandardPage)
    pages = (
        Page.objects.live()
        .public()
        .filter(Q(content_type__in=[statement, easy, sign]) | Q(content_type=standard, standardpage__legal_role__gt=""))
        .order_by("depth", "path")
        .only("title", "url_path", "content_type", "depth")
    )
    legal, easy_page, sign_page = [], None, None
    for page in pages:
        if page.content_type_id == easy.pk:
            easy_page = easy_page or page  # the top one: the entry to the Leichte-Sprache area
        elif page.content_type_id == sign.pk:
            sign_page = sign_page or page
        else:
            legal.append(page)
    legal.sort(key=lambda page: page.title)
    return {"legal_pages": legal, "easy_language_page": easy_page, "sign_language_page": sign_page}
