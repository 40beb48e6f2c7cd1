"""Wagtail pages: home, standard (incl. the legally required pages), news,
Leichte Sprache, Gebärdensprache and the accessibility statement (with its feedback)."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from bildungsallianz.core.translations.display import translated_context
from bildungsallianz.core.translations.models import Translatable
from bildungsallianz.core.translations.widgets import TranslationsWidget

from .blocks import EasyLanguageBlocks

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


class StandardPage(Translatable, Page):
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

    translatable_fields = ("title", "intro", "body")
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("legal_role"),
        FieldPanel(
            "translations",
            heading=_("Übersetzungen (Inhaltssprachen)"),
            widget=TranslationsWidget(
                [("title", _("Titel"), False), ("intro", _("Einleitung"), False), ("body", _("Text"), True)]
            ),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("Standardseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(translated_context(request, self))
        return context


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

    report = models.ForeignKey(
        "reports.ReportPage",
        verbose_name=_("Bericht"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
        help_text=_("Die Meldung verweist auf diesen Bericht (nur veröffentlichte Berichte werden verlinkt)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("projects"),
        PageChooserPanel("report", "reports.ReportPage"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types: list[str] = []

    def linked_report(self):
        """The linked report if it has a public edition (a draft is never linked)."""
        report = self.report
        if report is None or not report.live or not report.editions.exists():
            return None
        return report

    def linked_projects(self):
        return self.projects.filter(is_public=True).order_by("title")

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")


VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}


class SignLanguageVideoMixin(models.Model):
    """A video in German Sign Language (DGS), uploaded as a Wagtail document and served by the
    app's document view (never from a public media URL), with its transcript shown beside it."""

    sign_language_video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Video in Deutscher Gebärdensprache (DGS)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("MP4- oder WebM-Datei, als Dokument hochgeladen."),
    )
    sign_language_transcript = models.TextField(
        _("Text zum Video"),
        blank=True,
        help_text=_("Was im Video gesagt wird, als Text. Pflicht, sobald ein Video gewählt ist."),
    )

    video_panels = [
        MultiFieldPanel(
            [FieldPanel("sign_language_video"), FieldPanel("sign_language_transcript")],
            heading=_("Gebärdensprache"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def sign_language_video_type(self) -> str:
        if not self.sign_language_video_id:
            return ""
        return VIDEO_TYPES.get(os.path.splitext(self.sign_language_video.file.name)[1].lower(), "")

    def clean(self):
        super().clean()
        errors = {}
        if self.sign_language_video_id:
            if not self.sign_language_video_type:
                errors["sign_language_video"] = _("Bitte wählen Sie ein Video im Format MP4 oder WebM.")
            if not self.sign_language_transcript.strip():
                errors["sign_language_transcript"] = _(
                    "Bitte schreiben Sie auf, was im Video gesagt wird. Nicht alle können das Video sehen."
                )
        if errors:
            raise ValidationError(errors)


class LeichteSprachePage(SignLanguageVideoMixin, Page):
    """A page in Leichte Sprache. The top one (below the start page) is linked from every page's header."""

    intro = models.CharField(
        _("Das Wichtigste in einem Satz"),
        max_length=200,
        blank=True,
        help_text=_("Ein kurzer Satz. Er steht unter der Überschrift."),
    )
    body = StreamField(EasyLanguageBlocks(), verbose_name=_("Inhalt"), blank=True)

    content_panels = (
        Page.content_panels + [FieldPanel("intro"), FieldPanel("body")] + SignLanguageVideoMixin.video_panels
    )
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.HomePage", "pages.LeichteSprachePage"]
    subpage_types = ["pages.LeichteSprachePage"]

    class Meta:
        verbose_name = _("Seite in Leichter Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")

    def __str__(self):
        return self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = LeichteSprachePage.objects.child_of(self).live().public().specific()
        parent = self.get_parent().specific
        context["overview"] = parent if isinstance(parent, LeichteSprachePage) else None
        return context


class SignLanguagePage(SignLanguageVideoMixin, Page):
    """Information about the site in German Sign Language (BITV 2.0 § 4): the video is required."""

    intro = models.CharField(_("Einleitung"), max_length=300, blank=True)
    body = RichTextField(_("Text"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = (
        Page.content_panels + [FieldPanel("intro")] + SignLanguageVideoMixin.video_panels + [FieldPanel("body")]
    )
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("Seite in Gebärdensprache")

    def __str__(self):
        return self.title

    def clean(self):
        if not self.sign_language_video_id:
            raise ValidationError({"sign_language_video": _("Bitte wählen Sie das Video in Gebärdensprache.")})
        super().clean()


class AccessibilityStatementPage(Page):
    """Erklärung zur Barrierefreiheit after the EU model statement (Implementing Decision (EU) 2018/1523).

    The page also takes the feedback form (see ``pages.views.accessibility_statement``).
    """

    class Conformance(models.TextChoices):
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    intro = models.CharField(_("Einleitung"), max_length=400, blank=True)
    standard = models.CharField(
        _("Anforderungen"),
        max_length=300,
        default="BITV RP / BITV 2.0, EN 301 549 V3.2.1, WCAG 2.1 Stufe AA",
    )
    conformance = models.CharField(
        _("Stand der Vereinbarkeit"), max_length=10, choices=Conformance.choices, default=Conformance.PARTIAL
    )
    known_gaps = RichTextField(
        _("Nicht barrierefreie Inhalte"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Ehrlich auflisten, was noch nicht erfüllt ist, mit Grund und Alternative."),
    )
    prepared_on = models.DateField(_("Erstellt am"))
    last_checked_on = models.DateField(_("Zuletzt überprüft am"))
    check_method = models.CharField(_("Methode der Überprüfung"), max_length=400)
    contact = RichTextField(_("Kontakt"), features=RICH_TEXT_FEATURES)
    enforcement = RichTextField(_("Durchsetzungsverfahren"), features=RICH_TEXT_FEATURES)
    feedback_email = models.EmailField(
        _("Rückmeldungen per E-Mail an"),
        blank=True,
        help_text=_("Leer: die Adresse des Bildungsbüros aus der Konfiguration."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("standard"), FieldPanel("conformance"), FieldPanel("known_gaps")],
            heading=_("Stand der Vereinbarkeit"),
        ),
        MultiFieldPanel(
            [FieldPanel("prepared_on"), FieldPanel("last_checked_on"), FieldPanel("check_method")],
            heading=_("Erstellung und Überprüfung"),
        ),
        FieldPanel("contact"),
        FieldPanel("feedback_email"),
        FieldPanel("enforcement"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")

    def feedback_recipient(self) -> str:
        return self.feedback_email or settings.ACCESSIBILITY_FEEDBACK_EMAIL

    def serve(self, request, *args, **kwargs):
        from .views import accessibility_statement

        return accessibility_statement(request, self)


class AccessibilityFeedbackQuerySet(models.QuerySet):
    def expired(self, *, cutoff):
        return self.filter(created_at__lt=cutoff)


class AccessibilityFeedback(models.Model):
    """A barrier reported through the statement's form: only the message, an optional reply address
    and the time of consent (no name, no address of the client)."""

    message = models.TextField(_("Nachricht"), max_length=4000)
    reply_email = models.EmailField(_("E-Mail-Adresse für eine Antwort"), blank=True)
    consent_at = models.DateTimeField(_("Einwilligung am"))
    created_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True)
    handled = models.BooleanField(_("Erledigt"), default=False)

    objects = AccessibilityFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("Rückmeldung zur Barrierefreiheit")
        verbose_name_plural = _("Rückmeldungen zur Barrierefreiheit")
        ordering = ["-created_at"]

    def __str__(self):
        return self.message[:60]
