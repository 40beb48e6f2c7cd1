"""The review life cycle's transition table and its diff, without a database (fast enough for mutation runs)."""

from types import SimpleNamespace

import pytest

from bildungsallianz.core.review.diff import EMPTY, display_value, field_diff
from bildungsallianz.core.review.states import ReviewStatus, allowed

S = ReviewStatus

# action -> the states it may start from; every other state is refused.
TABLE = {
    "submit": {S.DRAFT, S.RETURNED},
    "publish": {S.SUBMITTED},
    "return": {S.SUBMITTED},
    "expire": {S.PUBLISHED},
}


@pytest.mark.parametrize("action", TABLE)
@pytest.mark.parametrize("status", list(S))
def test_each_step_is_allowed_exactly_from_its_source_states(action, status):
    assert allowed(action, status) is (status in TABLE[action])


def test_an_unknown_step_is_an_error_not_a_silent_no():
    with pytest.raises(KeyError):
        allowed("approve", S.SUBMITTED)


# ---- the diff of a change copy against its live row ----


class Field:
    def __init__(self, name, verbose_name, many_to_many=False, auto_created=False, related_plural=""):
        self.name, self.verbose_name = name, verbose_name
        self.many_to_many, self.auto_created = many_to_many, auto_created
        self.related_model = SimpleNamespace(_meta=SimpleNamespace(verbose_name_plural=related_plural))


class Related(list):
    def all(self):
        return self


def make_model(fields):
    meta = SimpleNamespace(get_field=lambda name: fields[name])
    return type("Row", (Item,), {"_meta": meta})


class Item:
    review_fields = ["title", "seats", "online", "kind"]
    review_m2m_fields = ["groups"]
    review_related = ["places", "partners"]

    def __init__(self, change_of=None, display=None, **values):
        self.change_of = change_of
        self.is_change_copy = change_of is not None
        self._display = display or {}
        self.__dict__.update(values)

    def review_display(self, name):
        return self._display.get(name)

    def get_kind_display(self):
        return {"k": "Kurs", "p": "Praktikum"}[self.kind]


FIELDS = {
    "title": Field("title", "Titel"),
    "seats": Field("seats", "Plätze"),
    "online": Field("online", "online"),
    "kind": Field("kind", "Art"),
    "groups": Field("groups", "Zielgruppen", many_to_many=True),
    "places": Field("places", "places", many_to_many=False, auto_created=True, related_plural="Orte"),
    # a reverse many-to-many relation is labelled by the related model too, not by its accessor
    "partners": Field("partners", "partner_set", many_to_many=True, auto_created=True, related_plural="Partner"),
}
Row = make_model(FIELDS)


def _row(**overrides):
    values = {
        "title": "Kurs",
        "seats": 5,
        "online": False,
        "kind": "k",
        "groups": Related(["Eltern"]),
        "places": Related(["Pirmasens", "Zweibrücken"]),
        "partners": Related([]),
    }
    return Row(**{**values, **overrides})


def test_display_values_use_the_models_hook_then_choices_then_ja_nein_then_a_dash():
    row = _row(title="", seats=None, online=True, display={"seats": "viele"})
    assert display_value(row, "seats") == "viele"
    assert display_value(row, "kind") == "Kurs"
    assert display_value(row, "online") == "ja"
    assert display_value(_row(online=False), "online") == "nein"
    assert display_value(row, "title") == EMPTY
    assert display_value(_row(seats=0), "seats") == "0"
    assert display_value(_row(seats=12), "seats") == "12"


def test_a_new_row_shows_a_dash_as_old_value_and_nothing_as_changed():
    rows = field_diff(_row())
    assert [r["label"] for r in rows] == ["Titel", "Plätze", "online", "Art", "Zielgruppen", "Orte", "Partner"]
    assert all(r["old"] == EMPTY and r["changed"] is False for r in rows)
    assert [r["new"] for r in rows] == ["Kurs", "5", "nein", "Kurs", "Eltern", "Pirmasens, Zweibrücken", EMPTY]


def test_a_change_copy_marks_exactly_the_fields_that_differ_from_the_live_row():
    live = _row()
    copy = _row(change_of=live, seats=6, kind="p", places=Related(["Pirmasens"]))
    changed = {r["label"]: (r["old"], r["new"]) for r in field_diff(copy) if r["changed"]}
    assert changed == {
        "Plätze": ("5", "6"),
        "Art": ("Kurs", "Praktikum"),
        "Orte": ("Pirmasens, Zweibrücken", "Pirmasens"),
    }
    unchanged = [r for r in field_diff(copy) if not r["changed"]]
    assert {r["label"] for r in unchanged} == {"Titel", "online", "Zielgruppen", "Partner"}
    assert all(r["old"] == r["new"] for r in unchanged)


def test_an_empty_relation_reads_as_a_dash():
    rows = field_diff(_row(groups=Related([])))
    assert rows[4]["new"] == EMPTY
