"""Modules register with the core; the core never imports them."""

import pkgutil
from importlib import import_module

import pytest
from django.apps import apps
from django.core.management import call_command

import bildungsallianz
from bildungsallianz.core.backoffice import Panel
from bildungsallianz.core.registry import Component, ComponentRegistry, components


def test_seed_demo_runs_the_registered_seeders_in_their_order(monkeypatch, db):
    calls = []
    registry = ComponentRegistry()
    registry.register(Component(app_label="late", order=90, seed_demo=lambda stdout: calls.append("late")))
    registry.register(Component(app_label="early", order=5, seed_demo=lambda stdout: calls.append("early")))
    registry.register(Component(app_label="quiet", order=1))
    monkeypatch.setattr("bildungsallianz.core.management.commands.seed_demo.components", registry)
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert calls == ["early", "late"]


def test_every_app_with_demo_data_registers_its_seeder():
    for config in apps.get_app_configs():
        if not config.name.startswith("bildungsallianz."):
            continue
        has_demo = any(m.name == "demo" for m in pkgutil.iter_modules(import_module(config.name).__path__))
        if has_demo:
            component = components.get(config.label)
            assert component is not None and component.seed_demo, f"{config.label} has demo data but no seed_demo"


def test_every_foundation_app_is_a_registered_component():
    for label in ("core", "accounts", "organisations", "charter", "pages"):
        assert components.get(label) is not None, label


def test_collect_joins_the_lists_of_every_registered_hook():
    registry = ComponentRegistry()
    registry.register(Component(app_label="a", order=1, account_links=lambda user: ["a1", "a2"]))
    registry.register(Component(app_label="b", order=2, account_links=lambda user: None))
    registry.register(Component(app_label="c", order=3, account_links=lambda user: ["c1"]))
    assert registry.collect("account_links", None) == ["a1", "a2", "c1"]


def test_the_project_package_is_importable_without_circular_imports():
    assert bildungsallianz.__name__ == "bildungsallianz"


@pytest.fixture
def waiting_join_request(db):
    from bildungsallianz.charter.tests.factories import JoinRequestFactory

    return JoinRequestFactory(organisation_name="Antrag GmbH")


def test_the_back_office_start_page_shows_what_waits_for_staff(client, staff, waiting_join_request):
    client.force_login(staff)
    html = client.get("/cms/").content.decode()
    assert "Was auf Sie wartet" in html
    assert "Beitrittsanträge, die auf Ihre Entscheidung warten" in html
    assert "Antrag GmbH" in html
    assert "gravatar.com" not in html


def test_the_start_page_shows_no_workplace_to_an_admin_user_who_is_not_staff(client, cms_editor, waiting_join_request):
    client.force_login(cms_editor)
    response = client.get("/cms/")
    assert response.status_code == 200
    assert "Antrag GmbH" not in response.content.decode()


def test_a_panel_that_answers_none_is_left_out(monkeypatch, rf, staff):
    from bildungsallianz.core import workplace

    registry = ComponentRegistry()
    registry.register(Component(app_label="x", dashboard_panels=(lambda request: None,)))
    registry.register(Component(app_label="y", dashboard_panels=(lambda request: Panel(title="Y", count=1),)))
    monkeypatch.setattr(workplace, "components", registry)
    request = rf.get("/cms/")
    request.user = staff
    assert [panel.title for panel in workplace.workplace_panels(request)] == ["Y"]
