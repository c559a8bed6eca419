"""audits/compare.py: what regressed between two saved journeys (or two site entries), on hand-built journeys."""

from __future__ import annotations

import copy

from audits.compare import Regression, Thresholds, regressions
from tests.facts.builders import journey, step, stopped_at


def ids(found: list[Regression]) -> list[str]:
    return [r.id for r in found]


def with_steps(**per_index: dict) -> dict:
    record = journey()
    for index, overrides in per_index.items():
        record["steps"][int(index.strip("s"))].update(overrides)
    return record


def test_identical_journeys_have_no_regression():
    assert regressions(journey(), journey()) == []


def test_improvements_are_not_regressions():
    before = stopped_at("cart", payment_methods=None)
    after = journey(score=90)
    before["score"] = 60
    assert regressions(before, after) == []


def test_stage_no_longer_reached():
    before, after = journey(), stopped_at("cart", "checkout_not_found", "bouton de passage à la commande introuvable")
    found = regressions(before, after, viewport="mobile")
    assert ids(found) == ["stage_not_reached"]
    item = found[0]
    assert item.viewport == "mobile"
    assert (item.before, item.after) == ("payment", "cart")
    assert "commande plus atteinte" in item.message_fr and "introuvable" in item.message_fr
    assert "checkout stage no longer reached" in item.message_en and "checkout_not_found" in item.message_en
    assert item.evidence["stage"] == "cart" and item.evidence["screenshot"].endswith("03-cart.jpg")


def test_guest_checkout_removed():
    after = stopped_at("checkout", "login_required", "connexion obligatoire", guest_checkout=False,
                       forced_account_creation=True)
    found = regressions(journey(), after)
    assert ids(found) == ["stage_not_reached", "guest_checkout_removed"]
    guest = found[1]
    assert guest.message_fr.startswith("achat invité supprimé")
    assert guest.message_en.startswith("guest checkout removed")
    assert guest.before == {"guest_checkout": True, "forced_account_creation": False}
    assert guest.after == {"guest_checkout": False, "forced_account_creation": True}
    assert guest.evidence["url"].endswith("/commande")  # the login wall seen


def test_forced_account_alone_is_the_same_regression():
    found = regressions(journey(), journey(forced_account_creation=True))
    assert ids(found) == ["guest_checkout_removed"]


def test_unknown_guest_checkout_is_not_a_regression():
    assert regressions(journey(), journey(guest_checkout=None, forced_account_creation=None)) == []


def test_payment_methods_gone_one_regression_each():
    after = journey(payment_methods=["card", "pay_in_3x", "pay_in_4x", "apple_pay"])
    found = regressions(journey(), after)
    assert ids(found) == ["payment_method_removed", "payment_method_removed"]
    assert [r.details["method"] for r in found] == ["google_pay", "paypal"]
    assert found[1].message_fr == "moyen de paiement disparu : PayPal (paypal)"
    assert found[1].message_en == "payment method gone: PayPal (paypal)"
    assert found[1].evidence["stage"] == "payment" and found[1].evidence["url"].endswith("/paiement")


def test_payment_methods_unknown_on_one_side_are_not_compared():
    assert "payment_method_removed" not in ids(regressions(journey(), journey(payment_methods=None)))
    assert regressions(journey(payment_methods=None), journey()) == []


def test_new_payment_method_is_not_a_regression():
    assert regressions(journey(payment_methods=["card"]), journey()) == []


def test_return_policy_worse():
    after = journey()
    after["return_policy"].update(
        free_returns=False, return_window_days=14, text_excerpt="Retours à vos frais, 14 jours"
    )
    found = regressions(journey(), after)
    assert ids(found) == ["free_returns_removed", "return_window_shorter"]
    assert "ne sont plus gratuits" in found[0].message_fr
    assert found[1].message_fr.endswith("de 30 à 14 jours") and (found[1].before, found[1].after) == (30, 14)
    assert "30 to 14 days" in found[1].message_en
    assert found[0].evidence["url"].endswith("/retours")


def test_return_policy_unknown_is_not_worse():
    after = journey()
    after["return_policy"].update(free_returns=None, return_window_days=None)
    assert regressions(journey(), after) == []


def test_score_drop_over_threshold_only():
    assert ids(regressions(journey(score=90), journey(score=84))) == ["score_drop"]
    assert regressions(journey(score=90), journey(score=85)) == []  # exactly the threshold: not more than it
    assert regressions(journey(score=90), journey(score=84), Thresholds(score_drop=10)) == []
    assert regressions(journey(score=90), journey(score=None)) == []
    found = regressions(journey(score=92), journey(score=66))
    assert found[0].message_fr == "score en baisse : 92 → 66 (−26 points)"
    assert found[0].message_en == "score down: 92 → 66 (−26 points)"


def test_load_time_increase_needs_both_relative_and_absolute_increase():
    slower = with_steps(s3={"load_ms": 1300.0})  # cart: 800 -> 1300 ms, +62 %, +500 ms
    found = regressions(journey(), slower)
    assert ids(found) == ["load_time_increase"]
    item = found[0]
    assert (item.before, item.after) == (800.0, 1300.0)
    assert item.details == {"metric": "load", "stage": "cart", "rank": 1, "increase_ms": 500.0, "increase_pct": 62}
    assert item.evidence == {"step": 3, "stage": "cart", "url": "https://boutique.example.fr/panier",
                             "screenshot": "screens/shop/desktop/03-cart.jpg", "text": None}
    assert item.message_fr == "temps de chargement en hausse : panier (écran 1), chargement 800 → 1300 ms (+62 %)"
    # +62 % but only +125 ms on TTFB (200 -> 325): noise
    assert regressions(journey(), with_steps(s3={"ttfb_ms": 325.0})) == []
    # +500 ms but only +42 % on LCP (1200 -> 1700)
    assert regressions(journey(), with_steps(s3={"lcp_ms": 1700.0})) == []
    # custom thresholds
    assert regressions(journey(), slower, Thresholds(load_increase_pct=70)) == []
    assert regressions(journey(), slower, Thresholds(load_increase_min_ms=600)) == []


def test_load_time_keeps_the_worst_metric_of_a_step():
    found = regressions(journey(), with_steps(s1={"load_ms": 2000.0, "lcp_ms": 3000.0, "ttfb_ms": 900.0}))
    assert ids(found) == ["load_time_increase"]
    assert found[0].details["metric"] == "lcp" and found[0].evidence["stage"] == "product"
    assert "LCP 1200 → 3000 ms" in found[0].message_fr


def test_client_side_screens_use_time_to_stable_screen():
    before = journey()
    before["steps"][5] = step(5, navigation="client")  # screen_stable_ms 500
    after = copy.deepcopy(before)
    after["steps"][5]["screen_stable_ms"] = 1200.0
    found = regressions(before, after)
    assert ids(found) == ["load_time_increase"] and found[0].details["stage"] == "payment"
    assert found[0].details["metric"] == "load"


def test_steps_are_matched_by_stage_and_rank_within_the_stage():
    # the second product step (the add to cart) got slower; an extra step elsewhere does not shift the match
    before = journey()
    after = journey()
    after["steps"][2]["load_ms"] = 2000.0
    extra = step(4, load_ms=5000.0)
    extra["index"] = 6
    after["steps"].insert(5, extra)  # a second checkout screen: nothing to compare it with
    found = regressions(before, after)
    assert ids(found) == ["load_time_increase"]
    assert found[0].details["stage"] == "product" and found[0].details["rank"] == 2


def test_unknown_metrics_never_regress():
    after = with_steps(s3={"load_ms": None, "lcp_ms": None, "ttfb_ms": None})
    assert regressions(journey(), after) == []
    assert regressions(with_steps(s3={"load_ms": 0.0}), with_steps(s3={"load_ms": 5000.0})) == []


def test_site_entries_compare_every_viewport_and_the_site_score():
    before = {"url": "https://b.example/", "score": 90,
              "viewports": {"desktop": journey(score=90), "mobile": journey(score=90)}}
    after = {"url": "https://b.example/", "score": 70,
             "viewports": {"desktop": journey(score=90),
                           "mobile": journey(score=60, payment_methods=["card", "paypal"])}}
    found = regressions(before, after)
    assert [(r.id, r.viewport) for r in found] == [
        ("payment_method_removed", "mobile"), ("payment_method_removed", "mobile"),
        ("payment_method_removed", "mobile"), ("payment_method_removed", "mobile"),
        ("score_drop", "mobile"), ("site_score_drop", None),
    ]
    assert found[-1].message_fr.startswith("score de la boutique en baisse : 90 → 70")


def test_viewport_only_in_one_run_is_skipped():
    before = {"url": "u", "viewports": {"desktop": journey()}}
    after = {"url": "u", "viewports": {"desktop": journey(), "mobile": stopped_at("home")}}
    assert regressions(before, after) == []


def test_regression_round_trip_and_language():
    item = regressions(journey(), journey(forced_account_creation=True))[0]
    again = Regression.from_dict(item.to_dict())
    assert again == item
    assert item.message("en") == item.message_en and item.message() == item.message_fr
