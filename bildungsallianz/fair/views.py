"""Public pages of the fair: edition, exhibitor directory, class registration (German or French)."""

from __future__ import annotations

import csv
import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import ClassRegistrationForm, ExhibitorFilterForm, ExhibitorForm
from .permissions import (
    can_register_exhibitor,
    editions_visible_to,
    exhibitor_organisations_for,
    exhibitors_visible_to,
    get_edition_for_user,
)
from .presentation import edition_json_ld
from .selectors import current_edition, exhibitor_directory


def in_language(view):
    """The page in the language of its URL (``/fr/bib/…`` for the teachers of the French schools).

    Old links with ``?sprache=fr`` (e-mails, printed flyers) are redirected to the
    same page under the language's URL prefix, the rest of the query kept.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        asked = request.GET.get("sprache", "")
        if asked in dict(settings.LANGUAGES) and asked != translation.get_language() and request.method == "GET":
            query = request.GET.copy()
            query.pop("sprache")
            url = translate_url(request.path, asked)
            return redirect(f"{url}?{query.urlencode()}" if query else url)
        request.fair_language = translation.get_language()
        return view(request, *args, **kwargs)

    return wrapper


def _edition_context(request, edition):
    today = timezone.localdate()
    slots = list(edition.slots.order_by("position"))
    return {
        "edition": edition,
        "json_ld": edition_json_ld(edition, slots, request.build_absolute_uri(edition.get_absolute_url())),
        "slots": slots,
        "schools_can_register": edition.schools_can_register(today),
        "exhibitors_can_register": edition.exhibitors_can_register(today),
        "can_manage": request.user.is_authenticated and request.user.is_bildungsbuero,
    }


def edition_current(request):
    edition = current_edition(editions_visible_to(request.user))
    if edition is None:
        return render(request, "fair/edition_none.html")
    return render(request, "fair/edition_detail.html", _edition_context(request, edition))


def edition_detail(request, slug):
    edition = get_edition_for_user(request, slug)
    return render(request, "fair/edition_detail.html", _edition_context(request, edition))


def _directory(request, edition):
    form = ExhibitorFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    exhibitors = exhibitor_directory(
        exhibitors_visible_to(request.user, edition),
        query=filters.get("q", ""),
        places=filters.get("places", ""),
    )
    return form, exhibitors


@in_language
def exhibitor_list(request, slug):
    edition = get_edition_for_user(request, slug)
    form, exhibitors = _directory(request, edition)
    context = {"edition": edition, "form": form, "exhibitors": exhibitors, "language": request.fair_language}
    return render(request, "fair/exhibitor_list.html", context)


def exhibitor_csv(request, slug):
    edition = get_edition_for_user(request, slug)
    _form, exhibitors = _directory(request, edition)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bib-{edition.slug}-aussteller.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [_("Stand"), _("Aussteller"), _("Berufe"), _("Praktikumsplätze"), _("Ausbildungsplätze"), _("Duales Studium")]
    )
    for exhibitor in exhibitors:
        writer.writerow(
            [
                exhibitor.stand_number,
                exhibitor.organisation.name,
                ", ".join(o.title for o in exhibitor.occupations.all()),
                exhibitor.internship_places,
                exhibitor.apprenticeship_places,
                exhibitor.dual_study_places,
            ]
        )
    return response


@in_language
def class_register(request, slug):
    edition = get_edition_for_user(request, slug)
    if not edition.schools_can_register(timezone.localdate()):
        return render(request, "fair/registration_closed.html", {"edition": edition}, status=200)
    form = ClassRegistrationForm(request.POST or None, edition=edition)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.class_register(
                edition=edition, data=form.cleaned_data, language=request.fair_language
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Vielen Dank! Ihre Klasse ist angemeldet. Wir haben Ihnen eine E-Mail geschickt.")
            )
            return redirect(services.class_manage_url(registration))
    context = {"edition": edition, "form": form, "language": request.fair_language}
    return render(request, "fair/class_form.html", context)


def _registration_or_404(token):
    registration = services.class_from_token(token)
    if registration is None:
        raise Http404
    return registration


def class_manage(request, token):
    registration = _registration_or_404(token)
    can_change = registration.can_change(timezone.localdate())
    form = ClassRegistrationForm(
        request.POST or None, instance=registration, edition=registration.edition, changing=True
    )
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.class_update(registration=registration, data=form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Ihre Änderungen sind gespeichert."))
                return redirect(request.path)
        registration.refresh_from_db()
    context = {
        "registration": registration,
        "edition": registration.edition,
        "form": form,
        "can_change": can_change,
        "slot": registration.notified_slot if registration.edition.schedule_is_published else None,
        "language": translation.get_language(),
    }
    return render(request, "fair/class_manage.html", context)


@require_POST
def class_cancel(request, token):
    registration = _registration_or_404(token)
    if not registration.can_change(timezone.localdate()):
        raise PermissionDenied
    services.class_cancel(registration=registration)
    messages.success(request, _("Ihre Anmeldung ist abgesagt."))
    return redirect(request.path.rsplit("absagen/", 1)[0])


@login_required
def exhibitor_register(request, slug):
    edition = get_edition_for_user(request, slug)
    if not can_register_exhibitor(request.user):
        raise PermissionDenied
    if not edition.exhibitors_can_register(timezone.localdate()):
        return render(request, "fair/registration_closed.html", {"edition": edition})
    form = ExhibitorForm(request.POST or None, organisations=exhibitor_organisations_for(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.exhibitor_register(
                edition=edition, organisation=form.cleaned_data["organisation"], data=form.cleaned_data, by=request.user
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("Vielen Dank! Ihre Anmeldung als Aussteller ist eingegangen. Das Bildungsbüro bestätigt sie."),
            )
            return redirect(edition.get_absolute_url())
    return render(request, "fair/exhibitor_form.html", {"edition": edition, "form": form})
