"""Writes of the charter module: join requests and signatures."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.accounts.services import invitation_create
from bildungsallianz.core.mail import reader_language, send_templated_mail
from bildungsallianz.core.permissions import is_staff_member
from bildungsallianz.core.registry import components
from bildungsallianz.organisations.models import Organisation
from bildungsallianz.organisations.selectors import organisation_name_taken
from bildungsallianz.organisations.services import contact_create, organisation_create

from .models import Charter, Commitment, JoinRequest, Signature


def _notify(template: str, to: list[str], context: dict, language: str = "de") -> None:
    transaction.on_commit(lambda: send_templated_mail(template=template, to=to, context=context, language=language))


@transaction.atomic
def join_request_submit(*, data: dict, fields_of_action, now=None) -> JoinRequest:
    """Save a valid request from the public form and confirm its receipt."""
    join_request = JoinRequest(**data, consent_at=now or timezone.now(), language=reader_language())
    join_request.full_clean()
    join_request.save()
    join_request.fields_of_action.set(fields_of_action)
    # The applicant reads every e-mail in the language of the form; staff get German.
    _notify(
        "charter/emails/join_received",
        [join_request.contact_email],
        {"join_request": join_request},
        join_request.language,
    )
    _notify("charter/emails/join_staff", [settings.BILDUNGSBUERO_EMAIL], {"join_request": join_request})
    return join_request


def _ensure_open(join_request: JoinRequest) -> None:
    if not join_request.is_open:
        raise ValidationError(_("Über diesen Antrag wurde bereits entschieden."))


@transaction.atomic
def join_request_start_review(*, join_request: JoinRequest, by) -> JoinRequest:
    _ensure_open(join_request)
    join_request.state = JoinRequest.State.IN_REVIEW
    join_request.save(update_fields=["state"])
    return join_request


@transaction.atomic
def join_request_accept(*, join_request: JoinRequest, by, now=None) -> Organisation:
    """Create the organisation, its contact, commitment(s), a signature to be
    confirmed and an invitation for the first editor; inform the requester."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    _ensure_open(join_request)
    charter = Charter.objects.current()
    if charter is None:
        raise ValidationError(_("Es gibt keine aktuelle Fassung der Charta."))
    if organisation_name_taken(join_request.organisation_name):
        raise ValidationError(
            _("Eine Organisation mit dem Namen „%(name)s“ gibt es bereits.") % {"name": join_request.organisation_name}
        )
    organisation = organisation_create(
        data=join_request.organisation_data(), slug_source=join_request.short_name, by=by
    )
    contact_create(organisation=organisation, data=join_request.contact_data(), by=by)
    fields = list(join_request.fields_of_action.all())
    if fields:
        Commitment.objects.create(
            organisation=organisation, field_of_action=fields[0], text=join_request.proposed_commitment
        )
    now = now or timezone.now()
    Signature.objects.create(charter=charter, organisation=organisation, signed_on=timezone.localdate(now))
    invitation, _token = invitation_create(
        email=join_request.contact_email, organisation=organisation, language=join_request.language
    )
    join_request.state = JoinRequest.State.ACCEPTED
    join_request.decided_at = now
    join_request.decided_by = by
    join_request.organisation = organisation
    join_request.save()
    # Modules that took part of the request (e.g. the fair's "exhibit as a new organisation") follow up.
    for hook in components.extra_hooks("join_request_accepted"):
        hook(join_request=join_request, organisation=organisation, by=by)
    _notify(
        "charter/emails/join_accepted",
        [join_request.contact_email],
        {"join_request": join_request, "organisation": organisation},
        join_request.language,
    )
    return organisation


@transaction.atomic
def join_request_decline(*, join_request: JoinRequest, reason: str, by, now=None) -> JoinRequest:
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    _ensure_open(join_request)
    if not reason.strip():
        raise ValidationError({"reason": _("Bitte begründen Sie die Ablehnung.")})
    join_request.state = JoinRequest.State.DECLINED
    join_request.decline_reason = reason.strip()
    join_request.decided_at = now or timezone.now()
    join_request.decided_by = by
    join_request.save()
    _notify(
        "charter/emails/join_declined",
        [join_request.contact_email],
        {"join_request": join_request},
        join_request.language,
    )
    return join_request


@transaction.atomic
def signature_confirm(*, signature: Signature, signatory_name: str, signatory_function: str, by, now=None) -> Signature:
    """Confirm a signature; a confirmed one is changed by editors only through staff review."""
    if signature.confirmed and not is_staff_member(by):
        return signature_change_request(
            signature=signature, signatory_name=signatory_name, signatory_function=signatory_function, by=by
        )
    signature.signatory_name = signatory_name
    signature.signatory_function = signatory_function
    signature.confirmed = True
    if signature.signed_on is None:
        signature.signed_on = timezone.localdate(now or timezone.now())
    signature.full_clean()
    signature.save()
    return signature


@transaction.atomic
def signature_change_request(*, signature: Signature, signatory_name: str, signatory_function: str, by) -> Signature:
    """Keep the editor's new name/function aside and tell the Bildungsbüro; nothing public changes."""
    signature = Signature.objects.select_for_update().get(pk=signature.pk)
    if (signatory_name, signatory_function) == (signature.signatory_name, signature.signatory_function):
        raise ValidationError(_("Die Angaben sind unverändert."))
    signature.pending_signatory_name = signatory_name
    signature.pending_signatory_function = signatory_function
    signature.change_requested_at = timezone.now()
    signature.change_requested_by = by
    signature.full_clean()
    signature.save()
    _notify("charter/emails/signature_change_staff", [settings.BILDUNGSBUERO_EMAIL], {"signature": signature})
    return signature


def _clear_pending(signature: Signature) -> None:
    signature.pending_signatory_name = ""
    signature.pending_signatory_function = ""
    signature.change_requested_at = None
    signature.change_requested_by = None


@transaction.atomic
def signature_change_approve(*, signature: Signature, by) -> Signature:
    signature = Signature.objects.select_for_update().get(pk=signature.pk)
    if not signature.has_pending_change:
        raise ValidationError(_("Für diese Unterzeichnung liegt keine Änderung vor."))
    signature.signatory_name = signature.pending_signatory_name
    signature.signatory_function = signature.pending_signatory_function
    _clear_pending(signature)
    signature.full_clean()
    signature.save()
    return signature


@transaction.atomic
def signature_change_reject(*, signature: Signature, by) -> Signature:
    signature = Signature.objects.select_for_update().get(pk=signature.pk)
    if not signature.has_pending_change:
        raise ValidationError(_("Für diese Unterzeichnung liegt keine Änderung vor."))
    _clear_pending(signature)
    signature.save()
    return signature
