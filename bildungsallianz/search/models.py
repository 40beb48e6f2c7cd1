"""Editable search vocabulary: synonyms, the index term list and its version."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .analysis.synonyms import MAX_KEY_WORDS, key_stems


class Synonym(models.Model):
    """A word or short phrase people type, and what it should also find (Azubi → Ausbildung,
    „Schule fertig machen“ → Schulabschluss). Seeded from ``data/synonyms.tsv``."""

    term = models.CharField(
        _("Suchwort"),
        max_length=60,
        unique=True,
        help_text=_(
            "Ein Wort oder eine kurze Wendung mit höchstens vier Wörtern, z. B. „Azubi“ oder „Deutsch lernen“."
        ),
    )
    expansions = models.CharField(
        _("findet auch"),
        max_length=300,
        help_text=_("Mehrere Begriffe mit Komma trennen, z. B. „Ausbildung, Auszubildende“."),
    )
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("Synonym")
        verbose_name_plural = _("Synonyme")
        ordering = ["term"]

    def __str__(self):
        return f"{self.term} → {self.expansions}"

    @property
    def expansion_list(self) -> list[str]:
        return [part.strip() for part in self.expansions.split(",") if part.strip()]

    def clean(self):
        if not 1 <= len(key_stems(self.term)) <= MAX_KEY_WORDS:
            raise ValidationError(
                {"term": _("Bitte geben Sie ein Wort oder eine Wendung mit höchstens vier Wörtern an.")}
            )
        if not self.expansion_list:
            raise ValidationError({"expansions": _("Bitte geben Sie mindestens einen Begriff an.")})


class IndexTerm(models.Model):
    """Every token that ever entered the index: the vocabulary for typo tolerance."""

    term = models.CharField(max_length=48, unique=True)

    class Meta:
        verbose_name = _("Indexbegriff")
        verbose_name_plural = _("Indexbegriffe")

    def __str__(self):
        return self.term


class IndexState(models.Model):
    """One row per index; ``version`` grows when the vocabulary grows."""

    name = models.CharField(max_length=40, unique=True)
    version = models.PositiveBigIntegerField(default=0)
    token = models.CharField(max_length=32, blank=True, help_text="changes with every version (cache key)")

    class Meta:
        verbose_name = _("Indexstand")
        verbose_name_plural = _("Indexstände")

    def __str__(self):
        return f"{self.name} v{self.version}"


class SearchStat(models.Model):
    """How often a normalised query was searched on one day, and how often it found nothing.

    Aggregated counts only: no IP address, no session, no user, no time of day. Rows older
    than :data:`bildungsallianz.search.services.STATS_RETENTION_DAYS` are deleted.
    """

    day = models.DateField(_("Tag"))
    query = models.CharField(_("Suchanfrage"), max_length=100)
    searches = models.PositiveIntegerField(_("Suchen"), default=0)
    zero_results = models.PositiveIntegerField(_("ohne Treffer"), default=0)

    class Meta:
        verbose_name = _("Suchstatistik")
        verbose_name_plural = _("Suchstatistik")
        constraints = [models.UniqueConstraint(fields=["day", "query"], name="search_stat_day_query_unique")]
        indexes = [models.Index(fields=["day"], name="search_stat_day_idx")]

    def __str__(self):
        return f"{self.day}: {self.query} ({self.searches})"
