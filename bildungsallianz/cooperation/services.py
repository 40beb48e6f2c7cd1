"""Writes of the cooperation module. Every function validates with ``full_clean``
before it writes and runs in one transaction: bad input saves nothing half-way."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.core.text import sanitise_html

from .models import (
    ActionItem,
    DigestSettings,
    Dot,
    FeedToken,
    GroupMembership,
    Idea,
    IdeaComment,
    Meeting,
    MeetingAttachment,
    WorkingGroup,
    Workshop,
)

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_EXTENSIONS = {"pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv", "png", "jpg", "jpeg"}


# --- groups and meetings --------------------------------------------------------


@transaction.atomic
def group_add_member(*, group: WorkingGroup, user, organisation=None, by=None) -> GroupMembership:
    membership, _created = GroupMembership.objects.get_or_create(
        group=group, user=user, defaults={"organisation": organisation}
    )
    if organisation and membership.organisation_id != organisation.pk:
        membership.organisation = organisation
        membership.save(update_fields=["organisation"])
    return membership


@transaction.atomic
def meeting_save(*, group: WorkingGroup, data: dict, by, meeting: Meeting | None = None, now=None) -> Meeting:
    """Create or change a meeting; publishing minutes for the first time stamps them for the digest."""
    now = now or timezone.now()
    meeting = meeting or Meeting(group=group)
    had_minutes = bool(meeting.minutes)
    for name in ("title", "starts_at", "ends_at", "place", "online_url", "agenda", "minutes", "decisions"):
        if name in data:
            setattr(meeting, name, data[name] if data[name] is not None else getattr(meeting, name))
    meeting.decisions_public = bool(data.get("decisions_public", meeting.decisions_public))
    meeting.minutes = sanitise_html(meeting.minutes)
    if meeting.ends_at and meeting.starts_at and meeting.ends_at < meeting.starts_at:
        raise ValidationError({"ends_at": _("Das Ende darf nicht vor dem Beginn liegen.")})
    if meeting.minutes and not had_minutes:
        meeting.minutes_published_at = now
    meeting.full_clean()
    meeting.save()
    if "attendees" in data:
        members = set(group.memberships.values_list("user_id", flat=True))
        attendees = [u for u in data["attendees"] if u.pk in members]
        meeting.attendees.set(attendees)
        orgs = group.memberships.filter(user__in=attendees, organisation__isnull=False).values_list(
            "organisation_id", flat=True
        )
        meeting.organisations.set(set(orgs))
    return meeting


def _check_upload(upload) -> None:
    name = getattr(upload, "name", "") or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ATTACHMENT_EXTENSIONS:
        raise ValidationError(
            {
                "file": _("Dieser Dateityp ist nicht erlaubt. Erlaubt sind: %(types)s.")
                % {"types": ", ".join(sorted(ATTACHMENT_EXTENSIONS))}
            }
        )
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError({"file": _("Die Datei ist größer als 10 MB.")})


@transaction.atomic
def attachment_add(*, meeting: Meeting, title: str, upload, by) -> MeetingAttachment:
    _check_upload(upload)
    attachment = MeetingAttachment(meeting=meeting, title=title, uploaded_by=by)
    attachment.file = upload
    attachment.full_clean()
    attachment.save()
    return attachment


# --- tasks ---------------------------------------------------------------------


@transaction.atomic
def action_item_create(*, group: WorkingGroup, data: dict, by) -> ActionItem:
    item = ActionItem(group=group, **{k: data.get(k) for k in ("title", "due_date")})
    item.meeting = data.get("meeting")
    item.responsible_user = data.get("responsible_user")
    item.responsible_organisation = data.get("responsible_organisation")
    if item.meeting and item.meeting.group_id != group.pk:
        raise ValidationError({"meeting": _("Die Sitzung gehört zu einer anderen Arbeitsgruppe.")})
    if item.responsible_user and not group.memberships.filter(user=item.responsible_user).exists():
        raise ValidationError({"responsible_user": _("Die Person ist kein Mitglied dieser Arbeitsgruppe.")})
    if not (item.responsible_user or item.responsible_organisation):
        raise ValidationError(_("Bitte nennen Sie eine verantwortliche Person oder Organisation."))
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def action_item_set_status(*, item: ActionItem, done: bool, by, now=None) -> ActionItem:
    item.status = ActionItem.State.DONE if done else ActionItem.State.OPEN
    item.done_at = (now or timezone.now()) if done else None
    item.save(update_fields=["status", "done_at"])
    return item


# --- calendar feed and digest settings --------------------------------------


def feed_token_for(user) -> FeedToken:
    token, _created = FeedToken.objects.get_or_create(user=user, defaults={"token": secrets.token_urlsafe(32)})
    return token


@transaction.atomic
def feed_token_renew(*, user) -> FeedToken:
    token = feed_token_for(user)
    token.token = secrets.token_urlsafe(32)
    token.save()
    return token


def digest_settings_for(user) -> DigestSettings:
    return DigestSettings.objects.get_or_create(user=user)[0]


@transaction.atomic
def digest_settings_update(*, user, data: dict) -> DigestSettings:
    settings_row = digest_settings_for(user)
    for name in ("enabled", *DigestSettings.KINDS):
        if name in data:
            setattr(settings_row, name, bool(data[name]))
    settings_row.save()
    return settings_row


@transaction.atomic
def digest_unsubscribe(*, user) -> DigestSettings:
    return digest_settings_update(user=user, data={"enabled": False})


# --- workshop and ideas -------------------------------------------------------


def new_workshop_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed on phones
    while True:
        code = "".join(secrets.choice(alphabet) for _i in range(6))
        if not Workshop.objects.filter(code=code).exists():
            return code


@transaction.atomic
def workshop_set_phase(*, workshop: Workshop, phase: str, by) -> Workshop:
    if phase not in Workshop.Phase.values:
        raise ValidationError({"phase": _("Unbekannte Phase.")})
    workshop.phase = phase
    workshop.save(update_fields=["phase"])
    return workshop


@transaction.atomic
def idea_create(*, workshop: Workshop, data: dict, by=None, participant_key: str = "", organisation=None) -> Idea:
    if not workshop.accepts_ideas:
        raise ValidationError(_("In dieser Phase der Werkstatt können keine Ideen mehr eingereicht werden."))
    table = data.get("table")
    if table and table.workshop_id != workshop.pk:
        raise ValidationError({"table": _("Dieser Tisch gehört zu einer anderen Werkstatt.")})
    idea = Idea(
        workshop=workshop,
        table=table,
        title=(data.get("title") or "").strip(),
        description=(data.get("description") or "").strip(),
        field_of_action=data.get("field_of_action"),
        possible_partners=(data.get("possible_partners") or "").strip(),
        author=by if by and by.is_authenticated else None,
        organisation=organisation,
        participant_key="" if by and by.is_authenticated else participant_key,
    )
    idea.full_clean()
    idea.save()
    idea.target_groups.set(data.get("target_groups") or [])
    return idea


@transaction.atomic
def comment_add(*, idea: Idea, text: str, by=None, participant_key: str = "") -> IdeaComment:
    if not idea.workshop.accepts_comments:
        raise ValidationError(_("Die Werkstatt ist abgeschlossen; Kommentare sind nicht mehr möglich."))
    comment = IdeaComment(
        idea=idea,
        text=(text or "").strip(),
        author=by if by and by.is_authenticated else None,
        participant_key="" if by and by.is_authenticated else participant_key,
    )
    comment.full_clean()
    comment.save()
    return comment


def _voter_dots(workshop: Workshop, by, participant_key: str):
    if by is not None and by.is_authenticated:
        return Dot.objects.filter(workshop=workshop, voter=by)
    return Dot.objects.filter(workshop=workshop, participant_key=participant_key, voter__isnull=True)


def dots_left(*, workshop: Workshop, by=None, participant_key: str = "") -> int:
    if not ((by is not None and by.is_authenticated) or participant_key):
        return 0
    return max(0, workshop.dots_per_participant - _voter_dots(workshop, by, participant_key).count())


@transaction.atomic
def dot_add(*, idea: Idea, by=None, participant_key: str = "") -> Dot:
    """One more dot for an idea, within the workshop's limit per person or device."""
    # lock the workshop row so two quick clicks cannot both take the last dot
    workshop = Workshop.objects.select_for_update().get(pk=idea.workshop_id)
    if not workshop.accepts_dots:
        raise ValidationError(_("Punkte können nur in der Phase „Ideen unterstützen“ vergeben werden."))
    if dots_left(workshop=workshop, by=by, participant_key=participant_key) <= 0:
        raise ValidationError(_("Sie haben alle %(n)s Punkte vergeben.") % {"n": workshop.dots_per_participant})
    authenticated = by is not None and by.is_authenticated
    return Dot.objects.create(
        idea=idea,
        workshop=workshop,
        voter=by if authenticated else None,
        participant_key="" if authenticated else participant_key,
    )


@transaction.atomic
def dot_remove(*, idea: Idea, by=None, participant_key: str = "") -> bool:
    dot = _voter_dots(idea.workshop, by, participant_key).filter(idea=idea).order_by("-pk").first()
    if dot is None:
        return False
    dot.delete()
    return True


@transaction.atomic
def idea_evaluate(*, idea: Idea, decision: str, by, reason: str = "", merge_into: Idea | None = None, now=None):
    """Staff decide: accept, decline (with a reason) or merge into another idea of the same workshop."""
    if not idea.can_be_evaluated:
        raise ValidationError(_("Diese Idee wurde bereits bewertet."))
    if decision == Idea.State.ACCEPTED:
        pass
    elif decision == Idea.State.DECLINED:
        if not reason.strip():
            raise ValidationError({"reason": _("Bitte begründen Sie die Ablehnung.")})
        idea.decline_reason = reason.strip()
    elif decision == Idea.State.MERGED:
        if merge_into is None or merge_into.pk == idea.pk or merge_into.workshop_id != idea.workshop_id:
            raise ValidationError({"merge_into": _("Bitte wählen Sie eine andere Idee derselben Werkstatt.")})
        idea.merged_into = merge_into
        Dot.objects.filter(idea=idea).update(idea=merge_into)
    else:
        raise ValidationError({"decision": _("Bitte wählen Sie eine Entscheidung.")})
    idea.status = decision
    idea.evaluated_at = now or timezone.now()
    idea.full_clean()
    idea.save()
    return idea
