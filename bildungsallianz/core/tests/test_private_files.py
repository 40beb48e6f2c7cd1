"""Private files are served only through the permission-checking view (issue 8, finding 1)."""

import os
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command

from bildungsallianz.core.files import PrivateStorage, sweep_private_files
from bildungsallianz.monitoring.models import ImportRun
from bildungsallianz.offers.tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _import_run(state=ImportRun.State.SUCCEEDED):
    run = ImportRun(filename="zahlen.csv", state=state)
    run.file.save("abc123-zahlen.csv", ContentFile(b"Region;Wert\n07317;12\n"), save=False)
    run.save()
    return run


def _login(client, user):
    if user is not None:
        client.force_login(user)
    return client


def test_an_import_file_is_stored_outside_the_public_media_directory(settings):
    run = _import_run()
    assert Path(run.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not Path(settings.MEDIA_ROOT, run.file.name).exists()
    assert run.file.url.startswith("/dateien/importe/")


@pytest.mark.parametrize("who", ["anonymous", "editor_a", "editor_b"])
def test_an_import_file_is_hidden_from_everybody_but_staff(client, request, who):
    run = _import_run()
    user = None if who == "anonymous" else request.getfixturevalue(who)
    response = _login(client, user).get(run.file.url)
    assert response.status_code == 404


def test_staff_download_an_import_file(client, staff):
    run = _import_run()
    response = _login(client, staff).get(run.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Region;Wert\n07317;12\n"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_nothing_under_media_is_served_except_image_renditions(client, settings, staff):
    run = _import_run()
    Path(settings.MEDIA_ROOT, "documents").mkdir(parents=True)
    Path(settings.MEDIA_ROOT, "documents", "geheim.pdf").write_bytes(b"%PDF")
    Path(settings.MEDIA_ROOT, "images").mkdir(parents=True)
    Path(settings.MEDIA_ROOT, "images", "bild.width-400.png").write_bytes(PNG)
    client.force_login(staff)
    assert client.get(f"/media/{run.file.name}").status_code == 404
    assert client.get("/media/documents/geheim.pdf").status_code == 404
    assert client.get("/media/images/bild.width-400.png").status_code == 200


@pytest.mark.parametrize("path", ["../../etc/passwd", "a/../../x", "./x", "%2e%2e/x"])
def test_paths_that_leave_the_directory_are_not_found(client, staff, path):
    client.force_login(staff)
    assert client.get(f"/dateien/importe/{path}").status_code == 404
    assert client.get(f"/media/images/{path}").status_code == 404


def test_an_unknown_file_kind_is_not_found(client, staff):
    client.force_login(staff)
    assert client.get("/dateien/gibt-es-nicht/x.csv").status_code == 404


def test_behind_the_proxy_the_view_hands_the_transfer_to_nginx(client, settings, staff):
    settings.FILES_ACCEL_REDIRECT = True
    run = _import_run()
    response = _login(client, staff).get(run.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_intern/dateien/importe/{run.file.name}"
    assert response.content == b""


def test_deleting_an_import_run_deletes_its_file(django_capture_on_commit_callbacks):
    run = _import_run()
    path = Path(run.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        run.delete()
    assert not path.exists()


def test_the_daily_sweep_deletes_files_of_failed_runs_and_orphans_but_not_fresh_ones():
    kept = _import_run()
    failed = _import_run(state=ImportRun.State.FAILED)
    storage = PrivateStorage("importe")
    orphan = storage.save("imports/verwaist.csv", ContentFile(b"x"))
    fresh = storage.save("imports/gerade-hochgeladen.csv", ContentFile(b"x"))
    old = time.time() - 2 * 24 * 3600
    for name in (kept.file.name, failed.file.name, orphan):
        os.utime(storage.path(name), (old, old))
    assert sweep_private_files() == 2
    assert storage.exists(kept.file.name)
    assert storage.exists(fresh)
    assert not storage.exists(failed.file.name)
    assert not storage.exists(orphan)


def _offer_with_image(provider, **kwargs):
    offer = OfferFactory(provider=provider, **kwargs)
    offer.image.save("bild.png", ContentFile(PNG))
    return offer


@pytest.mark.parametrize(
    ("who", "expected"), [("anonymous", 404), ("editor_b", 404), ("editor_a", 200), ("staff", 200)]
)
def test_the_image_of_a_draft_offer_is_visible_only_to_its_editors_and_staff(client, request, org_a, who, expected):
    offer = _offer_with_image(org_a)
    user = None if who == "anonymous" else request.getfixturevalue(who)
    response = _login(client, user).get(offer.image.url)
    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Disposition"].startswith("inline")


def test_the_image_of_a_published_offer_is_public(client, org_a):
    offer = _offer_with_image(org_a, status="published")
    assert client.get(offer.image.url).status_code == 200


def test_a_shared_image_stays_while_another_offer_still_uses_it(org_a, django_capture_on_commit_callbacks):
    offer = _offer_with_image(org_a)
    copy = OfferFactory(provider=org_a, image=offer.image.name)
    with django_capture_on_commit_callbacks(execute=True):
        copy.delete()
    assert offer.image.storage.exists(offer.image.name)
    with django_capture_on_commit_callbacks(execute=True):
        offer.delete()
    assert not offer.image.storage.exists(offer.image.name)


# --- Wagtail documents in a private collection -------------------------------------------


@pytest.fixture
def private_document(db):
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    collection = root.add_child(name="Arbeitsgruppe intern")
    group = Group.objects.create(name="AG Übergang")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    document = Document(title="Protokoll", collection=collection)
    document.file.save("protokoll.txt", ContentFile(b"vertraulich"), save=False)
    document.save()
    return document, group


@pytest.mark.parametrize("who", ["anonymous", "editor_b"])
def test_a_private_document_is_not_found_for_others(client, request, private_document, who):
    document, _group = private_document
    user = None if who == "anonymous" else request.getfixturevalue(who)
    assert _login(client, user).get(document.url).status_code == 404
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_members_of_the_group_download_a_private_document(client, editor_a, private_document):
    document, group = private_document
    editor_a.groups.add(group)
    response = _login(client, editor_a).get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"vertraulich"


def test_the_purge_command_sweeps_private_files(capsys):
    call_command("purge_personal_data")
    assert "Dateien" in capsys.readouterr().out
