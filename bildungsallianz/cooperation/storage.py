"""Private files of working groups: stored outside the public media directory
(``settings.PRIVATE_MEDIA_ROOT``) and served only through a permission-checking
view — never under /media/.

When core gets its shared private-file mechanism (core/files.py), this module
becomes a thin alias of it.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Reads the location from settings on every use (tests point it at a temporary directory)."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public URL; use the permission-checking view.")


_storage = PrivateStorage()


def private_storage():
    """Callable for ``FileField(storage=…)``, so migrations do not record a path."""
    return _storage
