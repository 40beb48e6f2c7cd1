"""One review life cycle for everything partners write and the Bildungsbüro publishes.

Offers use it now; events and fair exhibitor entries reuse it. The life cycle::

    draft ──submit──► submitted ──publish──► published ──expire──► expired
      ▲                  │
      └──── returned ◄───┘ return (with a comment)
            (submit again)

An edit of a *published* (or expired) item never changes it directly: the edit
goes into a **change copy** — a second row of the same model with ``change_of``
pointing at the live row, status ``draft`` — that runs through the same life
cycle. Publishing the copy writes its content onto the live row and deletes the
copy, so URL, id and publication date of the live row stay stable.

Who owns what
-------------
- :mod:`.states` — :class:`ReviewStatus` (the five states) and ``TRANSITIONS``,
  the one table of which action leads from which states to which state.
- :mod:`.models` — :class:`Reviewable`, the abstract model: the review fields
  (``status``, ``change_of``, ``review_comment``, ``submitted_at``,
  ``published_at``, ``expired_at``) and the predicates templates and views use
  (``can_submit``, ``can_publish``, ``can_return``, ``can_expire``,
  ``can_delete``, ``can_edit``, ``is_published``, ``is_change_copy``,
  ``pending_change_copy``, ``work_item``, ``needs_change_copy``).
- :mod:`.services` — the only writers of review state:
  ``review_submit / review_publish / review_return / review_expire(*, obj, by, now=None)``,
  ``review_edit_target(obj, by=…)`` (the row an edit goes into, creating the
  change copy on first use) and ``review_expire_many(queryset, now=…)``. Each
  raises ``ValidationError`` when the transition table forbids the step.
- :mod:`.selectors` — the review queue: ``review_counts(queryset)`` (one
  grouped query), ``review_queue(queryset, status)`` and ``review_tabs(…)``.
- :mod:`.diff` — ``field_diff(copy)``: label / published value / new value /
  changed, field by field, for the review page.

Using it in a new module (e.g. events)
--------------------------------------
::

    from bildungsallianz.core.review.models import Reviewable, ReviewableQuerySet

    class Event(Reviewable):
        review_fields = ["title", "summary", "starts_at", ...]   # what partners edit
        review_m2m_fields = ["target_groups"]                    # copied to/from change copies
        review_related = ["dates"]                               # reverse FKs, cloned row by row
        review_messages = {"submit": _("Nur Entwürfe … können eingereicht werden.")}  # optional
        objects = ReviewableQuerySet.as_manager()

        def review_copy_values(self):            # values a change copy needs beyond review_fields
            return {"organiser": self.organiser, "slug": f"{self.slug}-aenderung"}

Then ``makemigrations`` adds the review fields. The module's own services wrap
the generic ones (``event_submit`` = ``review_submit`` + notification), its
back office lists ``review_queue(Event.objects.all(), status)``, and its
templates read the flags (``event.can_submit``), never ``status == "…"``.
Hooks a model may override: ``review_copy_values()``,
``review_before_publish(*, now)`` (e.g. set ``renewed_at``),
``review_display(name)`` (a field's text in the diff).
"""
