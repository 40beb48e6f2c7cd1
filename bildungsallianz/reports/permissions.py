"""Who may see reports: published editions are public; drafts and the back office are staff only."""

from bildungsallianz.core.permissions import get_or_404, is_staff_member

from .models import Edition, ReportPage


def reports_visible_to(user):
    """Reports with a public edition; staff see every report (drafts as a preview with today's data)."""
    if is_staff_member(user):
        return ReportPage.objects.all()
    return ReportPage.objects.live().filter(editions__isnull=False).distinct()


def editions_visible_to(user):
    if is_staff_member(user):
        return Edition.objects.all()
    return Edition.objects.public()


def get_report_for_user(request, slug: str) -> ReportPage:
    return get_or_404(reports_visible_to(request.user).order_by("pk"), slug=slug)


def get_edition_for_user(request, report: ReportPage, number: int) -> Edition:
    return get_or_404(editions_visible_to(request.user).select_related("report"), report=report, number=number)


def can_view_report_file(user, name: str) -> bool:
    """A stored PDF: public once its report is live; staff always."""
    return editions_visible_to(user).filter(pdf=name).exists()
