"""End to end: the walk on every fixture shop, in a real Chromium, on desktop and mobile.

Each shop declares what a shopper would find (tests/shops/<name>/__init__.py EXPECTED); the
walk's recorded findings must match on both viewports.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import CrawlRun, shop_stats
from tests.shops import discover

SHOPS = {module.name: module.expected for module in discover()}
CASES = [(name, viewport) for name in SHOPS for viewport in ("desktop", "mobile")]

pytestmark = pytest.mark.e2e


def expected_for(name: str, viewport: str) -> dict[str, Any]:
    expected = dict(SHOPS[name])
    expected.update(expected.get(viewport, {}))
    return expected


def in_range(value: int | None, bounds: tuple[int, int]) -> bool:
    return value is not None and bounds[0] <= value <= bounds[1]


@pytest.mark.parametrize(("name", "viewport"), CASES, ids=[f"{n}-{v}" for n, v in CASES])
def test_walk_finds_what_the_shop_offers(shops_crawl: CrawlRun, name: str, viewport: str) -> None:
    journey = shops_crawl.journeys(name)[viewport]
    expected = expected_for(name, viewport)
    where = f"{name}/{viewport}: stop={journey['stop_reason']!r} steps={[s['url'] for s in journey['steps']]}"
    assert journey["reached"] == expected["reached"], where
    if expected.get("stop_reason_contains"):
        assert expected["stop_reason_contains"] in (journey["stop_reason"] or ""), where
    if expected["reached"] == "payment":
        assert journey["stop_reason"] is None, where
        assert in_range(journey["checkout_steps"], expected["checkout_steps"]), (journey["checkout_steps"], where)
        assert set(journey["payment_methods"]) == set(expected["payment_methods"]), where
    else:
        assert journey["checkout_steps"] is None, where
        assert journey["payment_methods"] is None, where
    if expected["forced_account_creation"]:
        assert journey["stop_code"] == "login_required", where
        assert journey["login_wall"] is not None, where
    assert journey["guest_checkout"] is expected["guest_checkout"], where
    assert journey["forced_account_creation"] is expected["forced_account_creation"], where
    assert set(journey["bnpl_providers"] or []) == set(expected["bnpl_providers"] or []), where
    policy = journey["return_policy"]
    assert policy["free_returns"] is expected["return_policy"]["free_returns"], (policy, where)
    assert policy["return_window_days"] == expected["return_policy"]["return_window_days"], (policy, where)
    assert expected["return_policy"]["url_contains"] in (policy["url"] or ""), (policy["url"], where)
    assert journey["cookie_banner"] == expected["cookie_banner"], where
    assert in_range(journey["checkout_form_fields"], expected["checkout_form_fields"]), (
        journey["checkout_form_fields"],
        where,
    )


@pytest.mark.parametrize(("name", "viewport"), CASES, ids=[f"{n}-{v}" for n, v in CASES])
def test_every_step_is_recorded_with_evidence(shops_crawl: CrawlRun, name: str, viewport: str) -> None:
    journey = shops_crawl.journeys(name)[viewport]
    assert journey["steps"], name
    stages = [step["stage"] for step in journey["steps"]]
    order = ["home", "product", "cart", "checkout", "payment"]
    assert [order.index(s) for s in stages] == sorted(order.index(s) for s in stages), stages
    for step in journey["steps"]:
        assert step["screenshot"] and (shops_crawl.out / step["screenshot"]).is_file(), step
        assert step["url"].startswith("http://127.0.0.1:"), step
        if step["navigation"] == "load":
            assert step["ttfb_ms"] is not None and step["load_ms"] is not None, step
        else:
            assert step["screen_stable_ms"] is not None, step
    loads = [s for s in journey["steps"] if s["navigation"] == "load"]
    assert any(s["lcp_ms"] for s in loads), "LCP measured on at least one page"
    if journey["reached"] in ("checkout", "payment"):
        assert journey["forms"], "checkout forms recorded"


def test_viewports_use_their_own_device_profile(shops_crawl: CrawlRun) -> None:
    for site in shops_crawl.document["sites"]:
        desktop, mobile = site["viewports"]["desktop"], site["viewports"]["mobile"]
        assert "Mobile" in mobile["user_agent"] and "Mobile" not in desktop["user_agent"]
        for journey in (desktop, mobile):
            assert "HeadlessChrome" not in journey["user_agent"]


def test_the_shop_saw_a_shopper_and_nothing_was_ordered(shops_crawl: CrawlRun, served_shops: dict) -> None:
    """Safety: no final button click, no order, no account, no card number, no headless user agent."""
    for name, shop in served_shops.items():
        stats = shop_stats(shop)
        assert stats["final_button_clicks"] == 0, name
        assert stats["orders_placed"] == 0, name
        assert stats["accounts_created"] == 0, name
        assert stats["card_numbers_seen"] == 0, name
        for agent in stats.get("user_agents", []):
            assert "HeadlessChrome" not in agent and "Scrapy" not in agent, (name, agent)


def test_run_reports_success(shops_crawl: CrawlRun) -> None:
    assert shops_crawl.returncode == 0, shops_crawl.stdout + shops_crawl.stderr
    assert "Traceback" not in shops_crawl.stderr
