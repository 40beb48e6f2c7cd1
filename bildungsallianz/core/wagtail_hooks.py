"""Registers core behaviour with Wagtail (only registrations here)."""

from wagtail import hooks

from .documents import refuse_private_document


@hooks.register("before_serve_document", order=-10)
def _private_documents_are_hidden(document, request):
    return refuse_private_document(document, request)
