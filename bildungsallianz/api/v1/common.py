"""Schemas shared by several routers."""

from django.urls import reverse
from pydantic import BaseModel


class Out(BaseModel):
    """Base of response schemas built from plain dicts.

    django-ninja's ``Schema`` wraps every nested object in a validator that also reads
    model attributes; the routers here always hand over dicts, so plain pydantic models
    validate the same data in a third of the time (docs/benchmarks.md, issue 13).
    """


class TaxonomyRef(Out):
    slug: str
    title: str


class OrganisationRef(Out):
    slug: str
    name: str
    url: str


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def org_ref(request, organisation) -> dict:
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "url": request.build_absolute_uri(organisation.get_absolute_url()),
    }


class Links:
    """Absolute URLs of public pages by URL name: one ``reverse()`` per name and request, not per item."""

    PLACEHOLDER = "__slug__"

    def __init__(self, request):
        self.base = request.build_absolute_uri("/")[:-1]
        self._templates: dict[str, str] = {}

    def __call__(self, name: str, slug: str) -> str:
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.base + reverse(name, kwargs={"slug": self.PLACEHOLDER})
        return template.replace(self.PLACEHOLDER, slug)


def labels(choices) -> dict:
    """Value → translated label of a choices list, translated once (not once per item)."""
    return {value: str(label) for value, label in choices}
