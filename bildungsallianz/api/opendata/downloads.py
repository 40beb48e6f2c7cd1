"""Downloads of every public list a module registers (core.registry Export): CSV with ``;`` or
``,``, JSON, XLSX, and GeoJSON where the list has places. One writer for all (core.tabular)."""

from __future__ import annotations

import json

from django.http import Http404, HttpResponse

from bildungsallianz.core.registry import Export, components, resolve
from bildungsallianz.core.tabular import write_csv, write_json, write_xlsx

from ..http import finish

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson": "application/geo+json",
}


def public_exports() -> list[Export]:
    return [export for export in components.exports() if export.public]


def get_public_export(key: str) -> Export:
    for export in public_exports():
        if export.key == key:
            return export
    raise Http404


def formats_of(export: Export) -> list[str]:
    return [f for f in FORMATS if f != "geojson" or export.features]


def site_root(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def render_download(request, export: Export, fmt: str, *, delimiter: str = ";") -> HttpResponse:
    if fmt not in formats_of(export):
        raise Http404
    base_url = site_root(request)
    if fmt == "geojson":
        body = json.dumps(
            {"type": "FeatureCollection", "features": resolve(export.features)(base_url=base_url)}, ensure_ascii=False
        ).encode("utf-8")
    else:
        header, rows = resolve(export.rows)(base_url=base_url)
        if fmt == "csv":
            body = write_csv(header, rows, delimiter=delimiter)
        elif fmt == "json":
            body = write_json(header, rows)
        else:
            body = write_xlsx(header, rows, sheet_title=str(export.label))
    response = HttpResponse(body, content_type=FORMATS[fmt])
    suffix = "-komma" if fmt == "csv" and delimiter == "," else ""
    response["Content-Disposition"] = f'attachment; filename="{export.key}{suffix}.{fmt}"'
    return finish(request, response)
