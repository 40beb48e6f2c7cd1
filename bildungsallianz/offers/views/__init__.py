from .partner import (
    offer_create,
    offer_delete,
    offer_edit,
    offer_manage,
    offer_renew,
    offer_submit,
    offer_translation,
)
from .public import offer_calendar, offer_detail, offer_list, watchlist
from .suggest import offer_suggest

__all__ = [
    "offer_calendar",
    "offer_renew",
    "offer_create",
    "offer_delete",
    "offer_detail",
    "offer_edit",
    "offer_list",
    "offer_manage",
    "offer_submit",
    "offer_suggest",
    "offer_translation",
    "watchlist",
]
