import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import DatabaseError

from bildungsallianz.charter.tests.factories import CharterFactory

ROOT = Path(__file__).resolve().parents[3]


def run_manage(*args, env_extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "ALLOW_INSECURE_DEV_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env_extra={"DATABASE_URL": ""})
    assert result.returncode != 0
    assert "SECRET_KEY fehlt" in result.stderr


def test_check_deploy_with_production_variables_reports_nothing(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40 + "Zq8!",
            "ALLOWED_HOSTS": "bildung.example.org",
            "DATABASE_URL": "",
            "DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_healthz_answers_ok_with_a_database_check(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_fails(client, db, monkeypatch):
    from bildungsallianz.core import views

    class BrokenConnection:
        def cursor(self):
            raise DatabaseError("down")

    monkeypatch.setattr(views, "connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.parametrize("path", ["/", "/charta/", "/partner/", "/mitmachen/"])
def test_pages_are_german_by_default_and_english_under_en(client, site_pages, path):
    CharterFactory()
    german = client.get(path)
    english = client.get("/en" + path)
    assert german.status_code == 200
    assert english.status_code == 200
    assert '<html lang="de"' in german.content.decode()
    assert "Zum Inhalt springen" in german.content.decode()
    html = english.content.decode()
    assert '<html lang="en"' in html
    assert "Skip to content" in html


def test_every_page_links_the_legal_pages_in_the_footer(client, site_pages):
    html = client.get("/partner/").content.decode()
    for path, title in [
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutzerklärung"),
        ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
    ]:
        assert f'href="{path}"' in html
        assert title in html


def test_pages_send_a_self_only_content_security_policy(client, site_pages):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "http" not in policy.replace("'self'", "")


def test_the_public_dev_key_without_debug_refuses_to_start_outside_tests():
    result = run_manage("check", env_extra={"DATABASE_URL": "", "ALLOW_INSECURE_DEV_KEY": "1", "DEBUG": "0"})
    assert result.returncode != 0
    assert "ALLOW_INSECURE_DEV_KEY ist nur für Tests" in result.stderr


def test_the_dev_key_with_debug_starts():
    result = run_manage("check", env_extra={"DATABASE_URL": "", "DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def test_every_response_carries_a_permissions_policy(client, db):
    response = client.get("/healthz")
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_back_office_embeds_no_gravatar(client, staff):
    client.force_login(staff)
    html = client.get("/cms/").content.decode()
    assert "gravatar" not in html.lower()
