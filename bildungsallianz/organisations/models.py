"""Partner organisations of the alliance and their contact persons."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.fields import latitude_field, longitude_field, postcode_validator


class Sector(models.TextChoices):
    SCHOOL = "schule", _("Schule")
    VOCATIONAL_SCHOOL = "berufsbildende_schule", _("Berufsbildende Schule")
    UNIVERSITY = "hochschule", _("Hochschule")
    CHAMBER = "kammer", _("Kammer")
    EMPLOYMENT_AGENCY = "arbeitsagentur", _("Agentur für Arbeit/Jobcenter")
    MUNICIPALITY = "kommune", _("Kommune/Verwaltung")
    COMPANY = "unternehmen", _("Unternehmen")
    PROVIDER = "bildungstraeger", _("Bildungsträger")
    ASSOCIATION = "verein", _("Verein/Zivilgesellschaft")
    OTHER = "sonstige", _("Sonstige")


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_sector(self, sector: str):
        return self.filter(sector=sector)


class Organisation(models.Model):
    name = models.CharField(_("Name"), max_length=200, unique=True)
    short_name = models.CharField(_("Kurzname"), max_length=60, blank=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True, allow_unicode=False)
    sector = models.CharField(_("Bereich"), max_length=30, choices=Sector.choices)
    description = models.TextField(_("Beschreibung"), blank=True, max_length=3000)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, blank=True, validators=[postcode_validator])
    city = models.CharField(_("Ort"), max_length=100, blank=True)
    latitude = latitude_field()
    longitude = longitude_field()
    website = models.URLField(_("Website"), blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(
        _("öffentlich sichtbar"),
        default=True,
        help_text=_("Nur sichtbare Partner erscheinen im Verzeichnis."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Partnerorganisation")
        verbose_name_plural = _("Partnerorganisationen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("charter:partner_detail", kwargs={"slug": self.slug})  # the public profile shows charter data

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def address_lines(self) -> list[str]:
        lines = [self.street, " ".join(p for p in (self.postcode, self.city) if p)]
        return [line for line in lines if line]


class ContactQuerySet(models.QuerySet):
    def public(self):
        """Only contacts who consented to being shown publicly."""
        return self.filter(consent_public=True)


class Contact(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("Name"), max_length=120)
    function = models.CharField(_("Funktion"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    consent_public = models.BooleanField(
        _("Einwilligung zur Veröffentlichung"),
        default=False,
        help_text=_("Nur mit Einwilligung wird die Person öffentlich angezeigt."),
    )
    consent_recorded_at = models.DateTimeField(_("Einwilligung erfasst am"), null=True, blank=True)
    consent_note = models.CharField(_("Nachweis der Einwilligung"), max_length=200, blank=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    def clean(self):
        if self.consent_public and not self.consent_recorded_at:
            raise ValidationError({"consent_recorded_at": _("Bitte erfassen Sie, wann die Person eingewilligt hat.")})
