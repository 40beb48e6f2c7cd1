"""Editing an organisation's profile, and the partner back office (organisations, contacts, memberships)."""

from bildungsallianz.accounts.models import Membership
from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row, StaffViewSet

from .factories import ContactFactory, OrganisationFactory


def world(ctx):
    hidden = OrganisationFactory(name="Versteckte Organisation", slug="versteckt", is_public=False)
    contact = ContactFactory(organisation=ctx.org_a, name="Kim Kontakt")
    membership = Membership.objects.get(user=ctx.editor_a, organisation=ctx.org_a)
    return {
        "org_a": ctx.org_a,
        "hidden_org": hidden,
        "org_pk": ctx.org_a.pk,
        "contact_pk": contact.pk,
        "membership_pk": membership.pk,
    }


PROFILE = {"short_name": "Geändert", "postcode": "66953", "city": "Pirmasens"}

ROWS = [
    Row(
        url="/partner/organisation-a/bearbeiten/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        url="/partner/organisation-a/bearbeiten/",
        method="post",
        data=PROFILE,
        unchanged="org_a",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=REDIRECT,
    ),
    Row(
        url="/partner/versteckt/bearbeiten/",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        url="/partner/versteckt/bearbeiten/",
        method="post",
        data=PROFILE,
        unchanged="hidden_org",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
]

VIEWSETS = [
    StaffViewSet(namespace="organisation", pk="{org_pk}"),
    StaffViewSet(namespace="contact", pk="{contact_pk}"),
    StaffViewSet(namespace="membership", pk="{membership_pk}"),
]
