import datetime

import factory
from django.utils import timezone

from bildungsallianz.surveys.models import Question, Survey

NOW = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)


class SurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Survey

    title = factory.Sequence(lambda n: f"Umfrage {n}")
    slug = factory.Sequence(lambda n: f"umfrage-{n}")
    method = "Online-Befragung"
    state = Survey.State.OPEN
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    reference_year = 2025


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    survey = factory.SubFactory(SurveyFactory)
    kind = Question.Kind.SINGLE
    text = factory.Sequence(lambda n: f"Frage {n}?")
    label = factory.Sequence(lambda n: f"Merkmal {n}")
    options = "Ja\nNein"
    order = factory.Sequence(lambda n: n)


def company_survey(**kwargs) -> Survey:
    """A small Betriebsbefragung: branch (breakdown), demand (single), measures (multiple), places, scale, text."""
    kwargs.setdefault("open_link", True)
    survey = SurveyFactory(title="Betriebsbefragung", slug="betriebsbefragung", **kwargs)
    QuestionFactory(
        survey=survey,
        order=1,
        text="Branche Ihres Betriebs?",
        label="Branche",
        options="Handwerk\nIndustrie\nDienstleistung",
        breaks_down=True,
    )
    QuestionFactory(
        survey=survey,
        order=2,
        text="Erwarteter Fachkräftebedarf?",
        label="Fachkräftebedarf",
        options="steigt\ngleich\nsinkt",
    )
    QuestionFactory(
        survey=survey,
        order=3,
        kind=Question.Kind.MULTIPLE,
        text="Was tun Sie?",
        label="Maßnahmen",
        options="Praktika\nAusbildung\nWeiterbildung",
        required=False,
    )
    QuestionFactory(
        survey=survey,
        order=4,
        kind=Question.Kind.NUMBER,
        text="Ausbildungsplätze 2025?",
        label="Ausbildungsplätze",
        options="",
        unit="Plätze",
        required=False,
    )
    QuestionFactory(
        survey=survey,
        order=5,
        kind=Question.Kind.SCALE,
        text="Zufriedenheit mit Bewerbungen?",
        label="Zufriedenheit",
        options="",
        scale_min=1,
        scale_max=5,
        required=False,
    )
    QuestionFactory(
        survey=survey,
        order=6,
        kind=Question.Kind.TEXT,
        text="Was wünschen Sie sich?",
        label="Wünsche",
        options="",
        required=False,
    )
    return survey


def answer(survey, **by_label):
    """Submit one sheet through the service: ``answer(s, Branche="Handwerk", Fachkräftebedarf="steigt")``."""
    from bildungsallianz.surveys.services import response_submit

    questions = {q.label: q for q in survey.questions.all()}
    return response_submit(survey=survey, values={questions[k].pk: v for k, v in by_label.items()})
