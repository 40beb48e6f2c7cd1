"""schema.org markup of a partner profile: EducationalOrganization for schools, universities and
training providers, Organization for everybody else."""

from bildungsallianz.core.jsonld import script_json

from .models import Sector

EDUCATIONAL = {Sector.SCHOOL, Sector.VOCATIONAL_SCHOOL, Sector.UNIVERSITY, Sector.PROVIDER}


def organisation_json_ld(organisation, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "EducationalOrganization" if organisation.sector in EDUCATIONAL else "Organization",
        "name": organisation.name,
        "url": url,
    }
    if organisation.short_name:
        data["alternateName"] = organisation.short_name
    if organisation.description:
        data["description"] = organisation.description
    if organisation.website:
        data["sameAs"] = organisation.website
    if organisation.email:
        data["email"] = organisation.email
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.street or organisation.city:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": organisation.street,
            "postalCode": organisation.postcode,
            "addressLocality": organisation.city,
            "addressCountry": "DE",
        }
    if organisation.latitude is not None and organisation.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(organisation.latitude),
            "longitude": float(organisation.longitude),
        }
    return script_json(data)
