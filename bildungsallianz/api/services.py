"""Writes on API tokens. The secret is returned once and never stored."""

from __future__ import annotations

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from bildungsallianz.core.clock import local_date

from .models import ApiToken, hash_secret

TOKEN_PREFIX = "ba_"
MAX_VALIDITY = datetime.timedelta(days=366)


@transaction.atomic
def api_token_create(*, organisation, name: str, expires_on: datetime.date, by, now=None) -> tuple[ApiToken, str]:
    now = now or timezone.now()
    if expires_on <= local_date(now):
        raise ValidationError({"expires_on": _("Das Ablaufdatum muss in der Zukunft liegen.")})
    if expires_on > local_date(now + MAX_VALIDITY):
        raise ValidationError({"expires_on": _("Ein Schlüssel gilt höchstens ein Jahr.")})
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = timezone.make_aware(datetime.datetime.combine(expires_on, datetime.time(23, 59, 59)))
    token = ApiToken(
        organisation=organisation,
        name=name.strip(),
        prefix=secret[:10],
        token_hash=hash_secret(secret),
        created_by=by,
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    log(instance=token, action="wagtail.create", user=by)
    return token, secret


@transaction.atomic
def api_token_revoke(*, token: ApiToken, by, now=None) -> ApiToken:
    if not token.can_revoke:
        raise ValidationError(_("Dieser Schlüssel ist schon widerrufen."))
    token.revoked_at = now or timezone.now()
    token.save(update_fields=["revoked_at"])
    log(instance=token, action="wagtail.edit", user=by, data={"revoked": True})
    return token


def api_token_authenticate(secret: str, *, now=None) -> ApiToken | None:
    """The usable token for a secret, or None. Records the last use (at most once a minute)."""
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    now = now or timezone.now()
    token = (
        ApiToken.objects.usable(now=now).select_related("organisation").filter(token_hash=hash_secret(secret)).first()
    )
    if token and (token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=1)):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token
