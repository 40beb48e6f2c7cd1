"""The blocks a report is written with (Wagtail StreamField).

Data blocks store only what to show (an indicator code, a field of action);
the numbers are looked up when a preview is drawn and frozen when the report
is published (see snapshot.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


def indicator_choices():
    from bildungsallianz.monitoring.selectors import indicators_for_choice

    return [(i.code, i.name) for i in indicators_for_choice()]


def field_of_action_choices():
    from bildungsallianz.charter.models import FieldOfAction

    return [(f.slug, str(f)) for f in FieldOfAction.objects.order_by("number")]


class ChartKind:
    SERIES = "series"
    COMPARISON = "comparison"
    RANKING = "ranking"
    GEMEINDEN = "gemeinden"
    CHOICES = [
        (SERIES, _("Zeitreihe (eigene Kommune, Land, Bund)")),
        (COMPARISON, _("Vergleich mit Land, Bund und Vergleichskreisen")),
        (RANKING, _("alle Kreise (Rangfolge)")),
        (GEMEINDEN, _("Gemeinden des eigenen Landkreises")),
    ]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Kapitelüberschrift")
        help_text = _("Erscheint im Inhaltsverzeichnis und als Lesezeichen im PDF.")


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Text")


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    indicators = blocks.ListBlock(
        blocks.ChoiceBlock(choices=indicator_choices, label=_("Indikator")), label=_("Indikatoren"), min_num=1
    )

    class Meta:
        icon = "table"
        label = _("Kennzahlen")


class IndicatorChartBlock(blocks.StructBlock):
    indicator = blocks.ChoiceBlock(choices=indicator_choices, label=_("Indikator"))
    kind = blocks.ChoiceBlock(choices=ChartKind.CHOICES, default=ChartKind.SERIES, label=_("Art der Grafik"))
    title = blocks.CharBlock(label=_("Überschrift"), required=False, help_text=_("leer: Name des Indikators"))
    note = blocks.TextBlock(label=_("Hinweis unter der Grafik"), required=False)

    class Meta:
        icon = "image"
        label = _("Indikator-Grafik mit Datentabelle")


class IndicatorTableBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    indicators = blocks.ListBlock(
        blocks.ChoiceBlock(choices=indicator_choices, label=_("Indikator")), label=_("Indikatoren"), min_num=1
    )

    class Meta:
        icon = "table"
        label = _("Indikator-Tabelle")


class ProjectPortfolioBlock(blocks.StructBlock):
    field_of_action = blocks.ChoiceBlock(choices=field_of_action_choices, label=_("Handlungsfeld"))
    title = blocks.CharBlock(label=_("Überschrift"), required=False)

    class Meta:
        icon = "tasks"
        label = _("Projektportfolio eines Handlungsfelds")


class OfferLandscapeBlock(blocks.StructBlock):
    field_of_action = blocks.ChoiceBlock(
        choices=field_of_action_choices, label=_("Handlungsfeld"), required=False, help_text=_("leer: alle")
    )
    title = blocks.CharBlock(label=_("Überschrift"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Angebote nach Handlungsfeld und Zielgruppe")


class FairFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)

    class Meta:
        icon = "group"
        label = _("Kennzahlen der Berufsinformationsbörse über die Jahre")


class FootnotesBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul", "link"], label=_("Fußnoten"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Fußnoten und Quellen")
        help_text = _("Die Quellen aller Zahlen des Berichts werden hier automatisch aufgeführt.")


class ReportStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    key_figures = KeyFiguresBlock()
    indicator_chart = IndicatorChartBlock()
    indicator_table = IndicatorTableBlock()
    project_portfolio = ProjectPortfolioBlock()
    offer_landscape = OfferLandscapeBlock()
    fair_figures = FairFiguresBlock()
    footnotes = FootnotesBlock()
