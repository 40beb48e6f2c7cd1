"""The shared permission helpers and the back-office shape, without a database (fast enough for mutation runs)."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse

from bildungsallianz.core.backoffice import StaffMenuItem, StaffOnlyViewSetMixin, staff_view
from bildungsallianz.core.permissions import fetch_for_user, forbid_unless, get_or_404, is_staff_member, require_staff

ANONYMOUS = SimpleNamespace(is_authenticated=False, is_bildungsbuero=False)
PARTNER = SimpleNamespace(is_authenticated=True, is_bildungsbuero=False)
STAFF = SimpleNamespace(is_authenticated=True, is_bildungsbuero=True)
# An anonymous user object that claims staff rights must still not count (defence in depth).
IMPOSTOR = SimpleNamespace(is_authenticated=False, is_bildungsbuero=True)


class FakeQuerySet:
    """Just enough of a QuerySet: get(), filter(pk=…).exists(), model.DoesNotExist."""

    class model:  # noqa: N801 - mimics QuerySet.model
        class DoesNotExist(Exception):
            pass

    def __init__(self, *rows):
        self.rows = {row.pk: row for row in rows}

    def get(self, **lookup):
        for row in self.rows.values():
            if all(getattr(row, key) == value for key, value in lookup.items()):
                return row
        raise self.model.DoesNotExist

    def filter(self, *, pk):
        return FakeQuerySet(*[row for row in self.rows.values() if row.pk == pk])

    def exists(self):
        return bool(self.rows)


OWN = SimpleNamespace(pk=1, slug="eigen")
OTHER = SimpleNamespace(pk=2, slug="fremd")


@pytest.mark.parametrize(("user", "expected"), [(ANONYMOUS, False), (PARTNER, False), (STAFF, True), (IMPOSTOR, False)])
def test_only_signed_in_bildungsbuero_members_are_staff(user, expected):
    assert is_staff_member(user) is expected


def test_require_staff_hides_from_everybody_else_and_lets_staff_through():
    assert require_staff(STAFF) is None
    for user in (ANONYMOUS, PARTNER, IMPOSTOR):
        with pytest.raises(Http404):
            require_staff(user)


def test_get_or_404_returns_the_row_or_answers_404():
    assert get_or_404(FakeQuerySet(OWN, OTHER), slug="fremd") is OTHER
    with pytest.raises(Http404):
        get_or_404(FakeQuerySet(OWN), slug="fremd")


def test_forbid_unless_answers_403_only_when_not_allowed():
    assert forbid_unless(True) is None
    with pytest.raises(PermissionDenied):
        forbid_unless(False)


def test_fetch_for_user_reads_what_is_visible_without_asking_for_edit_rights():
    assert fetch_for_user(FakeQuerySet(OWN, OTHER), slug="fremd") is OTHER
    assert fetch_for_user(FakeQuerySet(OWN), editable=FakeQuerySet(), slug="eigen") is OWN


def test_fetch_for_user_answers_404_for_an_invisible_row_even_when_editing():
    with pytest.raises(Http404):
        fetch_for_user(FakeQuerySet(OWN), editable=FakeQuerySet(OWN, OTHER), edit=True, slug="fremd")


def test_fetch_for_user_answers_403_for_a_visible_row_the_user_may_not_change():
    with pytest.raises(PermissionDenied):
        fetch_for_user(FakeQuerySet(OWN, OTHER), editable=FakeQuerySet(OWN), edit=True, slug="fremd")
    assert fetch_for_user(FakeQuerySet(OWN, OTHER), editable=FakeQuerySet(OWN), edit=True, slug="eigen") is OWN


def test_fetch_for_user_refuses_to_edit_without_an_editable_queryset():
    with pytest.raises(ValueError, match=r"^editable queryset required when edit=True$"):
        fetch_for_user(FakeQuerySet(OWN), edit=True, slug="eigen")


def _view(request, *args, **kwargs):
    return HttpResponse(f"ok {args} {kwargs}")


def test_a_staff_view_answers_404_to_everybody_but_staff_and_passes_arguments_on():
    view = staff_view(_view)
    assert view.__name__ == "_view"
    response = view(SimpleNamespace(user=STAFF), 7, slug="x")
    assert response.content == b"ok (7,) {'slug': 'x'}"
    for user in (ANONYMOUS, PARTNER, IMPOSTOR):
        with pytest.raises(Http404):
            view(SimpleNamespace(user=user), 7)


def test_the_staff_menu_item_is_shown_to_staff_only():
    item = StaffMenuItem("Beitrittsanträge", "/cms/beitrittsantraege/")
    assert item.is_shown(SimpleNamespace(user=STAFF)) is True
    assert item.is_shown(SimpleNamespace(user=PARTNER)) is False
    assert item.is_shown(SimpleNamespace(user=ANONYMOUS)) is False


def test_every_url_of_a_staff_only_viewset_answers_404_to_non_staff():
    from django.urls import path

    class Base:
        def get_urlpatterns(self):
            return [path("", _view, name="index"), path("<int:pk>/", _view, name="edit")]

    class Viewset(StaffOnlyViewSetMixin, Base):
        pass

    patterns = Viewset().get_urlpatterns()
    assert [p.name for p in patterns] == ["index", "edit"]
    for pattern in patterns:
        assert pattern.callback(SimpleNamespace(user=STAFF)).status_code == 200
        with pytest.raises(Http404):
            pattern.callback(SimpleNamespace(user=PARTNER))
