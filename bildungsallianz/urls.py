from django.conf import settings
from django.urls import LocalePrefixPattern, URLResolver, include, path
from django.utils.translation import get_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from bildungsallianz.api import views as api_views
from bildungsallianz.core import files as core_files
from bildungsallianz.core import views as core_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("cms/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("api/", include("bildungsallianz.api.urls")),
    path("sitemap.xml", api_views.sitemap, name="sitemap"),
    path("robots.txt", api_views.robots_txt, name="robots_txt"),
    # Private files only through the permission-checking view; of MEDIA_ROOT only image renditions are public.
    path("dateien/<slug:kind>/<path:name>", core_files.serve_private_file, name="private_file"),
    path("media/images/<path:path>", core_files.serve_public_media, name="public_media"),
]


class SiteLocalePrefixPattern(LocalePrefixPattern):
    """Only the site's languages get a URL prefix (/en/…).

    A module may show its texts in a further language without URLs of its own
    (the fair's pages for French teachers): links reversed then stay unprefixed.
    """

    @property
    def language_prefix(self):
        if (get_language() or settings.LANGUAGE_CODE) not in dict(settings.LANGUAGES):
            return ""
        return super().language_prefix


def site_i18n_patterns(*urls, prefix_default_language=False):
    return [URLResolver(SiteLocalePrefixPattern(prefix_default_language), list(urls))]


urlpatterns += site_i18n_patterns(
    path("konto/api-schluessel/", include("bildungsallianz.api.partner_urls")),
    path("konto/", include("bildungsallianz.accounts.urls")),
    path("partner/", include("bildungsallianz.organisations.urls")),
    path("angebote/", include("bildungsallianz.offers.urls")),
    path("daten/", include("bildungsallianz.monitoring.urls")),
    path("veranstaltungen/", include("bildungsallianz.events.urls")),
    path("bib/", include("bildungsallianz.fair.urls")),
    path("projekte/", include("bildungsallianz.projects.urls")),
    path("berichte/", include("bildungsallianz.reports.urls")),
    path("umfragen/", include("bildungsallianz.surveys.urls")),
    path("", include("bildungsallianz.cooperation.urls")),
    path("", include("bildungsallianz.charter.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
