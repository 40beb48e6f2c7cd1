"""Views of the pages app that Wagtail's ``serve`` hands over to."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from bildungsallianz.core import ratelimit
from bildungsallianz.core.privacy import retention_days

from . import services
from .forms import AccessibilityFeedbackForm


def accessibility_statement(request, page):
    """The statement with its feedback form (GET shows, POST saves; rate limited per client)."""
    form = AccessibilityFeedbackForm(request.POST or None)
    status, limited = 200, False
    if request.method == "POST":
        if ratelimit.limited(request, scope="a11y-feedback", limit=settings.ACCESSIBILITY_FEEDBACK_RATE):
            # Nothing is saved; the text stays in the form for a later attempt.
            form = AccessibilityFeedbackForm(initial={"message": request.POST.get("message", "")[:4000]})
            limited = True
            status = 429
        elif form.is_spam():
            ratelimit.record(request, scope="a11y-feedback")
            messages.success(request, _("Vielen Dank! Ihre Nachricht ist beim Bildungsbüro angekommen."))
            return redirect(page.url)
        elif form.is_valid():
            services.accessibility_feedback_submit(
                message=form.cleaned_data["message"],
                reply_email=form.cleaned_data["reply_email"],
                recipient=page.feedback_recipient(),
            )
            ratelimit.record(request, scope="a11y-feedback")
            messages.success(request, _("Vielen Dank! Ihre Nachricht ist beim Bildungsbüro angekommen."))
            return redirect(page.url)
    context = page.get_context(request)
    context["form"] = form
    context["limited"] = limited
    context["retention_days"] = retention_days("accessibility_feedback")
    return TemplateResponse(request, page.get_template(request), context, status=status)
