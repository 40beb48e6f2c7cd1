"""Personal data of the charter module: join requests and signatories (registered in apps.py)."""

import datetime

from django.db.models import Q

from bildungsallianz.core.privacy import retention_days

from .models import JoinRequest, Signature

ANONYMOUS_EMAIL = "anonymisiert@anonym.invalid"


def find_join_requests(email):
    return [
        {
            "organisation_name": j.organisation_name,
            "contact_name": j.contact_name,
            "contact_function": j.contact_function,
            "contact_email": j.contact_email,
            "phone": j.phone,
            "status": j.get_state_display(),
            "consent_at": j.consent_at,
            "created_at": j.created_at,
            "decided_at": j.decided_at,
        }
        for j in JoinRequest.objects.filter(contact_email__iexact=email)
    ]


def _anonymise(queryset):
    return queryset.update(contact_name="", contact_function="", contact_email=ANONYMOUS_EMAIL, phone="")


def erase_join_requests(email):
    """The request stays as a record of the organisation's application; the person is removed."""
    return _anonymise(JoinRequest.objects.filter(contact_email__iexact=email))


def purge_join_requests(now):
    """Declined requests are deleted after the retention period (counted from the decision)."""
    cutoff = now - datetime.timedelta(days=retention_days("declined_join_requests"))
    declined = JoinRequest.objects.filter(state=JoinRequest.State.DECLINED, decided_at__lt=cutoff)
    return declined.delete()[1].get("charter.JoinRequest", 0)


def _signatures_of(email):
    """Signatures whose signatory is a person known under this address (user account or contact)."""
    from bildungsallianz.accounts.models import User
    from bildungsallianz.organisations.models import Contact

    names = {c.name for c in Contact.objects.filter(email__iexact=email) if c.name}
    names |= {u.get_full_name() for u in User.objects.filter(email__iexact=email) if u.get_full_name()}
    names |= {j.contact_name for j in JoinRequest.objects.filter(contact_email__iexact=email) if j.contact_name}
    if not names:
        return Signature.objects.none()
    query = Q()
    for name in names:
        query |= Q(signatory_name__iexact=name) | Q(pending_signatory_name__iexact=name)
    return Signature.objects.filter(query)


def find_signatures(email):
    return [
        {
            "organisation": s.organisation.name,
            "charter": s.charter.version,
            "signatory_name": s.signatory_name,
            "signatory_function": s.signatory_function,
            "signed_on": s.signed_on,
        }
        for s in _signatures_of(email).select_related("organisation", "charter")
    ]


def erase_signatures(email):
    """The organisation stays a signatory; the person's name and function are removed."""
    return _signatures_of(email).update(
        signatory_name="", signatory_function="", pending_signatory_name="", pending_signatory_function=""
    )
