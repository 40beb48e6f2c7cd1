"""Partner area: an organisation's editors create and revoke API tokens (/konto/api-schluessel/)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.organisations.permissions import organisations_editable_by

from . import services
from .forms import ApiTokenForm
from .permissions import get_token_for_user, tokens_visible_to


@login_required
def token_list(request):
    organisations = organisations_editable_by(request.user).order_by("name")
    if not organisations.exists():
        raise PermissionDenied
    form = ApiTokenForm(request.POST or None, organisations=organisations)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            token, secret = services.api_token_create(
                organisation=form.cleaned_data["organisation"],
                name=form.cleaned_data["name"],
                expires_on=form.cleaned_data["expires_on"],
                by=request.user,
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                for error in errors:
                    form.add_error(field if field in form.fields else None, error)
        else:
            form = ApiTokenForm(organisations=organisations)
    tokens = tokens_visible_to(request.user).select_related("organisation")
    return render(request, "api/token_list.html", {"form": form, "tokens": tokens, "secret": secret})


@login_required
@require_POST
def token_revoke(request, pk: int):
    token = get_token_for_user(request, pk, edit=True)
    try:
        services.api_token_revoke(token=token, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Der Schlüssel „%(name)s“ ist widerrufen.") % {"name": token.name})
    return redirect("api_tokens")
