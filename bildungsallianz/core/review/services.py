"""The only writers of review state. Modules wrap these (adding mails, indexing).

Every function checks the transition table first and raises a German
``ValidationError`` when the step is not allowed; callers run them inside
their own ``transaction.atomic`` or rely on the one here.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .states import TRANSITIONS, ReviewStatus


def _check(obj, action: str) -> None:
    if obj.status not in TRANSITIONS[action].sources:
        raise ValidationError(obj.review_message(action))


def _save(obj, fields: list[str]) -> None:
    names = {f.name for f in obj._meta.concrete_fields}
    obj.save(update_fields=[*fields, *(["updated_at"] if "updated_at" in names else [])])


def _clone_related(source, target, name: str) -> None:
    """Copy the rows of reverse foreign key ``name`` from ``source`` to ``target``."""
    relation = type(source)._meta.get_field(name)
    model, fk = relation.related_model, relation.field.name
    rows = []
    for item in getattr(source, name).all():
        values = {
            f.attname: getattr(item, f.attname)
            for f in model._meta.concrete_fields
            if not f.primary_key and f.name != fk
        }
        rows.append(model(**{fk: target}, **values))
    model.objects.bulk_create(rows)


def _copy_content(source, target, *, replace_related: bool) -> None:
    for name in source.review_m2m_fields:
        getattr(target, name).set(getattr(source, name).all())
    for name in source.review_related:
        if replace_related:
            getattr(target, name).all().delete()
        _clone_related(source, target, name)


@transaction.atomic
def review_change_copy(obj, *, by=None):
    """The change copy of a live row, created from it on first use."""
    existing = obj.pending_change_copy
    if existing:
        return existing
    model = type(obj)
    copy = model(
        change_of=obj,
        status=ReviewStatus.DRAFT,
        **{name: getattr(obj, name) for name in obj.review_fields},
        **obj.review_copy_values(by=by),
    )
    copy.review_save_new_copy()
    _copy_content(obj, copy, replace_related=False)
    obj.change_copy = copy
    return copy


def review_edit_target(obj, *, by=None):
    """The row an edit of ``obj`` goes into: its change copy when ``obj`` is live, else ``obj``.

    Raises ``ValidationError`` while that row is in review.
    """
    target = review_change_copy(obj, by=by) if obj.needs_change_copy else obj
    if target.is_in_review:
        raise ValidationError(obj.review_message("in_review"))
    return target


@transaction.atomic
def review_submit(*, obj, by, now=None):
    _check(obj, "submit")
    obj.full_clean()
    obj.status = ReviewStatus.SUBMITTED
    obj.submitted_at = now or timezone.now()
    _save(obj, ["status", "submitted_at"])
    return obj


@transaction.atomic
def review_return(*, obj, by, comment: str, now=None):
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": obj.review_message("comment_required")})
    _check(obj, "return")
    obj.status = ReviewStatus.RETURNED
    obj.review_comment = comment
    _save(obj, ["status", "review_comment"])
    return obj


@transaction.atomic
def review_publish(*, obj, by, now=None):
    """Publish a submitted row; a change copy is merged into its live row and deleted.

    Returns the live row.
    """
    _check(obj, "publish")
    obj.full_clean()
    now = now or timezone.now()
    if obj.is_change_copy:
        live = obj.change_of
        for name in obj.review_fields:
            setattr(live, name, getattr(obj, name))
        _copy_content(obj, live, replace_related=True)
        obj.delete()
    else:
        live = obj
        live.published_at = now
    live.status = ReviewStatus.PUBLISHED
    live.review_comment = ""
    live.expired_at = None
    live.review_before_publish(now=now)
    live.full_clean()
    live.save()
    return live


@transaction.atomic
def review_expire(*, obj, by, now=None):
    _check(obj, "expire")
    obj.status = ReviewStatus.EXPIRED
    obj.expired_at = now or timezone.now()
    _save(obj, ["status", "expired_at"])
    return obj


@transaction.atomic
def review_expire_many(queryset, *, now=None) -> list:
    """Expire every published row of ``queryset`` in one UPDATE; returns their ids."""
    ids = list(queryset.filter(status__in=TRANSITIONS["expire"].sources).values_list("pk", flat=True))
    if ids:
        queryset.model.objects.filter(pk__in=ids).update(status=ReviewStatus.EXPIRED, expired_at=now or timezone.now())
    return ids


def review_delete(*, obj, by) -> None:
    """Delete a row that was never published (draft or returned)."""
    if not obj.can_delete:
        raise ValidationError(obj.review_message("delete"))
    obj.delete()
