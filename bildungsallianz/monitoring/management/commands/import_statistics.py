"""``manage.py import_statistics FILE [--source CODE] [--dry-run]`` — calls ``services.import_statistics``."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.monitoring.services import ImportFailed, import_statistics


class Command(BaseCommand):
    help = "Importiert eine Statistikdatei (GENESIS-CSV, Flat-File-CSV, auch als ZIP, Excel, CSV) – alles oder nichts."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", default="", help="Kürzel der Datenquelle (sonst der Tabellencode der Datei)")
        parser.add_argument("--dry-run", action="store_true", help="nur prüfen und die Vorschau zeigen")
        parser.add_argument(
            "--ignore-unknown-regions", action="store_true", help="Zeilen mit unbekannten Regionen auslassen"
        )
        parser.add_argument("--mapping", type=Path, help="Spaltenzuordnung (JSON) für Excel-Dateien")
        parser.add_argument("--sheet", default=None, help="Tabellenblatt (Excel)")
        parser.add_argument(
            "--basis", default="", help="Basis der Werte, z. B. „Zensus 2022“ (sonst aus der Datei erkannt)"
        )

    def handle(self, *args, file: Path, source, dry_run, ignore_unknown_regions, mapping, sheet, basis, **options):
        if not file.is_file():
            raise CommandError(f"Die Datei {file} gibt es nicht.")
        started = time.perf_counter()
        column_mapping = json.loads(mapping.read_text(encoding="utf-8")) if mapping else None
        try:
            run = import_statistics(
                data=file.read_bytes(),
                filename=file.name,
                source_code=source,
                ignore_unknown_regions=ignore_unknown_regions,
                column_mapping=column_mapping,
                sheet=sheet,
                basis=basis,
                dry_run=dry_run,
                on_preview=lambda run: self.write_preview(file.name, run),
                progress=lambda done, total: self.stdout.write(f"  … {done} von {total} Werten geschrieben"),
            )
        except ImportFailed as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        if dry_run:
            self.stdout.write("Probelauf: nichts gespeichert.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Importiert in {time.perf_counter() - started:.1f} s: {run.count_new} neu, "
                f"{run.count_changed} geändert, "
                f"{run.count_unchanged} unverändert (Import #{run.pk}, SHA-256 {run.sha256[:12]}…)."
            )
        )

    def write_preview(self, name: str, run) -> None:
        p = run.preview
        regions = f"{p['regions_matched']} Region" + ("" if p["regions_matched"] == 1 else "en")
        fmt = p.get("format_label") or p["format"]  # the label since stop 12; runs stored before have the id
        self.stdout.write(
            f"{name}: {fmt}, Tabelle {p['table_code'] or '–'}, {p['observations']} Werte, "
            f"Zeiträume {', '.join(p['periods'])}, {regions} erkannt.\n"
            f"neu {run.count_new}, geändert {run.count_changed}, unverändert {run.count_unchanged}; Sonderzeichen: "
            + (", ".join(f"„{s}“ {v['count']}×" for s, v in p["special_values"].items()) or "keine")
        )
        if p["regions_unknown"]:
            self.stdout.write(
                f"{p.get('regions_unknown_total', len(p['regions_unknown']))} unbekannte Regionen: "
                + ", ".join(f"{r['key']} ({r['name']})" for r in p["regions_unknown"][:20])
            )
        for note in p.get("notes", []):
            self.stdout.write(f"Hinweis: {note}")
