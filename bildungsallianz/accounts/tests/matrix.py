"""Account pages: log-in, password reset, invitations, the account page."""

from bildungsallianz.accounts.services import invitation_create
from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    _invitation, token = invitation_create(email="neu@example.org", organisation=ctx.org_a)
    return {"invitation_token": token}


ROWS = [
    Row(url="/konto/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(url="/konto/anmelden/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(
        url="/konto/abmelden/",
        method="post",
        anonymous=REDIRECT,
        editor_a=REDIRECT,
        editor_b=REDIRECT,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row(url="/konto/passwort-vergessen/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(url="/konto/passwort-vergessen/gesendet/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    # An invalid reset link shows a page that says so.
    Row(url="/konto/passwort-neu/MQ/ungueltig/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(url="/konto/passwort-neu/fertig/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(url="/konto/einladung/{invitation_token}/", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(
        url="/konto/einladung/ungueltig/",
        anonymous=HIDDEN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=HIDDEN,
    ),
    # Second factor (pages of the back-office login; partners never need them, 2FA is off in tests).
    # Without a device yet, the code and recovery pages send the user on to the set-up.
    Row(
        url="/konto/zwei-faktor/",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=REDIRECT,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row(url="/konto/zwei-faktor/einrichten/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row(
        url="/konto/zwei-faktor/wiederherstellungscodes/",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=REDIRECT,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
]
