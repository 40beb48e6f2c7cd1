"""The head every page shares: its icon and fonts are files the app serves itself."""

import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_every_page_names_an_icon_the_app_serves_so_browsers_never_ask_for_a_missing_favicon(client):
    head = client.get("/angebote/").content.decode().split("</head>")[0]
    icon = re.search(r'<link rel="icon" href="/static/([^"]+)" type="image/svg\+xml">', head)
    assert icon, "kein Icon im Kopf der Seite"
    path = finders.find(icon.group(1))
    assert path
    with open(path) as icon_file:
        assert icon_file.read().startswith("<svg")
    for font in re.findall(r'href="/static/(fonts/[^"]+)"', head):
        assert finders.find(font), font
