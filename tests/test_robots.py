"""robots.txt: read and reported by default (a journey is one shopper's visit), obeyed on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CrawlRun, crawl_sites

pytestmark = pytest.mark.e2e


def test_robots_is_reported_not_obeyed_by_default(shops_crawl: CrawlRun) -> None:
    journey = shops_crawl.journeys("shopify")["desktop"]
    assert journey["robots"]["read"] is True and journey["robots"]["status"] == 200
    assert any("/checkouts/" in url for url in journey["robots"]["disallowed_paths_visited"])
    assert journey["reached"] == "payment"


def test_obey_robots_stops_where_robots_forbids(served_shops: dict, tmp_path: Path) -> None:
    run = crawl_sites([("shopify", served_shops["shopify"].url)], tmp_path, "--viewports", "desktop", "--obey-robots")
    journey = run.journeys("shopify")["desktop"]
    assert journey["stop_code"] == "robots_disallowed", journey["stop_reason"]
    assert "robots.txt" in journey["stop_reason"]
    assert journey["reached"] in ("cart", "checkout")
    assert run.returncode == 1
