"""Working groups: public pages, the member area (meetings, minutes, files, tasks),
the private calendar feed and the digest settings."""

import datetime
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.files import ACCEL_PRIVATE_PREFIX, file_response
from bildungsallianz.core.forms import add_service_errors
from bildungsallianz.core.permissions import fetch_for_user

from .. import digest, selectors, services
from ..forms import ActionItemForm, AttachmentForm, DigestSettingsForm, MeetingForm
from ..models import ATTACHMENT_KIND, FeedToken
from ..permissions import (
    can_manage_group,
    get_action_item_for_user,
    get_attachment_for_user,
    get_group_for_user,
    get_meeting_for_user,
    get_member_group_for_user,
    groups_visible_to,
    is_member,
)


def group_list(request):
    groups = selectors.group_list(groups=groups_visible_to(request.user))
    mine = set()
    if request.user.is_authenticated:
        mine = set(request.user.group_memberships.values_list("group_id", flat=True))
    return render(request, "cooperation/group_list.html", {"groups": groups, "mine": mine})


def group_detail(request, slug):
    group = get_group_for_user(request, slug)
    member_area = is_member(request.user, group)
    context = selectors.group_page(group=group, now=timezone.now(), member_area=member_area)
    if member_area:
        context["tasks"] = selectors.mark_overdue(context["tasks"], today=timezone.localdate())
    context.update(
        member_area=member_area,
        can_manage=can_manage_group(request.user, group),
        task_form=ActionItemForm(group=group) if member_area else None,
    )
    return render(request, "cooperation/group_detail.html", context)


@login_required
def meeting_create(request, slug):
    group = get_member_group_for_user(request, slug, edit=True)
    form = MeetingForm(request.POST or None, group=group)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_save(group=group, data=form.cleaned_data, by=request.user)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Die Sitzung wurde angelegt."))
            return redirect(meeting)
    return render(request, "cooperation/meeting_form.html", {"form": form, "group": group, "meeting": None})


@login_required
def meeting_detail(request, slug, pk):
    group = get_member_group_for_user(request, slug)
    meeting = get_meeting_for_user(request, group, pk)
    context = selectors.meeting_page(meeting=meeting)
    context.update(group=group, can_manage=can_manage_group(request.user, group), attachment_form=AttachmentForm())
    return render(request, "cooperation/meeting_detail.html", context)


@login_required
def meeting_edit(request, slug, pk):
    group = get_member_group_for_user(request, slug)
    meeting = get_meeting_for_user(request, group, pk, edit=True)
    form = MeetingForm(request.POST or None, instance=meeting, group=group)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_save(group=group, data=form.cleaned_data, by=request.user, meeting=meeting)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Die Sitzung wurde gespeichert."))
            return redirect(meeting)
    return render(request, "cooperation/meeting_form.html", {"form": form, "group": group, "meeting": meeting})


@login_required
@require_POST
def attachment_upload(request, slug, pk):
    group = get_member_group_for_user(request, slug)
    meeting = get_meeting_for_user(request, group, pk, edit=True)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attachment_add(
                meeting=meeting, title=form.cleaned_data["title"], upload=form.cleaned_data["file"], by=request.user
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Der Anhang wurde hochgeladen."))
            return redirect(meeting)
    context = selectors.meeting_page(meeting=meeting)
    context.update(group=group, can_manage=True, attachment_form=form)
    return render(request, "cooperation/meeting_detail.html", context, status=400)


@login_required
def attachment_download(request, slug, pk, attachment):
    """Private file: members and staff only (404 for everyone else), never cached publicly."""
    group = get_member_group_for_user(request, slug)
    meeting = get_meeting_for_user(request, group, pk)
    item = get_attachment_for_user(request, meeting, attachment)
    if not item.file or not item.file.storage.exists(item.file.name):
        raise Http404
    return file_response(
        request,
        path=Path(item.file.path),
        accel_path=f"{ACCEL_PRIVATE_PREFIX}{ATTACHMENT_KIND}/{item.file.name}",
        download_name=item.file.name.rsplit("/", 1)[-1].split("-", 1)[-1],
    )


@login_required
def task_create(request, slug):
    group = get_member_group_for_user(request, slug)
    form = ActionItemForm(request.POST or None, group=group)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_item_create(group=group, data=form.cleaned_data, by=request.user)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Die Aufgabe wurde angelegt."))
            return redirect(group)
    return render(
        request, "cooperation/task_form.html", {"form": form, "group": group}, status=400 if form.errors else 200
    )


@login_required
@require_POST
def task_toggle(request, pk):
    item = get_action_item_for_user(request, pk, edit=True)
    services.action_item_set_status(item=item, done=request.POST.get("done") == "1", by=request.user)
    if request.POST.get("next") == "meine":
        return redirect("cooperation:my_tasks")
    return redirect(item.group)


@login_required
def my_tasks(request):
    tasks = selectors.mark_overdue(selectors.my_tasks(user=request.user), today=timezone.localdate())
    return render(request, "cooperation/my_tasks.html", {"tasks": tasks})


@login_required
def calendar_settings(request):
    if request.method == "POST":
        token = services.feed_token_renew(user=request.user)
        messages.success(request, _("Die Kalender-Adresse wurde erneuert; die alte gilt nicht mehr."))
        return redirect("cooperation:calendar")
    token = services.feed_token_for(request.user)
    url = request.build_absolute_uri(reverse("cooperation:feed", kwargs={"token": token.token}))
    return render(request, "cooperation/calendar_settings.html", {"feed_url": url})


def calendar_feed(request, token):
    """The private feed: the secret in the URL is the only key (calendar apps cannot log in)."""
    feed = fetch_for_user(FeedToken.objects.select_related("user"), token=token)
    if not feed.user.is_active:
        raise Http404
    since = timezone.now() - datetime.timedelta(days=180)
    meetings = selectors.feed_meetings(user=feed.user, since=since)
    body = services_ical(meetings, request)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


def services_ical(meetings, request) -> bytes:
    from ..presentation import meetings_ical

    return meetings_ical(meetings, base_url=request.build_absolute_uri("/").rstrip("/"))


@login_required
def digest_settings(request):
    row = services.digest_settings_for(request.user)
    form = DigestSettingsForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        services.digest_settings_update(user=request.user, data=form.cleaned_data)
        messages.success(request, _("Ihre Einstellungen wurden gespeichert."))
        return redirect("cooperation:digest_settings")
    return render(request, "cooperation/digest_settings.html", {"form": form})


def digest_unsubscribe(request, token):
    """Works without logging in: the signed token names the person."""
    user = digest.user_from_token(token)
    if user is None:
        raise Http404
    if request.method == "POST":
        services.digest_unsubscribe(user=user)
        return render(request, "cooperation/unsubscribed.html", {"done": True})
    return render(request, "cooperation/unsubscribed.html", {"done": False, "token": token})
