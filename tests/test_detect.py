"""Unit tests of the recognisers: payment methods, providers, consent managers, bot walls, returns."""

from __future__ import annotations

import pytest

from crawler.text import norm, parse_euros
from crawler.walk import detect
from crawler.walk.forms import field_kind
from crawler.walk.intents import FINAL_ORDER, PROCEED_TO_CHECKOUT


def facts(**overrides):
    base = {
        "url": "https://shop.example/commande",
        "radios": [],
        "sections": [],
        "markers": [],
        "iframes": [],
        "custom_tags": {},
        "images": [],
        "scripts": [],
        "text": "",
        "buttons": [],
    }
    base.update(overrides)
    return base


def radio(label, name="payment-option", context="payment-options"):
    return {
        "name": name,
        "id": "",
        "context": context,
        "label": label,
        "imgs": [],
        "value": "",
        "selector": "x",
        "box": [0, 0, 10, 10],
    }


def methods(page):
    return {m.method for m in detect.payment_markers(page, 3, "payment", "payment") if m.method}


def test_payment_radios_are_named():
    page = facts(
        radios=[
            radio("Payer par carte bancaire"),
            radio("PayPal"),
            radio("Payer en 3x ou 4x avec Oney"),
            radio("Payer par virement bancaire"),
            radio("Wero (ex-Paylib)"),
        ]
    )
    assert methods(page) == {"card", "paypal", "pay_in_3x", "pay_in_4x", "bank_transfer", "wero", "paylib"}
    providers = {m.provider for m in detect.payment_markers(page, 3, "payment", "payment") if m.provider}
    assert providers == {"oney"}


def test_shipping_radios_are_not_payment():
    page = facts(
        radios=[
            radio(
                "Colissimo 4,90 € - paiement à la livraison",
                name="delivery_option",
                context="delivery-options shipping",
            )
        ]
    )
    assert methods(page) == set()
    assert not detect.payment_options_visible(page)


def test_card_iframe_and_wallet_button():
    page = facts(
        iframes=[
            {
                "src": "https://js.stripe.com/v3/elements-inner-card",
                "name": "__privateStripeFrame123",
                "title": "",
                "visible": True,
            }
        ],
        buttons=[
            {
                "text": "\uf8ff Pay",
                "aria": "Apple Pay",
                "id": None,
                "cls": "",
                "context": "express-checkout",
                "selector": "b",
                "box": None,
            }
        ],
    )
    assert {"card", "apple_pay"} <= methods(page)
    assert detect.payment_options_visible(page)


def test_bnpl_widget_without_count_is_an_instalment():
    page = facts(
        markers=[
            {
                "selector": "scalapay-widget",
                "tag": "scalapay-widget",
                "text": "",
                "visible": True,
                "box": None,
                "attrs": "number-of-installments=4",
            }
        ]
    )
    markers = detect.payment_markers(page, 1, "product", "advert")
    assert "scalapay" in {m.provider for m in markers}
    assert "pay_in_4x" in {m.method for m in markers}


def test_plain_paypal_is_not_a_bnpl_provider():
    page = facts(radios=[radio("PayPal")])
    assert not {m.provider for m in detect.payment_markers(page, 1, "payment", "payment") if m.provider}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Didomi", "didomi"),
        ("Cybotcookiebot", "cookiebot"),
        ("Onetrust", "onetrust"),
        ("tarteaucitron deny", "tarteaucitron"),
        ("axeptio", "axeptio"),
        ("Commanders Act", "commanders_act"),
        (None, None),
    ],
)
def test_consent_manager_names(raw, name):
    assert detect.cmp_name(raw) == name


@pytest.mark.parametrize(
    ("text", "free", "days"),
    [
        ("Retours gratuits sous 30 jours.", True, 30),
        ("Vous disposez de 14 jours pour retourner un article ; les frais de retour sont à votre charge.", False, 14),
        ("60 jours pour changer d'avis, retour gratuit.", True, 60),
        ("Livraison en 48h. Contactez-nous.", None, None),
        ("Droit de rétractation de 14 jours. Nous l'étendons : 100 jours pour nous retourner vos articles.", None, 100),
    ],
)
def test_return_terms(text, free, days):
    got_free, got_days, _excerpt = detect.return_terms(text)
    assert (got_free, got_days) == (free, days)


def test_bot_wall_and_captcha():
    wall = facts(title="Just a moment...", text="Checking your browser before accessing", text_length=60, links=[])
    assert detect.bot_wall(wall, 403) == ("bot_wall", "just a moment")
    captcha = facts(
        title="Sécurité",
        text="Vous êtes un robot ?",
        text_length=40,
        links=[],
        iframes=[{"src": "https://geo.captcha-delivery.com/captcha/", "title": "", "visible": True}],
    )
    assert detect.bot_wall(captcha, 200)[0] == "captcha"
    shop = facts(title="Ma boutique", text="x" * 5000, text_length=5000, links=[{}] * 80)
    assert detect.bot_wall(shop, 200) is None


@pytest.mark.parametrize(
    "text",
    [
        "Commander avec obligation de paiement",
        "Payer maintenant",
        "Place order",
        "Payer",
        "Passer la commande",
        "Commander",
        "Confirmer ma commande",
        "Payer 49,90 €",
    ],
)
def test_final_buttons_are_recognised(text):
    assert FINAL_ORDER.search(norm(text))


@pytest.mark.parametrize(
    "text", ["Commander en tant qu'invité", "Continuer", "Valider l'adresse", "Choisir cette option"]
)
def test_checkout_steps_are_not_final_buttons(text):
    assert not FINAL_ORDER.search(norm(text))


def test_proceed_to_checkout_wording():
    pattern = PROCEED_TO_CHECKOUT.pattern("text")
    for text in ("Valider la commande", "Procéder au paiement", "Passer la commande", "Commander", "Checkout"):
        assert pattern.search(norm(text)), text


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        ({"type": "text", "name": "billing_postcode", "autocomplete": "postal-code"}, "postal_code"),
        ({"type": "text", "name": "firstname", "label": "Prénom"}, "given_name"),
        ({"type": "text", "name": "lastname", "label": "Nom"}, "family_name"),
        ({"type": "text", "name": "street[0]", "label": "Adresse"}, "address1"),
        ({"type": "email", "name": "x"}, "email"),
        ({"type": "tel", "name": "x"}, "phone"),
        ({"type": "text", "name": "cardnumber", "label": "Numéro de carte"}, "card"),
        ({"type": "search", "name": "s", "label": "Rechercher"}, "search"),
    ],
)
def test_field_kinds(field, kind):
    assert field_kind(field) == kind


def test_parse_euros():
    assert parse_euros("1 299,90 €") == 1299.9
    assert parse_euros("Total : 40,80\u00a0€") == 40.8
    assert parse_euros("€12.50") == 12.5
    assert parse_euros("Gratuit") is None
