"""Page primitives for the walk: read the page, score elements for an intent, click, settle."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from crawler.collect import script
from crawler.items import Action
from crawler.text import norm
from crawler.walk.intents import FINAL_ORDER, Intent

logger = logging.getLogger(__name__)


# What would receive a click at the element's centre, when it is not the element itself.
COVERED_JS = """(el) => {
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 20), 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  if (!top || top === el || el.contains(top) || top.contains(el)) return null;
  const label = el.labels && [...el.labels].some((l) => l === top || l.contains(top));
  if (label || (top.closest && top.closest('label') && top.closest('label').contains(el))) return null;
  return top.tagName.toLowerCase() + (top.id ? '#' + top.id : '') +
    (typeof top.className === 'string' && top.className.trim() ? '.' + top.className.trim().split(/\\s+/)[0] : '');
}"""
Unblock = Callable[[], Awaitable[bool]]


class FinalButtonRefused(RuntimeError):
    """Raised if the walk ever chose the final order button: a bug, and it is never clicked."""


@dataclass
class Settled:
    navigation: str  # load | client | none
    elapsed_ms: float
    http_status: int | None = None


@dataclass
class Candidate:
    element: dict[str, Any]
    score: float

    @property
    def text(self) -> str:
        el = self.element
        return el.get("text") or el.get("aria") or el.get("title") or el.get("value") or el.get("label") or ""

    def action(self, kind: str = "click") -> Action:
        el = self.element
        role = el.get("role") or {
            "a": "link",
            "button": "button",
            "input": el.get("type") or "input",
            "select": "combobox",
            "label": "label",
        }.get(el.get("tag"), el.get("tag"))
        return Action(kind=kind, text=self.text[:120], role=role, selector=selector_of(el), box=el.get("box"))


def selector_of(el: dict[str, Any]) -> str:
    """A readable CSS selector for the report (not the one used to click)."""
    if el.get("id"):
        return f"{el['tag']}#{el['id']}"
    classes = [c for c in (el.get("cls") or "").split() if c][:2]
    base = el.get("tag", "*") + "".join(f".{c}" for c in classes)
    if el.get("name"):
        base += f'[name="{el["name"]}"]'
    return base


class Driver:
    """Wraps one Playwright page for one journey."""

    def __init__(self, page: Any, pause_ms: int, action_timeout_ms: int, nav_timeout_ms: int) -> None:
        self.page = page
        self.pause_ms = pause_ms
        self.action_timeout_ms = action_timeout_ms
        self.nav_timeout_ms = nav_timeout_ms
        self.last_status: int | None = None
        self.responses: list[tuple[str, str, int]] = []
        page.on("response", self._on_response)

    def _on_response(self, response: Any) -> None:
        try:
            request = response.request
            if request.resource_type in ("document", "xhr", "fetch"):
                self.responses.append((request.method, response.url, response.status))
                if request.resource_type == "document" and request.frame == self.page.main_frame:
                    self.last_status = response.status
        except Exception:  # noqa: BLE001 - a response of a closed page
            pass

    async def pause(self) -> None:
        if self.pause_ms:
            await asyncio.sleep(self.pause_ms / 1000)

    async def evaluate(self, name: str) -> Any:
        return await self.page.evaluate(script(name))

    async def doc_id(self) -> str | None:
        try:
            return await self.page.evaluate("window.__caDocId || null")
        except Exception:  # noqa: BLE001 - navigation in progress
            return None

    async def facts(self) -> dict[str, Any]:
        for _ in range(3):
            try:
                return await self.evaluate("page_facts")
            except Exception as exc:  # noqa: BLE001 - execution context destroyed by a navigation
                logger.debug("facts retry: %s", exc)
                await self._wait_load()
        return await self.evaluate("page_facts")

    async def elements(self) -> list[dict[str, Any]]:
        for _ in range(3):
            try:
                return await self.evaluate("elements")
            except Exception:  # noqa: BLE001
                await self._wait_load()
        return []

    async def fields(self) -> list[dict[str, Any]]:
        for _ in range(3):
            try:
                return await self.evaluate("fields")
            except Exception:  # noqa: BLE001
                await self._wait_load()
        return []

    async def timings(self) -> dict[str, Any]:
        try:
            return await self.evaluate("timings")
        except Exception:  # noqa: BLE001
            return {}

    async def _wait_load(self) -> None:
        try:
            await self.page.wait_for_load_state("domcontentloaded", timeout=self.nav_timeout_ms)
        except Exception:  # noqa: BLE001 - reported by the caller's own checks
            await asyncio.sleep(0.3)

    async def settle(
        self, doc_before: str | None, url_before: str, started: float, quiet_ms: int = 300, max_ms: int = 8000
    ) -> Settled:
        """Wait until the page (a new document or a client-side screen) stops changing."""
        deadline = started + max_ms / 1000
        await asyncio.sleep(0.05)
        try:
            await self.page.wait_for_load_state("domcontentloaded", timeout=self.nav_timeout_ms)
        except Exception:  # noqa: BLE001
            pass
        doc_after = await self.doc_id()
        if doc_after is None:
            await self._wait_load()
            doc_after = await self.doc_id()
        navigation = "load" if doc_after != doc_before else ("client" if self.page.url != url_before else "none")
        if navigation == "load":
            try:
                await self.page.wait_for_load_state("load", timeout=min(self.nav_timeout_ms, 15000))
            except Exception:  # noqa: BLE001 - a page whose load never fires: timings say so
                pass
        while time.monotonic() < deadline:
            timing = await self.timings()
            if timing.get("since_last_mutation_ms", 0) >= quiet_ms:
                break
            await asyncio.sleep(0.1)
        elapsed = (time.monotonic() - started) * 1000
        if navigation == "none":
            # Same URL, same document: a new screen if the DOM changed a lot (sections, modals).
            navigation = "none"
        return Settled(navigation=navigation, elapsed_ms=round(elapsed, 1), http_status=self.last_status)

    def score(self, intent: Intent, el: dict[str, Any], stage: str) -> float:
        visible_text = norm(el.get("text"))
        other_text = norm(" ".join(str(el.get(k) or "") for k in ("aria", "title", "value", "label")))
        hooks = norm(" ".join(str(el.get(k) or "") for k in ("id", "cls", "name", "data_action", "href")))
        avoid = intent.pattern("avoid")
        if avoid and (avoid.search(visible_text) or avoid.search(other_text)):
            return 0
        if el.get("disabled"):
            return 0
        score = 0.0
        text_pattern = intent.pattern("text")
        if text_pattern and visible_text and len(visible_text) <= 80 and text_pattern.search(visible_text):
            score += 10
        elif text_pattern and other_text and text_pattern.search(other_text):
            score += 8
        hook_pattern = intent.pattern("hooks")
        if hook_pattern and hook_pattern.search(hooks):
            score += 4
        if score == 0:
            return 0
        if len(visible_text) > 80:
            score -= 4
        if el.get("in_viewport"):
            score += 1
        if el.get("in_dialog"):
            score += 2
        if el.get("in_footer"):
            score -= 4
        if el.get("in_header") and intent.name in ("add_to_cart", "proceed_to_checkout", "continue"):
            score -= 5
        if el.get("tag") in ("button", "input") or el.get("role") == "button":
            score += 1
        width, height = (el.get("box") or [0, 0, 0, 0])[2:4]
        if width * height > 6000:
            score += 1
        return score

    def rank(
        self, intent: Intent, elements: list[dict[str, Any]], stage: str, where: str | None = None
    ) -> list[Candidate]:
        candidates = []
        for el in elements:
            if where == "dialog" and not el.get("in_dialog"):
                continue
            value = self.score(intent, el, stage)
            if value >= 5:
                candidates.append(Candidate(el, value))
        candidates.sort(key=lambda c: (-c.score, c.element.get("box", [0, 0])[1]))
        return candidates

    def assert_not_final(self, candidate: Candidate, stage: str) -> None:
        if stage in ("checkout", "payment") and FINAL_ORDER.search(norm(candidate.text)):
            raise FinalButtonRefused(candidate.text)

    async def click(self, candidate: Candidate, stage: str, unblock: Unblock | None = None) -> Action:
        """Click an element like a shopper.

        A quick trial first tells whether something covers the element (a modal, a banner, a popup):
        then `unblock` closes what a shopper would close and the click is tried again; if the element
        is still covered, the click is dispatched to it and the action says so.
        """
        self.assert_not_final(candidate, stage)
        action = candidate.action()
        locator = self.page.locator(f'[data-ca-idx="{candidate.element["idx"]}"]').first
        for attempt in range(3):
            try:
                await locator.scroll_into_view_if_needed(timeout=self.action_timeout_ms)
                covered = await locator.evaluate(COVERED_JS)
            except Exception as exc:  # noqa: BLE001 - detached or hidden meanwhile
                raise RuntimeError(str(exc).split("\n")[0][:160]) from exc
            if not covered:
                break
            if attempt < 2 and unblock is not None and await unblock():
                continue
            action.detail = f"clic intercepté par un autre élément ({covered}), clic déclenché par script"
            await locator.dispatch_event("click")
            return action
        try:
            await locator.click(timeout=self.action_timeout_ms)
        except Exception as exc:  # noqa: BLE001 - the element moved or was replaced meanwhile
            if "Timeout" in str(exc) or "intercepts pointer events" in str(exc):
                action.detail = "clic intercepté par un autre élément, clic déclenché par script"
                await locator.dispatch_event("click")
            else:
                raise RuntimeError(str(exc).split("\n")[0][:160]) from exc
        return action

    async def select_kind(self, locator_css: str, value: str) -> None:
        await self.page.locator(locator_css).first.select_option(value, timeout=self.action_timeout_ms)


def looks_like_login_url(url: str) -> bool:
    return bool(
        re.search(
            r"/(account|compte|customer|accounts)/(login|connexion|signin)|/login|/connexion|"
            r"/authentification|/identification|/signin|/sign-in|checkout_url=|[?&]back=",
            norm(url),
        )
    )
