"""Bad input ends in one clear line and a non-zero exit, never a traceback; what was recorded is kept."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.conftest import CrawlRun, crawl_sites, run_cli
from tests.shops._errors import CASES
from tests.shops.kit import serve

pytestmark = pytest.mark.e2e

EXPECTED_STOPS = {
    "http_500": ("http_error", "erreur HTTP 500"),
    "redirect_loop": ("redirect_loop", "boucle de redirections"),
    "not_a_shop": ("not_a_shop", "ne ressemble pas à une boutique"),
    "no_add_to_cart": ("add_to_cart_not_found", "bouton d'ajout au panier introuvable"),
    "bot_wall": ("bot_wall", "anti-robot"),
    "captcha": ("captcha", "captcha"),
    "never_settles": ("timeout", "délai dépassé"),
    "unreachable": ("unreachable", "site injoignable"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def bad_crawl(tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    served = {name: serve(name, factory()) for name, factory in CASES.items()}
    sites = [(name, shop.url) for name, shop in served.items()]
    sites.append(("unreachable", f"http://127.0.0.1:{free_port()}/"))
    try:
        yield crawl_sites(
            sites, tmp_path_factory.mktemp("bad"), "--viewports", "desktop", "--nav-timeout", "6", "--concurrency", "4"
        )
    finally:
        for shop in served.values():
            shop.stop()


@pytest.mark.parametrize("case", sorted(EXPECTED_STOPS))
def test_each_failure_is_named(bad_crawl: CrawlRun, case: str) -> None:
    journey = bad_crawl.journeys(case)["desktop"]
    code, words = EXPECTED_STOPS[case]
    assert journey["stop_code"] == code, journey["stop_reason"]
    assert words in journey["stop_reason"]


def test_failures_exit_non_zero_without_traceback(bad_crawl: CrawlRun) -> None:
    assert bad_crawl.returncode == 1
    output = bad_crawl.stdout + bad_crawl.stderr
    assert "Traceback" not in output
    errors = [line for line in bad_crawl.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("Erreur : "), bad_crawl.stderr


def test_what_was_recorded_is_kept(bad_crawl: CrawlRun) -> None:
    no_add = bad_crawl.journeys("no_add_to_cart")["desktop"]
    assert [step["stage"] for step in no_add["steps"]] == ["home", "product"]
    assert all((bad_crawl.out / step["screenshot"]).is_file() for step in no_add["steps"])
    wall = bad_crawl.journeys("bot_wall")["desktop"]
    assert wall["bot_wall"]["source"] == "bot_wall" and wall["steps"][0]["http_status"] == 403


def test_invalid_url_is_one_line(tmp_path: Path) -> None:
    result = run_cli("run", "htp:/pas-une-url", "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Erreur : URL invalide : « htp:/pas-une-url » (attendu : http://… ou https://…)"
    ]
    assert not (tmp_path / "audit.json").exists()


def test_unknown_viewport_is_one_line(tmp_path: Path) -> None:
    result = run_cli("run", "http://127.0.0.1:9/", "--viewports", "tablet", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.startswith("Erreur : appareil inconnu")


def test_missing_browser_is_one_line(tmp_path: Path) -> None:
    result = run_cli("run", "http://127.0.0.1:9/", "--chromium", "/nulle/part/chromium", "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Erreur : Chromium introuvable")


def test_result_file_is_valid_json_even_when_all_fail(bad_crawl: CrawlRun) -> None:
    document = json.loads((bad_crawl.out / "audit.json").read_text(encoding="utf-8"))
    assert len(document["sites"]) == len(EXPECTED_STOPS)


def test_demo_runs_the_bundled_shops(tmp_path: Path) -> None:
    """`checkout-audit demo` serves the demo shops itself and audits them (one shop here, to stay quick)."""
    result = run_cli("demo", "--shops", "woocommerce", "--viewports", "mobile", "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    document = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    journey = document["sites"][0]["viewports"]["mobile"]
    assert journey["reached"] == "payment" and journey["checks"] and document["sites"][0]["score"] is not None
