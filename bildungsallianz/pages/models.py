"""Wagtail pages: home, standard (incl. the legally required pages), news."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(Page):
    intro = models.CharField(_("Einleitung"), max_length=300, blank=True)
    body = RichTextField(_("Text"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def get_context(self, request, *args, **kwargs):
        from bildungsallianz.charter.selectors import home_figures

        context = super().get_context(request, *args, **kwargs)
        context["news"] = NewsPage.objects.live().public().order_by("-date")[:3]
        context["figures"] = home_figures()
        return context


class StandardPage(Page):
    class LegalRole(models.TextChoices):
        NONE = "", _("keine")
        IMPRINT = "impressum", _("Impressum")
        PRIVACY = "datenschutz", _("Datenschutzerklärung")
        ACCESSIBILITY = "barrierefreiheit", _("Erklärung zur Barrierefreiheit")

    intro = models.CharField(_("Einleitung"), max_length=300, blank=True)
    body = RichTextField(_("Text"), features=RICH_TEXT_FEATURES)
    legal_role = models.CharField(
        _("Pflichtseite"),
        max_length=20,
        choices=LegalRole.choices,
        blank=True,
        default="",
        help_text=_("Pflichtseiten werden in der Fußzeile verlinkt."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("legal_role")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("Standardseite")


class NewsIndexPage(Page):
    intro = models.CharField(_("Einleitung"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("Aktuelles (Übersicht)")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news"] = NewsPage.objects.child_of(self).live().public().order_by("-date")
        return context


class NewsPage(Page):
    date = models.DateField(_("Datum"))
    intro = models.CharField(_("Kurzfassung"), max_length=300)
    body = RichTextField(_("Text"), features=RICH_TEXT_FEATURES)
    projects = ParentalManyToManyField(
        "projects.Project",
        verbose_name=_("Projekte"),
        blank=True,
        related_name="news_pages",
        help_text=_("Erfolge sichtbar machen: die Meldung verweist auf diese Projekte."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("projects"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types: list[str] = []

    def linked_projects(self):
        return self.projects.filter(is_public=True).order_by("title")

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")
