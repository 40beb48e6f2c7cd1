"""Invitations and memberships."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bildungsallianz.core.mail import send_templated_mail

from .models import Invitation, Membership, User


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_create(
    *, email: str, organisation, role: str = Membership.Role.EDITOR, language: str = "de"
) -> tuple[Invitation, str]:
    """Create an invitation and e-mail its one-time link (in ``language``). Returns (invitation, token)."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        email=email.lower(),
        organisation=organisation,
        role=role,
        token_hash=_hash(token),
        expires_at=timezone.now() + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT),
    )
    with translation.override(language):
        link = settings.SITE_URL + reverse("accounts:invitation", kwargs={"token": token})
    transaction.on_commit(
        lambda: send_templated_mail(
            template="accounts/emails/invitation",
            to=[invitation.email],
            context={"invitation": invitation, "link": link, "organisation": organisation},
            language=language,
        )
    )
    return invitation, token


def invitation_get_usable(*, token: str) -> Invitation | None:
    return Invitation.objects.usable().select_related("organisation").filter(token_hash=_hash(token)).first()


@transaction.atomic
def invitation_accept(*, invitation: Invitation, first_name: str, last_name: str, password: str) -> User:
    """Create (or reuse) the account, add the membership, spend the invitation."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None or invitation.expires_at <= timezone.now():
        raise ValidationError(_("Diese Einladung ist nicht mehr gültig."))
    user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = User(email=invitation.email, first_name=first_name, last_name=last_name)
        user.set_password(password)
        user.full_clean()
        user.save()
    Membership.objects.get_or_create(user=user, organisation=invitation.organisation, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return user
