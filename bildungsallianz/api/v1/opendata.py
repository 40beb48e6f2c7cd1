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
    response={200: bytes},
)
def download(request, key: str, fmt: str, delimiter: Literal["semicolon", "comma"] = "semicolon"):
    return render_download(request, get_public_export(key), fmt, delimiter="," if delimiter == "comma" else ";")
