"""Who may see and change projects.

- Public projects: everybody. Non-public ones: editors of the lead and partner
  organisations, and staff.
- Editors of the lead organisation change the project (fields, milestones,
  targets, status); editors of partner organisations may post progress updates;
  staff everything.
- Internal progress updates: lead and partner editors and staff.
"""

from django.db.models import Q

from bildungsallianz.core.permissions import fetch_for_user, is_staff_member
from bildungsallianz.organisations.permissions import organisations_editable_by

from .models import Project


def _own_orgs(user):
    return organisations_editable_by(user).values("pk")


def projects_visible_to(user):
    qs = Project.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.public()
    own = _own_orgs(user)
    return qs.filter(Q(is_public=True) | Q(lead_organisation__in=own) | Q(partners__in=own)).distinct()


def projects_editable_by(user):
    qs = Project.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(lead_organisation__in=_own_orgs(user))


def projects_reportable_by(user):
    """Projects the user may post progress updates to (lead or partner)."""
    qs = Project.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    own = _own_orgs(user)
    return qs.filter(Q(lead_organisation__in=own) | Q(partners__in=own)).distinct()


def can_create_projects(user) -> bool:
    return is_staff_member(user) or (user.is_authenticated and organisations_editable_by(user).exists())


def project_flags(user, project) -> dict:
    """Flags for templates (two small queries for partners, none for staff or anonymous)."""
    if is_staff_member(user):
        return {"can_edit": True, "can_report": True, "sees_internal": True}
    if not user.is_authenticated:
        return {"can_edit": False, "can_report": False, "sees_internal": False}
    own = set(organisations_editable_by(user).values_list("pk", flat=True))
    lead = project.lead_organisation_id in own
    partner = bool(own & {p.pk for p in project.partners.all()})
    return {"can_edit": lead, "can_report": lead or partner, "sees_internal": lead or partner}


def get_project_for_user(request, slug, *, edit=False):
    user = request.user
    return fetch_for_user(projects_visible_to(user), editable=projects_editable_by(user), edit=edit, slug=slug)


def get_project_for_reporting(request, slug):
    """Progress updates: visible → 404 otherwise; lead or partner → 403 otherwise."""
    user = request.user
    return fetch_for_user(projects_visible_to(user), editable=projects_reportable_by(user), edit=True, slug=slug)
