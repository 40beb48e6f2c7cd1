"""The legally required pages (imprint, privacy, accessibility) for every page's footer."""

from .models import StandardPage


def legal_pages(request):
    pages = StandardPage.objects.live().public().exclude(legal_role="").order_by("legal_role").only("title", "url_path")
    return {"legal_pages": list(pages)}
