"""Demo data: the BIBs of 2024 and 2025 (published schedules, anonymous feedback) and the coming BIB 2027.

Generated deterministically (seeded random); idempotent: an existing edition (or one with feedback) is left alone.
Exhibitors: the alliance's partners plus plausible local employers (not public
partners of the alliance: ``is_public=False``). Schools: the city's Gymnasien,
IGS and BBS, Realschulen plus of the district, two French schools.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers.selectors import occupations_all
from bildungsallianz.organisations.models import Organisation, Sector

from .. import services
from ..models import ClassRegistration, Edition, Exhibitor, Feedback, FeedbackRole, School, Slot

SCHOOLS = [
    ("Immanuel-Kant-Gymnasium Pirmasens", "Pirmasens", "DE", 10),
    ("Hugo-Ball-Gymnasium Pirmasens", "Pirmasens", "DE", 10),
    ("Leibniz-Gymnasium Pirmasens", "Pirmasens", "DE", 10),
    ("Integrierte Gesamtschule Pirmasens", "Pirmasens", "DE", 10),
    ("Berufsbildende Schule Pirmasens", "Pirmasens", "DE", 5),
    ("Realschule plus Kirchberg Pirmasens", "Pirmasens", "DE", 10),
    ("Realschule plus Rodalben", "Rodalben", "DE", 20),
    ("Realschule plus Waldfischbach-Burgalben", "Waldfischbach-Burgalben", "DE", 25),
    ("Realschule plus Thaleischweiler-Fröschen", "Thaleischweiler-Fröschen", "DE", 20),
    ("Realschule plus Dahn", "Dahn", "DE", 35),
    ("Realschule plus Hauenstein", "Hauenstein", "DE", 30),
    ("Otfried-von-Weißenburg-Gymnasium Dahn", "Dahn", "DE", 35),
    ("Lycée Henri Nominé", "Sarreguemines", "FR", 50),
    ("Collège Jean-Jacques Kieffer", "Bitche", "FR", 45),
]
EMPLOYER_TYPES = [
    ("Autohaus", Sector.COMPANY),
    ("Bäckerei", Sector.COMPANY),
    ("Elektrotechnik", Sector.COMPANY),
    ("Sanitär- und Heizungsbau", Sector.COMPANY),
    ("Malerbetrieb", Sector.COMPANY),
    ("Steuerkanzlei", Sector.COMPANY),
    ("Pflegedienst", Sector.COMPANY),
    ("Schuhtechnik", Sector.COMPANY),
    ("Logistik", Sector.COMPANY),
    ("Zahnarztpraxis", Sector.COMPANY),
    ("Physiotherapie", Sector.COMPANY),
    ("Dachdeckerei", Sector.COMPANY),
    ("Metallbau", Sector.COMPANY),
    ("Schreinerei", Sector.COMPANY),
    ("Druckerei", Sector.COMPANY),
]
SURNAMES = ["Becker", "Schmitt", "Weber", "Wagner", "Hoffmann", "Schäfer", "Koch", "Bauer", "Klein", "Wolf", "Lang"]
TOWNS = ["Pirmasens", "Rodalben", "Dahn", "Hauenstein", "Zweibrücken", "Waldfischbach-Burgalben", "Lemberg"]
INSTITUTIONS = [
    ("Polizeipräsidium Westpfalz – Einstellungsberatung", Sector.MUNICIPALITY),
    ("Bundeswehr – Karriereberatung", Sector.OTHER),
    ("Kreisverwaltung Südwestpfalz", Sector.MUNICIPALITY),
    ("Deutsches Rotes Kreuz – Kreisverband Südwestpfalz", Sector.ASSOCIATION),
    ("Rheinland-Pfälzische Technische Universität Kaiserslautern-Landau", Sector.UNIVERSITY),
    ("Finanzamt Pirmasens", Sector.MUNICIPALITY),
]


def _slots(edition, times):
    for position, (start, end) in enumerate(times):
        Slot.objects.get_or_create(
            edition=edition,
            position=position,
            defaults={"starts_at": datetime.time(start), "ends_at": datetime.time(end)},
        )


def _exhibitor_organisations(rng) -> list[Organisation]:
    partners = list(Organisation.objects.filter(is_public=True).exclude(name__startswith="Bildungsbüro"))
    extra = list(INSTITUTIONS)
    for surname in SURNAMES:
        for kind, sector in rng.sample(EMPLOYER_TYPES, 8):
            extra.append((f"{kind} {surname} GmbH", sector))
    organisations = list(partners)
    for name, sector in extra[: max(0, 120 - len(partners))]:
        organisation, _ = Organisation.objects.get_or_create(
            slug=slugify(name)[:80],
            defaults={"name": name, "sector": sector, "city": rng.choice(TOWNS), "is_public": False},
        )
        organisations.append(organisation)
    return organisations


def _exhibitors(edition, organisations, rng, *, confirm: bool) -> None:
    occupations = list(occupations_all())
    now = timezone.now()
    for number, organisation in enumerate(organisations, start=1):
        exhibitor = Exhibitor.objects.create(
            edition=edition,
            organisation=organisation,
            internship_places=rng.choice([0, 1, 2, 3, 5]),
            apprenticeship_places=rng.choice([0, 0, 1, 2, 4, 6]),
            dual_study_places=rng.choice([0, 0, 0, 1, 2]),
            stand_size=rng.choice(["klein", "klein", "mittel", "gross"]),
            needs_power=rng.random() < 0.6,
            staff_count=rng.randint(1, 5),
            contact_name="Ausbildungsleitung",
            contact_email=f"ausbildung@{organisation.slug[:40]}.example",
            stand_number=f"{'ABCD'[number % 4]}{number}" if confirm else "",
            confirmed_at=now if confirm else None,
            status=ReviewStatus.PUBLISHED if confirm else ReviewStatus.SUBMITTED,
            published_at=now if confirm else None,
            submitted_at=now,
        )
        if occupations:
            exhibitor.occupations.set(rng.sample(occupations, min(len(occupations), rng.randint(1, 3))))


def _classes(edition, rng) -> None:
    slots = list(edition.slots.order_by("position"))
    now = timezone.now()
    number = 0
    for name, city, country, minutes in SCHOOLS:
        school, _ = School.objects.get_or_create(
            name=name, defaults={"city": city, "country": country, "travel_minutes": minutes}
        )
        together = rng.random() < 0.4
        levels = [11, 12] if "Berufsbildende" in name else [8, 9, 10]
        for index in range(rng.randint(7, 12) if country == "DE" else 4):
            number += 1
            registration = ClassRegistration.objects.create(
                edition=edition,
                school=school,
                class_name=f"{rng.choice(levels)}{'abcdef'[index % 6]}",
                level=rng.choice(levels),
                pupils=rng.randint(18, 28),
                teachers=rng.choice([1, 2, 2]),
                contact_name=f"Lehrkraft {number}",
                contact_email=f"lehrkraft{number}@schule.example",
                language="fr" if country == "FR" else "de",
                travel_minutes=minutes,
                keep_together=together,
                consent_at=now,
            )
            if rng.random() < 0.6:
                registration.preferred_slots.set(rng.sample(slots, rng.choice([1, 2])))


COMMENTS = [
    "Mehr Sitzgelegenheiten in der Halle wären schön.",
    "Die Zeitfenster haben gut funktioniert.",
    "Bitte die Standnummern größer ausschildern.",
    "Sehr gute Gespräche mit interessierten Klassen.",
    "Die Anfahrt mit dem Bus war knapp geplant.",
    "Gern wieder im nächsten Jahr.",
]


def _feedback(edition, rng) -> None:
    """Anonymous answers after the fair (idempotent: an edition that has answers is left alone)."""
    if Feedback.objects.filter(edition=edition).exists():
        return
    today = edition.date + datetime.timedelta(days=5)
    classes = list(edition.class_registrations.active().order_by("pk"))
    exhibitors = list(edition.exhibitors.confirmed().order_by("pk"))
    for role, answered in ((FeedbackRole.SCHOOL, classes), (FeedbackRole.EXHIBITOR, exhibitors)):
        for item in rng.sample(answered, len(answered) * 2 // 5):
            Feedback.objects.create(
                edition=edition,
                role=role,
                satisfaction=rng.choices([5, 4, 3, 2], weights=[4, 5, 2, 1])[0],
                usefulness=rng.choices([5, 4, 3, 2], weights=[3, 5, 3, 1])[0],
                would_return=rng.random() < 0.85,
                comment=rng.choice(COMMENTS) if rng.random() < 0.3 else "",
                submitted_on=today,
            )
            item.feedback_given = True
            item.save(update_fields=["feedback_given"])


def _past_edition(slug, title, date, *, rng, organisations, stdout=None) -> None:
    """A held edition: exhibitors, classes, an optimal published plan (skipped when it exists)."""
    if Edition.objects.filter(slug=slug).exists():
        return
    edition = Edition.objects.create(
        title=title,
        slug=slug,
        date=date,
        venue="Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens",
        hall_capacity=950,
        exhibitors_open=date.replace(month=3, day=1),
        exhibitors_close=date.replace(month=6, day=30),
        schools_open=date.replace(month=4, day=1),
        schools_close=date.replace(month=7, day=15),
        is_published=True,
    )
    _slots(edition, [(8, 10), (10, 12), (12, 14), (14, 16)])
    _exhibitors(edition, organisations, rng, confirm=True)
    _classes(edition, rng)
    result = services.schedule_run(edition=edition, by=None)
    services.schedule_publish(edition=edition, by=None, notify=False)
    if stdout:
        classes = edition.class_registrations.count()
        stdout.write(
            f"{title}: {edition.exhibitors.count()} Aussteller, {classes} Klassen, Zeitplan "
            f"{'optimal' if result.optimal else 'nicht bewiesen'} in {result.seconds:.2f} s."
        )


def seed(stdout=None) -> None:
    # One pool of exhibitors for every edition (no extra organisations for older editions).
    rng = random.Random(2025)
    organisations = _exhibitor_organisations(rng)
    _past_edition(
        "bib-2025",
        "Berufsinformationsbörse 2025",
        datetime.date(2025, 9, 18),
        rng=rng,
        organisations=organisations,
        stdout=stdout,
    )
    _past_edition(
        "bib-2024",
        "Berufsinformationsbörse 2024",
        datetime.date(2024, 9, 19),
        rng=random.Random(2024),
        organisations=organisations[: len(organisations) * 85 // 100],
        stdout=stdout,
    )
    if not Edition.objects.filter(slug="bib-2027").exists():
        coming = Edition.objects.create(
            title="Berufsinformationsbörse 2027",
            slug="bib-2027",
            date=datetime.date(2027, 9, 16),
            venue="Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens",
            hall_capacity=950,
            exhibitors_open=datetime.date(2026, 11, 1),
            exhibitors_close=datetime.date(2027, 6, 30),
            schools_open=datetime.date(2026, 11, 1),
            schools_close=datetime.date(2027, 7, 15),
            is_published=True,
        )
        _slots(coming, [(8, 10), (10, 12), (12, 14), (14, 16)])
    for seed_value, slug in ((2025, "bib-2025"), (2024, "bib-2024")):
        _feedback(Edition.objects.get(slug=slug), random.Random(seed_value))
    _figures_to_monitoring(["bib-2024", "bib-2025"])


def _figures_to_monitoring(slugs) -> None:
    """The held editions' figures as local data in /daten/ (once per year; needs the own region)."""
    from django.core.exceptions import ValidationError

    from bildungsallianz.monitoring.models import Observation

    from ..figures import SOURCE_CODE, figures_to_monitoring

    for edition in Edition.objects.filter(slug__in=slugs):
        period = str(edition.date.year)
        if Observation.objects.filter(variable__source__code=SOURCE_CODE, period=period).exists():
            continue
        try:
            figures_to_monitoring(edition=edition)
        except ValidationError:
            return  # regions not loaded (monitoring demo skipped): nothing to attach the figures to
