"""The one settings module of Bildungsallianz, driven by environment variables.

Every variable is listed and explained in `.env.example`. Defaults are for a
developer's machine: SQLite in `data/`, console e-mail, DEBUG only when asked.
"""

import datetime
import os
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
# Without a real secret this is a developer machine or a test run, never production:
# then plain HTTP is allowed (no TLS redirect, no secure-only cookies, no HSTS).
PRODUCTION = bool(SECRET_KEY) and not DEBUG
# A test run (pytest, `manage.py test`, the scripts in bench/) may use the dev key without
# DEBUG; nothing else may — a server started so would sign sessions with a public key.
TEST_RUN = (
    "pytest" in sys.modules
    or sys.argv[1:2] == ["test"]
    or Path(sys.argv[0] or ".").resolve().parent == BASE_DIR / "bench"
)
if not SECRET_KEY:
    if not DEBUG and not env_bool("ALLOW_INSECURE_DEV_KEY", False):
        raise ImproperlyConfigured(
            "SECRET_KEY fehlt. Setzen Sie die Umgebungsvariable SECRET_KEY "
            "(siehe .env.example) oder DEBUG=1 für die Entwicklung."
        )
    if not DEBUG and not TEST_RUN:
        raise ImproperlyConfigured(
            "ALLOW_INSECURE_DEV_KEY ist nur für Tests und mit DEBUG=1 erlaubt: Ohne DEBUG würde der Server "
            "mit einem öffentlich bekannten Schlüssel laufen. Setzen Sie SECRET_KEY."
        )
    # Only for development and tests: a key that is useless anywhere else.
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production-" + "x" * 20

DATA_DIR = Path(env("DATA_DIR", str(BASE_DIR / "data")))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = env("SITE_NAME", "Bildungsallianz")

INSTALLED_APPS = [
    "bildungsallianz.core",
    "bildungsallianz.accounts",
    "bildungsallianz.organisations",
    "bildungsallianz.charter",
    "bildungsallianz.pages",
    "bildungsallianz.search",
    "bildungsallianz.offers",
    "bildungsallianz.monitoring",
    "bildungsallianz.events",
    "bildungsallianz.fair",
    "bildungsallianz.surveys",
    "bildungsallianz.cooperation",
    "bildungsallianz.projects",
    "bildungsallianz.reports",
    "bildungsallianz.api",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "taggit",
    "django_htmx",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "bildungsallianz.core.pagecache.SecretFreeGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "bildungsallianz.core.middleware.SecurityMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "bildungsallianz.accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "bildungsallianz.search.middleware.SearchStatsMiddleware",  # before the page cache: counts cache hits too
    "bildungsallianz.core.pagecache.PublicPageCacheMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into the German "locked" page
]

ROOT_URLCONF = "bildungsallianz.urls"
WSGI_APPLICATION = "bildungsallianz.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "csp.context_processors.nonce",
                "bildungsallianz.core.context_processors.site",
                "bildungsallianz.pages.context_processors.legal_pages",
            ],
        },
    },
]

# Database: SQLite file in DATA_DIR unless DATABASE_URL is set (PostgreSQL).
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=int(env("CONN_MAX_AGE", "600")), conn_health_checks=True
        )
    }
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "bildungsallianz.sqlite3",
            "CONN_MAX_AGE": int(env("CONN_MAX_AGE", "600")),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses logins while an account or a client is locked out
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes) on /konto/anmelden/ and /cms/login/: after AXES_FAILURE_LIMIT
# wrong passwords the account AND, separately, the client address are locked for the cool-off.
# Counted in the cache (no table of addresses); the address comes from the trusted proxy header.
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "bildungsallianz.accounts.twofactor.login_name"  # case-insensitive, like the login
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CLIENT_IP_CALLABLE = "bildungsallianz.core.ratelimit.client_address_hash"  # keyed hash, not the address
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# Second factor (TOTP, django-otp) for everybody who can enter the back office.
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = env("SITE_NAME", "Bildungsallianz")
# Sessions: partners 3 days; back-office users 8 hours (set at login, accounts.signals).
SESSION_COOKIE_AGE = int(env("SESSION_COOKIE_AGE", str(3 * 24 * 3600)))
STAFF_SESSION_SECONDS = int(env("STAFF_SESSION_SECONDS", str(8 * 3600)))
PASSWORD_RESET_RATE = int(env("PASSWORD_RESET_RATE", "5"))
# Retention of personal data (days), applied by the daily `purge_personal_data` (docs/security.md).
RETENTION_DAYS = {
    "declined_join_requests": int(env("RETENTION_DECLINED_JOIN_REQUESTS_DAYS", "180")),
    "invitations": int(env("RETENTION_INVITATIONS_DAYS", "90")),
    "expired_offer_contacts": int(env("RETENTION_EXPIRED_OFFER_CONTACTS_DAYS", "365")),
    "accessibility_feedback": int(env("RETENTION_ACCESSIBILITY_FEEDBACK_DAYS", "365")),
}
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/anmelden/"
WAGTAILADMIN_LOGIN_URL = "/konto/anmelden/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3  # also the lifetime of editor invitations

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("fr", "Français")]
# No avatars from a third-party host (gravatar.com): the admin shows initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("de", "Deutsch")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date formats per UI language on top of Django's (docs/translations.md).
FORMAT_MODULE_PATH = ["bildungsallianz.core.formats"]
# Languages editors may translate content into (offers, events, fair, youth pages), independent of
# the UI languages above; codes from bildungsallianz/core/translations/languages.py (KNOWN).
CONTENT_TRANSLATION_LANGUAGES = env_list("CONTENT_TRANSLATION_LANGUAGES", "en,fr,ar,uk,tr")
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static", ("vendor", BASE_DIR / "node_modules")]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(DATA_DIR / "media")))
# Non-public uploads (import files, draft images, …): never served by a web server directly,
# only through bildungsallianz.core.files.serve_private_file after a permission check.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(DATA_DIR / "private")))
# Behind nginx: the checking view answers with X-Accel-Redirect and nginx sends the bytes
# (internal locations /_intern/dateien/ and /_intern/media/, see docs/operations.md).
FILES_ACCEL_REDIRECT = env_bool("FILES_ACCEL_REDIRECT", False)
# Wagtail documents always through Wagtail's view, which checks collection privacy.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
if FILES_ACCEL_REDIRECT:
    SENDFILE_BACKEND = "bildungsallianz.core.files"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and env_bool("MANIFEST_STATIC", True)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
UPLOAD_MAX_BYTES = int(env("UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES
# Request bodies are refused (413) before they are read when larger than this: anonymous
# visitors only send small forms; logged-in users up to UPLOAD_MAX_BYTES; larger uploads
# only on the paths listed in BODY_MAX_BYTES_BY_PATH (set below, next to their limits).
ANONYMOUS_BODY_MAX_BYTES = int(env("ANONYMOUS_BODY_MAX_BYTES", str(1024 * 1024)))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail: console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "bildungsbuero@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
BILDUNGSBUERO_EMAIL = env("BILDUNGSBUERO_EMAIL", DEFAULT_FROM_EMAIL)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cache_table",
        "OPTIONS": {"MAX_ENTRIES": int(env("CACHE_MAX_ENTRIES", "20000"))},
    }
}
# Anonymous public pages and generated documents (charter PDF, charts) are cached until
# their content changes (bildungsallianz/core/cache.py); 0 switches the caching off.
PUBLIC_PAGE_CACHE_SECONDS = int(env("PUBLIC_PAGE_CACHE_SECONDS", str(60 * 60 * 24)))
CONTENT_CACHE_SECONDS = int(env("CONTENT_CACHE_SECONDS", str(60 * 60 * 24 * 30)))
# Search statistics are counted in each process and written at most this often (docs/search.md).
SEARCH_STATS_FLUSH_SECONDS = int(env("SEARCH_STATS_FLUSH_SECONDS", "30"))
# Changes every cache key on deployment; empty → derived from the code's file times.
RELEASE = env("RELEASE")
# Rate limit of the public join form: submissions per hour and client address.
JOIN_REQUEST_RATE = int(env("JOIN_REQUEST_RATE", "5"))
# Feedback on barriers (accessibility statement): submissions per hour and client address, and where it goes.
ACCESSIBILITY_FEEDBACK_RATE = int(env("ACCESSIBILITY_FEEDBACK_RATE", "5"))
ACCESSIBILITY_FEEDBACK_EMAIL = env("ACCESSIBILITY_FEEDBACK_EMAIL", BILDUNGSBUERO_EMAIL)
# Behind a reverse proxy: the header in which it passes the client's address (e.g.
# X-Forwarded-For), honoured only for requests that come from TRUSTED_PROXY_IPS.
CLIENT_IP_HEADER = env("CLIENT_IP_HEADER")
TRUSTED_PROXY_IPS = env_list("TRUSTED_PROXY_IPS", "127.0.0.1,::1")

# Background work: immediate in tests/dev, database backend when configured.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# mp4/webm: the videos in German Sign Language of the Leichte-Sprache and Gebärdensprache pages.
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "xlsx", "docx", "odt", "txt", "mp4", "webm"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain", "video/mp4", "video/webm"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# No avatars from gravatar.com in the back office (a third-party request revealing staff e-mail hashes).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# The municipality this instance serves (nothing Pirmasens-specific in code).
MUNICIPALITY_NAME = env("MUNICIPALITY_NAME", "Pirmasens")
MUNICIPALITY_AGS = env("MUNICIPALITY_AGS", "07317")

# Public API: requests per client address (documented in docs/api.md and the OpenAPI description).
API_RATE_LIMIT = env("API_RATE_LIMIT", "600/m")
# Open data (DCAT-AP.de catalogue at /api/dcat/katalog.ttl): licence of the alliance's own data
# (official statistics always keep Datenlizenz Deutschland – Namensnennung 2.0), publisher, contact.
OPEN_DATA_LICENCE = env("OPEN_DATA_LICENCE", "http://dcat-ap.de/def/licenses/cc-by/4.0")
OPEN_DATA_ATTRIBUTION = env("OPEN_DATA_ATTRIBUTION", f"Bildungsallianz {MUNICIPALITY_NAME}")
OPEN_DATA_PUBLISHER = env("OPEN_DATA_PUBLISHER", f"Stadt {MUNICIPALITY_NAME} – Bildungsbüro")
OPEN_DATA_CONTACT_EMAIL = env("OPEN_DATA_CONTACT_EMAIL", BILDUNGSBUERO_EMAIL)
OPEN_DATA_CATALOGUE_TITLE = env("OPEN_DATA_CATALOGUE_TITLE", f"Offene Daten der Bildungsallianz {MUNICIPALITY_NAME}")
OPEN_DATA_CONTRIBUTOR_ID = env("OPEN_DATA_CONTRIBUTOR_ID", "")  # GovData contributor URI, when assigned
# Monitoring: largest statistics file accepted for import; peer Kreise for comparisons
# (comma-separated keys; empty → the kreisfreie Städte of the municipality's Land).
MONITORING_UPLOAD_MAX_BYTES = int(env("MONITORING_UPLOAD_MAX_BYTES", str(50 * 1024 * 1024)))
MONITORING_PEER_KEYS = env_list("MONITORING_PEER_KEYS") or None
# GENESIS web services for `manage.py genesis_fetch`; the user's own accounts (user name or API token;
# sent in request headers). Regionaldatenbank for its tables, GENESIS-Online (Destatis) for NNNNN-NNNN.
GENESIS_URL = env("GENESIS_URL", "https://www.regionalstatistik.de/genesisws/rest/2020/data/tablefile")
GENESIS_USERNAME = env("GENESIS_USERNAME")
GENESIS_PASSWORD = env("GENESIS_PASSWORD")
GENESIS_ONLINE_URL = env("GENESIS_ONLINE_URL", "https://www-genesis.destatis.de/genesisWS/rest/2020/data/tablefile")
GENESIS_ONLINE_USERNAME = env("GENESIS_ONLINE_USERNAME")
GENESIS_ONLINE_PASSWORD = env("GENESIS_ONLINE_PASSWORD")
BODY_MAX_BYTES_BY_PATH = {"/cms/importlaeufe/": MONITORING_UPLOAD_MAX_BYTES + 1024 * 1024}
# Back-office permissions of the newer modules for the Bildungsbüro group (accounts.setup).
STAFF_EXTRA_APPS = ["cooperation", "projects"]
# Surveys: cells from fewer answers are published as "." (secret); answers per client address and hour.
SURVEYS_MIN_CELL = int(env("SURVEYS_MIN_CELL", "3"))
SURVEYS_ANSWERS_PER_HOUR = int(env("SURVEYS_ANSWERS_PER_HOUR", "30"))
# Projects: a project without any update for this many days is marked as not current.
PROJECT_STALE_DAYS = int(env("PROJECT_STALE_DAYS", "90"))

# Content Security Policy: everything from this host only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    }
}

# Security: strict unless explicitly running without TLS in development.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Health checks of a load balancer or monitoring over plain HTTP on the host itself.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Wagtail's live preview shows pages in a same-origin frame, so SAMEORIGIN (not DENY).
SILENCED_SYSTEM_CHECKS = ["security.W019"]
FORMS_URLFIELD_ASSUME_HTTPS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

NAV_SECTIONS = [
    # (url name, label) — sections appear in the header once their app exists.
    ("offers:list", _("Angebote")),
    ("charter:detail", _("Charta")),
    ("charter:partner_list", _("Partner")),
    ("monitoring:list", _("Daten")),
    ("projects:list", _("Projekte")),
    ("charter:join", _("Mitmachen")),
]
