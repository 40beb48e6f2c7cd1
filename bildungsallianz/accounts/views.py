from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from bildungsallianz.core import ratelimit
from bildungsallianz.core.permissions import is_staff_member
from bildungsallianz.core.registry import components

from . import selectors, services
from .forms import InvitationAcceptForm
from .models import User

# Django's auth views put the host name into ``site_name`` (no sites framework); titles show ours.
SITE_CONTEXT = {"site_name": settings.WAGTAIL_SITE_NAME}


class LimitedPasswordResetView(auth_views.PasswordResetView):
    """At most PASSWORD_RESET_RATE mails per client and hour, and 3 per address and hour.

    Over the limit the answer is the same ("sent"), but no mail goes out: the
    form cannot be used to flood a mailbox or to probe addresses.
    """

    extra_context = SITE_CONTEXT

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        client_over = ratelimit.limited(self.request, scope="reset", limit=settings.PASSWORD_RESET_RATE)
        address_over = ratelimit.limited(self.request, scope="reset-mail", key=email, limit=3)
        if client_over or address_over:
            return HttpResponseRedirect(self.get_success_url())
        ratelimit.record(self.request, scope="reset")
        ratelimit.record(self.request, scope="reset-mail", key=email)
        return super().form_valid(form)


@login_required
def dashboard(request):
    """The account page: own organisations, what the modules ask the user to do, links into them."""
    return render(
        request,
        "accounts/dashboard.html",
        {
            "memberships": selectors.memberships_of(request.user),
            "notices": components.collect("account_notices", request.user),
            "links": components.collect("account_links", request.user),
            "is_staff_member": is_staff_member(request.user),
        },
    )


def invitation_accept(request, token):
    invitation = services.invitation_get_usable(token=token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    needs_password = not User.objects.filter(email__iexact=invitation.email).exists()
    form = InvitationAcceptForm(request.POST or None, email=invitation.email, needs_password=needs_password)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                invitation=invitation,
                first_name=form.cleaned_data.get("first_name", ""),
                last_name=form.cleaned_data.get("last_name", ""),
                password=form.cleaned_data.get("password1", ""),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if needs_password:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(request, _("Willkommen! Ihr Konto ist eingerichtet."))
                return redirect("accounts:dashboard")
            messages.success(request, _("Die Einladung wurde angenommen. Bitte melden Sie sich an."))
            return redirect("accounts:login")
    return render(
        request,
        "accounts/invitation_accept.html",
        {"form": form, "invitation": invitation, "needs_password": needs_password},
    )
