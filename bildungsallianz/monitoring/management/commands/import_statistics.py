"""``manage.py import_statistics FILE [--source CODE] [--dry-run]``."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.monitoring.models import ImportRun
from bildungsallianz.monitoring.services import ImportFailed, import_run_discard, import_run_execute, import_run_preview


class Command(BaseCommand):
    help = "Importiert eine Statistikdatei (GENESIS-CSV, Flat-File-CSV, Excel, einfache CSV) – alles oder nichts."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", default="", help="Kürzel der Datenquelle (sonst der Tabellencode der Datei)")
        parser.add_argument("--dry-run", action="store_true", help="nur prüfen und die Vorschau zeigen")
        parser.add_argument(
            "--ignore-unknown-regions", action="store_true", help="Zeilen mit unbekannten Regionen auslassen"
        )
        parser.add_argument("--mapping", type=Path, help="Spaltenzuordnung (JSON) für Excel-Dateien")
        parser.add_argument("--sheet", default=None, help="Tabellenblatt (Excel)")

    def handle(self, *args, file: Path, source, dry_run, ignore_unknown_regions, mapping, sheet, **options):
        if not file.is_file():
            raise CommandError(f"Die Datei {file} gibt es nicht.")
        started = time.perf_counter()
        column_mapping = json.loads(mapping.read_text(encoding="utf-8")) if mapping else None
        run = import_run_preview(
            data=file.read_bytes(),
            filename=file.name,
            source_code=source,
            ignore_unknown_regions=ignore_unknown_regions,
            column_mapping=column_mapping,
            sheet=sheet,
        )
        if run.state == ImportRun.State.FAILED:
            raise CommandError(run.error)
        p = run.preview
        self.stdout.write(
            f"{file.name}: {p['format']}, Tabelle {p['table_code'] or '–'}, {p['observations']} Werte, "
            f"Zeiträume {', '.join(p['periods'])}, {p['regions_matched']} Regionen erkannt.\n"
            f"neu {run.count_new}, geändert {run.count_changed}, unverändert {run.count_unchanged}; Sonderzeichen: "
            + (", ".join(f"„{s}“ {v['count']}×" for s, v in p["special_values"].items()) or "keine")
        )
        if p["regions_unknown"]:
            self.stdout.write(
                f"{len(p['regions_unknown'])} unbekannte Regionen: "
                + ", ".join(f"{r['key']} ({r['name']})" for r in p["regions_unknown"][:20])
            )
        if run.error:
            import_run_discard(run=run)
            raise CommandError(run.error)
        if dry_run:
            import_run_discard(run=run)
            self.stdout.write("Probelauf: nichts gespeichert.")
            return

        def progress(done, total):
            self.stdout.write(f"  … {done} von {total} Werten geschrieben")

        try:
            run = import_run_execute(run=run, progress=progress)
        except ImportFailed as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Importiert in {time.perf_counter() - started:.1f} s: {run.count_new} neu, "
                f"{run.count_changed} geändert, "
                f"{run.count_unchanged} unverändert (Import #{run.pk}, SHA-256 {run.sha256[:12]}…)."
            )
        )
