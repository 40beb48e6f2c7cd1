"""URLconf of the gunicorn benchmarks only: the project's URLs plus a bare Django view."""

from django.http import HttpResponse
from django.urls import path

from bildungsallianz.urls import urlpatterns as project_urlpatterns


def bare(request):
    return HttpResponse("<!doctype html><title>bare</title><p>ok</p>")


urlpatterns = [path("bench/bare/", bare), *project_urlpatterns]
