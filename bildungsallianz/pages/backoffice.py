"""Back office of the pages app: the feedback on barriers sent through the accessibility statement.

Staff read a message, mark it handled or delete it; nothing can be added here.
``wagtail_hooks.py`` only registers the viewset.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.backoffice import StaffOnlyViewSetMixin

from .models import AccessibilityFeedback


class AccessibilityFeedbackViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = AccessibilityFeedback
    icon = "help"
    menu_label = gettext_lazy("Rückmeldungen Barrierefreiheit")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["handled"]
    list_display = ["__str__", "created_at", "handled"]
    list_filter = ["handled"]
    inspect_view_fields = ["message", "reply_email", "consent_at", "created_at", "handled"]


accessibility_feedback_viewset = AccessibilityFeedbackViewSet("rueckmeldungen-barrierefreiheit")
