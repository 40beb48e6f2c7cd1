"""StreamField blocks of the Leichte-Sprache pages: text, a picture beside its text,
an explained word and an example (the elements the Netzwerk Leichte Sprache's rules ask for)."""

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

EASY_FEATURES = ["bold", "ol", "ul", "link"]

#: Simple pictures shipped with the app (static/img/leichte-sprache/<name>.svg), drawn for this project.
PICTURES = [
    ("computer", _("Computer mit Internet-Seite")),
    ("lupe", _("Lupe (suchen)")),
    ("menschen", _("Menschen, die zusammen arbeiten")),
    ("brief", _("Brief (E-Mail schreiben)")),
    ("telefon", _("Telefon (anrufen)")),
    ("haus", _("Haus (Adresse, Besuch)")),
    ("formular", _("Formular (Antrag ausfüllen)")),
    ("stern", _("Stern (merken)")),
]


class PictureTextBlock(blocks.StructBlock):
    picture = blocks.ChoiceBlock(label=_("Bild"), choices=PICTURES)
    text = blocks.RichTextBlock(label=_("Text neben dem Bild"), features=EASY_FEATURES)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["picture_url"] = static(f"img/leichte-sprache/{value['picture']}.svg")
        return context

    class Meta:
        icon = "image"
        label = _("Bild mit Text")
        template = "pages/blocks/picture_text.html"


class WordBlock(blocks.StructBlock):
    word = blocks.CharBlock(label=_("Schweres Wort"), max_length=80)
    explanation = blocks.TextBlock(label=_("Erklärung in kurzen Sätzen"))

    class Meta:
        icon = "help"
        label = _("Wort-Erklärung")
        template = "pages/blocks/word.html"


class ExampleBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Beispiel"), features=EASY_FEATURES)

    class Meta:
        icon = "openquote"
        label = _("Beispiel")
        template = "pages/blocks/example.html"


class EasyLanguageBlocks(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=["h2", *EASY_FEATURES])
    picture_text = PictureTextBlock()
    word = WordBlock()
    example = ExampleBlock()
