"""La Boutique du Lin on the real django-oscar, anonymous checkout allowed (OSCAR_ALLOW_ANON_CHECKOUT).

Walk: home (/catalogue/) -> product (/catalogue/<slug>_<id>/) -> "Ajouter au panier" ->
/basket/ -> "Procéder au paiement" -> /checkout/ (Oscar's gateway: "Qui êtes-vous ?", guest
option) -> /checkout/shipping-address/ -> /checkout/shipping-method/ (2 methods) ->
/checkout/payment-details/ (payment options; the crawler stops there). The preview page behind it
holds Oscar's "Passer commande" button.
"""

from .._oscar_project import OscarShop, make_oscar_app

EXPECTED = {
    "platform": "django-oscar",
    "reached": "payment",
    "stop_reason_contains": None,
    "guest_checkout": True,
    "forced_account_creation": False,
    "payment_methods": {"card", "paypal", "bank_transfer"},
    "bnpl_providers": set(),
    "return_policy": {"free_returns": True, "return_window_days": 30, "url_contains": "livraison-retours"},
    "cookie_banner": None,
    # basket, gateway, shipping address, shipping method, payment details (payment-method redirects)
    "checkout_steps": (3, 6),
    # gateway: e-mail (+ password, radios); address: civilité, prénom, nom, 3 address lines, ville,
    # région, code postal, téléphone, instructions (country is a single-choice select)
    "checkout_form_fields": (6, 18),
}


def make_app() -> OscarShop:
    return make_oscar_app("guest")
