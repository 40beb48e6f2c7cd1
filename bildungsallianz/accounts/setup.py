"""Idempotent set-up of the Bildungsbüro staff group after every migrate."""

from django.contrib.auth.models import Group, Permission

from .models import STAFF_GROUP

STAFF_APPS = [
    "accounts",
    "organisations",
    "charter",
    "pages",
    "offers",
    "monitoring",
    "search",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
]


REVIEW_ONLY = ["add_joinrequest", "change_joinrequest"]
# Feedback on barriers comes only from the public form; staff read, mark handled or delete it.
FORM_ONLY = ["add_accessibilityfeedback"]
# Technical administration stays with superusers: who is a user, their password, groups and privileges.
PRIVILEGES = ["add_user", "change_user", "delete_user", "add_group", "change_group", "delete_group"]


def ensure_staff_group(**kwargs) -> Group:
    group, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    from django.conf import settings

    apps = STAFF_APPS + getattr(settings, "STAFF_EXTRA_APPS", [])
    perms = Permission.objects.filter(content_type__app_label__in=apps) | Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # Join requests change only through the review decision (services), never by plain editing.
    perms = perms.exclude(codename__in=REVIEW_ONLY + FORM_ONLY + PRIVILEGES)
    group.permissions.add(*perms)
    group.permissions.remove(*Permission.objects.filter(codename__in=REVIEW_ONLY + FORM_ONLY + PRIVILEGES))
    _grant_page_permissions(group)
    _grant_collection_permissions(group)
    return group


def _grant_page_permissions(group):
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    if root is None:
        return
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page"):
        permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
        if permission:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def _grant_collection_permissions(group):
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label in ("wagtailimages", "wagtaildocs"):
        for permission in Permission.objects.filter(content_type__app_label=app_label):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
