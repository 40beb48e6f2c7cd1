"""What each module offers the core, registered in one place (the Decidim idea).

A lower app must not import a higher one. When the core (or any lower app)
needs to learn about a higher module's objects — its demo data, its staff
dashboard panel, its exports, its search, its permission-matrix rows, its
statistics — the higher module registers them here in its ``AppConfig.ready()``:

    from bildungsallianz.core.registry import components, Component

    class OffersConfig(AppConfig):
        def ready(self):
            components.register(Component(
                app_label="offers",
                order=40,
                seed_demo="bildungsallianz.offers.demo.seed",
                dashboard_panels=["bildungsallianz.offers.backoffice.panels.review_panel"],
                exports=[...],
            ))

Callables may be given as dotted paths; they are imported on first use so
registering never imports models or heavy modules at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.module_loading import import_string

Ref = str | Callable[..., Any]


def resolve(ref: Ref) -> Callable[..., Any]:
    """A dotted path or a callable → the callable."""
    return import_string(ref) if isinstance(ref, str) else ref


@dataclass(frozen=True)
class Export:
    """A downloadable list that a module offers: open data (CSV, JSON, XLSX, GeoJSON) and a
    dataset of the DCAT-AP.de catalogue when ``public`` (see bildungsallianz/api/opendata/)."""

    key: str  # unique, e.g. "offers"; also the file name of the downloads
    label: str  # German title of the dataset
    rows: Ref  # callable(*, base_url) -> (header: list[str], rows: Iterable[list])
    public: bool = True  # False: staff only (never downloadable without login, never in the catalogue)
    description: str = ""  # German description for the catalogue
    themes: tuple[str, ...] = ("EDUC",)  # EU data themes (publications.europa.eu data-theme codes)
    official: bool = False  # official statistics: dl-de/by-2-0 with the sources' attribution
    attribution: Ref | None = None  # callable() -> str (official data: "© Statistische Ämter …")
    features: Ref | None = None  # callable(*, base_url) -> list of GeoJSON features (places)
    modified: Ref | None = None  # callable() -> datetime | None (last change of the data)


@dataclass(frozen=True)
class AccountNotice:
    """Something a signed-in partner should do, shown on their account page (/konto/)."""

    text: str  # German, e.g. "Bitte bestätigen Sie die Unterzeichnung der Charta für „X“."
    url: str
    link_label: str


@dataclass(frozen=True)
class AccountLink:
    """A button on the account page that leads into a module (e.g. "Ihre Angebote")."""

    label: str
    url: str


@dataclass(frozen=True)
class Component:
    """Everything one module registers with the core."""

    app_label: str
    order: int = 100  # demo data and dashboard panels run in this order
    seed_demo: Ref | None = None  # callable(stdout) -> None, idempotent
    dashboard_panels: tuple[Ref, ...] = ()  # callable(request) -> Panel | None
    exports: tuple[Export, ...] = ()
    search: Ref | None = None  # callable(query: str, *, user, limit) -> list[SearchHit]
    statistics: Ref | None = None  # callable() -> dict[str, int] for the public key figures
    matrix_rows: Ref | None = None  # unused: the permission matrix reads ``<app>/tests/matrix.py`` by convention
    account_notices: Ref | None = None  # callable(user) -> list[AccountNotice] for the account page
    account_links: Ref | None = None  # callable(user) -> list[AccountLink] for the account page
    extra: dict[str, Any] = field(default_factory=dict)


class ComponentRegistry:
    def __init__(self) -> None:
        self._components: dict[str, Component] = {}

    def register(self, component: Component) -> Component:
        self._components[component.app_label] = component  # idempotent: ready() may run twice in tests
        return component

    def unregister(self, app_label: str) -> None:
        self._components.pop(app_label, None)

    def get(self, app_label: str) -> Component | None:
        return self._components.get(app_label)

    def all(self) -> list[Component]:
        return sorted(self._components.values(), key=lambda c: (c.order, c.app_label))

    def refs(self, attribute: str) -> Iterable[tuple[Component, Callable[..., Any]]]:
        """(component, callable) for every registered single-valued hook, in order."""
        for component in self.all():
            ref = getattr(component, attribute)
            if ref is not None:
                yield component, resolve(ref)

    def dashboard_panels(self) -> Iterable[Callable[..., Any]]:
        for component in self.all():
            for ref in component.dashboard_panels:
                yield resolve(ref)

    def exports(self) -> list[Export]:
        return [export for component in self.all() for export in component.exports]

    def extra_hooks(self, name: str) -> Iterable[Callable[..., Any]]:
        """The callables registered under ``Component.extra[name]``, in order (e.g. "join_request_accepted")."""
        for component in self.all():
            ref = component.extra.get(name)
            if ref is not None:
                yield resolve(ref)

    def collect(self, attribute: str, *args, **kwargs) -> list[Any]:
        """Call every registered single-valued hook ``attribute`` and concatenate the lists they return."""
        return [item for _component, hook in self.refs(attribute) for item in (hook(*args, **kwargs) or [])]


components = ComponentRegistry()
