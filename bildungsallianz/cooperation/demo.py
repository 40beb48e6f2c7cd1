"""Demo data: three working groups with meetings, minutes and tasks, and the
Kooperationswerkstatt of 21.03.2025 with its ideas and dots. Idempotent.

Facts (date, about 30 actors, the topics career orientation, career choice and the
transition from school to work) follow the public reports; the texts are written
for this project. Demo accounts use the password from DEMO_PASSWORD.
"""

from __future__ import annotations

import datetime
import os

from django.utils import timezone

from bildungsallianz.accounts.models import Membership, User
from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.organisations.models import Organisation

from .models import ActionItem, Dot, GroupMembership, Idea, Meeting, WorkingGroup, Workshop, WorkshopTable

MEMBERS = [
    # email, first, last, organisation
    ("ag.schule-wirtschaft@example.org", "Jonas", "Brückner", "bbs-pirmasens"),
    ("ag.eltern@example.org", "Miriam", "Elsner", "igs-pirmasens"),
    ("ag.integration@example.org", "Deniz", "Aydın", "internationaler-bund-pirmasens"),
    ("ag.jobcenter@example.org", "Petra", "Hoffmann", "jobcenter-pirmasens"),
]

GROUPS = [
    {
        "slug": "arbeitskreis-schule-wirtschaft",
        "name": "Arbeitskreis Schule–Wirtschaft",
        "purpose": "Schulen und Betriebe vereinbaren feste Partnerschaften, mehr Praktikumsplätze und gemeinsame "
        "Termine der Berufsorientierung – von der Klasse 7 bis zum Ausbildungsbeginn.",
        "fields": ["bildung-wirtschaft"],
        "targets": ["schueler", "betriebe"],
        "public": True,
        "chair": "ag.schule-wirtschaft@example.org",
        "members": ["ag.schule-wirtschaft@example.org", "redaktion.ihk@example.org", "ag.jobcenter@example.org"],
    },
    {
        "slug": "elternarbeit",
        "name": "Elternarbeit",
        "purpose": "Eltern sind die wichtigsten Berater bei der Berufswahl. Die Gruppe entwickelt Angebote, die "
        "Eltern früh und in ihrer Sprache erreichen.",
        "fields": ["chancengerechtigkeit"],
        "targets": ["eltern", "schueler"],
        "public": True,
        "chair": "ag.eltern@example.org",
        "members": ["ag.eltern@example.org", "ag.integration@example.org"],
    },
    {
        "slug": "integration-junger-zugewanderter",
        "name": "Integration junger Zugewanderter",
        "purpose": "Sprachförderung, Anerkennung und Begleitung in Ausbildung und Arbeit für junge Menschen, die "
        "neu nach Pirmasens gekommen sind. Die Gruppe arbeitet intern, weil Einzelfälle besprochen werden.",
        "fields": ["migration-integration"],
        "targets": ["migration", "junge-erwachsene"],
        "public": False,
        "chair": "ag.integration@example.org",
        "members": ["ag.integration@example.org", "ag.jobcenter@example.org"],
    },
]

TABLES = ["Berufsorientierung", "Berufswahl und Eltern", "Übergang Schule–Beruf", "Integration und Sprache"]

IDEAS = [
    # table, field, title, description, target groups, dots, status
    (
        0,
        "bildung-wirtschaft",
        "Berufsinformationsbörse jedes Jahr",
        "Eine feste jährliche Börse, auf der sich Betriebe, Schulen und Kammern an einem Ort vorstellen.",
        ["schueler", "betriebe"],
        19,
        "angenommen",
    ),
    (
        0,
        "bildung-wirtschaft",
        "Praktikumskalender für alle Schulen",
        "Ein gemeinsamer Kalender der Praktikumszeiten, damit Betriebe planen können.",
        ["schueler", "betriebe"],
        11,
        "neu",
    ),
    (
        0,
        "bildung-wirtschaft",
        "Betriebserkundungen ab Klasse 7",
        "Jede Klasse besucht im Jahr mindestens zwei Betriebe aus der Region.",
        ["schueler"],
        9,
        "neu",
    ),
    (
        0,
        "bildung-wirtschaft",
        "Azubis erklären Berufe",
        "Auszubildende gehen als Botschafter in die Schulen.",
        ["schueler", "auszubildende"],
        14,
        "angenommen",
    ),
    (
        0,
        "transparenz",
        "Ein Ort für alle Angebote",
        "Alle Angebote der Berufsorientierung auf einer Webseite, mit Filter nach Alter.",
        ["schueler", "eltern"],
        12,
        "angenommen",
    ),
    (
        0,
        "bildung-wirtschaft",
        "MINT-Tage mit dem Dynamikum",
        "Praktische Experimente als Einstieg in technische Berufe.",
        ["schueler"],
        6,
        "neu",
    ),
    (
        1,
        "chancengerechtigkeit",
        "Elternabende zur Berufswahl",
        "Elternabende in den Schulen, gemeinsam mit Agentur für Arbeit und Betrieben.",
        ["eltern"],
        15,
        "angenommen",
    ),
    (
        1,
        "chancengerechtigkeit",
        "Elternlotsen mit Sprachkenntnissen",
        "Ehrenamtliche Lotsen begleiten Eltern in ihrer Herkunftssprache.",
        ["eltern", "migration"],
        10,
        "neu",
    ),
    (
        1,
        "chancengerechtigkeit",
        "Berufswahl-Café am Samstag",
        "Ein offenes Café für Familien mit Betrieben zum Anfassen.",
        ["eltern", "schueler"],
        4,
        "neu",
    ),
    (
        1,
        "transparenz",
        "Elternbrief in einfacher Sprache",
        "Ein jährlicher Brief mit Terminen und Ansprechpersonen.",
        ["eltern"],
        3,
        "abgelehnt",
    ),
    (
        1,
        "chancengerechtigkeit",
        "Mehrsprachige Erklärvideos",
        "Kurze Videos zur dualen Ausbildung in fünf Sprachen.",
        ["eltern", "migration"],
        7,
        "neu",
    ),
    (
        2,
        "chancengerechtigkeit",
        "Mentoring für Abschluss-gefährdete",
        "Ehrenamtliche Mentorinnen und Mentoren begleiten Jugendliche, denen ein Abschluss ohne Hilfe nicht gelingt.",
        ["ohne-abschluss", "schueler"],
        21,
        "angenommen",
    ),
    (
        2,
        "chancengerechtigkeit",
        "Zweite Chance Schulabschluss",
        "Abendkurs, um die Berufsreife nachzuholen, mit Kinderbetreuung.",
        ["ohne-abschluss", "junge-erwachsene"],
        8,
        "neu",
    ),
    (
        2,
        "vernetzung",
        "Übergangsmanagement ohne Lücken",
        "Niemand geht verloren: Übergabe von der Schule an Jobcenter und Jugendberufsagentur.",
        ["ohne-abschluss", "junge-erwachsene"],
        13,
        "angenommen",
    ),
    (
        2,
        "bildung-wirtschaft",
        "Einstiegsqualifizierung bekannter machen",
        "Betriebe und Jugendliche über die EQ informieren.",
        ["betriebe", "junge-erwachsene"],
        5,
        "neu",
    ),
    (
        2,
        "vernetzung",
        "Runder Tisch Ausbildungsabbruch",
        "Früh reagieren, wenn eine Ausbildung zu scheitern droht.",
        ["auszubildende"],
        6,
        "neu",
    ),
    (
        2,
        "transparenz",
        "Zahlen zum Übergang jährlich berichten",
        "Ein kurzer Bericht mit den wichtigsten Zahlen des Bildungsmonitorings.",
        ["lehrkraefte"],
        5,
        "neu",
    ),
    (
        2,
        "vernetzung",
        "Jugendberufsagentur unter einem Dach",
        "Agentur, Jobcenter und Jugendamt beraten an einem Ort.",
        ["junge-erwachsene"],
        9,
        "zusammengefuehrt",
    ),
    (
        3,
        "migration-integration",
        "Sprachbrücke Beruf",
        "Berufsbezogener Deutschkurs mit Praktikum für junge Zugewanderte.",
        ["migration", "junge-erwachsene"],
        17,
        "angenommen",
    ),
    (
        3,
        "migration-integration",
        "Anerkennungsberatung in der Schule",
        "Beratung zur Anerkennung von Zeugnissen direkt an der BBS.",
        ["migration"],
        6,
        "neu",
    ),
    (
        3,
        "migration-integration",
        "Patenschaften mit Betrieben",
        "Betriebe übernehmen Patenschaften für junge Geflüchtete.",
        ["migration", "betriebe"],
        8,
        "neu",
    ),
    (
        3,
        "migration-integration",
        "Sprachcafé für Azubis",
        "Wöchentliches Sprachcafé, in dem Fachsprache geübt wird.",
        ["migration", "auszubildende"],
        4,
        "neu",
    ),
    (
        3,
        "chancengerechtigkeit",
        "Lernförderung für Seiteneinsteiger",
        "Nachhilfe in Mathematik und Deutsch für Seiteneinsteiger.",
        ["migration", "schueler"],
        5,
        "neu",
    ),
    (
        3,
        "vernetzung",
        "Ansprechpersonen-Liste Integration",
        "Eine aktuelle Liste, wer wofür zuständig ist.",
        ["lehrkraefte"],
        2,
        "neu",
    ),
    (
        3,
        "migration-integration",
        "Willkommensklasse mit Berufsorientierung",
        "Berufsorientierung schon in der Willkommensklasse.",
        ["migration", "schueler"],
        3,
        "neu",
    ),
]


def _users() -> dict[str, User]:
    password = os.environ.get("DEMO_PASSWORD", "bildung-demo-2025")
    users = {}
    for email, first, last, org_slug in MEMBERS:
        user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if created:
            user.set_password(password)
            user.save()
        organisation = Organisation.objects.filter(slug=org_slug).first()
        if organisation:
            Membership.objects.get_or_create(user=user, organisation=organisation, role=Membership.Role.WORKING_GROUP)
        users[email] = user
    for user in User.objects.filter(email__in=["redaktion.ihk@example.org"]):
        users[user.email] = user
    return users


def _organisation_of(user):
    membership = user.memberships.select_related("organisation").first()
    return membership.organisation if membership else None


def _groups(users) -> list[WorkingGroup]:
    groups = []
    for spec in GROUPS:
        group, _ = WorkingGroup.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "purpose": spec["purpose"],
                "is_public": spec["public"],
                "chair": users.get(spec["chair"]),
            },
        )
        group.fields_of_action.set(FieldOfAction.objects.filter(slug__in=spec["fields"]))
        group.target_groups.set(TargetGroup.objects.filter(slug__in=spec["targets"]))
        for email in spec["members"]:
            if email in users:
                GroupMembership.objects.get_or_create(
                    group=group, user=users[email], defaults={"organisation": _organisation_of(users[email])}
                )
        groups.append(group)
    return groups


def _meetings(group: WorkingGroup, users) -> None:
    if group.meetings.exists():
        return
    tz = timezone.get_current_timezone()
    past = Meeting.objects.create(
        group=group,
        title="Arbeitssitzung",
        starts_at=datetime.datetime(2025, 9, 18, 15, 0, tzinfo=tz),
        ends_at=datetime.datetime(2025, 9, 18, 17, 0, tzinfo=tz),
        place="Rathaus Pirmasens, Raum 214",
        agenda="Begrüßung und Protokoll\nStand der Projekte\nPlanung der nächsten Schritte\nVerschiedenes",
        minutes="<p>Die Gruppe hat den Stand der Projekte besprochen.</p><ul><li>Die Termine für das "
        "Schuljahr sind abgestimmt.</li><li>Zwei neue Partner machen mit.</li></ul>",
        decisions="Die Gruppe trifft sich alle acht Wochen.\nDie Ergebnisse werden auf der Plattform veröffentlicht.",
        decisions_public=group.is_public,
        minutes_published_at=datetime.datetime(2025, 9, 22, 9, 0, tzinfo=tz),
    )
    members = [m.user for m in group.memberships.select_related("user", "organisation")]
    past.attendees.set(members)
    past.organisations.set({m.organisation for m in group.memberships.all() if m.organisation})
    Meeting.objects.create(
        group=group,
        title="Arbeitssitzung",
        starts_at=datetime.datetime(2026, 12, 10, 15, 0, tzinfo=tz),
        place="Bildungsbüro, Exerzierplatzstraße 17",
        agenda="Rückblick auf das Jahr\nPlanung 2027",
    )
    chair = group.chair
    ActionItem.objects.create(
        group=group,
        meeting=past,
        title="Termine an alle Schulen senden",
        responsible_user=chair,
        due_date=datetime.date(2025, 10, 15),
        status=ActionItem.State.DONE,
        done_at=timezone.now(),
    )
    ActionItem.objects.create(
        group=group,
        meeting=past,
        title="Neue Partner zur nächsten Sitzung einladen",
        responsible_user=chair,
        due_date=datetime.date(2026, 11, 30),
    )
    if len(members) > 1:
        ActionItem.objects.create(
            group=group,
            meeting=past,
            title="Zahlen aus dem Bildungsmonitoring aufbereiten",
            responsible_user=members[1],
            due_date=datetime.date(2026, 12, 5),
        )


def _workshop() -> Workshop:
    workshop, created = Workshop.objects.get_or_create(
        slug="kooperationswerkstatt-2025",
        defaults={
            "title": "Kooperationswerkstatt 2025",
            "date": datetime.date(2025, 3, 21),
            "description": "Rund 30 Akteurinnen und Akteure aus Schulen, Betrieben, Kammern, Verwaltung und Vereinen "
            "haben an vier Tischen Projektideen zu Berufsorientierung, Berufswahl und dem Übergang von der Schule in "
            "den Beruf entwickelt und mit Punkten gewichtet.",
            "phase": Workshop.Phase.EVALUATING,
            "dots_per_participant": 8,
            "code": "PS2025",
        },
    )
    if not created:
        return workshop
    tables = [WorkshopTable.objects.create(workshop=workshop, name=name, order=i) for i, name in enumerate(TABLES)]
    fields = {f.slug: f for f in FieldOfAction.objects.all()}
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    now = timezone.now()
    merged_target = None
    voter = 0  # dots go round the 30 participants, so nobody has more than the 8 allowed
    for table, field, title, text, targets, dots, status in IDEAS:
        idea = Idea.objects.create(
            workshop=workshop,
            table=tables[table],
            title=title,
            description=text,
            field_of_action=fields.get(field),
            status=status,
            evaluated_at=now if status != Idea.State.NEW else None,
            decline_reason="Wird im Rahmen der Berufsinformationsbörse umgesetzt." if status == "abgelehnt" else "",
        )
        idea.target_groups.set([groups[s] for s in targets if s in groups])
        Dot.objects.bulk_create(
            [Dot(idea=idea, workshop=workshop, participant_key=f"demo-{(voter + i) % 30}") for i in range(dots)]
        )
        voter += dots
        if title == "Übergangsmanagement ohne Lücken":
            merged_target = idea
        if status == Idea.State.MERGED and merged_target:
            idea.merged_into = merged_target
            idea.save(update_fields=["merged_into"])
    return workshop


def seed(stdout=None) -> None:
    users = _users()
    groups = _groups(users)
    for group in groups:
        _meetings(group, users)
    workshop = _workshop()
    if stdout is not None:
        stdout.write(
            f"Zusammenarbeit: {len(groups)} Arbeitsgruppen, {Meeting.objects.count()} Sitzungen, "
            f"{workshop.ideas.count()} Ideen der {workshop.title}."
        )
