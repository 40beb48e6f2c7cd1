"""URLconf of the offers benchmark only: the project's URLs plus a bare Django view as baseline."""

from django.http import HttpResponse
from django.urls import path
from ninja import NinjaAPI

from bildungsallianz.urls import urlpatterns as project_urlpatterns


def bare(request):
    return HttpResponse("<!doctype html><title>bare</title><p>ok</p>")


# the bare framework view of the API: django-ninja answering a constant small list, no database
bare_api = NinjaAPI(urls_namespace="bench-bare-api", docs_url=None, openapi_url=None)


@bare_api.get("/list")
def bare_list(request):
    return {"items": [{"slug": f"eintrag-{n}", "title": "Eintrag"} for n in range(20)], "next": None}


@bare_api.get("/list-uncached")
def bare_list_uncached(request, n: int = 0):
    """The same list, never stored by the page cache: the baseline of the uncached API variants."""
    from django.http import JsonResponse

    response = JsonResponse({"items": [{"slug": f"eintrag-{k}", "title": "Eintrag"} for k in range(20)], "next": None})
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [path("bench/bare/", bare), path("bench/api/", bare_api.urls), *project_urlpatterns]
