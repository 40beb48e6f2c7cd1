"""The Bildungsbüro's fair workplace: schedule, pins, publication, lists, check-in, exhibitors.

Every view is staff only (404 for everybody else) through ``core.backoffice.staff_view``.
"""

from __future__ import annotations

import altair as alt
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.backoffice import Panel, PanelItem, staff_view
from bildungsallianz.core.forms import add_service_errors
from bildungsallianz.core.permissions import get_or_404, is_staff_member
from bildungsallianz.monitoring.charts import Chart, render_charts

from . import services
from .forms import EditionForm, ExhibitorReturnForm, PinForm, SlotFormSet, StandForm
from .models import ClassRegistration, Edition, Exhibitor
from .selectors import classes_by_school, edition_classes, feedback_results, figures_of, slot_loads


def _edition(slug):
    return get_or_404(Edition.objects.all(), slug=slug)


def occupancy_chart(edition, loads) -> Chart:
    data = [{"Zeitfenster": load.slot.label, "Personen": load.people} for load in loads]
    capacity = edition.hall_capacity
    bars = (
        alt.Chart(alt.Data(values=data))
        .mark_bar(color="#0072B2")
        .encode(
            x=alt.X("Zeitfenster:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("Personen:Q", title=_("Personen"), scale=alt.Scale(domain=[0, max(capacity, 1)])),
        )
    )
    rule = alt.Chart(alt.Data(values=[{"Kapazität": capacity}])).mark_rule(color="#D55E00").encode(y="Kapazität:Q")
    spec = (bars + rule).properties(width=400, height=220).to_dict()
    summary = "; ".join(f"{load.slot.label}: {load.people} von {capacity}" for load in loads)
    return Chart(id="bib-belegung", title=_("Belegung je Zeitfenster"), summary=summary, spec=spec)


@staff_view
def schedule(request, slug):
    edition = _edition(slug)
    loads = slot_loads(edition)
    chart = render_charts([occupancy_chart(edition, loads)])[0] if loads else None
    classes = list(edition_classes(edition))
    pin_forms = {r.pk: PinForm(initial={"registration": r.pk, "slot": r.slot_id}, edition=edition) for r in classes}
    rows = [(r, pin_forms[r.pk]) for r in classes]
    context = {
        "edition": edition,
        "loads": loads,
        "chart": chart,
        "rows": rows,
        "figures": figures_of(edition),
        "unassigned": sum(1 for r in classes if r.slot_id is None),
    }
    return render(request, "fair/staff/schedule.html", context)


@staff_view
@require_POST
def schedule_run(request, slug):
    edition = _edition(slug)
    try:
        result = services.schedule_run(edition=edition, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        proven = _("beweisbar optimal") if result.optimal else _("nicht als optimal bewiesen")
        messages.success(
            request,
            _("Zeitplan berechnet (%(proven)s, %(seconds).1f s).") % {"proven": proven, "seconds": result.seconds},
        )
    return redirect("fair:schedule", slug=slug)


@staff_view
@require_POST
def schedule_pin(request, slug):
    edition = _edition(slug)
    form = PinForm(request.POST, edition=edition)
    if form.is_valid():
        registration = get_or_404(
            ClassRegistration.objects.active().filter(edition=edition), pk=form.cleaned_data["registration"]
        )
        try:
            services.class_pin(registration=registration, slot=form.cleaned_data["slot"], by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("%(class)s: gespeichert.") % {"class": registration})
    else:
        messages.error(request, _("Bitte wählen Sie ein Zeitfenster."))
    return redirect("fair:schedule", slug=slug)


@staff_view
@require_POST
def schedule_publish(request, slug):
    edition = _edition(slug)
    try:
        count = services.schedule_publish(edition=edition, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Zeitplan veröffentlicht; %(count)s Lehrkräfte benachrichtigt.") % {"count": count})
    return redirect("fair:schedule", slug=slug)


@staff_view
def lists(request, slug):
    edition = _edition(slug)
    by_slot = [(load, list(edition_classes(edition).filter(slot=load.slot))) for load in slot_loads(edition)]
    context = {"edition": edition, "by_slot": by_slot, "by_school": classes_by_school(edition)}
    return render(request, "fair/staff/lists.html", context)


@staff_view
def check_in(request, slug):
    edition = _edition(slug)
    if request.method == "POST":
        registration = get_or_404(
            ClassRegistration.objects.active().filter(edition=edition), pk=request.POST.get("registration")
        )
        services.class_check_in(registration=registration, by=request.user, undo=request.POST.get("undo") == "1")
        return redirect(reverse("fair:check_in", kwargs={"slug": slug}) + f"#klasse-{registration.pk}")
    loads = slot_loads(edition)
    by_slot = [(load, list(edition_classes(edition).filter(slot=load.slot))) for load in loads]
    return render(request, "fair/staff/check_in.html", {"edition": edition, "by_slot": by_slot})


@staff_view
def exhibitors(request, slug):
    """Exhibitor entries of the edition on the review life cycle: confirm with a stand number or return."""
    edition = _edition(slug)
    form = StandForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            exhibitor = get_or_404(_originals(edition), pk=form.cleaned_data["exhibitor"])
            try:
                live = services.exhibitor_confirm(
                    exhibitor=exhibitor, stand_number=form.cleaned_data["stand_number"], by=request.user
                )
            except ValidationError as exc:
                messages.error(request, f"{exhibitor}: " + " ".join(exc.messages))
            else:
                messages.success(
                    request, _("%(name)s: Stand %(stand)s bestätigt.") % {"name": live, "stand": live.stand_number}
                )
        else:
            messages.error(request, _("Bitte geben Sie eine Standnummer an."))
        return redirect("fair:staff_exhibitors", slug=slug)
    rows = _originals(edition).select_related("organisation", "change_copy").order_by("organisation__name")
    return render(request, "fair/staff/exhibitors.html", {"edition": edition, "exhibitors": rows})


@staff_view
@require_POST
def exhibitor_return(request, slug):
    edition = _edition(slug)
    form = ExhibitorReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte schreiben Sie, was geändert werden soll."))
        return redirect("fair:staff_exhibitors", slug=slug)
    exhibitor = get_or_404(_originals(edition), pk=form.cleaned_data["exhibitor"])
    try:
        services.exhibitor_return(exhibitor=exhibitor, comment=form.cleaned_data["comment"], by=request.user)
    except ValidationError as exc:
        messages.error(request, f"{exhibitor}: " + " ".join(exc.messages))
    else:
        messages.success(request, _("%(name)s: zur Überarbeitung zurückgegeben.") % {"name": exhibitor})
    return redirect("fair:staff_exhibitors", slug=slug)


@staff_view
@require_POST
def figures_to_monitoring(request, slug):
    """The edition's figures into the monitoring module (local data beside the official numbers)."""
    from .figures import figures_to_monitoring as write

    edition = _edition(slug)
    try:
        run = write(edition=edition, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("Ins Bildungsmonitoring übernommen: %(new)s neue, %(changed)s geänderte Werte.")
            % {"new": run.count_new, "changed": run.count_changed},
        )
    return redirect("fair:feedback", slug=slug)


def _originals(edition):
    return Exhibitor.objects.filter(edition=edition, change_of__isnull=True)


@staff_view
def feedback(request, slug):
    """Aggregated anonymous feedback of exhibitors and schools (no single answer is linked to anybody)."""
    edition = _edition(slug)
    context = {
        "edition": edition,
        "results": feedback_results(edition),
        "figures": figures_of(edition),
        "can_invite": edition.feedback_open(timezone.localdate()) and edition.feedback_invited_at is None,
    }
    return render(request, "fair/staff/feedback.html", context)


@staff_view
@require_POST
def feedback_invite(request, slug):
    edition = _edition(slug)
    try:
        count = services.feedback_invite(edition=edition, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Um Rückmeldung gebeten: %(count)s E-Mails verschickt.") % {"count": count})
    return redirect("fair:feedback", slug=slug)


@staff_view
def editions(request):
    """Every edition, drafts included, with the way to a new one."""
    rows = Edition.objects.order_by("-date")
    return render(request, "fair/staff/editions.html", {"editions": rows})


def _edition_form_page(request, edition: Edition, *, created: bool):
    initial = (
        [{"id": s.pk, "starts_at": s.starts_at, "ends_at": s.ends_at} for s in edition.slots.order_by("position")]
        if edition.pk
        else []
    )
    form = EditionForm(request.POST or None, instance=edition)
    slots = SlotFormSet(request.POST or None, initial=initial, prefix="zeitfenster")
    if request.method == "POST" and form.is_valid() and slots.is_valid():
        try:
            services.edition_save(edition=form.instance, slots=slots.slots, by=request.user)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Die Ausgabe „%(title)s“ ist gespeichert.") % {"title": form.instance.title})
            return redirect("fair:schedule", slug=form.instance.slug)
    context = {"form": form, "slots": slots, "edition": edition if not created else None}
    return render(request, "fair/staff/edition_form.html", context)


@staff_view
def edition_create(request):
    return _edition_form_page(request, Edition(), created=True)


@staff_view
def edition_edit(request, slug):
    return _edition_form_page(request, _edition(slug), created=False)


def dashboard_panel(request) -> Panel | None:
    """Back-office start page: exhibitors waiting for confirmation."""
    if not is_staff_member(request.user):
        return None
    waiting = Exhibitor.objects.awaiting_review().select_related("edition", "organisation")
    items = [
        PanelItem(label=f"{e.organisation} ({e.edition})", url=reverse("fair:staff_exhibitors", args=[e.edition.slug]))
        for e in waiting[:5]
    ]
    return Panel(
        title=_("BIB: Aussteller zu bestätigen"),
        count=waiting.count(),
        url=reverse("fair:editions"),
        items=items,
        empty_text=_("Keine offenen Ausstelleranmeldungen."),
        order=70,
    )
