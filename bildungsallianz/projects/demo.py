"""Demo data: nine projects in different states, several grown from ideas of the
Kooperationswerkstatt 2025, some with indicator targets on real indicators of the
monitoring module (baselines read from its values). Idempotent."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.cooperation.models import Idea
from bildungsallianz.organisations.models import Organisation

from .models import IndicatorTarget, Milestone, ProgressUpdate, Project

D = datetime.date

PROJECTS = [
    {
        "slug": "berufsinformationsboerse",
        "title": "Berufsinformationsbörse Pirmasens",
        "summary": "Einmal im Jahr stellen sich Betriebe, Schulen, Hochschule und Kammern an einem Ort vor.",
        "status": "umsetzung",
        "lead": "agentur-fuer-arbeit-kaiserslautern-pirmasens",
        "partners": ["ihk-pfalz", "handwerkskammer-der-pfalz", "bbs-pirmasens", "bildungsbuero-pirmasens"],
        "fields": ["bildung-wirtschaft"],
        "targets": ["schueler", "eltern", "betriebe"],
        "idea": "Berufsinformationsbörse jedes Jahr",
        "funding": "Eigenmittel der Partner",
        "start": D(2025, 5, 1),
        "milestones": [
            ("Ausstellende angefragt", D(2025, 9, 30), True),
            ("Hallenplan fertig", D(2025, 12, 15), True),
            ("Börse 2026", D(2026, 3, 14), True),
            ("Auswertung mit den Schulen", D(2026, 12, 15), False),
        ],
        "indicator": ("jugendarbeitslosenquote", Decimal("0.85")),
    },
    {
        "slug": "eltern-begleiten-berufswahl",
        "title": "Eltern begleiten die Berufswahl",
        "summary": "Elternabende an allen weiterführenden Schulen, mit Betrieben und Berufsberatung – mehrsprachig.",
        "status": "planung",
        "lead": "igs-pirmasens",
        "partners": ["stadt-pirmasens-jugend-soziales", "agentur-fuer-arbeit-kaiserslautern-pirmasens"],
        "fields": ["chancengerechtigkeit"],
        "targets": ["eltern"],
        "idea": "Elternabende zur Berufswahl",
        "milestones": [("Konzept abgestimmt", D(2026, 1, 31), True), ("Erste Elternabende", D(2027, 2, 28), False)],
    },
    {
        "slug": "sprachbruecke-beruf",
        "title": "Sprachbrücke Beruf",
        "summary": "Berufsbezogener Deutschkurs mit Praktikum für junge Zugewanderte.",
        "status": "umsetzung",
        "lead": "internationaler-bund-pirmasens",
        "partners": ["vhs-pirmasens", "jobcenter-pirmasens"],
        "fields": ["migration-integration"],
        "targets": ["migration", "junge-erwachsene"],
        "idea": "Sprachbrücke Beruf",
        "funding": "Landesprogramm und Jobcenter",
        "milestones": [
            ("Kurs 1 gestartet", D(2025, 9, 1), True),
            ("Praktika vermittelt", D(2026, 1, 31), True),
            ("Kurs 2 gestartet", D(2026, 9, 1), True),
            ("Abschlussbericht", D(2027, 6, 30), False),
        ],
        "indicator": ("arbeitslosenquote-auslaendisch", Decimal("0.8")),
    },
    {
        "slug": "mentoring-abschluss-in-sicht",
        "title": "Mentoring „Abschluss in Sicht“",
        "summary": "Ehrenamtliche Mentorinnen und Mentoren begleiten Jugendliche, denen ohne Hilfe der Abschluss nicht "
        "gelingt.",
        "status": "umsetzung",
        "lead": "pakt-fuer-pirmasens",
        "partners": ["igs-pirmasens", "stadt-pirmasens-jugend-soziales"],
        "fields": ["chancengerechtigkeit"],
        "targets": ["ohne-abschluss", "schueler"],
        "idea": "Mentoring für Abschluss-gefährdete",
        "milestones": [
            ("Mentorinnen und Mentoren geschult", D(2025, 10, 31), True),
            ("20 Tandems gebildet", D(2026, 2, 28), False),
            ("Zwischenbilanz", D(2026, 7, 15), False),
        ],
        "indicator": ("schulabgaenge-ohne-hauptschulabschluss-anteil", Decimal("0.75")),
    },
    {
        "slug": "praktikumsboerse-gesundheit",
        "title": "Praktikumsbörse Gesundheit und Pflege",
        "summary": "Gesundheitsberufe kennenlernen: Schnupperpraktika im Krankenhaus und in der Pflege.",
        "status": "planung",
        "lead": "staedtisches-krankenhaus-pirmasens",
        "partners": ["bbs-pirmasens"],
        "fields": ["bildung-wirtschaft"],
        "targets": ["schueler"],
        "milestones": [("Plätze gemeldet", D(2026, 11, 30), False)],
    },
    {
        "slug": "kompetenznetzwerk-uebergang",
        "title": "Kompetenznetzwerk Übergang Schule–Beruf",
        "summary": "Eine feste Übergabe von der Schule an die Beratung, damit niemand verloren geht.",
        "status": "umsetzung",
        "lead": "bildungsbuero-pirmasens",
        "partners": ["jobcenter-pirmasens", "agentur-fuer-arbeit-kaiserslautern-pirmasens", "bbs-pirmasens"],
        "fields": ["vernetzung"],
        "targets": ["junge-erwachsene", "ohne-abschluss"],
        "idea": "Übergangsmanagement ohne Lücken",
        "stale": True,
        "milestones": [
            ("Vereinbarung unterzeichnet", D(2025, 11, 1), True),
            ("Datenschutzkonzept", D(2026, 3, 1), False),
        ],
    },
    {
        "slug": "mint-werkstatt",
        "title": "MINT-Werkstatt mit dem Dynamikum",
        "summary": "Experimentiertage für Klassen 7 und 8 als Einstieg in technische Berufe.",
        "status": "abgeschlossen",
        "lead": "dynamikum",
        "partners": ["hugo-ball-gymnasium", "immanuel-kant-gymnasium"],
        "fields": ["bildung-wirtschaft"],
        "targets": ["schueler"],
        "milestones": [("Experimentiertage durchgeführt", D(2025, 7, 10), True)],
    },
    {
        "slug": "ausbildungsbotschafter",
        "title": "Ausbildungsbotschafterinnen und -botschafter",
        "summary": "Auszubildende berichten in Schulklassen von ihrem Beruf.",
        "status": "pausiert",
        "lead": "handwerkskammer-der-pfalz",
        "partners": ["ihk-pfalz"],
        "fields": ["bildung-wirtschaft"],
        "targets": ["schueler", "auszubildende"],
        "idea": "Azubis erklären Berufe",
        "milestones": [("Botschafter geschult", D(2025, 11, 15), True), ("Schulbesuche", D(2026, 5, 31), False)],
    },
    {
        "slug": "transparente-bildungslandschaft",
        "title": "Transparente Bildungslandschaft",
        "summary": "Alle Angebote, Projekte und Zahlen der Allianz auf einer Plattform.",
        "status": "idee",
        "lead": "bildungsbuero-pirmasens",
        "fields": ["transparenz"],
        "targets": ["schueler", "eltern", "lehrkraefte"],
        "idea": "Ein Ort für alle Angebote",
        "milestones": [],
    },
]


def _target(project: Project, code: str, factor: Decimal) -> None:
    from bildungsallianz.monitoring.models import Indicator, Region
    from bildungsallianz.monitoring.selectors import series_for

    indicator = Indicator.objects.filter(code=code).first()
    region = Region.objects.filter(key=settings.MUNICIPALITY_AGS).first()
    if not (indicator and region) or IndicatorTarget.objects.filter(project=project, indicator=indicator).exists():
        return
    values = [v for v in series_for([(indicator.pk, region.pk)])[(indicator.pk, region.pk)] if v.value is not None]
    if not values:
        return
    base = values[0]
    IndicatorTarget.objects.create(
        project=project,
        indicator=indicator,
        region=region,
        baseline_value=base.value.quantize(Decimal("0.001")),
        baseline_year=base.year,
        target_value=(base.value * factor).quantize(Decimal("0.1")),
        target_year=base.year + 5,
    )


def seed(stdout=None) -> None:
    now = timezone.now()
    organisations = {o.slug: o for o in Organisation.objects.all()}
    fields = {f.slug: f for f in FieldOfAction.objects.all()}
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    created = 0
    for spec in PROJECTS:
        lead = organisations.get(spec["lead"])
        if lead is None or Project.objects.filter(slug=spec["slug"]).exists():
            continue
        idea = Idea.objects.filter(title=spec.get("idea", ""), status=Idea.State.ACCEPTED).first()
        activity = now - datetime.timedelta(days=200 if spec.get("stale") else 12)
        project = Project.objects.create(
            slug=spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            status=spec["status"],
            lead_organisation=lead,
            funding_source=spec.get("funding", ""),
            start_date=spec.get("start"),
            origin_idea=idea,
            last_activity_at=activity,
            description=f"<p>{spec['summary']}</p>",
        )
        project.partners.set([organisations[s] for s in spec.get("partners", []) if s in organisations])
        project.fields_of_action.set([fields[s] for s in spec["fields"] if s in fields])
        project.target_groups.set([groups[s] for s in spec["targets"] if s in groups])
        for title, due, done in spec["milestones"]:
            Milestone.objects.create(project=project, title=title, due_date=due, done=done)
        ProgressUpdate.objects.create(
            project=project,
            text="Das Projekt ist angelaufen; die Partner haben die Aufgaben verteilt.",
            organisation=lead,
            created_at=activity,
        )
        if "indicator" in spec:
            _target(project, *spec["indicator"])
        created += 1
    if stdout is not None:
        stdout.write(f"Projekte: {created} angelegt, {Project.objects.count()} insgesamt.")
