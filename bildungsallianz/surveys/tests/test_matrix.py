"""The survey rows run in the central matrix (core/tests/test_permission_matrix.py); this only checks they load."""

from .matrix import ROWS


def test_every_survey_url_has_rows_for_answering_and_back_office():
    urls = {row.url for row in ROWS}
    assert any("/umfragen/einladung/" in u for u in urls)
    assert any(u.startswith("/cms/umfragen/") for u in urls)
