"""Downloads of the public lists (open data) inside the versioned API."""

from typing import Literal

from ninja import Router

from ..opendata.downloads import get_public_export, render_download

router = Router(tags=["Offene Daten"])


@router.get(
    "/downloads/{key}.{fmt}",
    url_name="download",
    summary="Eine öffentliche Liste als Datei",
    description=(
        "Every public list as CSV (UTF-8 with BOM; `delimiter=semicolon` (default, decimal comma) or "
        "`delimiter=comma` (decimal point)), JSON, XLSX, and GeoJSON where the list has places. "
        "The keys are listed in the DCAT-AP.de catalogue at /api/dcat/katalog.ttl."
    ),
    openapi_extra={
        "responses": {
            "200": {
                "description": "The list as a file",
                "content": {
                    "text/csv": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {"type": "string", "format": "binary"}
                    },
                    "application/geo+json": {"schema": {"type": "object"}},
                },
            }
        }
    },
)
def download(request, key: str, fmt: str, delimiter: Literal["semicolon", "comma"] = "semicolon"):
    return render_download(request, get_public_export(key), fmt, delimiter="," if delimiter == "comma" else ";")
