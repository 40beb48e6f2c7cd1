"""The instance's open-data catalogue in DCAT-AP.de, as RDF (Turtle and JSON-LD).

One dataset per public export a module registers (offers, partners, indicator values …)
and one per indicator theme. Official statistics carry Datenlizenz Deutschland –
Namensnennung 2.0 with their attribution; the alliance's own data the licence the
Bildungsbüro chooses (``OPEN_DATA_LICENCE``). Spatial coverage is the municipality's
regional key URI; temporal coverage where the data has years.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from bildungsallianz.core.registry import resolve
from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Theme
from bildungsallianz.reports.selectors import published_reports_with_editions

from .downloads import formats_of, public_exports

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")
DL_DE_BY = URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")
GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/"
FILE_TYPES = {"csv": "CSV", "json": "JSON", "xlsx": "XLSX", "geojson": "GEOJSON", "pdf": "PDF"}
MEDIA_TYPES = {
    "csv": "http://www.iana.org/assignments/media-types/text/csv",
    "json": "http://www.iana.org/assignments/media-types/application/json",
    "xlsx": "http://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson": "http://www.iana.org/assignments/media-types/application/geo+json",
    "pdf": "http://www.iana.org/assignments/media-types/application/pdf",
}


def regional_key(ags: str) -> str:
    """The 12-digit Regionalschlüssel of a Kreis (5) or Gemeinde (8) key: 07317 → 073170000000."""
    digits = "".join(ch for ch in ags if ch.isdigit())
    if len(digits) == 5:
        return digits + "0000000"
    if len(digits) == 8:
        return digits[:5] + "0000" + digits[5:]
    return digits.ljust(12, "0")


class CatalogueBuilder:
    def __init__(self, base_url: str):
        self.base = base_url.rstrip("/")
        self.g = Graph()
        for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("dcatde", DCATDE), ("vcard", VCARD)):
            self.g.bind(prefix, ns)
        self.catalogue = URIRef(self.base + reverse("api_catalogue_ttl"))
        self.publisher = URIRef(self.base + "/#bildungsbuero")
        self.own_licence = URIRef(settings.OPEN_DATA_LICENCE)

    def url(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    # -- shared parts ----------------------------------------------------------------------------
    def _publisher(self) -> None:
        g = self.g
        g.add((self.publisher, RDF.type, FOAF.Agent))
        g.add((self.publisher, FOAF.name, Literal(settings.OPEN_DATA_PUBLISHER, lang="de")))
        g.add((self.publisher, FOAF.homepage, self.url("/")))

    def _contact(self, dataset: URIRef) -> None:
        contact = BNode()
        self.g.add((dataset, DCAT.contactPoint, contact))
        self.g.add((contact, RDF.type, VCARD.Organization))
        self.g.add((contact, VCARD.fn, Literal(settings.OPEN_DATA_PUBLISHER)))
        self.g.add((contact, VCARD.hasEmail, URIRef("mailto:" + settings.OPEN_DATA_CONTACT_EMAIL)))

    def _spatial(self, dataset: URIRef) -> None:
        key = regional_key(settings.MUNICIPALITY_AGS)
        self.g.add((dataset, DCTERMS.spatial, URIRef(f"{GEOCODING}regionalKey/{key}")))
        self.g.add((dataset, DCATDE.politicalGeocodingURI, URIRef(f"{GEOCODING}regionalKey/{key}")))
        level = "districtKey" if len(settings.MUNICIPALITY_AGS) == 5 else "municipality"
        self.g.add((dataset, DCATDE.politicalGeocodingLevelURI, URIRef(f"{GEOCODING}Level/{level}")))

    def _temporal(self, dataset: URIRef, first: int | None, last: int | None) -> None:
        if first is None or last is None:
            return
        period = BNode()
        self.g.add((dataset, DCTERMS.temporal, period))
        self.g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        self.g.add((period, DCAT.startDate, Literal(datetime.date(first, 1, 1), datatype=XSD.date)))
        self.g.add((period, DCAT.endDate, Literal(datetime.date(last, 12, 31), datatype=XSD.date)))

    def _dataset(self, ident: str, title: str, description: str, themes, modified, landing: str) -> URIRef:
        g = self.g
        dataset = self.url(f"{reverse('api_catalogue_ttl')}#{ident}")
        g.add((self.catalogue, DCAT.dataset, dataset))
        g.add((dataset, RDF.type, DCAT.Dataset))
        g.add((dataset, DCTERMS.identifier, Literal(ident)))
        g.add((dataset, DCTERMS.title, Literal(title, lang="de")))
        g.add((dataset, DCTERMS.description, Literal(description or title, lang="de")))
        g.add((dataset, DCTERMS.publisher, self.publisher))
        g.add((dataset, DCAT.landingPage, self.url(landing)))
        g.add((dataset, DCTERMS.language, LANGUAGE.DEU))
        for theme in themes:
            g.add((dataset, DCAT.theme, THEME[theme]))
        if settings.OPEN_DATA_CONTRIBUTOR_ID:
            g.add((dataset, DCATDE.contributorID, URIRef(settings.OPEN_DATA_CONTRIBUTOR_ID)))
        g.add((dataset, DCTERMS.modified, Literal(modified or timezone.now(), datatype=XSD.dateTime)))
        self._contact(dataset)
        self._spatial(dataset)
        return dataset

    def _distribution(self, dataset, ident: str, url: str, fmt: str, licence: URIRef, attribution: str, title: str):
        g = self.g
        dist = self.url(f"{reverse('api_catalogue_ttl')}#{ident}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(title, lang="de")))
        g.add((dist, DCAT.accessURL, self.url(url)))
        g.add((dist, DCAT.downloadURL, self.url(url)))
        g.add((dist, DCTERMS.format, FILE_TYPE[FILE_TYPES[fmt]]))
        g.add((dist, DCAT.mediaType, URIRef(MEDIA_TYPES[fmt])))
        g.add((dist, DCTERMS.license, licence))
        if attribution:
            g.add((dist, DCATDE.licenseAttributionByText, Literal(attribution, lang="de")))

    # -- the catalogue -----------------------------------------------------------------------------
    def build(self) -> Graph:
        g = self.g
        g.add((self.catalogue, RDF.type, DCAT.Catalog))
        g.add((self.catalogue, DCTERMS.title, Literal(settings.OPEN_DATA_CATALOGUE_TITLE, lang="de")))
        g.add(
            (
                self.catalogue,
                DCTERMS.description,
                Literal(
                    "Offene Daten der Bildungsallianz: Bildungsangebote, Partner, Projekte, Veranstaltungen "
                    "und Indikatoren des kommunalen Bildungsmonitorings, Bildungsberichte.",
                    lang="de",
                ),
            )
        )
        g.add((self.catalogue, DCTERMS.publisher, self.publisher))
        g.add((self.catalogue, FOAF.homepage, self.url("/")))
        g.add((self.catalogue, DCTERMS.language, LANGUAGE.DEU))
        g.add((self.catalogue, DCTERMS.license, self.own_licence))
        g.add((self.catalogue, DCTERMS.modified, Literal(timezone.now(), datatype=XSD.dateTime)))
        self._publisher()
        self._exports()
        self._indicator_themes()
        self._reports()
        return g

    def _exports(self) -> None:
        for export in public_exports():
            modified = resolve(export.modified)() if export.modified else None
            attribution = resolve(export.attribution)() if export.attribution else settings.OPEN_DATA_ATTRIBUTION
            licence = DL_DE_BY if export.official else self.own_licence
            dataset = self._dataset(
                export.key, str(export.label), str(export.description), export.themes, modified, reverse("api_opendata")
            )
            for fmt in formats_of(export):
                url = reverse("api-v1:download", kwargs={"key": export.key, "fmt": fmt})
                self._distribution(
                    dataset, f"{export.key}-{fmt}", url, fmt, licence, attribution, f"{export.label} ({fmt.upper()})"
                )

    def _indicator_themes(self) -> None:
        indicators = Indicator.objects.published().prefetch_related("sources")
        years = {
            row["indicator__theme"]: (row["first"], row["last"])
            for row in IndicatorValue.objects.filter(indicator__published=True)
            .values("indicator__theme")
            .annotate(first=Min("year"), last=Max("year"))
        }
        by_theme: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            by_theme.setdefault(indicator.theme, []).append(indicator)
        labels = dict(Theme.choices)
        for theme, members in by_theme.items():
            modified = max((s.updated_at for i in members for s in i.sources.all()), default=None)
            dataset = self._dataset(
                f"indikatoren-{theme}",
                f"Bildungsmonitoring: {labels.get(theme, theme)}",
                "Indikatoren: " + "; ".join(i.name for i in members),
                ("EDUC", "SOCI"),
                modified,
                reverse("monitoring:list"),
            )
            self._temporal(dataset, *years.get(theme, (None, None)))
            for indicator in members:
                attribution = "; ".join(sorted({s.attribution for s in indicator.sources.all() if s.attribution}))
                self._distribution(
                    dataset,
                    f"indikator-{indicator.code}-csv",
                    reverse("monitoring:csv", args=[indicator.code]),
                    "csv",
                    DL_DE_BY,
                    attribution,
                    f"{indicator.name} (CSV)",
                )
                self._distribution(
                    dataset,
                    f"indikator-{indicator.code}-json",
                    reverse("api-v1:indicator_series", args=[indicator.code]),
                    "json",
                    DL_DE_BY,
                    attribution,
                    f"{indicator.name} (JSON)",
                )

    def _reports(self) -> None:
        """One dataset per published report; each edition a PDF and a JSON distribution with the
        frozen figures (an edition never changes, so a harvester may keep its copy)."""
        for report in published_reports_with_editions():
            landing = reverse("reports:detail", args=[report.slug])
            dataset = self._dataset(
                f"bericht-{report.slug}",
                report.title,
                report.summary or report.subtitle or report.title,
                ("EDUC", "SOCI"),
                report.last_published,
                landing,
            )
            years = [edition.published_at.year for edition in report.editions.all()]
            self._temporal(dataset, min(years, default=None), max(years, default=None))
            for edition in report.editions.all():
                label = f"{report.title}, Ausgabe {edition.number}"
                for fmt, url in (
                    ("pdf", reverse("reports:edition_pdf", args=[report.slug, edition.number])),
                    ("json", reverse("api-v1:report_edition", args=[report.slug, edition.number])),
                ):
                    self._distribution(
                        dataset,
                        f"bericht-{report.slug}-{edition.number}-{fmt}",
                        url,
                        fmt,
                        self.own_licence,
                        settings.OPEN_DATA_ATTRIBUTION,
                        f"{label} ({fmt.upper()})",
                    )


def catalogue_graph(base_url: str) -> Graph:
    return CatalogueBuilder(base_url).build()
