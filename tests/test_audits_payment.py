"""Payment audits on hand-built journeys: methods, instalments, wallets, express checkout."""

from __future__ import annotations

from tests.facts.builders import check, journey, stopped_at

# --- payment_methods -------------------------------------------------------------------------------------


def test_payment_methods_pass_with_card_and_paypal():
    result = check("payment_methods", journey())
    assert result["status"] == "pass"
    assert {e["text"] for e in result["evidence"]} >= {"Carte bancaire", "PayPal"}


def test_payment_methods_warn_without_paypal():
    result = check("payment_methods", journey(payment_methods=["card", "bank_transfer"]))
    assert result["status"] == "warn" and result["details"]["missing"] == ["paypal"]


def test_payment_methods_fail_without_card():
    assert check("payment_methods", journey(payment_methods=["paypal", "bank_transfer"]))["status"] == "fail"


def test_payment_methods_unknown_when_payment_not_reached_or_nothing_recognised():
    assert check("payment_methods", stopped_at("checkout"))["status"] == "unknown"
    assert check("payment_methods", journey(payment_methods=[]))["status"] == "unknown"
    assert check("payment_methods", journey(payment_methods="card"))["status"] == "unknown"


# --- instalments -------------------------------------------------------------------------------------------


def test_instalments_pass_when_advertised_before_checkout():
    result = check("instalments", journey())
    assert result["status"] == "pass"
    assert result["evidence"][0]["stage"] == "product"


def test_instalments_warn_when_only_at_payment():
    result = check("instalments", journey(payment_methods_before_checkout=[]))
    assert result["status"] == "warn"
    assert "fiche produit" in result["recommendation"]


def test_instalments_fail_when_missing():
    assert check("instalments", journey(payment_methods=["card", "paypal"]))["status"] == "fail"


def test_instalments_na_for_small_basket():
    record = journey(payment_methods=["card", "paypal"])
    record["product"]["price"] = 19.9
    result = check("instalments", record)
    assert result["status"] == "na" and result["score"] is None and result["recommendation"] is None


def test_instalments_unknown_before_payment():
    assert check("instalments", stopped_at("cart"))["status"] == "unknown"


# --- wallets ----------------------------------------------------------------------------------------------


def test_wallets_pass_with_apple_pay():
    assert check("wallets", journey(), "mobile")["status"] == "pass"


def test_wallets_missing_is_fail_on_mobile_warn_on_desktop():
    record = journey(payment_methods=["card", "paypal"])
    assert check("wallets", record, "mobile")["status"] == "fail"
    assert check("wallets", record, "desktop")["status"] == "warn"


def test_wallets_wero_alone_softens_the_mobile_fail():
    result = check("wallets", journey(payment_methods=["card", "wero"]), "mobile")
    assert result["status"] == "fail" and result["score"] == 0.25
    assert "Wero" in result["note"]


def test_wallets_unknown_before_payment():
    assert check("wallets", stopped_at("checkout"), "mobile")["status"] == "unknown"


def test_wallets_weigh_more_on_mobile():
    assert check("wallets", journey(), "mobile")["weight"] > check("wallets", journey(), "desktop")["weight"]


# --- express_checkout --------------------------------------------------------------------------------------


def test_express_checkout_pass():
    result = check("express_checkout", journey())
    assert result["status"] == "pass" and result["evidence"][0]["selector"] == ".express"


def test_express_checkout_warn_when_absent():
    assert check("express_checkout", journey(express_checkout=[]))["status"] == "warn"


def test_express_checkout_unknown_without_cart():
    assert check("express_checkout", stopped_at("product"))["status"] == "unknown"


def test_express_checkout_unknown_on_malformed_fact():
    assert check("express_checkout", journey(express_checkout={"a": 1}))["status"] == "unknown"
