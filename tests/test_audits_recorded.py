"""Audits on a recorded run of the five fixture shops (desktop and mobile), trimmed to the facts audits read.

Each assertion is a verdict the shop's design implies (see tests/shops/<name>/__init__.py EXPECTED).
Regenerate the fixture with `python -m tests.facts.trim_recorded RUN.json tests/facts/recorded-5shops.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audits.runner import audit_document

RECORDED = Path(__file__).parent / "facts" / "recorded-5shops.json"
VIEWPORTS = ("desktop", "mobile")


@pytest.fixture(scope="module")
def original():
    return json.loads(RECORDED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def audited(original):
    return audit_document(original)


@pytest.fixture(scope="module")
def sites(audited):
    return {site["name"]: site for site in audited["sites"]}


def status(sites, shop, audit_id, viewport):
    checks = {c["id"]: c for c in sites[shop]["viewports"][viewport]["checks"]}
    return checks[audit_id]["status"]


def result(sites, shop, audit_id, viewport):
    return next(c for c in sites[shop]["viewports"][viewport]["checks"] if c["id"] == audit_id)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_oscar_account_forced_account_fails_and_payment_items_are_unknown(sites, viewport):
    forced = result(sites, "oscar_account", "guest_checkout", viewport)
    assert forced["status"] == "fail"
    assert forced["evidence"][0]["url"].endswith("/accounts/login/?next=/checkout/")
    assert forced["evidence"][0]["screenshot"]
    for audit_id in (
        "payment_methods",
        "instalments",
        "wallets",
        "final_button_wording",
        "checkout_length",
        "hidden_costs",
        "delivery_options",
    ):
        assert status(sites, "oscar_account", audit_id, viewport) == "unknown", audit_id


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_final_button_wording(sites, viewport):
    woo = result(sites, "woocommerce", "final_button_wording", viewport)
    assert woo["status"] == "fail" and woo["details"]["text"] == "Commander"
    assert woo["evidence"][0]["selector"] == "#place_order" and woo["evidence"][0]["box"]
    presta = result(sites, "prestashop", "final_button_wording", viewport)
    assert presta["status"] == "pass" and "OBLIGATION DE PAIEMENT" in presta["details"]["text"]
    assert status(sites, "spa", "final_button_wording", viewport) == "pass"  # "Payer"
    # Oscar's place-order button sits on a preview page after payment details: not seen, so unknown.
    assert status(sites, "oscar_guest", "final_button_wording", viewport) == "unknown"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_return_policies(sites, viewport):
    # 14 days, paid returns: legal minimum only.
    for shop in ("woocommerce", "oscar_account"):
        paid = result(sites, shop, "return_policy", viewport)
        assert paid["status"] in ("warn", "fail") and paid["details"]["return_window_days"] == 14
    # Free returns within 30 or 60 days.
    for shop in ("prestashop", "oscar_guest", "spa"):
        assert status(sites, shop, "return_policy", viewport) == "pass", shop


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_guest_paths(sites, viewport):
    assert status(sites, "spa", "guest_checkout", viewport) == "warn"  # "Continuer sans créer de compte" link
    for shop in ("oscar_guest", "woocommerce", "prestashop"):
        assert status(sites, shop, "guest_checkout", viewport) == "pass", shop


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_payment_methods(sites, viewport):
    for shop in ("spa", "oscar_guest", "woocommerce", "prestashop"):
        assert status(sites, shop, "payment_methods", viewport) == "pass", shop
    assert status(sites, "oscar_guest", "instalments", viewport) == "fail"  # card, PayPal, transfer only
    for shop in ("woocommerce", "prestashop", "spa"):  # Alma / Oney / Scalapay advertised on the product page
        assert status(sites, shop, "instalments", viewport) == "pass", shop
    assert status(sites, "spa", "wallets", viewport) == "pass"  # Apple Pay


def test_wallets_missing_fail_on_mobile_only(sites):
    for shop in ("woocommerce", "prestashop", "oscar_guest"):
        assert status(sites, shop, "wallets", "mobile") == "fail"
        assert status(sites, shop, "wallets", "desktop") == "warn"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_costs_and_prices(sites, viewport):
    for shop in ("woocommerce", "prestashop", "spa", "oscar_guest"):
        assert status(sites, shop, "hidden_costs", viewport) == "pass", shop
    assert result(sites, "woocommerce", "hidden_costs", viewport)["details"]["cart_delivery_eur"] == 4.9
    assert result(sites, "spa", "hidden_costs", viewport)["details"]["cart_delivery"] == "free"  # 89 € ≥ 60 €
    for shop in ("woocommerce", "prestashop", "spa"):
        assert status(sites, shop, "price_consistency", viewport) == "pass", shop
    # Oscar records no product price (no JSON-LD): the comparison cannot be made.
    assert status(sites, "oscar_guest", "price_consistency", viewport) == "unknown"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_delivery_and_length(sites, viewport):
    for shop in ("woocommerce", "prestashop", "spa"):
        delivery = result(sites, shop, "delivery_options", viewport)
        assert delivery["status"] == "pass" and delivery["details"]["relay"], shop
    assert result(sites, "prestashop", "delivery_options", viewport)["details"]["option_count"] == 4
    woo = result(sites, "woocommerce", "checkout_length", viewport)
    assert woo["details"]["checkout_steps"] == 2 and woo["status"] in ("pass", "warn")


def test_form_fields(sites):
    assert status(sites, "oscar_guest", "form_fields", "mobile") == "fail"  # no autocomplete, phone as text
    assert status(sites, "spa", "form_fields", "mobile") == "pass"  # postcode with inputmode=numeric
    woo_mobile = result(sites, "woocommerce", "form_fields", "mobile")
    assert any("inputmode" in issue for issue in woo_mobile["details"]["issues"])
    assert result(sites, "woocommerce", "form_fields", "desktop")["details"]["issues"] == []


def test_interruptions(sites):
    assert status(sites, "spa", "interruptions", "mobile") == "fail"  # Didomi over 52 % + promo pop-up
    assert status(sites, "spa", "interruptions", "desktop") == "warn"
    presta = result(sites, "prestashop", "interruptions", "desktop")
    assert presta["details"]["intercepted_clicks"] == 1 and presta["details"]["popups"] == 1
    assert status(sites, "oscar_guest", "interruptions", "mobile") == "pass"


def test_cart_persistence(sites):
    assert status(sites, "spa", "cart_persistence", "desktop") == "fail"
    assert status(sites, "woocommerce", "cart_persistence", "mobile") == "pass"


def test_scores_are_sensible(sites):
    scores = {name: site["score"] for name, site in sites.items()}
    assert all(isinstance(s, int) and 0 <= s <= 100 for s in scores.values())
    assert scores["oscar_account"] < min(s for name, s in scores.items() if name != "oscar_account")
    assert scores["oscar_account"] < 60 and scores["prestashop"] >= 80
    woo = sites["woocommerce"]["priorities"]
    assert woo[0]["id"] == "final_button_wording"
    assert woo[0]["evidence"] and woo[0]["recommendation"].startswith("Renommez")
    assert sites["oscar_account"]["priorities"][0]["id"] == "guest_checkout"
    costs = [p["cost"] for p in woo]
    assert costs == sorted(costs, reverse=True)


def test_every_existing_key_is_kept(original, audited):
    assert {k: v for k, v in audited.items() if k != "sites"} == {k: v for k, v in original.items() if k != "sites"}
    for before, after in zip(original["sites"], audited["sites"], strict=True):
        for key, value in before.items():
            if key != "viewports":
                assert after[key] == value
        for viewport, journey in before["viewports"].items():
            for key, value in journey.items():
                assert after["viewports"][viewport][key] == value
            assert {"checks", "score"} <= set(after["viewports"][viewport])
