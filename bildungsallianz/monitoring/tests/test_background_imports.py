"""Big imports run as background tasks; the back office shows what they are doing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bildungsallianz.monitoring.models import ImportRun, Observation
from bildungsallianz.monitoring.services.background import import_run_check_task, import_run_execute_task

from .samples import classic_bytes
from .test_hostile_files import zip_bomb

pytestmark = pytest.mark.django_db

UPLOAD = "/cms/importlaeufe/hochladen/"


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def big(settings):
    """Every upload counts as big: checked and executed in background tasks."""
    settings.MONITORING_BACKGROUND_BYTES = 100
    settings.MONITORING_BACKGROUND_VALUES = 5


@pytest.fixture
def queue_only(settings):
    """Tasks are queued but not run (a worker that has not picked them up yet)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_a_big_upload_is_checked_and_executed_by_tasks_with_the_same_result(regions, big, client, staff):
    client.force_login(staff)
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    preview = response["Location"]
    run = ImportRun.objects.get()
    assert run.state == ImportRun.State.PREVIEWED and run.count_new == 12
    assert "07317" in client.get(preview).content.decode()
    client.post(preview, {"action": "execute"})
    run.refresh_from_db()
    assert run.state == ImportRun.State.SUCCEEDED and run.progress_step == ""
    assert Observation.objects.count() == 12


def test_the_back_office_shows_the_step_of_a_waiting_run_and_reloads_itself(regions, big, queue_only, client, staff):
    client.force_login(staff)
    preview = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})["Location"]
    run = ImportRun.objects.get()
    assert run.state == ImportRun.State.QUEUED and run.file
    html = client.get(preview).content.decode()
    assert 'id="import-progress"' in html and "Wartet auf die Verarbeitung" in html
    assert 'http-equiv="refresh"' in html and 'value="execute"' not in html

    import_run_check_task.call(run.pk)  # the worker picks it up
    run.refresh_from_db()
    assert run.state == ImportRun.State.PREVIEWED
    assert 'http-equiv="refresh"' not in client.get(preview).content.decode()

    client.post(preview, {"action": "execute"})
    run.refresh_from_db()
    assert run.state == ImportRun.State.RUNNING and Observation.objects.count() == 0
    assert "Wartet auf die Verarbeitung" in client.get(preview).content.decode()
    import_run_execute_task.call(run.pk)
    run.refresh_from_db()
    assert run.state == ImportRun.State.SUCCEEDED and Observation.objects.count() == 12


def test_a_broken_big_file_fails_in_the_task_and_its_file_is_not_kept(regions, big, client, staff):
    client.force_login(staff)
    broken = classic_bytes().split(b"__________")[0]
    client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", broken)})
    run = ImportRun.objects.get()
    assert run.state == ImportRun.State.FAILED and "Fußzeile" in run.error
    assert not run.file and Observation.objects.count() == 0


def test_a_big_zip_bomb_is_refused_in_the_request_before_anything_is_stored(regions, big, queue_only, client, staff):
    client.force_login(staff)
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("b.xlsx", zip_bomb(250))})
    assert response.status_code == 200 and "Excel-Datei" in response.content.decode()
    run = ImportRun.objects.get()
    assert run.state == ImportRun.State.FAILED and not run.file


def test_the_dashboard_panel_counts_runs_in_the_background(regions, big, queue_only, client, staff):
    from django.test import RequestFactory

    from bildungsallianz.monitoring.backoffice import imports_panel

    client.force_login(staff)
    client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    request = RequestFactory().get("/cms/")
    request.user = staff
    panel = imports_panel(request)
    assert panel.count == 1 and "Hintergrund" in panel.items[0].detail
