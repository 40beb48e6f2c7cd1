"""Property tests on mutated real files from ../shared/data."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .realdata import read, require_data
from .test_parsers_fuzz import MUTATIONS, mutate, parses_or_fails_cleanly

pytestmark = []

require_data()

REAL_FILES = [
    "genesis/classic/11111-01-01-4_2018.csv",
    "genesis/classic/13211-02-05-4_2023.csv",
    "genesis/classic/21121-02-02-4_2023.csv",
    "genesis/ffcsv/11111-02-01-4_2022_old.csv",
    "genesis/ffcsv/11111-02-01-4_2024_new.csv",
]
_DATA = {name: read(name) for name in REAL_FILES}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REAL_FILES), MUTATIONS)
def test_mutated_real_files_raise_nothing_but_parse_error(name, operations):
    parses_or_fails_cleanly(mutate(_DATA[name], operations), filename=name.rsplit("/", 1)[-1])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(REAL_FILES), st.integers(min_value=1, max_value=10**6))
def test_real_files_cut_anywhere_raise_nothing_but_parse_error(name, cut):
    data = _DATA[name]
    parses_or_fails_cleanly(data[: cut % len(data)])
