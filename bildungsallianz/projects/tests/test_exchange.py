"""Portfolio export and the all-or-nothing bulk update with German line/column errors."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bildungsallianz.projects import exchange
from bildungsallianz.projects.models import Milestone, Project

from .factories import MilestoneFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def _upload(text: str, name="projekte.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"))


def test_the_export_round_trips_through_the_import_without_changes(staff):
    project = ProjectFactory(slug="boerse", title="=Börse")
    MilestoneFactory(project=project, title="Hallenplan", done=True)
    data = exchange.export_csv()
    assert "'=Börse" in data.decode("utf-8")  # no spreadsheet formula from content
    result = exchange.import_portfolio(upload=_upload(data.decode("utf-8-sig")), by=staff)
    assert result.ok and result.changed_projects == 0 and result.changed_milestones == 0


def test_status_progress_and_milestones_change_together(staff):
    ProjectFactory(slug="boerse", status=Project.State.PLANNING)
    csv = (
        "Kurzadresse;Status;Fortschritt in %;Meilenstein;Datum;erledigt\n"
        "boerse;Umsetzung;40;;;\n"
        "boerse;;;Ausstellende angefragt;30.09.2026;ja\n"
    )
    result = exchange.import_portfolio(upload=_upload(csv), by=staff)
    assert result.ok, result.errors
    project = Project.objects.get()
    assert project.status == Project.State.RUNNING and project.progress_override == 40
    assert Milestone.objects.get().done is True
    assert project.updates.filter(kind="status").exists()


def test_one_bad_cell_saves_nothing_and_names_line_and_column_in_german(staff):
    ProjectFactory(slug="boerse", status=Project.State.PLANNING)
    csv = "Kurzadresse;Status;Fortschritt in %\nboerse;Umsetzung;40\nboerse;fertig;\ngibt-es-nicht;Idee;\nboerse;;140\n"
    result = exchange.import_portfolio(upload=_upload(csv), by=staff)
    assert not result.ok
    assert result.errors[0].startswith("Zeile 3, Spalte „Status“: „fertig“ ist kein Status.")
    assert result.errors[1] == "Zeile 4, Spalte „Kurzadresse“: Kein Projekt mit der Kurzadresse „gibt-es-nicht“."
    assert result.errors[2] == "Zeile 5, Spalte „Fortschritt in %“: Bitte eine ganze Zahl von 0 bis 100 angeben."
    project = Project.objects.get()
    assert project.status == Project.State.PLANNING and project.progress_override is None


def test_xlsx_export_and_import_work_too(staff):
    ProjectFactory(slug="boerse", status=Project.State.PLANNING)
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(exchange.export_xlsx()))
    sheet = workbook.active
    sheet.cell(row=2, column=4, value="abgeschlossen")
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = exchange.import_portfolio(upload=SimpleUploadedFile("p.xlsx", buffer.getvalue()), by=staff)
    assert result.ok, result.errors
    assert Project.objects.get().status == Project.State.FINISHED


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_german(staff):
    result = exchange.import_portfolio(upload=SimpleUploadedFile("p.xlsx", b"kein zip"), by=staff)
    assert result.errors == ["Die Datei ist keine lesbare Excel-Datei."]


def test_the_back_office_import_page_shows_the_errors(client, staff):
    ProjectFactory(slug="boerse")
    client.force_login(staff)
    response = client.post("/cms/projekte/import/", {"file": _upload("Kurzadresse;Status\nboerse;kaputt\n")})
    assert response.status_code == 400
    assert "Zeile 2, Spalte „Status“" in response.content.decode()
