"""Permission-matrix rows of the charter module."""

from bildungsallianz.core.testing.matrix import LOGIN, OK, Row


def world(ctx):
    return {}


ROWS = [
    # Review of changes to confirmed signatures (issue 8, finding 10): staff only.
    Row(
        "/cms/unterzeichnungen-aenderungen/", anonymous=LOGIN, editor_a=LOGIN, editor_b=LOGIN, wg_member=LOGIN, staff=OK
    ),
    Row(
        "/cms/unterzeichnungen-aenderungen/999999/",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=405,
        pattern="signature_change_decide",
    ),
]
