"""Personal data of the accounts module: user accounts and invitations (registered in apps.py)."""

import datetime

from django.db.models import Q

from bildungsallianz.core.privacy import retention_days

from .models import Invitation, User


def find_users(email):
    return [
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "is_active": user.is_active,
            "memberships": [f"{m.organisation.name} ({m.get_role_display()})" for m in user.memberships.all()],
        }
        for user in User.objects.filter(email__iexact=email).prefetch_related("memberships__organisation")
    ]


def erase_users(email):
    """Accounts are anonymised (their pk stays for history), memberships and login devices removed."""
    count = 0
    for user in User.objects.filter(email__iexact=email):
        user.memberships.all().delete()
        user.email = f"geloescht-{user.pk}@anonym.invalid"
        user.first_name = user.last_name = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
        _delete_devices(user)
        count += 1
    return count


def _delete_devices(user):
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def find_invitations(email):
    return [
        {
            "email": i.email,
            "organisation": i.organisation.name,
            "created_at": i.created_at,
            "accepted_at": i.accepted_at,
        }
        for i in Invitation.objects.filter(email__iexact=email).select_related("organisation")
    ]


def erase_invitations(email):
    return Invitation.objects.filter(email__iexact=email).delete()[0]


def purge_invitations(now):
    """Used or expired invitations are deleted after the retention period."""
    cutoff = now - datetime.timedelta(days=retention_days("invitations"))
    old = Invitation.objects.filter(Q(accepted_at__lt=cutoff) | Q(accepted_at__isnull=True, expires_at__lt=cutoff))
    return old.delete()[0]
