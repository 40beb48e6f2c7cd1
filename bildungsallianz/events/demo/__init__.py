"""Demo events: a handful of public events of the partners (idempotent by slug)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.organisations.models import Organisation

from ..models import Event

EVENTS = [
    {
        "slug": "infoabend-duale-ausbildung",
        "title": "Infoabend: Duale Ausbildung in Pirmasens",
        "organiser": "IHK Pfalz",
        "event_type": "infoabend",
        "summary": "Betriebe und Kammer erklären Ausbildungsberufe, Bewerbung und Fristen.",
        "start": (2027, 1, 20, 18),
        "hours": 2,
        "venue": "Rheinberger, Fröhnstraße 8, 66954 Pirmasens",
        "registration_mode": "hier",
        "capacity": 80,
    },
    {
        "slug": "ausbildungsboerse-2027",
        "title": "Ausbildungsbörse 2027",
        "organiser": "Agentur für Arbeit Kaiserslautern-Pirmasens",
        "event_type": "messe",
        "summary": "Freie Ausbildungsplätze für den Herbst: Betriebe stellen sich vor.",
        "start": (2027, 3, 13, 10),
        "hours": 5,
        "venue": "Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens",
        "registration_mode": "keine",
    },
    {
        "slug": "elternabend-berufswahl",
        "title": "Elternabend: Berufswahl begleiten",
        "organiser": "Integrierte Gesamtschule Pirmasens",
        "event_type": "elternabend",
        "summary": "Wie Eltern ihre Kinder bei Praktikum und Berufswahl unterstützen können.",
        "start": (2027, 2, 4, 19),
        "hours": 2,
        "venue": "IGS Pirmasens, Aula",
        "registration_mode": "hier",
        "capacity": 60,
    },
    {
        "slug": "sprechstunde-berufsberatung",
        "title": "Offene Sprechstunde der Berufsberatung",
        "organiser": "Agentur für Arbeit Kaiserslautern-Pirmasens",
        "event_type": "sonstiges",
        "summary": "Jeden Dienstag ohne Termin: Fragen zu Ausbildung, Studium und Bewerbung.",
        "start": (2026, 12, 1, 14),
        "hours": 2,
        "venue": "Agentur für Arbeit, Dankelsbachstraße 60, 66953 Pirmasens",
        "recurrence": "weekly",
        "repeat_until": datetime.date(2027, 3, 30),
        "registration_mode": "keine",
    },
    {
        "slug": "online-vortrag-studienfinanzierung",
        "title": "Online-Vortrag: Studium finanzieren",
        "organiser": "Hochschule Kaiserslautern – Campus Pirmasens",
        "event_type": "vortrag",
        "summary": "BAföG, Stipendien und duales Studium – mit Fragerunde.",
        "start": (2027, 1, 28, 17),
        "hours": 1,
        "venue": "",
        "is_online": True,
        "online_url": "https://www.hs-kl.de/",
        "registration_mode": "extern",
        "registration_url": "https://www.hs-kl.de/",
    },
]


#: Translations of demo events (issue 14), written for this project; set on every seed (idempotent).
TRANSLATIONS = {
    "infoabend-duale-ausbildung": {
        "ar": {
            "title": "أمسية معلومات: التدريب المهني المزدوج في بيرماسنس",
            "summary": "الشركات وغرفة الصناعة والتجارة تشرح المهن وطلبات التدريب والمواعيد النهائية.",
        },
        "uk": {
            "title": "Інформаційний вечір: дуальне професійне навчання в Пірмазенсі",
            "summary": "Підприємства та Торгово-промислова палата розповідають про професії, подання заявок і терміни.",
        },
        "en": {
            "title": "Information evening: dual vocational training in Pirmasens",
            "summary": "Companies and the chamber explain training occupations, applications and deadlines.",
        },
        "fr": {
            "title": "Soirée d’information : la formation en alternance à Pirmasens",
            "summary": "Entreprises et chambre de commerce présentent métiers, candidatures et délais.",
        },
    }
}


def seed(stdout=None) -> None:
    tz = timezone.get_current_timezone()
    fields = list(FieldOfAction.objects.order_by("number")[:2])
    groups = list(TargetGroup.objects.order_by("order")[:3])
    created = 0
    for item in EVENTS:
        organiser = Organisation.objects.filter(name=item["organiser"]).first()
        if organiser is None or Event.objects.filter(slug=item["slug"]).exists():
            continue
        year, month, day, hour = item["start"]
        starts = datetime.datetime(year, month, day, hour, tzinfo=tz)
        event = Event.objects.create(
            slug=item["slug"],
            title=item["title"],
            organiser=organiser,
            event_type=item["event_type"],
            summary=item["summary"],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=item["hours"]),
            venue=item["venue"],
            is_online=item.get("is_online", False),
            online_url=item.get("online_url", ""),
            recurrence=item.get("recurrence", ""),
            repeat_until=item.get("repeat_until"),
            registration_mode=item["registration_mode"],
            registration_url=item.get("registration_url", ""),
            capacity=item.get("capacity"),
            accessibility="stufenloser Zugang" if not item.get("is_online") else "",
            status=ReviewStatus.PUBLISHED,
            published_at=timezone.now(),
        )
        event.fields_of_action.set(fields)
        event.target_groups.set(groups)
        created += 1
    for slug, translations in TRANSLATIONS.items():
        Event.objects.filter(slug=slug).update(translations=translations)
    if stdout and created:
        stdout.write(f"Veranstaltungen: {created} angelegt.")
