"""Login throttling, second factor for staff, shorter sessions, limited reset mails (issue 8, finding 6/11)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from bildungsallianz.accounts import twofactor

PASSWORD = "test-passwort-123"
LOGIN = "/konto/anmelden/"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


def _wrong(client, email, n=5, url=LOGIN):
    for _ in range(n):
        client.post(url, {"username": email, "password": "falsch-falsch"})


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, editor_a):
    _wrong(client, editor_a.email)
    response = client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_per_account_from_another_client_too(client, editor_a):
    _wrong(client, editor_a.email)
    response = client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429


def test_changing_the_case_of_the_address_does_not_escape_the_lock(client, editor_a):
    for n in range(5):
        client.post(
            LOGIN,
            {"username": editor_a.email.upper() if n % 2 else editor_a.email, "password": "x"},
            REMOTE_ADDR=f"10.1.1.{n}",
        )
    response = client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD}, REMOTE_ADDR="10.2.2.2")
    assert response.status_code == 429


def test_one_client_trying_many_accounts_is_locked(client, editor_a, editor_b):
    for n in range(5):
        client.post(LOGIN, {"username": f"probe{n}@example.org", "password": "falsch-falsch"})
    response = client.post(LOGIN, {"username": editor_b.email, "password": PASSWORD})
    assert response.status_code == 429


def test_the_lock_ends_after_the_cool_off(client, editor_a, settings):
    import datetime

    import time_machine

    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False) as clock:
        _wrong(client, editor_a.email)
        clock.shift(datetime.timedelta(minutes=16))
        cache.clear()  # locmem keeps its own clock; the cache timeout is what ends the lock in production
        response = client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD})
    assert response.status_code == 302


def test_a_few_typos_do_not_lock_anybody(client, editor_a):
    _wrong(client, editor_a.email, n=3)
    assert client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD}).status_code == 302


def test_the_cms_login_is_throttled_too(client, staff):
    _wrong(client, staff.email, url="/cms/login/")
    response = client.post("/cms/login/", {"username": staff.email, "password": PASSWORD})
    assert response.status_code == 429


# --- second factor ---------------------------------------------------------------------


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_staff_without_an_authenticator_are_sent_to_the_set_up(client, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    assert client.post(LOGIN, {"username": staff.email, "password": PASSWORD}).status_code == 302
    response = client.get("/cms/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/zwei-faktor/einrichten/")
    # nothing else either, not even the public pages that staff see differently
    assert client.get("/konto/")["Location"].startswith("/konto/zwei-faktor/einrichten/")


def test_staff_set_up_the_app_get_recovery_codes_and_reach_the_cms(client, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp waits 1 s after a wrong code
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    page = client.get("/konto/zwei-faktor/einrichten/?next=/cms/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert twofactor.totp_secret_base32(device) in page.content.decode()
    wrong = client.post("/konto/zwei-faktor/einrichten/", {"code": "000000", "next": "/cms/"})
    assert "Der Code stimmt nicht" in wrong.content.decode()
    done = client.post("/konto/zwei-faktor/einrichten/", {"code": _code(device), "next": "/cms/"})
    assert done.status_code == 200
    assert len(done.context["codes"]) == 10
    assert client.get("/cms/").status_code == 200


def test_staff_with_an_authenticator_must_enter_a_code_after_the_password(client, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = TOTPDevice.objects.create(user=staff, name="App", confirmed=True)
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    assert client.get("/cms/")["Location"].startswith("/konto/zwei-faktor/?next=")
    assert client.post("/konto/zwei-faktor/", {"code": "123456", "next": "/cms/"}).status_code == 200
    response = client.post("/konto/zwei-faktor/", {"code": _code(device), "next": "/cms/"})
    assert response["Location"] == "/cms/"
    assert client.get("/cms/").status_code == 200


def test_a_recovery_code_works_once(client, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    TOTPDevice.objects.create(user=staff, name="App", confirmed=True)
    codes = twofactor.regenerate_recovery_codes(user=staff)
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    assert client.post("/konto/zwei-faktor/", {"code": codes[0]})["Location"] == "/cms/"
    client.logout()
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    assert client.post("/konto/zwei-faktor/", {"code": codes[0]}).status_code == 200  # used up


def test_the_code_page_does_not_redirect_to_other_hosts(client, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    device = TOTPDevice.objects.create(user=staff, name="App", confirmed=True)
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    response = client.post("/konto/zwei-faktor/", {"code": _code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/cms/"


def test_partners_need_no_second_factor(client, editor_a, settings):
    settings.STAFF_REQUIRE_2FA = True
    client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD})
    assert client.get("/konto/").status_code == 200


def test_staff_sessions_are_short_and_partner_sessions_shorter_than_two_weeks(client, staff, editor_a, settings):
    client.post(LOGIN, {"username": staff.email, "password": PASSWORD})
    assert client.session.get_expiry_age() == settings.STAFF_SESSION_SECONDS <= 8 * 3600
    client.logout()
    client.post(LOGIN, {"username": editor_a.email, "password": PASSWORD})
    assert client.session.get_expiry_age() <= 3 * 24 * 3600


# --- mail and titles -----------------------------------------------------------------------


def test_password_reset_mails_are_limited_per_address(client, editor_a):
    for n in range(6):
        response = client.post("/konto/passwort-vergessen/", {"email": editor_a.email}, REMOTE_ADDR=f"10.0.0.{n}")
        assert response.status_code == 302
    assert len(mail.outbox) == 3


def test_password_reset_mails_are_limited_per_client(client, settings, db):
    from bildungsallianz.accounts.models import User

    for n in range(8):
        User.objects.create_user(email=f"p{n}@example.org", password=PASSWORD)
        client.post("/konto/passwort-vergessen/", {"email": f"p{n}@example.org"})
    assert len(mail.outbox) == settings.PASSWORD_RESET_RATE


@pytest.mark.parametrize("url", [LOGIN, "/konto/passwort-vergessen/", "/konto/passwort-vergessen/gesendet/"])
def test_login_and_reset_titles_do_not_show_the_host_name(client, url):
    html = client.get(url).content.decode()
    title = html.split("<title>")[1].split("</title>")[0]
    assert "testserver" not in title
    assert "Bildungsallianz" in title
