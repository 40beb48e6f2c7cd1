import pytest

from bildungsallianz.cooperation.models import Dot, Idea, Meeting, WorkingGroup, Workshop
from bildungsallianz.projects.models import Project

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (WorkingGroup, Meeting, Workshop, Idea, Dot, Project)]


def test_demo_data_is_idempotent_and_keeps_the_dot_limit():
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.cooperation import demo as cooperation_demo
    from bildungsallianz.projects import demo as project_demo

    charter_demo.seed()
    cooperation_demo.seed()
    project_demo.seed()
    first = _counts()
    cooperation_demo.seed()
    project_demo.seed()
    assert _counts() == first
    assert first[0] == 3 and first[3] == 25 and 8 <= first[5] <= 10
    workshop = Workshop.objects.get()
    per_participant = {}
    for key in Dot.objects.values_list("participant_key", flat=True):
        per_participant[key] = per_participant.get(key, 0) + 1
    assert max(per_participant.values()) <= workshop.dots_per_participant
    assert Project.objects.filter(origin_idea__isnull=False).count() >= 5
