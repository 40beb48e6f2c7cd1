"""E-mails as subject / text / html template triplets."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def reader_language() -> str:
    """The UI language of the current request (one of ``LANGUAGES``), to be stored with a
    person's request so that later e-mails to them — sent from another person's request,
    e.g. staff deciding in German — are written in the language they used."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def send_templated_mail(*, template: str, to: list[str], context: dict, language: str = "de") -> None:
    """Render `<template>_subject.txt`, `_body.txt` and `_body.html` and send them."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "site_url": settings.SITE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}_body.txt", context)
        html = render_to_string(f"{template}_body.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    message.send()
