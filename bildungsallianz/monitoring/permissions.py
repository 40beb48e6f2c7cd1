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
