"""The review life cycle's transition table and the predicates that read it (no database)."""

from types import SimpleNamespace

import pytest

from bildungsallianz.core.review.models import Reviewable
from bildungsallianz.core.review.states import TRANSITIONS, ReviewStatus, allowed

EXPECTED = {
    # status: (can_submit, can_publish, can_return, can_expire, can_delete)
    ReviewStatus.DRAFT: (True, False, False, False, True),
    ReviewStatus.SUBMITTED: (False, True, True, False, False),
    ReviewStatus.RETURNED: (True, False, False, False, True),
    ReviewStatus.PUBLISHED: (False, False, False, True, False),
    ReviewStatus.EXPIRED: (False, False, False, False, False),
}


def _flags(status):
    row = SimpleNamespace(status=status)
    names = ("can_submit", "can_publish", "can_return", "can_expire", "can_delete")
    return tuple(getattr(Reviewable, name).fget(row) for name in names)


@pytest.mark.parametrize("status", ReviewStatus.values)
def test_each_state_allows_exactly_the_steps_of_the_table(status):
    assert _flags(status) == EXPECTED[status]


def test_every_step_leads_to_a_state_of_the_life_cycle():
    assert {t.target for t in TRANSITIONS.values()} <= set(ReviewStatus.values)
    assert allowed("submit", ReviewStatus.RETURNED) and not allowed("publish", ReviewStatus.DRAFT)
