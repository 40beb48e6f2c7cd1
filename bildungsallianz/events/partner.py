"""Partner area: editors keep their organisation's events and submit them for review;
the Bildungsbüro reviews (the shared review life cycle of ``core.review``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.backoffice import staff_view
from bildungsallianz.core.review.diff import field_diff
from bildungsallianz.core.review.selectors import parse_review_status, review_queue, review_tabs
from bildungsallianz.core.translations.views import translation_view
from bildungsallianz.organisations.permissions import organisations_editable_by

from . import services
from .forms import EventForm, ReturnForm
from .models import Event
from .permissions import can_create_events, events_editable_by, get_event_for_user


@login_required
def event_manage(request):
    events = events_editable_by(request.user).originals().select_related("organiser").order_by("-starts_at")
    context = {"events": events, "can_create": can_create_events(request.user)}
    return render(request, "events/event_manage.html", context)


@login_required
def event_create(request):
    if not can_create_events(request.user):
        raise PermissionDenied
    form = EventForm(request.POST or None, request.FILES or None, organisations=organisations_editable_by(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.content()
        try:
            event = services.event_create(organiser=data["organiser"], data=data, by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Die Veranstaltung ist als Entwurf gespeichert."))
            return redirect("events:edit", slug=event.slug)
    return render(request, "events/event_form.html", {"form": form, "event": None})


@login_required
def event_edit(request, slug):
    event = get_event_for_user(request, slug, edit=True)
    target = event.work_item
    form = EventForm(request.POST or None, request.FILES or None, instance=target)
    if request.method == "POST":
        if not event.accepts_edits:
            messages.error(request, event.review_message("in_review"))
            return redirect("events:edit", slug=slug)
        if form.is_valid():
            try:
                services.event_update(event=event, data=form.content(), by=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Gespeichert."))
                return redirect("events:edit", slug=slug)
    context = {"form": form, "event": event, "work": target, "can_submit": target.can_submit}
    return render(request, "events/event_form.html", context)


@login_required
def event_translation(request, slug, language=None):
    """Translations of an event, language by language (published events: into the change copy)."""
    event = get_event_for_user(request, slug, edit=True)
    return translation_view(
        request,
        obj=event,
        language=language,
        save=lambda lang, values: services.event_translation_save(
            event=event, language=lang, values=values, by=request.user
        ),
        url_name="events:translation",
        back_url=reverse("events:edit", kwargs={"slug": event.slug}),
        kind=_("Veranstaltung"),
    )


@login_required
@require_POST
def event_submit(request, slug):
    event = get_event_for_user(request, slug, edit=True)
    try:
        services.event_submit(event=event.work_item, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Eingereicht. Das Bildungsbüro prüft die Veranstaltung."))
    return redirect("events:edit", slug=slug)


@staff_view
def review_list(request):
    status = parse_review_status(request.GET.get("status"))
    queryset = Event.objects.select_related("organiser")
    context = {
        "events": review_queue(queryset, status),
        "tabs": review_tabs(queryset, status),
        "status": status,
    }
    return render(request, "events/review_list.html", context)


@staff_view
def review_detail(request, slug):
    event = get_event_for_user(request, slug, edit=True)
    form = ReturnForm(request.POST or None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "publish":
                live = services.event_publish(event=event, by=request.user)
                messages.success(request, _("Veröffentlicht."))
                return redirect(live.get_absolute_url())
            if form.is_valid():
                services.event_return(event=event, by=request.user, comment=form.cleaned_data["comment"])
                messages.success(request, _("Zurückgegeben."))
                return redirect("events:review_list")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    context = {
        "event": event,
        "form": form,
        "diff": field_diff(event) if event.is_change_copy else None,
    }
    return render(request, "events/review_detail.html", context)
