"""The one edit view for translations; the apps wrap it with their fetch helper and service.

An app's view::

    @login_required
    def offer_translation(request, slug, language=None):
        offer = get_offer_for_user(request, slug, edit=True)
        return translation_view(request, obj=offer, language=language,
                                save=lambda lang, values: services.offer_translation_save(...),
                                url_name="offers:translation", back_url=reverse("offers:manage"))
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from .display import available_languages
from .forms import TranslationForm
from .languages import content_languages, get_language


def _overview(obj, editing, url_name: str) -> list[dict]:
    present = {lang.code for lang in available_languages(editing)}
    return [
        {
            "language": lang,
            "present": lang.code in present,
            "url": reverse(url_name, kwargs={"slug": obj.slug, "language": lang.code}),
        }
        for lang in content_languages()
    ]


def translation_view(request, *, obj, language, save, url_name: str, back_url: str, kind: str):
    """GET: the overview (``language`` None) or the form of one language; POST: save.

    ``obj`` is the row the user may edit (already fetched with ``edit=True``),
    ``save(language, values)`` the app's service (raises ``ValidationError``),
    ``kind`` a German word for the item ("Angebot", "Veranstaltung").
    """
    editing = getattr(obj, "work_item", obj)
    context = {"obj": obj, "editing": editing, "back_url": back_url, "kind": kind}
    if language is None:
        context["languages"] = _overview(obj, editing, url_name)
        return render(request, "core/translations/overview.html", context)
    lang = get_language(language)
    if lang is None or lang.code == "de":
        raise Http404(_("Diese Sprache ist für Inhalte nicht eingerichtet."))
    if not getattr(obj, "accepts_edits", True):
        messages.warning(request, _("Der Eintrag wird gerade geprüft. Sie können ihn danach wieder ändern."))
        return redirect(back_url)
    form = TranslationForm(request.POST or None, obj=editing, language=lang)
    if request.method == "POST" and form.is_valid():
        try:
            save(lang.code, form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            if getattr(obj, "needs_change_copy", False):
                messages.success(
                    request,
                    _(
                        "Die Übersetzung ist gespeichert. Sie wird erst nach der Prüfung sichtbar – "
                        "bitte reichen Sie die Änderung ein."
                    ),
                )
            else:
                messages.success(request, _("Die Übersetzung ist gespeichert."))
            return redirect(reverse(url_name, kwargs={"slug": obj.slug}))
    context.update({"form": form, "language": lang, "overview_url": reverse(url_name, kwargs={"slug": obj.slug})})
    return render(request, "core/translations/edit.html", context)
