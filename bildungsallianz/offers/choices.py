"""Choice lists of the offer model (values are stable; labels are German)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferType(models.TextChoices):
    ORIENTATION = "berufsorientierung", _("Berufsorientierung")
    INTERNSHIP = "praktikum", _("Praktikum")
    APPRENTICESHIP = "ausbildungsplatz", _("Ausbildungsplatz")
    DUAL_STUDY = "duales-studium", _("Duales Studium")
    EQ = "einstiegsqualifizierung", _("Einstiegsqualifizierung")
    COUNSELLING = "beratung", _("Beratung/Coaching")
    APPLICATION_TRAINING = "bewerbungstraining", _("Bewerbungstraining")
    LANGUAGE = "sprachfoerderung", _("Sprachförderung")
    TUTORING = "lernfoerderung", _("Lernförderung/Nachhilfe")
    SCHOOL_CERTIFICATE = "schulabschluss", _("Schulabschluss nachholen")
    PARENTS = "elternangebot", _("Elternangebot")
    LEISURE = "freizeit", _("Freizeit/Jugendarbeit")
    FURTHER_TRAINING = "weiterbildung", _("Weiterbildung")


#: Types that are job-like places (schema.org JobPosting).
JOB_TYPES = {OfferType.INTERNSHIP, OfferType.APPRENTICESHIP, OfferType.DUAL_STUDY, OfferType.EQ}


class Certificate(models.IntegerChoices):
    """Required school certificate, ordered: whoever has level n also has every level below."""

    NONE = 0, _("kein Abschluss nötig")
    BERUFSREIFE = 1, _("Berufsreife (Hauptschulabschluss)")
    SEKUNDAR_I = 2, _("Sekundarabschluss I (Mittlere Reife)")
    FACHHOCHSCHULREIFE = 3, _("Fachhochschulreife")
    ABITUR = 4, _("Abitur")


class GermanLevel(models.IntegerChoices):
    NONE = 0, _("keine Deutschkenntnisse nötig")
    A1 = 1, "A1"
    A2 = 2, "A2"
    B1 = 3, "B1"
    B2 = 4, "B2"
    C1 = 5, "C1"


class Cost(models.TextChoices):
    FREE = "kostenlos", _("kostenlos")
    FEE = "gebuehr", _("mit Gebühr")
    FUNDED = "gefoerdert", _("gefördert (z. B. Bildungsgutschein)")


class DateKind(models.TextChoices):
    SINGLE = "einmalig", _("einmaliger Termin")
    RECURRING = "regelmaessig", _("regelmäßige Termine")
    ONGOING = "laufend", _("laufend, jederzeit möglich")


#: Languages an offer can be delivered in (ISO 639-1), German names.
LANGUAGES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("ar", _("Arabisch")),
    ("uk", _("Ukrainisch")),
    ("tr", _("Türkisch")),
    ("ru", _("Russisch")),
    ("fa", _("Persisch (Farsi)")),
    ("fr", _("Französisch")),
    ("pl", _("Polnisch")),
    ("ro", _("Rumänisch")),
]
LANGUAGE_CODES = [code for code, _label in LANGUAGES]

#: Age and class values offered as filters.
AGE_CHOICES = [14, 15, 16, 17, 18, 21, 25, 27]
CLASS_CHOICES = list(range(5, 14))
