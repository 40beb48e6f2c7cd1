import pytest

from bildungsallianz.core.testing.matrix import PERSONAS

from .matrix import ROWS, world
from .matrix_runner import check, context


@pytest.fixture(autouse=True)
def _private_files_in_tmp(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_every_cooperation_url_answers_each_persona_as_the_matrix_says(db, request, client, persona_name):
    ctx = context(request)
    values = world(ctx)
    if persona_name != "anonymous":
        client.force_login(getattr(ctx, persona_name))
    failures = []
    for row in ROWS:
        try:
            check(client, row, persona_name, values)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)
