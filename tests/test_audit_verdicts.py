"""End to end: the verdicts each fixture shop's design implies, on both viewports.

The crawl (tests/conftest.py) runs `checkout-audit run`, which audits what it recorded; these are
the checklist items whose verdict follows directly from how each shop was built.
"""

from __future__ import annotations

import pytest

from tests.conftest import CrawlRun

pytestmark = pytest.mark.e2e

BOTH = ("desktop", "mobile")
# shop -> audit id -> expected status (on both viewports unless a (status_desktop, status_mobile) pair)
VERDICTS: dict[str, dict[str, str | tuple[str, str]]] = {
    "prestashop": {
        "guest_checkout": "pass",
        "final_button_wording": "pass",
        "return_policy": "pass",
        "instalments": "pass",
        "payment_methods": "pass",
        "wallets": ("warn", "fail"),
    },
    "woocommerce": {
        "guest_checkout": "pass",
        "final_button_wording": "fail",
        "return_policy": "warn",
        "instalments": "pass",
    },
    "woocommerce_blocks": {
        "guest_checkout": "fail",
        "payment_methods": "unknown",
        "final_button_wording": "unknown",
        "checkout_length": "unknown",
    },
    "shopify": {
        "guest_checkout": "pass",
        "final_button_wording": "pass",
        "wallets": "pass",
        "express_checkout": "pass",
        "return_policy": "pass",
    },
    "magento": {
        "guest_checkout": "pass",
        "final_button_wording": "fail",
        "return_policy": "warn",
        "instalments": "pass",
    },
    "spa": {"guest_checkout": "warn", "final_button_wording": "pass", "return_policy": "pass", "wallets": "pass"},
    "oscar_guest": {
        "guest_checkout": "pass",
        "instalments": "fail",
        "return_policy": "pass",
        "final_button_wording": "unknown",
    },
    "oscar_account": {
        "guest_checkout": "fail",
        "payment_methods": "unknown",
        "instalments": "unknown",
        "final_button_wording": "unknown",
    },
}
CASES = [(shop, audit) for shop, audits in VERDICTS.items() for audit in audits]


@pytest.mark.parametrize(("shop", "audit_id"), CASES, ids=[f"{s}-{a}" for s, a in CASES])
def test_verdict_follows_the_shop_design(shops_crawl: CrawlRun, shop: str, audit_id: str) -> None:
    expected = VERDICTS[shop][audit_id]
    pair = expected if isinstance(expected, tuple) else (expected, expected)
    for viewport, status in zip(BOTH, pair, strict=True):
        journey = shops_crawl.journeys(shop)[viewport]
        check = next(c for c in journey["checks"] if c["id"] == audit_id)
        assert check["status"] == status, (shop, viewport, check)
        if status in ("fail", "warn"):
            assert check["recommendation"], check
            assert check["evidence"], check


def test_a_walk_stopped_early_never_passes_what_it_did_not_see(shops_crawl: CrawlRun) -> None:
    for site in shops_crawl.document["sites"]:
        for journey in site["viewports"].values():
            if journey["reached"] != "payment":
                for check in journey["checks"]:
                    if check["id"] in ("payment_methods", "instalments", "final_button_wording", "checkout_length"):
                        assert check["status"] == "unknown", (site["name"], check)


def test_scores_and_priorities(shops_crawl: CrawlRun) -> None:
    scores = {site["name"]: site["score"] for site in shops_crawl.document["sites"]}
    assert all(0 <= s <= 100 for s in scores.values() if s is not None)
    assert scores["oscar_account"] < scores["prestashop"]
    woo = next(s for s in shops_crawl.document["sites"] if s["name"] == "woocommerce")
    assert any(p["id"] == "final_button_wording" for p in woo["priorities"][:3])
