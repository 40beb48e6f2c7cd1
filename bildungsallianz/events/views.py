"""Public pages: list and month calendar, detail with registration, iCal feeds, the registrant's page."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core.permissions import get_or_404
from bildungsallianz.core.translations.display import translated_context
from bildungsallianz.organisations.models import Organisation

from . import services
from .forms import EventFilterForm, RegistrationForm
from .permissions import can_edit_event, get_event_for_user
from .presentation import event_json_ld, events_ical
from .selectors import calendar_entries, event_list, feed_events, month_grid, public_events


def _month(value: str | None) -> datetime.date:
    try:
        return datetime.datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return timezone.localdate().replace(day=1)


def event_overview(request):
    organisers = (
        Organisation.objects.filter(pk__in=public_events().values("organiser"))
        .order_by("name")
        .values_list("slug", "name")
    )
    form = EventFilterForm(
        request.GET or None,
        target_groups=TargetGroup.objects.all(),
        fields_of_action=FieldOfAction.objects.all(),
        organisers=organisers,
    )
    filters = form.filters
    context = {"form": form, "show_calendar": request.GET.get("ansicht") == "kalender"}
    if context["show_calendar"]:
        first = _month(request.GET.get("monat"))
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        previous = (first - datetime.timedelta(days=1)).replace(day=1)
        entries = calendar_entries(
            first, following, events=event_list(filters=filters, now=datetime.datetime.min.replace(tzinfo=datetime.UTC))
        )
        context.update(
            month=first,
            weeks=month_grid(first.year, first.month, entries),
            next_month=following,
            previous_month=previous,
        )
    else:
        context["events"] = event_list(filters=filters)
    return render(request, "events/event_list.html", context)


def event_detail(request, slug):
    event = get_event_for_user(request, slug)
    url = request.build_absolute_uri(event.get_absolute_url())
    context = {
        "event": event,
        **translated_context(request, event),
        "json_ld": event_json_ld(event, url) if event.is_published else "",
        "registration_open": event.registration_open(),
        "form": RegistrationForm(),
        "can_edit": can_edit_event(request.user, event),
        "seats_left": _seats_left(event),
    }
    return render(request, "events/event_detail.html", context)


def _seats_left(event) -> int | None:
    if not event.takes_registrations or not event.capacity:
        return None
    return max(0, event.capacity - event.registrations.confirmed().count())


@require_POST
def event_register(request, slug):
    event = get_event_for_user(request, slug)
    form = RegistrationForm(request.POST)
    if form.is_valid():
        try:
            registration = services.registration_create(
                event=event, name=form.cleaned_data["name"], email=form.cleaned_data["email"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if registration.is_confirmed:
                messages.success(request, _("Sie sind angemeldet. Wir haben Ihnen eine E-Mail geschickt."))
            else:
                messages.success(
                    request,
                    _("Die Veranstaltung ist voll. Sie stehen auf der Warteliste und rücken automatisch nach."),
                )
            return redirect("events:registration", token=services.registration_token(registration))
    context = {
        "event": event,
        "json_ld": "",
        "registration_open": event.registration_open(),
        "form": form,
        "seats_left": _seats_left(event),
    }
    return render(request, "events/event_detail.html", context, status=200)


def registration_manage(request, token):
    registration = services.registration_from_token(token)
    if registration is None:
        raise Http404
    if request.method == "POST":
        try:
            services.registration_cancel(registration=registration)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Ihre Anmeldung ist abgesagt."))
        return redirect(request.path)
    return render(
        request, "events/registration_manage.html", {"registration": registration, "event": registration.event}
    )


def _ical(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_ics(request, slug):
    event = get_event_for_user(request, slug)
    return _ical(events_ical([event], name=event.title), f"{event.slug}.ics")


def feed_all(request):
    return _ical(events_ical(feed_events(), name=_("Veranstaltungen der Bildungsallianz")), "veranstaltungen.ics")


def feed_field_of_action(request, slug):
    field = get_or_404(FieldOfAction.objects.all(), slug=slug)
    return _ical(events_ical(feed_events(field_of_action=field), name=field.title), f"handlungsfeld-{slug}.ics")


def feed_organiser(request, slug):
    organisation = get_or_404(Organisation.objects.public(), slug=slug)
    return _ical(events_ical(feed_events(organiser=organisation), name=organisation.name), f"veranstalter-{slug}.ics")
