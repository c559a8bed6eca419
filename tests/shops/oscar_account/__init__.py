"""La Boutique du Lin on the real django-oscar, anonymous checkout NOT allowed (Oscar's default).

Walk: home -> product -> "Ajouter au panier" -> /basket/ -> "Procéder au paiement" -> /checkout/,
which Oscar wraps in login_required: a redirect to /accounts/login/?next=/checkout/ (login and
registration forms side by side). The walk stops at that wall.
"""

from .._oscar_project import OscarShop, make_oscar_app

EXPECTED = {
    "platform": "django-oscar",
    "reached": "checkout",
    "stop_reason_contains": None,
    "guest_checkout": False,
    "forced_account_creation": True,
    "payment_methods": None,
    "bnpl_providers": set(),
    "return_policy": {"free_returns": False, "return_window_days": 14, "url_contains": "livraison-retours"},
    "cookie_banner": None,
    "checkout_steps": (1, 3),
    "checkout_form_fields": (0, 8),
}


def make_app() -> OscarShop:
    return make_oscar_app("account")
