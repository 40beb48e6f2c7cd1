"""Content translations: one mechanism for offers, events, the fair and CMS pages.

German is the language every item is written in. Editors may add a translation
per field (title, summary, description, plain-language summary …) in each
*content language* the instance offers (``settings.CONTENT_TRANSLATION_LANGUAGES``,
env ``CONTENT_TRANSLATION_LANGUAGES``, default ``en,fr,ar,uk,tr``). Content
languages are independent of the UI languages (``settings.LANGUAGES``): Arabic
content needs no Arabic UI.

Storage: one JSON field ``translations`` on the translated row
(``{"ar": {"title": "…", "summary": "…"}, "uk": {…}}``), added by the abstract
model :class:`~.models.Translatable`. Because it is an ordinary field of the row,
translations of reviewed items (offers, events) travel through the review life
cycle (``core.review``) like every other field: a changed translation of a
published offer goes into its change copy and is live only after review. There
is no second life cycle and no extra table (and no extra query in list pages).

Who owns what
-------------
- :mod:`.languages` — the table of known languages (native name, German name,
  writing direction) and ``content_languages()``, the configured set.
- :mod:`.models` — :class:`Translatable` (the field, ``translatable_fields``,
  validation with German messages).
- :mod:`.services` — ``translation_set(obj, language, values)``: the one writer
  (cleans text, drops empty fields, removes a language with no text left).
- :mod:`.display` — ``translated(obj, lang)``: what a page shows, field by field,
  with language, direction and whether it fell back to German;
  ``content_language(request)`` reads ``?inhalt=`` and the UI language.
- :mod:`.forms` / :mod:`.views` — the editing form and the one edit view the
  apps wrap with their own fetch helper and service.
"""
