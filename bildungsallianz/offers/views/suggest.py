"""Search-as-you-type: suggestions for the combobox of the offer search (JSON, public)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from ..suggestions import suggestions


@require_GET
def offer_suggest(request):
    """``{"suggestions": [{"label": …, "kind": …}, …]}`` for ``?q=``; no personal data, nothing logged."""
    response = JsonResponse({"suggestions": suggestions(request.GET.get("q", ""))})
    response["Cache-Control"] = "public, max-age=60"
    return response
