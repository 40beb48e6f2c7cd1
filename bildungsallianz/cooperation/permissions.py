"""Who may see and change working groups, meetings, tasks, workshops and ideas.

- Public groups: everybody sees the public page (purpose, member organisations,
  meeting dates, published decisions). Internal groups: only members and staff
  (404 for everybody else).
- The member area (meetings with agenda, minutes, attachments; tasks) is for
  members and staff only, in public groups too.
- Chair and staff manage meetings, minutes and attachments; every member may
  add tasks and mark them done.
- Workshops are readable by everyone; ideas, comments and dots come from
  logged-in partners or from participants holding the workshop code. Staff evaluate.
"""

from django.db.models import Q

from bildungsallianz.core.permissions import fetch_for_user, is_staff_member

from .models import ActionItem, Idea, Meeting, MeetingAttachment, WorkingGroup, Workshop


def groups_visible_to(user):
    qs = WorkingGroup.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.public()
    return qs.filter(Q(is_public=True) | Q(memberships__user=user)).distinct()


def groups_with_member_area_for(user):
    """Groups whose meetings, minutes, files and tasks the user may see."""
    qs = WorkingGroup.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(memberships__user=user)


def groups_managed_by(user):
    """Chair and staff: meetings, minutes and attachments."""
    qs = WorkingGroup.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(chair=user, memberships__user=user)


def is_member(user, group) -> bool:
    return is_staff_member(user) or (
        user.is_authenticated and group.memberships.filter(user=user).exists()  # one small query
    )


def can_manage_group(user, group) -> bool:
    return is_staff_member(user) or (user.is_authenticated and group.chair_id == user.pk and is_member(user, group))


def get_group_for_user(request, slug, *, edit=False):
    user = request.user
    return fetch_for_user(groups_visible_to(user), editable=groups_managed_by(user), edit=edit, slug=slug)


def get_member_group_for_user(request, slug, *, edit=False):
    """The member area: 404 for non-members, also in public groups."""
    user = request.user
    return fetch_for_user(groups_with_member_area_for(user), editable=groups_managed_by(user), edit=edit, slug=slug)


def get_meeting_for_user(request, group, pk, *, edit=False):
    user = request.user
    visible = Meeting.objects.filter(group__in=groups_with_member_area_for(user).values("pk"), group=group)
    editable = Meeting.objects.filter(group__in=groups_managed_by(user).values("pk"))
    return fetch_for_user(visible.select_related("group"), editable=editable, edit=edit, pk=pk)


def get_attachment_for_user(request, meeting, pk):
    return fetch_for_user(MeetingAttachment.objects.filter(meeting=meeting), pk=pk)


def can_view_attachment_file(user, name: str) -> bool:
    """Registered check of the private file kind "arbeitsgruppen" (core.files): members and staff."""
    return MeetingAttachment.objects.filter(
        file=name, meeting__group__in=groups_with_member_area_for(user).values("pk")
    ).exists()


def attachment_file_names():
    return MeetingAttachment.objects.values_list("file", flat=True)


def action_items_visible_to(user):
    qs = ActionItem.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(group__memberships__user=user)


def get_action_item_for_user(request, pk, *, edit=False):
    """Every member of the group may change the status of its tasks."""
    visible = action_items_visible_to(request.user)
    return fetch_for_user(visible.select_related("group"), editable=visible, edit=edit, pk=pk)


# --- workshops ----------------------------------------------------------------


def can_evaluate_ideas(user) -> bool:
    return is_staff_member(user)


def can_take_part(user, workshop: Workshop, participant_key: str) -> bool:
    """Logged-in partners, staff, or a device that entered this workshop's code."""
    if is_staff_member(user):
        return True
    if user.is_authenticated and user.memberships.exists():
        return True
    return bool(participant_key)


def get_workshop_for_user(request, slug, *, edit=False):
    qs = Workshop.objects.all()
    editable = qs if is_staff_member(request.user) else qs.none()
    return fetch_for_user(qs, editable=editable, edit=edit, slug=slug)


def get_idea_for_user(request, workshop, pk, *, edit=False):
    qs = Idea.objects.filter(workshop=workshop).select_related("workshop", "field_of_action", "organisation")
    editable = qs if can_evaluate_ideas(request.user) else qs.none()
    return fetch_for_user(qs, editable=editable, edit=edit, pk=pk)
