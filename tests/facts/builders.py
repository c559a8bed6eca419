"""Hand-built journeys for audit tests: `journey()` is a minimal valid journey of a good shop that reached
payment (every audit passes); tests override fields to make one audit warn, fail, not apply or stay unknown."""

from __future__ import annotations

import copy
from typing import Any

BASE = "https://boutique.example.fr"
STAGE_OF_STEP = {0: "home", 1: "product", 2: "product", 3: "cart", 4: "checkout", 5: "payment"}
URL_OF_STEP = {
    0: f"{BASE}/",
    1: f"{BASE}/produit/sweat",
    2: f"{BASE}/produit/sweat",
    3: f"{BASE}/panier",
    4: f"{BASE}/commande",
    5: f"{BASE}/commande/paiement",
}


def evidence(step: int, text: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "step": step,
        "stage": STAGE_OF_STEP[step],
        "url": URL_OF_STEP[step],
        "text": text,
        "selector": extra.get("selector"),
        "source": extra.get("source", "text"),
        "screenshot": f"screens/shop/desktop/0{step}-{STAGE_OF_STEP[step]}.jpg",
        "box": extra.get("box"),
    }


def step(index: int, navigation: str = "load", **overrides: Any) -> dict[str, Any]:
    record = {
        "index": index,
        "stage": STAGE_OF_STEP[index],
        "url": URL_OF_STEP[index],
        "action": {
            "kind": "goto" if index < 2 else "click",
            "text": None,
            "role": None,
            "selector": None,
            "detail": None,
        },
        "started_at": "2026-01-01T10:00:00+00:00",
        "navigation": navigation,
        "title": None,
        "http_status": 200 if navigation == "load" else None,
        "ttfb_ms": 200.0 if navigation == "load" else None,
        "dom_content_loaded_ms": 400.0 if navigation == "load" else None,
        "load_ms": 800.0 if navigation == "load" else None,
        "lcp_ms": 1200.0 if navigation == "load" else None,
        "screen_stable_ms": None if navigation == "load" else 500.0,
        "lcp_with_consent_banner": False if navigation == "load" else None,
        "screenshot": f"screens/shop/desktop/0{index}-{STAGE_OF_STEP[index]}.jpg",
        "note": None,
    }
    record.update(overrides)
    return record


def page(step_index: int, text: str = "", **overrides: Any) -> dict[str, Any]:
    """A page summary as `crawler/walk/summary.py` writes it."""
    summary = {
        "step": step_index,
        "stage": STAGE_OF_STEP[step_index],
        "url": URL_OF_STEP[step_index],
        "title": None,
        "lang": "fr",
        "headings": [],
        "text_excerpt": text,
        "prices": [],
        "totals": [],
        "mentions_ttc": True,
        "mentions_ht": False,
        "delivery_options": [],
        "delivery_dates": [],
        "relay_points": [],
        "free_shipping_threshold": {"text": "livraison offerte des 60 €", "amount": 60.0},
        "reassurance": [],
        "reviews": [],
        "contact": {"phones": [], "tel_links": [], "chat": [], "links": []},
        "policy_links": {"returns": [], "cgv": [], "delivery": []},
        "final_buttons": [],
        "dialogs": [],
        "product_jsonld": None,
        "microdata_products": 0,
        "forms": 0,
        "password_fields": 0,
        "screenshot": f"screens/shop/desktop/0{step_index}-{STAGE_OF_STEP[step_index]}.jpg",
    }
    summary.update(overrides)
    return summary


def field(
    name: str,
    type_: str = "text",
    autocomplete: str | None = None,
    label: str | None = None,
    inputmode: str | None = None,
    tag: str = "input",
    visible: bool = True,
) -> dict[str, Any]:
    return {
        "tag": tag,
        "type": type_,
        "name": name,
        "id": name,
        "autocomplete": autocomplete,
        "inputmode": inputmode,
        "label": label if label is not None else name,
        "placeholder": None,
        "required": True,
        "visible": visible,
    }


def good_fields() -> list[dict[str, Any]]:
    return [
        field("email", "email", "email", "Adresse e-mail"),
        field("firstname", "text", "given-name", "Prénom"),
        field("lastname", "text", "family-name", "Nom"),
        field("address1", "text", "address-line1", "Adresse"),
        field("postcode", "text", "postal-code", "Code postal", inputmode="numeric"),
        field("city", "text", "address-level2", "Ville"),
        field("phone", "tel", "tel", "Téléphone"),
        field("delivery", "radio", None, "Colissimo"),
    ]


CART_TEXT = "\n".join(
    [
        "Mon panier",
        "Sweat à capuche",
        "49,90 €",
        "Sous-total",
        "49,90 €",
        "Livraison",
        "4,90 €",
        "Total TTC",
        "54,80 €",
        "Paiement 100 % sécurisé",
        "Envoyer mon panier par e-mail",
    ]
)


def journey(**overrides: Any) -> dict[str, Any]:
    """A good shop on desktop that reached payment: every audit passes on it."""
    record: dict[str, Any] = {
        "url": f"{BASE}/",
        "viewport": "desktop",
        "device": "Desktop 1366x768",
        "reached": "payment",
        "stop_reason": None,
        "stop_code": None,
        "steps": [step(i) for i in range(6)],
        "checkout_steps": 3,
        "checkout_form_fields": 8,
        "guest_checkout": True,
        "forced_account_creation": False,
        "guest_path": {
            "text": "Commander en tant qu'invité",
            "kind": "tab",
            "prominence": "primary",
            "step": 4,
            "url": URL_OF_STEP[4],
            "selector": "a.guest",
            "box": [10, 10, 200, 40],
        },
        "login_wall": evidence(4, "Déjà client ? / Nouveau client ?"),
        "payment_methods": ["apple_pay", "card", "google_pay", "pay_in_3x", "pay_in_4x", "paypal"],
        "payment_methods_before_checkout": ["pay_in_3x", "pay_in_4x"],
        "bnpl_providers": ["alma"],
        "payment_markers": [
            {"method": "pay_in_3x", "provider": "alma", "evidence": evidence(1, "3 × 16,63 € sans frais")},
            {"method": "card", "provider": None, "evidence": evidence(5, "Carte bancaire")},
            {"method": "paypal", "provider": None, "evidence": evidence(5, "PayPal")},
            {"method": "apple_pay", "provider": None, "evidence": evidence(5, "Apple Pay")},
        ],
        "express_checkout": [evidence(3, "PayPal Express", selector=".express")],
        "return_policy": {
            "free_returns": True,
            "return_window_days": 30,
            "url": f"{BASE}/retours",
            "text_excerpt": "Retours\nRetours gratuits sous 30 jours.",
            "evidence": [
                {**evidence(1, "retours gratuits sous 30 jours"), "stage": "product"},
            ],
        },
        "cookie_banner": "axeptio",
        "consent": {
            "cmp": "axeptio",
            "popup_shown": True,
            "handled": True,
            "banner_box": [0, 668, 1366, 100],
            "viewport_fraction": 0.1,
            "seen_at_step": 1,
        },
        "popups": [],
        "forms": [
            {
                "step": 4,
                "stage": "checkout",
                "url": URL_OF_STEP[4],
                "selector": "form#checkout",
                "fields": good_fields(),
            }
        ],
        "pages": {
            "home": [page(0, "Accueil")],
            "product": [
                page(
                    1,
                    "Sweat à capuche\n49,90 €\nRetours gratuits sous 30 jours\nLivré entre le 12 et le 14 mars",
                    prices=[{"text": "49,90 €", "cls": "price", "selector": ".price", "box": [1, 2, 3, 4]}],
                    product_jsonld={
                        "name": "Sweat à capuche",
                        "price": 49.9,
                        "currency": "EUR",
                        "availability": "InStock",
                    },
                    reviews=["4,6/5", "avis verifies"],
                    delivery_dates=["livre entre"],
                    policy_links={
                        "returns": [{"text": "Retours", "href": f"{BASE}/retours", "in_footer": True}],
                        "cgv": [],
                        "delivery": [],
                    },
                ),
            ],
            "cart": [
                page(
                    3,
                    CART_TEXT,
                    prices=[{"text": "49,90 €", "cls": "line", "selector": ".line-price", "box": [5, 6, 7, 8]}],
                    totals=[
                        {"label": "Sous-total", "amount": 49.9, "free": None},
                        {"label": "Livraison", "amount": 4.9, "free": None},
                        {"label": "Total TTC", "amount": 54.8, "free": None},
                    ],
                    reassurance=["Paiement 100 % sécurisé"],
                    contact={"phones": ["01 23 45 67 89"], "tel_links": [], "chat": [], "links": []},
                ),
            ],
            "checkout": [
                page(
                    4,
                    "Livraison",
                    delivery_options=[
                        {
                            "label": "Colissimo 48h 4,90 €",
                            "amount": 4.9,
                            "checked": True,
                            "relay": False,
                            "selector": "#d1",
                        },
                        {
                            "label": "Mondial Relay point relais 3,90 €",
                            "amount": 3.9,
                            "checked": False,
                            "relay": True,
                            "selector": "#d2",
                        },
                    ],
                    totals=[{"label": "Total TTC", "amount": 54.8, "free": None}],
                ),
            ],
            "payment": [
                page(
                    5,
                    "Paiement\nTotal TTC\n54,80 €\nPayer 54,80 €",
                    totals=[{"label": "Total TTC", "amount": 54.8, "free": None}],
                    final_buttons=[
                        {"text": "Payer 54,80 €", "selector": "#pay", "box": [1, 1, 100, 40], "disabled": False}
                    ],
                ),
            ],
        },
        "product": {"url": URL_OF_STEP[1], "name": "Sweat à capuche", "price": 49.9, "currency": "EUR"},
        "add_to_cart": {"step": 2},
        "cart_reload": {"survived": True, "url": URL_OF_STEP[3]},
        "final_button": {**evidence(5, "Payer 54,80 €", selector="#pay", source="button"), "box": [1, 1, 100, 40]},
        "bot_wall": None,
        "robots": {},
        "errors": [],
    }
    for key, value in overrides.items():
        record[key] = value
    return copy.deepcopy(record)


def stopped_at(
    stage: str, code: str = "checkout_stuck", reason: str = "étape de paiement non atteinte", **overrides: Any
) -> dict[str, Any]:
    """A journey that stopped at `stage`: later steps, pages and summary facts are gone, as the crawler writes."""
    order = ["home", "product", "cart", "checkout", "payment"]
    keep = order[: order.index(stage) + 1]
    record = journey()
    record["reached"] = stage
    record["stop_code"] = code
    record["stop_reason"] = reason
    record["steps"] = [s for s in record["steps"] if s["stage"] in keep]
    record["pages"] = {k: v for k, v in record["pages"].items() if k in keep}
    record["forms"] = [f for f in record["forms"] if f["stage"] in keep]
    record["checkout_steps"] = None
    record["payment_methods"] = None
    record["bnpl_providers"] = None
    record["final_button"] = None
    record["payment_markers"] = [m for m in record["payment_markers"] if m["evidence"]["stage"] in keep]
    if "checkout" not in keep:
        record["checkout_form_fields"] = None
        record["guest_checkout"] = None
        record["forced_account_creation"] = None
        record["guest_path"] = None
        record["login_wall"] = None
    if "cart" not in keep:
        record["cart_reload"] = None
        record["express_checkout"] = []
    record.update(overrides)
    return record


def check(audit_id: str, record: dict[str, Any], viewport: str = "desktop", lang: str = "fr") -> dict[str, Any]:
    """The saved result of one audit on one journey."""
    from importlib import import_module

    from audits.facts import Facts
    from audits.runner import run_audit

    module = import_module(f"audits.checks.{audit_id}")
    return run_audit(module, Facts(record, viewport), viewport, lang).to_dict()
