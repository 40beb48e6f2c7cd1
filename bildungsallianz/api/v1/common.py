"""Schemas shared by several routers."""

from ninja import Schema


class TaxonomyRef(Schema):
    slug: str
    title: str


class OrganisationRef(Schema):
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
