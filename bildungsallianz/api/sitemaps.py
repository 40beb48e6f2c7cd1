"""sitemap.xml with hreflang alternates for every UI language, and robots.txt.

Everything public that has its own page: CMS pages, offers, partners, indicators, projects,
events and fair editions; the list pages of each section.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page

from bildungsallianz.events.models import Event
from bildungsallianz.fair.models import Edition
from bildungsallianz.monitoring.models import Indicator
from bildungsallianz.offers.models import Offer
from bildungsallianz.organisations.models import Organisation
from bildungsallianz.projects.models import Project

SECTIONS = [
    "charter:detail",
    "offers:list",
    "charter:partner_list",
    "monitoring:list",
    "projects:list",
    "events:list",
    "fair:current",
    "api_opendata",
]


class I18nSitemap(Sitemap):
    """URLs are reversed once per UI language; each entry lists the others as alternates."""

    i18n = True
    alternates = True
    x_default = True


class SectionSitemap(I18nSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        names = []
        for name in SECTIONS:
            try:
                reverse(name)
            except NoReverseMatch:
                continue
            names.append(name)
        return names

    def location(self, item):
        return reverse(item)


class ObjectSitemap(I18nSitemap):
    def __init__(self, queryset, lastmod_field: str | None = "updated_at"):
        super().__init__()
        self.queryset = queryset
        self.lastmod_field = lastmod_field

    def items(self):
        return self.queryset.order_by("pk")

    def lastmod(self, obj):
        return getattr(obj, self.lastmod_field, None) if self.lastmod_field else None


class PageSitemap(I18nSitemap):
    """CMS pages, under every UI language's prefix like the rest of the site."""

    def items(self):
        return Page.objects.live().public().filter(depth__gt=1).order_by("path")

    def location(self, page):
        _site_id, _root, path = page.get_url_parts()
        return path

    def lastmod(self, page):
        return page.last_published_at


def sitemaps() -> dict:
    return {
        "bereiche": SectionSitemap(),
        "seiten": PageSitemap(),
        "angebote": ObjectSitemap(Offer.objects.published()),
        "partner": ObjectSitemap(Organisation.objects.public()),
        "indikatoren": ObjectSitemap(Indicator.objects.published(), lastmod_field=None),
        "projekte": ObjectSitemap(Project.objects.public(), lastmod_field="last_activity_at"),
        "veranstaltungen": ObjectSitemap(Event.objects.published(), lastmod_field=None),
        "bib": ObjectSitemap(Edition.objects.published(), lastmod_field=None),
    }
