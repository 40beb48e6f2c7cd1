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
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core import cache as content_cache

from . import services
from .forms import ClassRegistrationForm, ExhibitorFilterForm, ExhibitorForm, FeedbackForm, NewExhibitorStandForm
from .permissions import (
    can_register_exhibitor,
    editions_visible_to,
    exhibitor_organisations_for,
    exhibitors_visible_to,
    get_edition_for_user,
)
from .presentation import edition_json_ld
from .selectors import current_edition, exhibitor_directory, hall_plan


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
        occupation=filters.get("bereich", ""),
        sector=filters.get("sektor", ""),
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


def _pdf(html: str) -> bytes:
    """WeasyPrint as for the charter PDF: only data: URLs may be fetched (no request leaves the server)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf(pdf_variant="pdf/ua-1")


@in_language
def exhibitor_pdf(request, slug):
    """The exhibitor list with the hall plan as a PDF for teachers (German or French, same filters as the list)."""
    edition = get_edition_for_user(request, slug)
    form, exhibitors = _directory(request, edition)
    context = {
        "edition": edition,
        "exhibitors": exhibitors,
        "rows": hall_plan(exhibitors_visible_to(request.user, edition).confirmed()),
        "filtered": bool(form.is_bound and form.is_valid() and any(form.cleaned_data.values())),
        "language": request.fair_language,
    }

    def build() -> bytes:
        return _pdf(render_to_string("fair/exhibitors_pdf.html", context, request))

    if context["filtered"] or not edition.is_published:
        pdf = build()
    else:  # once per state of the fair's and the organisations' tables and language
        pdf = content_cache.cached(
            f"fair-exhibitors-pdf:{edition.pk}", build, kinds=("fair", "organisations", "offers")
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bib-{edition.slug}-aussteller.pdf"'
    return response


@in_language
def hall_plan_page(request, slug):
    """The printable hall plan: stands by row with their exhibitors."""
    edition = get_edition_for_user(request, slug)
    rows = hall_plan(exhibitors_visible_to(request.user, edition).confirmed())
    return render(request, "fair/hall_plan.html", {"edition": edition, "rows": rows, "language": request.fair_language})


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
        "explanation": registration.explanation_in(translation.get_language()),
        "can_give_feedback": registration.can_give_feedback(timezone.localdate()),
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


def _feedback_page(request, *, edition, can_give, give, done_url, who=""):
    """Shared part of the two anonymous feedback forms (teachers, exhibitors), in the URL's language."""
    language = translation.get_language()
    if not can_give:
        return render(request, "fair/feedback_closed.html", {"edition": edition, "language": language})
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            give(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Vielen Dank für Ihre Rückmeldung!"))
            return redirect(done_url)
    context = {"edition": edition, "form": form, "language": language, "who": who}
    return render(request, "fair/feedback_form.html", context)


def class_feedback(request, token):
    """A teacher's anonymous feedback after the fair (through the personal link, no account)."""
    registration = _registration_or_404(token)
    return _feedback_page(
        request,
        edition=registration.edition,
        can_give=registration.can_give_feedback(timezone.localdate()),
        give=lambda data: services.feedback_give_class(registration=registration, data=data),
        done_url=services.class_manage_url(registration),
        who=f"{registration.school.name}, {registration.class_name}",
    )


def exhibitor_feedback(request, token):
    """An exhibitor's anonymous feedback after the fair (link from the invitation e-mail, no account)."""
    exhibitor = services.exhibitor_from_token(token)
    if exhibitor is None:
        raise Http404
    return _feedback_page(
        request,
        edition=exhibitor.edition,
        can_give=exhibitor.can_give_feedback(timezone.localdate()),
        give=lambda data: services.feedback_give_exhibitor(exhibitor=exhibitor, data=data),
        done_url=exhibitor.edition.get_absolute_url() if exhibitor.edition.is_published else "/",
        who=exhibitor.organisation.name,
    )


def exhibitor_join(request, slug):
    """A new organisation registers as exhibitor and asks to join the alliance in one form.

    It ends in the Bildungsbüro's review of join requests (charter); accepting the request
    creates the exhibitor entry (``services.exhibitor_from_join_request``). Rate limit and
    honeypot as on the join form.
    """
    from bildungsallianz.charter.forms import JoinRequestForm
    from bildungsallianz.core import ratelimit

    edition = get_edition_for_user(request, slug)
    if not edition.exhibitors_can_register(timezone.localdate()):
        return render(request, "fair/registration_closed.html", {"edition": edition})
    form = JoinRequestForm(request.POST or None)
    stand = NewExhibitorStandForm(request.POST or None, prefix="stand")
    if request.method == "POST":
        if ratelimit.limited(request, scope="join", limit=settings.JOIN_REQUEST_RATE):
            return render(request, "charter/join_request_limited.html", status=429)
        if form.is_spam():
            ratelimit.record(request, scope="join")
            return redirect("charter:join_thanks")
        if form.is_valid() and stand.is_valid():
            join_data = {
                k: v for k, v in form.cleaned_data.items() if k not in ("fields_of_action", "consent", "homepage")
            }
            try:
                services.exhibitor_join_submit(
                    edition=edition,
                    join_data=join_data,
                    fields_of_action=form.cleaned_data["fields_of_action"],
                    stand=stand.cleaned_data,
                    occupations=stand.cleaned_data.get("occupations") or [],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                ratelimit.record(request, scope="join")
                return redirect("charter:join_thanks")
    return render(request, "fair/exhibitor_join.html", {"edition": edition, "form": form, "stand": stand})
