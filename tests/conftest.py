"""Shared fixtures: fixture shops served on 127.0.0.1, and one real crawl of all of them."""

from __future__ import annotations

import csv
import importlib
import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.shops import discover
from tests.shops.kit import ServedShop, serve

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHECKOUT_AUDIT_CHROMIUM", "/usr/lib/chromium/chromium")
DESKTOP = {"viewport": {"width": 1366, "height": 768}}


@dataclass
class CrawlRun:
    returncode: int
    stdout: str
    stderr: str
    out: Path
    document: dict[str, Any]

    def journeys(self, name: str) -> dict[str, dict[str, Any]]:
        for site in self.document["sites"]:
            if site["name"] == name:
                return site["viewports"]
        raise KeyError(name)


def run_cli(*args: str, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    """Run the installed command as a user would (its own process, its own Scrapy reactor)."""
    command = [sys.executable, "-m", "checkout_audit.cli", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


def crawl_sites(sites: list[tuple[str, str]], out: Path, *extra: str) -> CrawlRun:
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / "sites.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "url"])
        writer.writerows(sites)
    result = run_cli("run", "--sites", str(csv_path), "--out", str(out), "--loopback-only", "--pause-ms", "150", *extra)
    audit_file = out / "audit.json"
    document = json.loads(audit_file.read_text(encoding="utf-8")) if audit_file.is_file() else {}
    return CrawlRun(result.returncode, result.stdout, result.stderr, out, document)


@contextmanager
def scripted_page(mobile: bool, timeout_ms: int = 8000) -> Iterator[Any]:
    """A page for the hand-scripted fixture walks: the same Chromium, desktop 1366x768 or a Pixel 7."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=os.environ.get("CHECKOUT_AUDIT_CHROMIUM", "/usr/lib/chromium/chromium")
        )
        options = dict(p.devices["Pixel 7"]) if mobile else {"viewport": {"width": 1366, "height": 768}}
        context = browser.new_context(locale="fr-FR", **options)
        page = context.new_page()
        page.set_default_timeout(timeout_ms)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def walk_on_both_devices(walk: Any, base: str) -> None:
    """Run a hand-scripted walk(browser, base, context_args, label) on desktop, then on a Pixel 7."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        try:
            walk(browser, base, DESKTOP, "desktop")
            walk(browser, base, dict(p.devices["Pixel 7"]), "mobile")
        finally:
            browser.close()


def fetch(url: str) -> tuple[int, str]:
    """A plain GET: (status, text)."""
    with urllib.request.urlopen(url) as response:
        return response.status, response.read().decode("utf-8")


def module_shop(name: str) -> Any:
    """A module-scoped fixture serving the fixture shop `tests/shops/<name>` on 127.0.0.1."""

    @pytest.fixture(scope="module")
    def shop() -> Iterator[ServedShop]:
        module = importlib.import_module(f"tests.shops.{name}")
        served = serve(name, module.make_app())
        yield served
        served.stop()

    return shop


def shop_stats(shop: ServedShop) -> dict[str, Any]:
    with urllib.request.urlopen(shop.url + "__fixture/stats", timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="session")
def served_shops() -> dict[str, ServedShop]:
    shops = {module.name: serve(module.name, module.make_app()) for module in discover()}
    yield shops
    for shop in shops.values():
        shop.stop()


@pytest.fixture(scope="session")
def shops_crawl(served_shops: dict[str, ServedShop], tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    """One crawl of every fixture shop on both viewports, shared by the end-to-end tests."""
    out = tmp_path_factory.mktemp("shops-crawl")
    return crawl_sites([(name, shop.url) for name, shop in served_shops.items()], out)
