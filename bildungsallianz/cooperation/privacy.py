"""Personal data of the cooperation module (registered in apps.py): group memberships,
tasks assigned to a person, authored ideas and comments, calendar token, digest settings.

Workshop participants without an account leave no personal data (only a random device
key). Erasing removes memberships, the calendar token and the digest settings, and
detaches the person from tasks, ideas and comments (their texts stay as the group's work).
"""

from django.contrib.auth import get_user_model

from .models import ActionItem, DigestSettings, FeedToken, GroupMembership, Idea, IdeaComment


def _users(email):
    return get_user_model().objects.filter(email__iexact=email)


def find_participation(email):
    users = list(_users(email))
    records = []
    for m in GroupMembership.objects.filter(user__in=users).select_related("group", "organisation"):
        records.append({"arbeitsgruppe": m.group.name, "organisation": str(m.organisation or ""), "seit": m.joined_on})
    for t in ActionItem.objects.filter(responsible_user__in=users).select_related("group"):
        records.append({"aufgabe": t.title, "arbeitsgruppe": t.group.name, "faellig": t.due_date, "status": t.status})
    for i in Idea.objects.filter(author__in=users).select_related("workshop"):
        records.append({"idee": i.title, "werkstatt": i.workshop.title, "eingereicht": i.created_at})
    for c in IdeaComment.objects.filter(author__in=users):
        records.append({"kommentar": c.text, "am": c.created_at})
    for d in DigestSettings.objects.filter(user__in=users):
        records.append({"zusammenfassung": d.enabled, "zuletzt_gesendet": d.last_sent_on})
    if FeedToken.objects.filter(user__in=users).exists():
        records.append({"kalender_abonnement": True})
    return records


def erase_participation(email):
    users = list(_users(email))
    count = 0
    count += GroupMembership.objects.filter(user__in=users).delete()[0]
    count += FeedToken.objects.filter(user__in=users).delete()[0]
    count += DigestSettings.objects.filter(user__in=users).delete()[0]
    count += ActionItem.objects.filter(responsible_user__in=users).update(responsible_user=None)
    count += Idea.objects.filter(author__in=users).update(author=None)
    count += IdeaComment.objects.filter(author__in=users).update(author=None)
    return count
