"""The workshop (Kooperationswerkstatt): code entry, ideas, comments, dots, the wall,
the similar-items hint and the staff evaluation."""

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.permissions import forbid_unless, is_staff_member

from .. import selectors, services
from ..forms import CodeForm, CommentForm, EvaluationForm, IdeaForm
from ..models import Workshop
from ..participants import join, participant_key
from ..permissions import can_evaluate_ideas, can_take_part, get_idea_for_user, get_workshop_for_user


def _participant(request, workshop):
    """(user or None, device key): who acts, and whether they may take part at all."""
    key = "" if request.user.is_authenticated else participant_key(request, workshop)
    user = request.user if request.user.is_authenticated else None
    return user, key, can_take_part(request.user, workshop, key)


def _organisation_of(user):
    if user is None:
        return None
    membership = user.memberships.select_related("organisation").first()
    return membership.organisation if membership else None


def workshop_code(request):
    """Enter the workshop code (printed on the tables; the QR code carries it in ?code=)."""
    form = CodeForm(request.POST or request.GET or None)
    if form.is_bound and form.is_valid():
        workshop = Workshop.objects.filter(code=form.cleaned_data["code"]).first()
        if workshop is None or workshop.phase == Workshop.Phase.CLOSED:
            form.add_error("code", _("Zu diesem Code gibt es keine laufende Werkstatt. Bitte prüfen Sie die Eingabe."))
        else:
            response = redirect(workshop)
            join(request, response, workshop)
            return response
    return render(request, "cooperation/workshop_code.html", {"form": form}, status=400 if form.errors else 200)


def workshop_detail(request, slug):
    workshop = get_workshop_for_user(request, slug)
    user, key, may_take_part = _participant(request, workshop)
    context = {
        "workshop": workshop,
        "wall": selectors.wall(workshop=workshop),
        "may_take_part": may_take_part,
        "dots_left": services.dots_left(workshop=workshop, by=user, participant_key=key) if may_take_part else 0,
        "is_staff": is_staff_member(request.user),
    }
    return render(request, "cooperation/workshop_detail.html", context)


def workshop_wall(request, slug):
    """The projector view: ideas per table sorted by dots; htmx re-fetches the board every few seconds."""
    workshop = get_workshop_for_user(request, slug)
    context = {"workshop": workshop, "wall": selectors.wall(workshop=workshop)}
    template = "cooperation/includes/wall_board.html" if request.htmx else "cooperation/workshop_wall.html"
    return render(request, template, context)


def workshop_qr(request, slug):
    """QR code (SVG) for phones: opens the code page with the code filled in. Staff print it."""
    workshop = get_workshop_for_user(request, slug, edit=True)
    url = request.build_absolute_uri(reverse("cooperation:workshop_code")) + f"?code={workshop.code}"
    svg = segno.make(url, error="m").svg_inline(
        scale=8, title=_("QR-Code zur Werkstatt %(title)s") % {"title": workshop.title}
    )
    return HttpResponse(svg, content_type="image/svg+xml")


def idea_create(request, slug):
    workshop = get_workshop_for_user(request, slug)
    user, key, may_take_part = _participant(request, workshop)
    if not may_take_part:
        return redirect(f"{reverse('cooperation:workshop_code')}?weiter={workshop.slug}")
    form = IdeaForm(request.POST or None, workshop=workshop)
    if request.method == "POST" and form.is_valid():
        try:
            idea = services.idea_create(
                workshop=workshop,
                data=form.cleaned_data,
                by=user,
                participant_key=key,
                organisation=_organisation_of(user),
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Danke! Ihre Idee ist auf der Wand."))
            return redirect(idea)
    title = form["title"].value() or ""
    hints = selectors.similar_items(title, user=request.user) if request.method == "POST" and form.errors else []
    context = {"form": form, "workshop": workshop, "hints": hints, "query": title}
    return render(request, "cooperation/idea_form.html", context, status=400 if form.errors else 200)


def similar(request):
    """Similar existing projects, ideas and offers. htmx fills the hint while someone types;
    without JavaScript the same URL is a plain search page."""
    query = (request.GET.get("q") or request.GET.get("title") or "").strip()
    hints = selectors.similar_items(query, user=request.user)
    template = "cooperation/includes/similar.html" if request.htmx else "cooperation/similar.html"
    return render(request, template, {"hints": hints, "query": query})


def idea_detail(request, slug, pk):
    workshop = get_workshop_for_user(request, slug)
    idea = get_idea_for_user(request, workshop, pk)
    user, key, may_take_part = _participant(request, workshop)
    form = CommentForm(request.POST or None)
    if request.method == "POST":
        forbid_unless(may_take_part)
        if form.is_valid():
            try:
                services.comment_add(idea=idea, text=form.cleaned_data["text"], by=user, participant_key=key)
            except ValidationError as exc:
                form.add_error(None, exc.messages)
            else:
                messages.success(request, _("Ihr Kommentar wurde gespeichert."))
                return redirect(idea)
    context = selectors.idea_page(idea=idea)
    context.update(
        workshop=workshop,
        comment_form=form,
        may_take_part=may_take_part,
        dots_left=services.dots_left(workshop=workshop, by=user, participant_key=key) if may_take_part else 0,
        can_evaluate=can_evaluate_ideas(request.user),
        evaluation_form=EvaluationForm(idea=idea) if can_evaluate_ideas(request.user) else None,
    )
    return render(request, "cooperation/idea_detail.html", context, status=400 if form.errors else 200)


@require_POST
def idea_dot(request, slug, pk):
    workshop = get_workshop_for_user(request, slug)
    idea = get_idea_for_user(request, workshop, pk)
    user, key, may_take_part = _participant(request, workshop)
    forbid_unless(may_take_part)
    try:
        if request.POST.get("action") == "remove":
            services.dot_remove(idea=idea, by=user, participant_key=key)
        else:
            services.dot_add(idea=idea, by=user, participant_key=key)
            messages.success(request, _("Ihr Punkt für „%(title)s“ ist gezählt.") % {"title": idea.title})
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect(request.POST.get("zurueck") == "werkstatt" and workshop or idea)


@require_POST
def idea_evaluate(request, slug, pk):
    workshop = get_workshop_for_user(request, slug)
    idea = get_idea_for_user(request, workshop, pk, edit=True)
    form = EvaluationForm(request.POST, idea=idea)
    if form.is_valid():
        try:
            services.idea_evaluate(
                idea=idea,
                decision=form.cleaned_data["decision"],
                by=request.user,
                reason=form.cleaned_data["reason"],
                merge_into=form.cleaned_data["merge_into"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Die Bewertung wurde gespeichert."))
            return redirect(idea)
    context = selectors.idea_page(idea=idea)
    context.update(
        workshop=workshop,
        comment_form=CommentForm(),
        may_take_part=True,
        dots_left=0,
        can_evaluate=True,
        evaluation_form=form,
    )
    return render(request, "cooperation/idea_detail.html", context, status=400)
