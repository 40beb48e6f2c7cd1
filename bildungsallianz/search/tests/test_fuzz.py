"""Property tests: the analyzer never raises and only emits safe tokens."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bildungsallianz.search.analysis import (
    MAX_TOKEN_LENGTH,
    TypoIndex,
    fold,
    index_tokens,
    query_terms,
)

TOKEN = re.compile(r"[a-z0-9]+")
GERMANISH = st.text(
    alphabet=st.sampled_from(list("aäbcdeèfghiIjklmnoöpqrsßtuüvwxyzAÄÖÜ0123456789 -*:/_()'\"")),
    max_size=60,
)
ANY_TEXT = st.one_of(st.text(max_size=200), GERMANISH)


def assert_safe(token: str) -> None:
    assert TOKEN.fullmatch(token), token
    assert len(token) <= MAX_TOKEN_LENGTH


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_index_tokens_never_raise_and_emit_only_safe_tokens(text):
    for token in index_tokens(text):
        assert_safe(token)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_query_terms_never_raise_and_emit_only_safe_tokens(text):
    index = TypoIndex(["ausbildung", "praktikum", "pfleg"])
    for term in query_terms(text, typo_index=index):
        assert term.tokens
        for token in term.tokens | {term.exact}:
            assert_safe(token)
        for phrase in term.phrases:
            for token in phrase:
                assert_safe(token)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_fold_is_idempotent_on_its_own_output(text):
    folded = fold(text)
    assert re.fullmatch(r"[a-z0-9 -]*", folded)
    assert fold(folded) == folded


@settings(max_examples=200, deadline=None)
@given(GERMANISH)
def test_every_indexed_word_finds_itself(text):
    tokens = set(index_tokens(text))
    for term in query_terms(text, synonyms={}):
        assert term.matches(tokens), term


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), max_size=30),
    st.text(alphabet="abcdefgh", max_size=9),
)
def test_typo_index_agrees_with_a_brute_force_edit_distance(vocabulary, term):
    index = TypoIndex(vocabulary)
    expected = {v for v in index.vocabulary if _osa(term, v) <= 1} if len(term) >= 5 else ({term} & index.vocabulary)
    assert index.candidates(term) == expected


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (reference implementation)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]
