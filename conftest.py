"""Standard personas for every permission test.

anonymous, editor of organisation A, editor of organisation B, working-group
member (of organisation C), Bildungsbüro staff. Organisations A and B are
public partners; each editor may change only their own.
"""

import os
import uuid

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API in browser tests

import pytest  # noqa: E402

PASSWORD = "test-passwort-123"


@pytest.fixture(autouse=True)
def _fast_hashing_and_mail(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.SECURE_SSL_REDIRECT = False  # the test client and live server speak plain HTTP
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Personas log in with force_login (no second factor); the 2FA tests switch it on.
    settings.STAFF_REQUIRE_2FA = False
    # Own content-cache keys per test: the cache table outlives transactional tests.
    settings.CONTENT_CACHE_NAMESPACE = uuid.uuid4().hex
    # Count searches at once: no buffered search statistics carried from one test to the next.
    settings.SEARCH_STATS_FLUSH_SECONDS = 0


@pytest.fixture(autouse=True)
def _private_files_in_tmp(settings, tmp_path):
    """Uploads of a test never land in the developer's data/ directory."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _german_by_default():
    """Every test starts in German: a request to /en/ leaves English active in its thread."""
    from django.utils import translation

    with translation.override("de"):
        yield


@pytest.fixture
def org_a(db):
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="Organisation A", slug="organisation-a")


@pytest.fixture
def org_b(db):
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="Organisation B", slug="organisation-b")


@pytest.fixture
def org_c(db):
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="Organisation C", slug="organisation-c")


def _user(email, **extra):
    from bildungsallianz.accounts.models import User

    return User.objects.create_user(email=email, password=PASSWORD, **extra)


@pytest.fixture
def anonymous(client):
    return client


@pytest.fixture
def editor_a(db, org_a):
    from bildungsallianz.accounts.models import Membership

    user = _user("editor-a@example.org", first_name="Anna", last_name="A")
    Membership.objects.create(user=user, organisation=org_a, role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def editor_b(db, org_b):
    from bildungsallianz.accounts.models import Membership

    user = _user("editor-b@example.org", first_name="Bert", last_name="B")
    Membership.objects.create(user=user, organisation=org_b, role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def wg_member(db, org_c):
    from bildungsallianz.accounts.models import Membership

    user = _user("ag-mitglied@example.org", first_name="Wilma", last_name="G")
    Membership.objects.create(user=user, organisation=org_c, role=Membership.Role.WORKING_GROUP)
    return user


@pytest.fixture
def staff(db):
    from django.contrib.auth.models import Group

    from bildungsallianz.accounts.models import STAFF_GROUP
    from bildungsallianz.accounts.setup import ensure_staff_group

    ensure_staff_group()
    user = _user("staff@example.org", first_name="Sabine", last_name="Staff")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user


@pytest.fixture
def cms_editor(db):
    """May enter Wagtail's admin (member of Wagtail's own "Editors" group) without being
    Bildungsbüro staff: every back-office view must still answer 404."""
    from django.contrib.auth.models import Group, Permission

    user = _user("cms-redaktion@example.org", first_name="Clara", last_name="CMS")
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(editors)
    return user


PERSONAS = ["anonymous", "editor_a", "editor_b", "wg_member", "staff"]


@pytest.fixture(params=PERSONAS)
def persona(request, client):
    """(name, logged-in client) for each standard persona."""
    name = request.param
    if name != "anonymous":
        client.force_login(request.getfixturevalue(name))
    return name, client


@pytest.fixture
def as_user(client):
    """Log the test client in as a given user and return it."""

    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def site_pages(db):
    """Home page, news and the legally required pages, as in the demo."""
    from bildungsallianz.pages import demo

    demo.seed()
