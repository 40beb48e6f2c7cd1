"""Open-data pages outside the versioned API: the DCAT-AP.de catalogue and the overview page."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .http import finish
from .opendata.dcat import catalogue_graph
from .opendata.downloads import formats_of, public_exports, site_root


@require_GET
def catalogue_turtle(request):
    body = catalogue_graph(site_root(request)).serialize(format="turtle")
    return finish(request, HttpResponse(body, content_type="text/turtle; charset=utf-8"))


@require_GET
def catalogue_jsonld(request):
    body = catalogue_graph(site_root(request)).serialize(format="json-ld", indent=1)
    return finish(request, HttpResponse(body, content_type="application/ld+json"))


@require_GET
def sitemap(request):
    from django.contrib.sitemaps.views import sitemap as django_sitemap

    from .sitemaps import sitemaps

    return django_sitemap(request, sitemaps=sitemaps())


@require_GET
def robots_txt(request):
    from django.conf import settings

    prefixes = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    private = ["/konto/", "/angebote/verwalten/", "/angebote/neu/", "/veranstaltungen/verwalten/"]
    lines = ["User-agent: *", "Disallow: /cms/", "Disallow: /dateien/", "Disallow: /api/v1/partner/"]
    lines += [f"Disallow: {prefix}{path}" for prefix in prefixes for path in private]
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def opendata_overview(request):
    exports = [(export, formats_of(export)) for export in public_exports()]
    return render(request, "api/opendata.html", {"exports": exports})
