"""Settings of "La Boutique du Lin", a French django-oscar shop.

The child process picks the configuration and the file locations from the environment:
FIXTURE_OSCAR_CONFIG (guest | account), FIXTURE_OSCAR_DB, FIXTURE_OSCAR_MEDIA.
"""

import os
from pathlib import Path

from oscar.defaults import *  # noqa: F401,F403 - Oscar's documented way to get its defaults

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG = os.environ.get("FIXTURE_OSCAR_CONFIG", "guest")
if CONFIG not in ("guest", "account"):
    raise RuntimeError(f"unknown FIXTURE_OSCAR_CONFIG {CONFIG!r}")

SECRET_KEY = "fixture-only-not-secret-la-boutique-du-lin"
DEBUG = False
ALLOWED_HOSTS = ["*"]
SITE_ID = 1
ROOT_URLCONF = "lin_boutique.urls"
WSGI_APPLICATION = None
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "lin_boutique.apps.LinBoutiqueConfig",
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "oscar.apps.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "lin_boutique.shipping.apps.ShippingConfig",  # forked: our shipping repository
    "oscar.apps.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "oscar.apps.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "oscar.apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "oscar.apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "oscar.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "oscar.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "django_tables2",
]
# The forked shipping app keeps Oscar's own migrations.
MIGRATION_MODULES = {"shipping": "oscar.apps.shipping.migrations"}

MIDDLEWARE = [
    "lin_boutique.middleware.card_number_spy",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.template.context_processors.i18n",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "lin_boutique.context_processors.fixture",
            ],
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("FIXTURE_OSCAR_DB", str(PACKAGE_DIR / "db.sqlite3")),
        "OPTIONS": {"timeout": 20},
    }
}

AUTHENTICATION_BACKENDS = (
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
)
# Fixture accounts need no slow hashing.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"

HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "lin_boutique.search_backend.OrmEngine"}}

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"

STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("FIXTURE_OSCAR_MEDIA", str(PACKAGE_DIR / "media"))
MEDIA_URL = "/media/"

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False}},
}

# --- Oscar -------------------------------------------------------------------------------
OSCAR_SHOP_NAME = "La Boutique du Lin"
OSCAR_SHOP_TAGLINE = "Linge de maison en lin lavé, tissé en France"
OSCAR_DEFAULT_CURRENCY = "EUR"  # babel + LANGUAGE_CODE "fr" format it as "29,90 €"
OSCAR_FROM_EMAIL = "bonjour@boutique-du-lin.example"
OSCAR_THUMBNAILER = "lin_boutique.thumbnails.PassThroughThumbnailer"
OSCAR_SEND_REGISTRATION_EMAIL = False
OSCAR_ALLOW_ANON_CHECKOUT = CONFIG == "guest"
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line4", "postcode", "country")
PHONENUMBER_DEFAULT_REGION = "FR"

# --- What differs between the two shops ------------------------------------------------------
CARD_LOGOS = ["CB", "Visa", "Mastercard"]
if CONFIG == "guest":
    FIXTURE_PAYMENT_OPTIONS = [
        {"code": "card", "label": "Carte bancaire", "logos": CARD_LOGOS,
         "help": "Paiement sécurisé 3-D Secure"},
        {"code": "paypal", "label": "PayPal", "logos": [],
         "help": "Vous serez redirigé vers PayPal pour finaliser votre paiement"},
        {"code": "bank_transfer", "label": "Virement bancaire", "logos": [],
         "help": "Votre commande est expédiée à réception du virement"},
    ]
    FIXTURE_RETURNS = {
        "headline": "Retours gratuits sous 30 jours",
        "body": [
            "Retours gratuits sous 30 jours : vous disposez de 30 jours à compter de la réception "
            "de votre colis pour nous retourner un article qui ne vous convient pas.",
            "L'étiquette de retour Colissimo est prépayée et jointe à votre colis ; le remboursement "
            "intervient sous 5 jours ouvrés après réception de l'article.",
        ],
    }
else:
    FIXTURE_PAYMENT_OPTIONS = [
        {"code": "card", "label": "Carte bancaire", "logos": CARD_LOGOS,
         "help": "Paiement sécurisé 3-D Secure"},
        {"code": "paypal", "label": "PayPal", "logos": [],
         "help": "Vous serez redirigé vers PayPal pour finaliser votre paiement"},
    ]
    FIXTURE_RETURNS = {
        "headline": "Retours sous 14 jours",
        "body": [
            "Vous disposez de 14 jours pour retourner un article ; les frais de retour sont à votre charge.",
            "Le remboursement intervient sous 14 jours après réception de l'article retourné, "
            "dans son emballage d'origine.",
        ],
    }
