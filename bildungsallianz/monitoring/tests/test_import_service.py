"""Import runs with small files: preview, all-or-nothing write, history, broken files."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bildungsallianz.monitoring.models import ImportRun, Observation, PreviousValue, Source
from bildungsallianz.monitoring.services import (
    ImportFailed,
    import_run_execute,
    import_run_preview,
    import_statistics,
)

from .samples import CLASSIC, classic_bytes
from .test_parsers_excel import BA_ROWS, MAPPING, workbook_bytes

pytestmark = pytest.mark.django_db

PLAIN = "ags;jahr;wert\n07317;2022;10\n07317;2023;12,5\n07;2023;.\n"


def test_a_preview_writes_no_observation_and_counts_what_would_change(regions):
    run = import_run_preview(data=classic_bytes(), filename="t.csv")
    assert run.state == ImportRun.State.PREVIEWED
    assert run.error == ""
    assert Observation.objects.count() == 0
    assert run.preview["new"] == 12
    assert run.preview["regions_matched"] == 3
    assert run.preview["special_values"]["."]["count"] == 1
    assert run.preview["special_values"]["..."]["label"] == "noch nicht verfügbar"
    assert len(run.sha256) == 64
    assert run.file.name.startswith("imports/")


def test_confirming_writes_every_observation_with_special_values_kept_as_status(regions):
    run = import_statistics(data=classic_bytes(), filename="t.csv")
    assert run.state == ImportRun.State.SUCCEEDED
    assert Observation.objects.count() == 12
    secret = Observation.objects.get(region__key="07", breakdown={"Abschluss": "ohne Hauptschulabschluss"})
    assert secret.value is None and secret.status == "."
    pending = Observation.objects.get(
        region__key="07317", breakdown_key="Abschluss=ohne Hauptschulabschluss|Geschlecht=weiblich"
    )
    assert pending.value is None and pending.status == "..."
    assert Source.objects.get(code="21111-02-06-4").attribution.startswith("© Statistische Ämter")


def test_importing_the_same_file_again_changes_nothing(regions):
    import_statistics(data=classic_bytes(), filename="t.csv")
    before = list(Observation.objects.order_by("pk").values_list("pk", "value", "status", "import_run_id"))
    run = import_statistics(data=classic_bytes(), filename="t.csv")
    assert (run.count_new, run.count_changed, run.count_unchanged) == (0, 0, 12)
    assert list(Observation.objects.order_by("pk").values_list("pk", "value", "status", "import_run_id")) == before
    assert PreviousValue.objects.count() == 0


def test_a_newer_vintage_updates_values_and_keeps_the_previous_ones(regions):
    first = import_statistics(data=classic_bytes(), filename="t.csv")
    newer = CLASSIC.replace("412;208;68;...", "413;208;68;25")
    run = import_statistics(data=classic_bytes(newer), filename="t2.csv")
    assert (run.count_new, run.count_changed) == (0, 2)
    total = Observation.objects.get(region__key="07317", breakdown_key="")
    assert total.value == Decimal("413")
    previous = total.previous_values.get()
    assert previous.old_value == Decimal("412") and previous.old_import_run == first
    women = Observation.objects.get(
        region__key="07317", breakdown_key="Abschluss=ohne Hauptschulabschluss|Geschlecht=weiblich"
    )
    assert women.value == Decimal("25")
    assert women.previous_values.get().old_status == "..."


def test_a_plain_csv_needs_a_source_and_then_imports(regions):
    run = import_run_preview(data=PLAIN.encode(), filename="eigene.csv")
    assert run.state == ImportRun.State.FAILED
    assert "Datenquelle" in run.error
    run = import_statistics(data=PLAIN.encode(), filename="eigene.csv", source_code="eigene-zahlen")
    assert run.count_new == 3
    assert Observation.objects.get(region__key="07", period="2023").status == "."


def test_an_excel_mapping_is_remembered_on_the_source(regions):
    data = workbook_bytes(BA_ROWS)
    import_statistics(data=data, filename="ba.xlsx", source_code="ba-jugend", column_mapping=MAPPING)
    assert Source.objects.get(code="ba-jugend").column_mapping == MAPPING
    newer = workbook_bytes([("07317", "Pirmasens, Stadt", 250, 11.9)])
    run = import_statistics(data=newer, filename="ba-2.xlsx", source_code="ba-jugend")
    assert run.count_changed == 2


def _assert_nothing_written(before_runs, error, *words):
    assert Observation.objects.count() == 0
    runs = ImportRun.objects.exclude(pk__in=before_runs)
    assert all(run.state == ImportRun.State.FAILED for run in runs)
    for word in words:
        assert word in error


BROKEN = {
    "truncated": (classic_bytes(CLASSIC.split("__________")[0]), "t.csv", ("abgeschnitten",)),
    "wrong encoding": (CLASSIC.encode("utf-16-le"), "t.csv", ()),
    "value column shifted": (
        classic_bytes(CLASSIC.replace("412;208;68;...", "412;208;68;...;5")),
        "t.csv",
        ("Zeile 11",),
    ),
    "duplicate rows": (
        classic_bytes(CLASSIC.replace("2023;07;", "2023;07317;", 1).replace("  Rheinland-Pfalz", "Pirmasens")),
        "t.csv",
        ("doppelte Zeile",),
    ),
    "empty file": (b"", "t.csv", ("leer",)),
    "xlsx with wrong sheet": (workbook_bytes(BA_ROWS, sheet="Länder"), "ba.xlsx", ("Kreise",)),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_file_gives_a_german_error_and_writes_nothing(regions, case):
    data, filename, words = BROKEN[case]
    mapping = MAPPING if filename.endswith(".xlsx") else None
    with pytest.raises(ImportFailed) as excinfo:
        import_statistics(data=data, filename=filename, source_code="test", column_mapping=mapping)
    message = " ".join(excinfo.value.messages)
    _assert_nothing_written([], message, *words)
    assert any(ch in message for ch in "äöüÄÖÜß") or "Datei" in message or "Zeile" in message


def test_unknown_region_keys_are_listed_and_nothing_is_written_unless_confirmed(regions):
    text = CLASSIC.replace("2023;07;  Rheinland-Pfalz", "2023;07999;  Nirgendwo")
    run = import_run_preview(data=classic_bytes(text), filename="t.csv")
    assert "07999 (Nirgendwo)" in run.error
    assert run.preview["regions_unknown"] == [{"key": "07999", "name": "Nirgendwo", "count": 4}]
    with pytest.raises(ImportFailed, match="unbekannte Regionalschlüssel: 07999"):
        import_run_execute(run=run)
    run.refresh_from_db()
    assert run.state == ImportRun.State.FAILED
    assert Observation.objects.count() == 0
    confirmed = import_run_preview(data=classic_bytes(text), filename="t.csv", ignore_unknown_regions=True)
    import_run_execute(run=confirmed)
    assert Observation.objects.count() == 8


def test_an_upload_above_the_size_limit_is_refused_without_keeping_the_file(regions, settings):
    settings.MONITORING_UPLOAD_MAX_BYTES = 100
    run = import_run_preview(data=classic_bytes(), filename="t.csv")
    assert run.state == ImportRun.State.FAILED
    assert "zu groß" in run.error and "höchstens" in run.error
    assert not run.file
    assert Observation.objects.count() == 0


def test_a_database_error_in_the_middle_rolls_everything_back(regions, monkeypatch):
    from bildungsallianz.monitoring.services import import_write

    run = import_run_preview(data=classic_bytes(), filename="t.csv")

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(import_write, "region_names_remember", explode)
    with pytest.raises(ImportFailed, match="nichts gespeichert"):
        import_run_execute(run=run)
    assert Observation.objects.count() == 0
    assert not Source.objects.filter(code="21111-02-06-4").exists()
    run.refresh_from_db()
    assert run.state == ImportRun.State.FAILED


def test_the_command_reports_a_dry_run_and_writes_nothing(regions, tmp_path, capsys):
    path = tmp_path / "t.csv"
    path.write_bytes(classic_bytes())
    call_command("import_statistics", str(path), "--dry-run")
    assert "Probelauf" in capsys.readouterr().out
    assert Observation.objects.count() == 0


def test_the_command_turns_a_broken_file_into_a_german_error(regions, tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(classic_bytes(CLASSIC.split("__________")[0]))
    with pytest.raises(CommandError, match="Fußzeile"):
        call_command("import_statistics", str(path))
    assert Observation.objects.count() == 0


def test_the_plain_row_write_stores_what_the_orm_would_store(regions):
    """Observations and previous values are written as plain rows; read back they are complete."""
    run = import_statistics(data=classic_bytes(), filename="t.csv")
    obs = Observation.objects.get(region__key="07317", breakdown_key="")
    assert obs.breakdown == {} and obs.year == 2023 and obs.import_run == run
    assert obs.value == Decimal("412") and obs.status == ""
    assert obs.updated_at is not None and obs.updated_at.tzinfo is not None
    women = Observation.objects.get(
        region__key="07317", breakdown_key="Abschluss=ohne Hauptschulabschluss|Geschlecht=weiblich"
    )
    assert women.breakdown == {"Abschluss": "ohne Hauptschulabschluss", "Geschlecht": "weiblich"}
    newer = CLASSIC.replace("412;208;68;...", "413;208;68;25")
    second = import_statistics(data=classic_bytes(newer), filename="t2.csv")
    obs.refresh_from_db()
    assert obs.import_run == second and obs.updated_at >= run.finished_at
    previous = obs.previous_values.get()
    assert previous.import_run == second and previous.changed_at is not None


def test_progress_is_reported_up_to_the_total(regions):
    seen = []
    import_statistics(data=classic_bytes(), filename="t.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (12, 12)
