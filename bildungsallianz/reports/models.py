"""Reports (Bildungsberichte): Wagtail pages made of data blocks, and their frozen editions.

A report is written as a Wagtail page (drafts, revisions, preview come from
Wagtail). Publishing it creates an :class:`Edition`: the values every block
shows, resolved once and stored with the import runs and reference dates they
came from (``snapshot``). The public pages and the PDF show editions only, so
a later import never changes what was published.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from bildungsallianz.core.files import PrivateStorage

from .blocks import ReportStreamBlock


class ReportIndexPage(Page):
    """The container of all reports in the page tree (slug ``berichte``)."""

    intro = models.CharField(_("Einleitung"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["reports.ReportPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Berichte (Übersicht)")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        return redirect("reports:list")


class ReportPage(Page):
    """One report: intro, alternative summary, a stream of text and data blocks."""

    subtitle = models.CharField(_("Untertitel"), max_length=200, blank=True)
    summary = models.TextField(
        _("Kurzfassung"), blank=True, help_text=_("Erscheint oben im Bericht und in der Übersicht.")
    )
    publisher = models.CharField(_("Herausgeber"), max_length=200, default="Bildungsbüro", blank=True)
    body = StreamField(ReportStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("summary"),
        FieldPanel("publisher"),
        FieldPanel("body"),
    ]
    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Bericht")
        verbose_name_plural = _("Berichte")

    def get_url_parts(self, request=None):
        """Public address /berichte/<slug>/ whatever the tree above (served by reports.views)."""
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, _path = parts
        return site_id, root_url, reverse("reports:detail", args=[self.slug])

    def serve(self, request, *args, **kwargs):
        from .views import report_detail

        return report_detail(request, self.slug)

    def serve_preview(self, request, mode_name):
        """Wagtail's preview: the draft with today's data, marked as a preview."""
        from .views import render_preview

        return render_preview(request, self)

    @property
    def latest_edition(self):
        return self.editions.order_by("-number").first()


def edition_pdf_path(instance, filename):
    return f"{instance.report.slug}/ausgabe-{instance.number}-{filename}"


class EditionQuerySet(models.QuerySet):
    def public(self):
        """Editions of reports that are live in Wagtail (an unpublished report hides all its editions)."""
        return self.filter(report__live=True)


class Edition(models.Model):
    """One published state of a report with the data it showed, frozen."""

    report = models.ForeignKey(ReportPage, on_delete=models.CASCADE, related_name="editions")
    number = models.PositiveIntegerField(_("Ausgabe"))
    title = models.CharField(_("Titel"), max_length=255)
    published_at = models.DateTimeField(_("veröffentlicht am"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revision_id = models.PositiveIntegerField(_("Revision"), null=True, blank=True)
    #: ``{"meta": {...}, "blocks": [...], "sources": [...], "import_runs": [...]}`` (see snapshot.py)
    snapshot = models.JSONField(_("eingefrorene Daten"), default=dict)
    pdf = models.FileField(_("PDF"), upload_to=edition_pdf_path, storage=PrivateStorage("berichte"), blank=True)
    pdf_seconds = models.FloatField(_("PDF-Erstellung (Sekunden)"), null=True, blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["report", "-number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="reports_edition_unique")]
        verbose_name = _("Ausgabe")
        verbose_name_plural = _("Ausgaben")

    def __str__(self):
        return f"{self.title} ({_('Ausgabe')} {self.number})"

    def get_absolute_url(self):
        return reverse("reports:edition", args=[self.report.slug, self.number])

    def get_pdf_url(self):
        return reverse("reports:edition_pdf", args=[self.report.slug, self.number])

    @property
    def blocks(self) -> list[dict]:
        return self.snapshot.get("blocks", [])
