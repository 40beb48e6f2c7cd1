"""Pages of the second factor: set up the authenticator app, enter a code, new recovery codes."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from bildungsallianz.core import ratelimit

from . import twofactor


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_("Der sechsstellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": _("Bitte geben Sie den Code ein.")},
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return "/cms/"


@never_cache
@login_required
def otp_setup(request):
    if twofactor.has_second_factor(request.user) and not request.user.is_verified():
        return redirect("accounts:otp_verify")
    device = twofactor.totp_pending_device(user=request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.totp_confirm(request=request, device=device, code=form.cleaned_data["code"])
        if codes is not None:
            return render(request, "accounts/otp_recovery_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error(
            "code", _("Der Code stimmt nicht. Prüfen Sie die Uhrzeit Ihres Geräts und versuchen Sie es erneut.")
        )
    return render(
        request,
        "accounts/otp_setup.html",
        {
            "form": form,
            "secret": twofactor.totp_secret_base32(device),
            "uri": twofactor.totp_uri(device),
            "next": _next_url(request),
        },
    )


@never_cache
@login_required
def otp_verify(request):
    if not twofactor.has_second_factor(request.user):
        return redirect("accounts:otp_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if ratelimit.limited(request, scope=f"otp:{request.user.pk}", limit=10, window=900):
            form.add_error(None, _("Zu viele falsche Codes. Bitte warten Sie 15 Minuten."))
        elif form.is_valid():
            if twofactor.verify(request=request, code=form.cleaned_data["code"]):
                return redirect(_next_url(request))
            ratelimit.record(request, scope=f"otp:{request.user.pk}", window=900)
            form.add_error("code", _("Der Code stimmt nicht."))
    return render(request, "accounts/otp_verify.html", {"form": form, "next": _next_url(request)})


@never_cache
@login_required
def otp_recovery_codes(request):
    """New recovery codes (the old ones stop working); only in a verified session."""
    if not request.user.is_verified():
        return redirect("accounts:otp_verify")
    codes = None
    if request.method == "POST":
        codes = twofactor.regenerate_recovery_codes(user=request.user)
    return render(
        request,
        "accounts/otp_recovery_codes.html",
        {"codes": codes, "left": twofactor.recovery_codes_left(request.user), "next": "/konto/"},
    )
