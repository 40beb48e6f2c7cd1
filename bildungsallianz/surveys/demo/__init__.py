"""Demo data: the closed Betriebsbefragung 2025 with plausible answers, published in monitoring.

The demo companies (organisations of the sector "Unternehmen") answer through their
invitation links; further companies of the region answer through the open link.
Answers are drawn from a seeded random generator, so every run produces the same
survey. Idempotent: a second run finds the survey and changes nothing.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from bildungsallianz.organisations.models import Organisation, Sector

from ..models import Question, Survey
from ..services import invitations_issue_unchecked, response_submit, survey_results_publish

SLUG = "betriebsbefragung-2025"
OPEN_LINK_ANSWERS = 38
#: Share of invited companies that do not answer (the first three always answer).
ANSWER_RATE_MISSING = 0.35

BRANCHES = ["Handwerk", "Industrie und Produktion", "Handel", "Gesundheit und Soziales", "Dienstleistungen"]
#: Relative weights per branch: demand (steigt, bleibt gleich, sinkt, kann ich nicht einschätzen).
DEMAND = {
    "Handwerk": (7, 2, 1, 1),
    "Industrie und Produktion": (5, 3, 2, 1),
    "Handel": (3, 4, 2, 1),
    "Gesundheit und Soziales": (8, 1, 0, 1),
    "Dienstleistungen": (4, 4, 1, 2),
}
FILLED = ["ja, alle", "teilweise", "nein, keinen", "wir bilden 2025 nicht aus"]
REASONS = [
    "zu wenige Bewerbungen",
    "schulische Voraussetzungen fehlen",
    "Bewerbende brechen vor Beginn ab",
    "schlechte Erreichbarkeit mit Bus und Bahn",
    "Deutschkenntnisse reichen nicht",
]
WISHES = [
    "Mehr Praktika in Klasse 8 und 9, damit Jugendliche den Beruf früh kennenlernen.",
    "Ein fester Ansprechpartner an jeder Schule für Betriebe.",
    "Bessere Busverbindungen ins Gewerbegebiet zu Schichtbeginn.",
    "Sprachkurse parallel zur Ausbildung.",
    "Mehr Werbung für das Handwerk bei den Eltern.",
]

QUESTIONS = [
    dict(kind="single", label="Branche", text="In welcher Branche ist Ihr Betrieb tätig?",
         options="\n".join(BRANCHES), breaks_down=True),
    dict(kind="single", label="Fachkräftebedarf",
         text="Wie entwickelt sich Ihr Bedarf an Fachkräften in den nächsten drei Jahren?",
         options="steigt\nbleibt gleich\nsinkt\nkann ich nicht einschätzen"),
    dict(kind="number", label="Ausbildungsplätze", text="Wie viele Ausbildungsplätze haben Sie für 2025 angeboten?",
         unit="Plätze", required=False),
    dict(kind="single", label="Besetzung", text="Konnten Sie Ihre Ausbildungsplätze 2025 besetzen?",
         options="\n".join(FILLED)),
    dict(kind="multiple", label="Gründe", text="Falls nicht alle: Woran lag es?", options="\n".join(REASONS),
         required=False),
    dict(kind="scale", label="Zusammenarbeit mit Schulen",
         text="Wie zufrieden sind Sie mit der Zusammenarbeit mit den Schulen bei der Berufsorientierung?",
         scale_labels="1 = gar nicht zufrieden, 5 = sehr zufrieden"),
    dict(kind="text", label="Wünsche", text="Was würde Ihnen bei der Gewinnung von Auszubildenden helfen?",
         required=False),
]  # fmt: skip


def _sheet(rng: random.Random, branch: str | None = None) -> dict[str, object]:
    branch = branch or rng.choices(BRANCHES, weights=(9, 8, 6, 5, 10))[0]
    demand = rng.choices(["steigt", "bleibt gleich", "sinkt", "kann ich nicht einschätzen"], DEMAND[branch])[0]
    places = rng.choices([0, 1, 2, 3, 5, 8], weights=(3, 5, 4, 2, 1, 1))[0]
    filled = FILLED[3] if places == 0 else rng.choices(FILLED[:3], weights=(4, 5, 2))[0]
    sheet = {"Branche": branch, "Fachkräftebedarf": demand, "Ausbildungsplätze": Decimal(places), "Besetzung": filled}
    if filled in ("teilweise", "nein, keinen"):
        sheet["Gründe"] = rng.sample(REASONS, k=rng.choice([1, 2, 2, 3]))
    sheet["Zusammenarbeit mit Schulen"] = str(rng.choices([1, 2, 3, 4, 5], weights=(1, 3, 5, 4, 2))[0])
    if rng.random() < 0.3:
        sheet["Wünsche"] = rng.choice(WISHES)
    return sheet


def _values(survey, sheet):
    questions = {q.label: q.pk for q in survey.questions.all()}
    return {questions[label]: value for label, value in sheet.items()}


@transaction.atomic
def seed(stdout=None) -> None:
    if Survey.objects.filter(slug=SLUG).exists():
        if stdout is not None:
            stdout.write("Umfragen: Betriebsbefragung 2025 schon vorhanden.")
        return
    tz = timezone.get_current_timezone()
    start = datetime.datetime(2025, 5, 5, 9, tzinfo=tz)
    closes = datetime.datetime(2025, 6, 30, 18, tzinfo=tz)
    survey = Survey(
        title="Betriebsbefragung 2025: Fachkräfte- und Ausbildungsbedarf",
        slug=SLUG,
        intro=(
            "Das Bildungsbüro fragt Betriebe in Pirmasens nach ihrem Bedarf an Fachkräften und Auszubildenden. "
            "Die Antworten helfen der Bildungsallianz, Praktika, Berufsorientierung und Übergänge besser zu planen. "
            "Die Befragung dauert etwa 5 Minuten."
        ),
        method="Online-Befragung der Betriebe (Einladungslinks an Partnerbetriebe, offener Link über IHK und HWK)",
        state=Survey.State.OPEN,
        closes_at=closes,
        open_link=True,
        reference_year=2025,
        theme="uebergang",
    )
    survey.full_clean()
    survey.save()
    for order, spec in enumerate(QUESTIONS, start=1):
        question = Question(survey=survey, order=order, **spec)
        question.full_clean()
        question.save()
    rng = random.Random(2025)
    companies = list(Organisation.objects.filter(sector=Sector.COMPANY).order_by("name"))
    issued = invitations_issue_unchecked(survey=survey, organisations=companies)
    answered = 0
    for n, (invitation, _token) in enumerate(issued):
        if n >= 3 and rng.random() < ANSWER_RATE_MISSING:  # not every invited company answers
            continue
        when = start + datetime.timedelta(days=1 + n % 50, hours=n % 8)
        response_submit(survey=survey, values=_values(survey, _sheet(rng)), invitation=invitation, now=when)
        answered += 1
    for n in range(OPEN_LINK_ANSWERS):
        when = start + datetime.timedelta(days=1 + n % 50, hours=n % 7)
        response_submit(survey=survey, values=_values(survey, _sheet(rng)), now=when)
    survey.state = Survey.State.CLOSED
    survey.closed_at = closes
    survey.save(update_fields=["state", "closed_at"])
    survey_results_publish(survey=survey, now=closes + datetime.timedelta(days=7))
    if stdout is not None:
        stdout.write(
            f"Umfragen: Betriebsbefragung 2025 mit {answered + OPEN_LINK_ANSWERS} Antworten "
            f"({answered} von {len(companies)} eingeladenen Betrieben) ins Bildungsmonitoring übernommen."
        )
