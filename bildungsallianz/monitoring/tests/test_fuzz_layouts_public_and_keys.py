"""Property tests: the two public layouts under mutation, and the key history under any graph of changes."""

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bildungsallianz.monitoring.parsers import parse_file
from bildungsallianz.monitoring.services.import_plan import ImportFailed
from bildungsallianz.monitoring.services.key_changes import KeyChanges, key_changes_apply

from .test_parsers_fuzz import MUTATIONS, mutate, parses_or_fails_cleanly
from .test_parsers_layouts_public import COMPLETIONS, DEBT, _bytes

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEYS = st.sampled_from(["07133006", "07133007", "07135050", "07140502", "07140503", "07135888", "07135999"])
DATES = st.sampled_from([datetime.date(2011, 1, 1), datetime.date(2014, 7, 1)])  # a later change may undo one
CHANGES = st.lists(
    st.tuples(KEYS, KEYS, st.sampled_from(["merger", "split", "key_change"]), DATES).filter(lambda t: t[0] != t[1]),
    max_size=8,
)
TODAY = {"07133006": 1, "07140502": 2, "07140503": 3}
ROWS = "regionalschluessel;zeitraum;variable;unit;wert\n07133007;2013;EW;Anzahl;1\n07135050;2013;EW;Anzahl;2\n"


@FUZZ
@given(MUTATIONS)
def test_mutated_public_layouts_raise_nothing_but_parse_error(operations):
    for sample, name in ((COMPLETIONS, "31121-01-02-4.csv"), (DEBT, "71327-01-05-4.csv")):
        parses_or_fails_cleanly(mutate(_bytes(sample), operations), filename=name)


@FUZZ
@given(CHANGES, KEYS)
def test_resolving_an_old_key_ends_at_a_region_today_or_nowhere_and_never_loops(changes, key):
    rows = [(old, "", new, "", effective, kind) for old, new, kind, effective in changes]
    resolved, note = KeyChanges(rows).resolve(key, TODAY) if key not in TODAY else (key, "")
    assert resolved is None or resolved in TODAY
    assert isinstance(note, str)


@FUZZ
@given(CHANGES)
def test_applying_the_key_history_twice_changes_nothing_more(changes):
    rows = [(old, "", new, "", effective, kind) for old, new, kind, effective in changes]
    history = KeyChanges(rows)
    table = parse_file(ROWS.encode(), filename="k.csv")
    try:
        once, _ = key_changes_apply(table, TODAY, history)
    except ImportFailed as exc:
        assert "gehören heute zu derselben" in str(exc.message)
        return
    twice, again = key_changes_apply(once, TODAY, history)
    assert [o.region_key for o in twice.observations] == [o.region_key for o in once.observations]
    assert not again.mapped
    assert set(once.observations[i].region_key for i in range(2)) <= {*TODAY, "07133007", "07135050"}
