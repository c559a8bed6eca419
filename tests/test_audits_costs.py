"""Cost audits on hand-built journeys: hidden costs, price consistency, delivery options, returns."""

from __future__ import annotations

import pytest

from tests.facts.builders import check, journey, page, stopped_at

# --- hidden_costs ------------------------------------------------------------------------------------------


def test_hidden_costs_pass_when_cart_shows_delivery_and_total():
    result = check("hidden_costs", journey())
    assert result["status"] == "pass"
    assert result["details"]["cart_delivery"] == "cost" and result["details"]["cart_delivery_eur"] == 4.9
    assert result["details"]["cart_total_eur"] == 54.8
    assert result["evidence"][0]["stage"] == "cart"


def test_hidden_costs_fail_when_total_rises_at_payment():
    record = journey()
    record["pages"]["payment"][0]["totals"] = [{"label": "Total TTC", "amount": 59.7, "free": None}]
    result = check("hidden_costs", record)
    assert result["status"] == "fail"
    assert result["details"]["increase_eur"] == 4.9
    assert any(e["stage"] == "payment" for e in result["evidence"])


def deferred_cart(**overrides):
    record = journey()
    text = "Sous-total\n49,90 €\nLivraison\nCalculée à l'étape suivante\nTotal TTC\n49,90 €"
    record["pages"]["cart"] = [
        page(
            3,
            text,
            totals=[
                {"label": "Sous-total", "amount": 49.9, "free": None},
                {"label": "Total TTC", "amount": 49.9, "free": None},
            ],
            **overrides,
        )
    ]
    record["pages"]["payment"][0]["totals"] = [{"label": "Total TTC", "amount": 49.9, "free": None}]
    record["pages"]["checkout"][0]["totals"] = []
    return record


def test_hidden_costs_warn_when_delivery_deferred():
    result = check("hidden_costs", deferred_cart())
    assert result["status"] == "warn"
    assert result["details"]["cart_delivery"] == "deferred"


def test_hidden_costs_threshold_reached_means_free_delivery():
    record = deferred_cart(free_shipping_threshold={"text": "livraison offerte des 40 €", "amount": 40.0})
    assert check("hidden_costs", record)["details"]["cart_delivery"] == "free"


def test_hidden_costs_fail_when_nothing_is_shown():
    record = journey()
    record["pages"]["cart"] = [page(3, "Mon panier\nSweat", free_shipping_threshold=None)]
    for stage in ("home", "product"):
        for summary in record["pages"][stage]:
            summary["free_shipping_threshold"] = None
    assert check("hidden_costs", record)["status"] == "fail"


def test_hidden_costs_unknown_when_stopped_before_payment():
    assert check("hidden_costs", stopped_at("checkout"))["status"] == "unknown"
    assert check("hidden_costs", stopped_at("product"))["status"] == "unknown"


# --- price_consistency -------------------------------------------------------------------------------------


def test_price_consistency_pass():
    result = check("price_consistency", journey())
    assert result["status"] == "pass"
    assert result["evidence"][-1]["selector"] == ".line-price"


def test_price_consistency_fail_when_cart_price_differs():
    record = journey()
    record["pages"]["cart"][0]["prices"] = [{"text": "54,90 €", "cls": "line", "selector": ".x", "box": None}]
    result = check("price_consistency", record)
    assert result["status"] == "fail" and "49.9" in result["note"]


def test_price_consistency_warn_on_ht_prices_or_foreign_currency():
    record = journey()
    record["pages"]["cart"][0].update(mentions_ht=True, mentions_ttc=False)
    assert check("price_consistency", record)["status"] == "warn"
    record = journey()
    record["product"]["currency"] = "USD"
    assert check("price_consistency", record)["status"] == "warn"


def test_price_consistency_uses_jsonld_when_product_price_missing():
    record = journey()
    record["product"]["price"] = None
    assert check("price_consistency", record)["status"] == "pass"


def test_price_consistency_unknown():
    record = journey()
    record["product"]["price"] = None
    record["pages"]["product"][0]["product_jsonld"] = None
    assert check("price_consistency", record)["status"] == "unknown"
    assert check("price_consistency", stopped_at("product"))["status"] == "unknown"


# --- delivery_options --------------------------------------------------------------------------------------


def test_delivery_options_pass():
    result = check("delivery_options", journey())
    assert result["status"] == "pass" and result["details"]["option_count"] == 2


def test_delivery_options_warn_without_relay_or_date():
    record = journey()
    record["pages"]["checkout"][0]["delivery_options"] = [
        {"label": "Colissimo 4,90 €", "amount": 4.9, "checked": True, "relay": False, "selector": "#d1"},
        {"label": "Chronopost 9,90 €", "amount": 9.9, "checked": False, "relay": False, "selector": "#d2"},
    ]
    assert check("delivery_options", record)["status"] == "warn"


def test_delivery_options_fail_single_option_no_relay_no_date():
    record = journey()
    record["pages"]["product"][0]["delivery_dates"] = ["sous 30 jours"]  # a return window, not a delivery date
    record["pages"]["checkout"][0]["delivery_options"] = [
        {"label": "Colissimo 4,90 €", "amount": 4.9, "checked": True, "relay": False, "selector": "#d1"}
    ]
    result = check("delivery_options", record)
    assert result["status"] == "fail" and "un seul mode" in result["note"].lower()


def test_delivery_options_unknown_when_delivery_step_not_reached():
    assert check("delivery_options", stopped_at("cart"))["status"] == "unknown"


# --- return_policy -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("free", "days", "status"),
    [(True, 30, "pass"), (False, 30, "warn"), (True, 14, "warn"), (False, 14, "warn"), (True, 7, "fail")],
)
def test_return_policy_window_and_cost(free, days, status):
    record = journey()
    record["return_policy"].update(free_returns=free, return_window_days=days)
    assert check("return_policy", record)["status"] == status


def test_return_policy_14_days_paid_scores_below_free_30_days():
    record = journey()
    record["return_policy"].update(free_returns=False, return_window_days=14)
    assert check("return_policy", record)["score"] < check("return_policy", journey())["score"]


def test_return_policy_evidence_quotes_the_original_line():
    result = check("return_policy", journey())
    assert result["evidence"][0]["text"] == "Retours gratuits sous 30 jours"


def test_return_policy_unknown_when_terms_unreadable():
    record = journey()
    record["return_policy"].update(free_returns=None, return_window_days=None)
    assert check("return_policy", record)["status"] == "unknown"


def test_return_policy_fail_when_nowhere_to_be_found():
    record = journey(return_policy={"free_returns": None, "return_window_days": None, "url": None, "evidence": []})
    for summary in record["pages"]["product"]:
        summary["policy_links"] = {"returns": [], "cgv": [], "delivery": []}
    assert check("return_policy", record)["status"] == "fail"


def test_return_policy_hidden_until_payment_is_a_warning():
    record = journey()
    record["return_policy"]["evidence"] = []
    for summary in record["pages"]["product"]:
        summary["policy_links"] = {"returns": [], "cgv": [], "delivery": []}
    result = check("return_policy", record)
    assert result["status"] == "warn" and result["details"]["visible_before_payment"] is False


def test_return_policy_unknown_before_product():
    assert check("return_policy", stopped_at("home"))["status"] == "unknown"
