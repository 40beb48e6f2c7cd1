"""Browser: staff set up the second factor with a code computed from the shown secret, then log in with it."""

import base64

import pytest
from django_otp.oath import totp

from tests.browser.conftest import axe_check

pytestmark = pytest.mark.django_db(transaction=True)


def _code(secret: str) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def test_staff_need_a_code_from_their_app_before_they_reach_the_cms(page, live_server, staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    page.goto(live_server.url + "/konto/anmelden/?next=/cms/")
    page.get_by_label("E-Mail-Adresse").fill(staff.email)
    page.get_by_label("Passwort").fill("test-passwort-123")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url("**/konto/zwei-faktor/einrichten/**")
    axe_check(page)
    secret = page.locator("#otp-secret").inner_text().strip()
    page.get_by_label("Code").fill(_code(secret))
    page.get_by_role("button", name="Einrichtung bestätigen").click()
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="Weiter").click()
    page.wait_for_url("**/cms/")
    assert page.locator("body").inner_text()  # the Wagtail dashboard

    # A new login: the password alone does not open the CMS; a recovery code does (once).
    page.context.clear_cookies()
    page.goto(live_server.url + "/cms/")
    page.get_by_label("E-Mail-Adresse").fill(staff.email)
    page.get_by_label("Passwort").fill("test-passwort-123")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url("**/konto/zwei-faktor/?next=**")
    axe_check(page)
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Bestätigen").click()
    page.wait_for_url("**/cms/")
