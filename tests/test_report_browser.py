"""Rendered reports opened in a real Chromium, on desktop and on a Pixel 7: what a reader sees, console errors,
lightboxes, and an axe-core accessibility check (no serious or critical violation).

axe-core is looked for in `node_modules/axe-core/axe.min.js` (repo package.json, `npm ci`), then in
`$CHECKOUT_AUDIT_AXE`; without it only the accessibility test is skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reports.render import render_reports
from tests.facts.report_run import make_run

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHECKOUT_AUDIT_CHROMIUM", "/usr/lib/chromium/chromium")
DESKTOP = {"viewport": {"width": 1366, "height": 768}, "locale": "fr-FR"}


def axe_script() -> Path | None:
    for candidate in (ROOT / "node_modules" / "axe-core" / "axe.min.js", os.environ.get("CHECKOUT_AUDIT_AXE")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = make_run(tmp_path_factory.mktemp("report-browser") / "run")
    render_reports(run)
    english = make_run(run / "en")
    render_reports(english, lang="en", with_benchmark=False)
    return run


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (set CHECKOUT_AUDIT_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        launched.devices = playwright.devices
        yield launched
        launched.close()


def open_page(browser: Any, path: Path, device: str) -> tuple[Any, list[str]]:
    options = dict(browser.devices["Pixel 7"], locale="fr-FR") if device == "mobile" else DESKTOP
    context = browser.new_context(**options)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


@pytest.mark.parametrize("device", ["desktop", "mobile"])
def test_site_report_key_elements_visible(browser: Any, run_dir: Path, device: str, tmp_path: Path) -> None:
    page, problems = open_page(browser, run_dir / "report-prestashop.html", device)
    try:
        page.screenshot(path=str(tmp_path / f"report-{device}.png"))
        assert page.locator(".gauge-big svg[role=img]").is_visible()
        assert page.locator("h1").inner_text() == "prestashop"
        priorities = page.locator("li.priority")
        assert priorities.count() == 3
        assert priorities.first.locator("h3").is_visible()
        assert page.locator("#checklist-title").is_visible()
        assert page.locator("table.payments").is_visible()
        assert page.locator("table.journey").is_visible()
        # every image loaded (thumbnails and crops are beside the report)
        broken = page.evaluate("[...document.images].filter(i => i.loading !== 'lazy' && !i.naturalWidth).length")
        assert broken == 0
        # a thumbnail opens its screenshot in a lightbox; Escape closes it
        thumb = page.locator("table.journey a.thumb").first
        target = thumb.get_attribute("href")
        thumb.click()
        lightbox = page.locator(f"{target}.lightbox")
        assert lightbox.is_visible()
        lightbox.locator("img").evaluate("img => img.decode()")
        page.screenshot(path=str(tmp_path / f"lightbox-{device}.png"))
        page.keyboard.press("Escape")
        page.wait_for_function(f"!document.querySelector('{target}').matches(':target')")
        assert not lightbox.is_visible()
        page.screenshot(path=str(tmp_path / f"report-{device}-full.png"), full_page=True)
        assert problems == []
    finally:
        page.context.close()


@pytest.mark.parametrize("name", ["report.html", "benchmark.html", "report-oscar-account.html", "en/report.html"])
def test_other_pages_render_without_console_errors(browser: Any, run_dir: Path, name: str, tmp_path: Path) -> None:
    page, problems = open_page(browser, run_dir / name, "desktop")
    try:
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        assert page.locator("h1").is_visible()
        assert problems == []
    finally:
        page.context.close()


@pytest.mark.parametrize(
    ("name", "device"),
    [
        ("report-prestashop.html", "desktop"),
        ("report-prestashop.html", "mobile"),
        ("report-oscar-account.html", "desktop"),
        ("report.html", "desktop"),
        ("benchmark.html", "desktop"),
        ("en/report-prestashop.html", "desktop"),
    ],
)
def test_accessibility_axe(browser: Any, run_dir: Path, name: str, device: str) -> None:
    script = axe_script()
    if script is None:
        pytest.skip("axe-core not found: npm ci (node_modules/axe-core) or set CHECKOUT_AUDIT_AXE to axe.min.js")
    page, _ = open_page(browser, run_dir / name, device)
    try:
        # Open every <details> so the checklist bodies are checked too.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.add_script_tag(path=str(script))
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"]
            if v.get("impact") in ("serious", "critical")
        ]
        assert serious == []
    finally:
        page.context.close()
