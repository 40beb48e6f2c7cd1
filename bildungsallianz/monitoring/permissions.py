"""Who may do what in the monitoring module.

Public pages and CSV downloads are open to everybody. Importing statistics is
for Bildungsbüro staff only (404 for everybody else, like other staff-only
objects).
"""

from bildungsallianz.core.permissions import is_staff_member, require_staff


def can_import(user) -> bool:
    return is_staff_member(user)


def require_importer(user) -> None:
    require_staff(user)


def can_view_import_file(user, name: str) -> bool:
    """Raw statistics files (registered file kind "importe"): staff only."""
    return can_import(user)


def import_file_names():
    """Files still needed: those of failed runs are swept by the daily purge."""
    from .models import ImportRun

    return ImportRun.objects.exclude(state=ImportRun.State.FAILED).exclude(file="").values_list("file", flat=True)
