"""Bildungsbüro staff manage content and partners, not technical administration (issue 8, finding 2)."""

import pytest
from django.contrib.auth.models import Group

from bildungsallianz.accounts.models import User
from bildungsallianz.accounts.setup import ensure_staff_group

pytestmark = pytest.mark.django_db


def test_staff_cannot_make_anyone_a_superuser_in_the_wagtail_user_editor(client, staff, editor_a):
    client.force_login(staff)
    response = client.post(
        f"/cms/users/edit/{editor_a.pk}/",
        {
            "email": editor_a.email,
            "first_name": "Anna",
            "last_name": "A",
            "password1": "ein-neues-passwort-123",
            "password2": "ein-neues-passwort-123",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [Group.objects.get(name="Bildungsbüro").pk],
        },
    )
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/cms/users/" not in response["Location"]  # refused, not "saved"
    editor_a.refresh_from_db()
    assert not editor_a.is_superuser
    assert not editor_a.groups.exists()
    assert editor_a.check_password("test-passwort-123")


def test_staff_cannot_open_the_user_or_group_administration(client, staff, editor_a):
    client.force_login(staff)
    for url in (f"/cms/users/edit/{editor_a.pk}/", "/cms/users/new/", "/cms/groups/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url


def test_the_staff_group_holds_no_user_or_group_permission(db):
    group = ensure_staff_group()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert not codenames & {"add_user", "change_user", "delete_user", "add_group", "change_group", "delete_group"}
    assert "access_admin" in codenames


def test_the_setup_takes_away_privileges_granted_earlier(db):
    from django.contrib.auth.models import Permission

    group = ensure_staff_group()
    group.permissions.add(*Permission.objects.filter(codename__in=["change_user", "add_group"]))
    ensure_staff_group()
    assert not group.permissions.filter(codename__in=["change_user", "add_group"]).exists()


def test_superusers_still_manage_privileges(client, editor_a):
    admin = User.objects.create_superuser(email="admin@example.org", password="x-admin-passwort-1")
    client.force_login(admin)
    assert client.get(f"/cms/users/edit/{editor_a.pk}/").status_code == 200
