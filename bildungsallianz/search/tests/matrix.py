"""Permission matrix of the search (format: core/testing/matrix.py): the public suggestions of
the offer search and the staff-only search statistics."""

from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, Row

ROWS = [
    Row("/angebote/vorschlaege/?q=pfl", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(
        "/cms/suchanfragen/",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
]
