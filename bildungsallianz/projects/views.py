"""Public portfolio and project pages; partner actions (edit, progress, milestones, targets)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.cooperation.selectors import idea_for_project
from bildungsallianz.core.forms import add_service_errors
from bildungsallianz.core.permissions import fetch_for_user, forbid_unless, is_staff_member
from bildungsallianz.organisations.models import Organisation
from bildungsallianz.organisations.permissions import organisations_editable_by

from . import selectors, services
from .forms import IndicatorTargetForm, MilestoneForm, PortfolioFilterForm, ProgressUpdateForm, ProjectForm
from .models import IndicatorTarget, Milestone, Project
from .permissions import (
    can_create_projects,
    get_project_for_reporting,
    get_project_for_user,
    project_flags,
    projects_visible_to,
)


def _organisation_choices():
    in_projects = Project.objects.public().filter(Q(lead_organisation=OuterRef("pk")) | Q(partners=OuterRef("pk")))
    return Organisation.objects.filter(Exists(in_projects)).order_by("name").values_list("slug", "name")


def project_list(request):
    form = PortfolioFilterForm(request.GET or None, organisations=_organisation_choices())
    filters = form.filters
    projects = selectors.portfolio(queryset=projects_visible_to(request.user), filters=filters)
    now = timezone.now()
    cards = [(p, p.progress_from(p.milestones.all()), p.is_stale(now)) for p in projects]
    return render(
        request,
        "projects/project_list.html",
        {"form": form, "cards": cards, "filtered": bool(filters), "can_create": can_create_projects(request.user)},
    )


def landscape(request):
    return render(request, "projects/landscape.html", selectors.landscape())


def project_detail(request, slug):
    project = get_project_for_user(request, slug)
    flags = project_flags(request.user, project)
    context = selectors.project_page(project=project, flags=flags, now=timezone.now())
    context.update(flags)
    if flags["can_report"]:
        context["update_form"] = ProgressUpdateForm()
    return render(request, "projects/project_detail.html", context)


def _idea_for_project(request):
    """?idee=<pk>: staff turn an accepted idea into a project."""
    pk = request.GET.get("idee") or request.POST.get("idee")
    if not pk:
        return None
    if not is_staff_member(request.user):
        raise Http404
    return idea_for_project(pk)


@login_required
def project_create(request):
    forbid_unless(can_create_projects(request.user))
    idea = _idea_for_project(request)
    initial = {}
    if idea is not None:
        initial = {
            "title": idea.title,
            "summary": idea.description[:300],
            "description": idea.description,
            "fields_of_action": [idea.field_of_action_id] if idea.field_of_action_id else [],
            "target_groups": list(idea.target_groups.values_list("pk", flat=True)),
            "lead_organisation": idea.organisation_id,
        }
    form = ProjectForm(request.POST or None, initial=initial, lead_choices=organisations_editable_by(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            project = services.project_create(data=form.cleaned_data, by=request.user, origin_idea=idea)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Das Projekt wurde angelegt."))
            return redirect(project)
    return render(request, "projects/project_form.html", {"form": form, "idea": idea, "project": None})


@login_required
def project_edit(request, slug):
    project = get_project_for_user(request, slug, edit=True)
    form = ProjectForm(request.POST or None, instance=project, lead_choices=organisations_editable_by(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.project_update(project=project, data=form.cleaned_data, by=request.user)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Das Projekt wurde gespeichert."))
            return redirect(project)
    milestone_form = MilestoneForm(prefix="meilenstein")
    target_form = IndicatorTargetForm(prefix="ziel")
    context = {"form": form, "project": project, "milestone_form": milestone_form, "target_form": target_form}
    context["milestones"] = list(project.milestones.all())
    context["targets"] = list(project.indicator_targets.select_related("indicator", "region"))
    return render(request, "projects/project_form.html", context)


@login_required
@require_POST
def progress_update(request, slug):
    project = get_project_for_reporting(request, slug)
    form = ProgressUpdateForm(request.POST)
    if form.is_valid():
        own = organisations_editable_by(request.user)
        organisation = (
            own.filter(pk=project.lead_organisation_id).first()
            or own.filter(pk__in=project.partners.values("pk")).first()
        )
        services.progress_update_post(
            project=project,
            text=form.cleaned_data["text"],
            is_public=form.cleaned_data["is_public"],
            by=request.user,
            organisation=organisation,
        )
        messages.success(request, _("Ihre Meldung wurde veröffentlicht."))
        return redirect(project)
    flags = project_flags(request.user, project)
    context = selectors.project_page(project=project, flags=flags, now=timezone.now())
    context.update(flags, update_form=form)
    return render(request, "projects/project_detail.html", context, status=400)


@login_required
@require_POST
def still_on_track(request, slug):
    project = get_project_for_reporting(request, slug)
    services.project_confirm_on_track(project=project, by=request.user)
    messages.success(request, _("Danke! Das Projekt ist als „weiterhin im Plan“ vermerkt."))
    return redirect(project)


@login_required
@require_POST
def milestone_add(request, slug):
    project = get_project_for_user(request, slug, edit=True)
    form = MilestoneForm(request.POST, prefix="meilenstein")
    if form.is_valid():
        services.milestone_add(project=project, data=form.cleaned_data, by=request.user)
        messages.success(request, _("Der Meilenstein wurde hinzugefügt."))
    else:
        messages.error(request, _("Der Meilenstein wurde nicht gespeichert: %(errors)s") % {"errors": _errors(form)})
    return redirect("projects:edit", slug=project.slug)


@login_required
@require_POST
def milestone_toggle(request, slug, pk):
    project = get_project_for_user(request, slug, edit=True)
    milestone = fetch_for_user(Milestone.objects.filter(project=project).select_related("project"), pk=pk)
    services.milestone_set_done(milestone=milestone, done=request.POST.get("done") == "1", by=request.user)
    return redirect("projects:edit", slug=project.slug)


@login_required
@require_POST
def target_add(request, slug):
    project = get_project_for_user(request, slug, edit=True)
    form = IndicatorTargetForm(request.POST, prefix="ziel")
    if form.is_valid():
        try:
            services.indicator_target_add(project=project, data=form.cleaned_data, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Das Wirkungsziel wurde hinzugefügt."))
    else:
        messages.error(request, _("Das Wirkungsziel wurde nicht gespeichert: %(errors)s") % {"errors": _errors(form)})
    return redirect("projects:edit", slug=project.slug)


@login_required
@require_POST
def target_remove(request, slug, pk):
    project = get_project_for_user(request, slug, edit=True)
    target = fetch_for_user(IndicatorTarget.objects.filter(project=project), pk=pk)
    services.indicator_target_remove(target=target, by=request.user)
    messages.success(request, _("Das Wirkungsziel wurde entfernt."))
    return redirect("projects:edit", slug=project.slug)


def _errors(form) -> str:
    return " ".join(
        f"{form.fields[k].label if k in form.fields else ''}: {' '.join(v)}" for k, v in form.errors.items()
    )
