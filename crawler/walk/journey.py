"""One shopper's journey on one shop and one device: home → product → cart → checkout → payment.

The walker reasons from what the page shows (visible texts, roles, forms, structured data); ids
and classes of known platforms only add weight to a candidate. It records every step and stops
at the payment step: it never clicks a final order button, never types a card number and never
creates an account unless the configuration allows it with a test identity.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler import consent
from crawler.collect import script
from crawler.items import Action, Evidence, Form, FormField, Journey, Step
from crawler.robots import RobotsRules
from crawler.text import norm, parse_euros
from crawler.walk import detect
from crawler.walk.driver import Candidate, Driver, FinalButtonRefused, looks_like_login_url
from crawler.walk.forms import CONSENT_CHECKBOX, SKIP_CHECKBOX, Identity, choose_option, field_kind, value_for
from crawler.walk.intents import (
    ADD_TO_CART,
    ADDED_TO_CART_TEXT,
    CATEGORY_URL_HINT,
    CLOSE_POPUP,
    CONSENT_ACCEPT,
    CONSENT_REFUSE,
    CONTINUE,
    FORCED_ACCOUNT_TEXT,
    GUEST,
    KEEP_SHOPPING,
    OUT_OF_STOCK_TEXT,
    PROCEED_TO_CHECKOUT,
    PRODUCT_URL_HINT,
    VIEW_CART,
)
from crawler.walk.stops import StopWalk, stop_message
from crawler.walk.summary import summarise

logger = logging.getLogger(__name__)

VARIANT_HINT = re.compile(
    r"taille|size|couleur|color|colour|pointure|variant|group|attribute|option|modele|"
    r"format|contenance|coloris|longueur|swatch|super_attribute|pa_"
)
CART_URL_GUESSES = ("/panier?action=show", "/panier", "/cart", "/checkout/cart/", "/basket/", "/panier/")


@dataclass
class WalkConfig:
    out_dir: Path
    site_slug: str
    identity: Identity = field(default_factory=Identity)
    product_url: str | None = None
    pause_ms: int = 400
    action_timeout_ms: int = 5000
    nav_timeout_ms: int = 30000
    journey_timeout_s: float = 180.0
    obey_robots: bool = False
    allow_account: bool = False
    consent_action: str = "accept"
    max_product_candidates: int = 6
    max_checkout_screens: int = 10
    screenshots: bool = True


class Walker:
    def __init__(
        self,
        page: Any,
        journey: Journey,
        config: WalkConfig,
        consent_log: consent.ConsentLog,
        robots: RobotsRules | None,
    ) -> None:
        self.page = page
        self.journey = journey
        self.config = config
        self.consent_log = consent_log
        self.robots = robots
        self.driver = Driver(page, config.pause_ms, config.action_timeout_ms, config.nav_timeout_ms)
        self.facts_by_step: dict[int, dict[str, Any]] = {}
        self.cart_step: int | None = None
        self.checkout_step_indexes: list[int] = []
        self.screens_seen: set[str] = set()
        self.all_policy_links: list[dict[str, Any]] = []

    # ---- recording -------------------------------------------------------------------------

    async def record(
        self,
        stage: str,
        action: Action | None,
        navigation: str,
        elapsed_ms: float | None,
        status: int | None,
        note: str | None = None,
    ) -> dict[str, Any]:
        journey = self.journey
        index = len(journey.steps)
        timing = await self.driver.timings()
        facts = await self.driver.facts()
        step = Step(
            index=index,
            stage=stage,
            url=self.page.url,
            action=action,
            started_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            navigation=navigation,
            title=facts.get("title"),
            http_status=status,
            note=note,
        )
        if navigation == "load":
            step.ttfb_ms = timing.get("ttfb_ms")
            step.dom_content_loaded_ms = timing.get("dom_content_loaded_ms")
            step.load_ms = timing.get("load_ms")
            step.lcp_ms = timing.get("lcp_ms")
            step.lcp_with_consent_banner = timing.get("lcp_in_banner")
        else:
            step.screen_stable_ms = elapsed_ms
        if self.config.screenshots:
            step.screenshot = await self.screenshot(index, stage)
        journey.steps.append(step)
        journey.reach(stage)
        self.facts_by_step[index] = facts
        summary = summarise(facts, stage, index)
        summary["screenshot"] = step.screenshot
        journey.pages.setdefault(stage, []).append(summary)
        self.all_policy_links.extend(summary["policy_links"]["returns"])
        scope = "payment" if stage in ("checkout", "payment") else "advert"
        seen_markers: set[tuple[Any, ...]] = set()
        for marker in detect.payment_markers(facts, index, stage, scope):
            key = (marker.method, marker.provider, marker.evidence.source, marker.evidence.text)
            if key in seen_markers:
                continue  # the same thing seen through two selectors
            seen_markers.add(key)
            marker.evidence.screenshot = step.screenshot
            journey.payment_markers.append(marker)
        for evidence in detect.express_buttons(facts, index, stage):
            evidence.screenshot = step.screenshot
            journey.express_checkout.append(evidence)
        if stage in ("checkout", "payment"):
            await self.record_forms(index, stage)
        wall = detect.bot_wall(facts, status)
        if wall:
            kind, seen = wall
            journey.bot_wall = Evidence(
                step=index, stage=stage, url=self.page.url, text=seen, source=kind, screenshot=step.screenshot
            )
            raise StopWalk(kind, stop_message(kind))
        if self.robots is not None:
            allowed = self.robots.allowed(self.page.url)
            if not allowed:
                self.robots.visited_disallowed.append(self.page.url)
                if self.config.obey_robots:
                    raise StopWalk("robots_disallowed", stop_message("robots_disallowed", url=self.page.url))
        return facts

    async def screenshot(self, index: int, stage: str) -> str | None:
        relative = Path("screens") / self.config.site_slug / self.journey.viewport / f"{index:02d}-{stage}.jpg"
        target = self.config.out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            await self.page.screenshot(
                path=str(target),
                full_page=True,
                type="jpeg",
                quality=70,
                scale="css",
                timeout=15000,
                animations="disabled",
            )
        except Exception as exc:  # noqa: BLE001 - a screenshot is evidence, not a reason to stop
            self.journey.errors.append(f"capture d'écran impossible à l'étape {index} : {str(exc)[:120]}")
            return None
        return relative.as_posix()

    async def record_forms(self, index: int, stage: str) -> None:
        fields = await self.driver.fields()
        groups: dict[str, list[dict[str, Any]]] = {}
        for item in fields:
            if re.search(r"\b(header|footer|nav)\b", norm(item.get("context"))):
                continue  # search boxes and newsletter forms are not part of the checkout
            groups.setdefault(item.get("form") or "-", []).append(item)
        for form_key, members in groups.items():
            form = Form(step=index, stage=stage, url=self.page.url, selector=None if form_key == "-" else form_key)
            for item in members:
                form.fields.append(
                    FormField(
                        tag=item["tag"],
                        type=item["type"],
                        name=item["name"] or None,
                        id=item["id"] or None,
                        autocomplete=item["autocomplete"] or None,
                        inputmode=item["inputmode"] or None,
                        label=item["label"] or None,
                        placeholder=item["placeholder"] or None,
                        required=item["required"],
                        visible=True,
                    )
                )
            self.journey.forms.append(form)

    async def act(
        self, stage: str, candidate: Candidate, next_stage: str | None = None, note: str | None = None
    ) -> dict[str, Any]:
        """Click, wait for the page to settle, record the new step."""
        await self.driver.pause()
        url_before = self.page.url
        doc_before = await self.driver.doc_id()
        action = await self.driver.click(candidate, stage, unblock=lambda: self.unblock(stage))
        started = time.monotonic()
        settled = await self.driver.settle(doc_before, url_before, started)
        await self.handle_interruptions(next_stage or stage)
        return await self.record(
            next_stage or stage,
            action,
            settled.navigation,
            settled.elapsed_ms,
            settled.http_status if settled.navigation == "load" else None,
            note,
        )

    async def goto(self, url: str, stage: str, text: str | None = None) -> dict[str, Any]:
        if self.robots is not None and self.config.obey_robots and not self.robots.allowed(url):
            self.robots.visited_disallowed.append(url)
            raise StopWalk("robots_disallowed", stop_message("robots_disallowed", url=url))
        await self.driver.pause()
        started = time.monotonic()
        try:
            response = await self.page.goto(url, wait_until="domcontentloaded", timeout=self.config.nav_timeout_ms)
        except Exception as exc:  # noqa: BLE001
            raise StopWalk(*navigation_failure(str(exc))) from exc
        status = response.status if response else None
        settled = await self.driver.settle(None, "", started)
        await self.handle_interruptions(stage)
        action = Action(kind="goto", text=text, selector=url)
        return await self.record(stage, action, "load", settled.elapsed_ms, status)

    # ---- interruptions: consent banners and popups ------------------------------------------

    async def handle_interruptions(self, stage: str) -> None:
        await self.handle_consent(stage)
        await self.close_popups(stage)

    async def handle_consent(self, stage: str) -> None:
        if await consent.resolve(self.consent_log):
            await asyncio.sleep(0.5)
        hooks = await self.page.evaluate(
            script("consent_hooks"),
            detect.CMP_HOOKS,
        )
        for name, state in hooks.items():
            if self.journey.cookie_banner is None and state["visible"]:
                self.journey.cookie_banner = self.consent_log.cmp or name
            if state["visible"] and "banner_box" not in self.journey.consent:
                width, height = await self.page.evaluate("[innerWidth, innerHeight]")
                box = state["box"]
                covered = max(0.0, min(box[2], width)) * max(0.0, min(box[3], height)) / float(width * height)
                self.journey.consent["banner_box"] = box
                self.journey.consent["viewport_fraction"] = round(covered, 3)
                self.journey.consent["seen_at_step"] = len(self.journey.steps)
        visible = [name for name, state in hooks.items() if state["visible"]]
        if not visible:
            return
        # The rule set did not close it (missing, or this banner unknown to it): answer it by its texts.
        await asyncio.sleep(0.3)
        elements = await self.driver.elements()
        intent = CONSENT_ACCEPT if self.config.consent_action == "accept" else CONSENT_REFUSE
        candidates = [
            c
            for c in self.driver.rank(intent, elements, stage)
            if re.search(
                r"cookie|consent|didomi|axeptio|onetrust|tarteaucitron|cybot|sd-cmp|"
                r"usercentrics|privacy|cmp",
                norm(c.element.get("context") + " " + c.element.get("id")),
            )
        ]
        if candidates:
            try:
                action = await self.driver.click(candidates[0], stage)
                self.consent_log.fallback_clicks.append(action.text or "")
                await asyncio.sleep(0.4)
            except Exception as exc:  # noqa: BLE001
                self.journey.errors.append(f"bandeau cookies non fermé : {str(exc)[:120]}")

    async def unblock(self, stage: str) -> bool:
        """Something covers what we want to click: answer a banner, close a popup or a modal."""
        before = len(self.journey.popups), self.consent_log.done, len(self.consent_log.fallback_clicks)
        await self.handle_interruptions(stage)
        if (len(self.journey.popups), self.consent_log.done, len(self.consent_log.fallback_clicks)) != before:
            return True
        # A modal of the shop itself (added-to-cart confirmation, cart drawer): close it like a shopper.
        elements = await self.driver.elements()
        closers = [c for c in self.driver.rank(CLOSE_POPUP, elements, stage) if c.element.get("in_dialog")]
        closers += [c for c in self.driver.rank(KEEP_SHOPPING, elements, stage) if c.element.get("in_dialog")]
        if closers:
            try:
                await self.driver.click(closers[0], stage)
                await asyncio.sleep(0.3)
                return True
            except Exception:  # noqa: BLE001
                pass
        await self.page.keyboard.press("Escape")
        await asyncio.sleep(0.3)
        return True

    async def close_popups(self, stage: str) -> None:
        """Close newsletter / promo overlays that are not part of the purchase."""
        for _ in range(2):
            dialogs = await self.page.evaluate(script(POPUP_SCRIPT))
            # Off-screen fixed panels (a closed burger menu) are not in the shopper's way.
            popups = [d for d in dialogs if d.get("fraction", 0) >= 0.05 and is_marketing_popup(d)]
            if not popups:
                return
            popup = popups[0]
            await self.page.evaluate(
                script("mark_popup"),
                popup["index"],
            )
            elements = await self.driver.elements()
            closers = [c for c in self.driver.rank(CLOSE_POPUP, elements, stage) if c.element.get("in_popup")]
            record = {
                "stage": stage,
                "step": len(self.journey.steps) - 1,
                "url": self.page.url,
                "text": popup["text"][:200],
                "selector": popup["selector"],
                "closed": False,
                "covers_viewport": popup["fraction"],
            }
            if closers:
                try:
                    await self.driver.click(closers[0], stage)
                    record["closed_with"] = closers[0].text[:60] or closers[0].action().selector
                except Exception:  # noqa: BLE001
                    pass
            if "closed_with" not in record:
                await self.page.keyboard.press("Escape")
                record["closed_with"] = "Échap"
            await asyncio.sleep(0.4)
            record["closed"] = not await self.page.evaluate(
                "() => { const d = document.querySelector('[data-ca-popup]'); if (!d) return false;"
                " const r = d.getBoundingClientRect(); const st = getComputedStyle(d);"
                " return r.width > 0 && r.height > 0 && st.display !== 'none' && st.visibility !== 'hidden'; }"
            )
            if not any(p["text"] == record["text"] for p in self.journey.popups):
                self.journey.popups.append(record)
            if not record["closed"]:
                return

    # ---- the walk -----------------------------------------------------------------------------

    async def start(self, status: int | None) -> dict[str, Any]:
        """Record the landing page exactly as loaded (banner included), then answer interruptions."""
        await self.driver.settle(await self.driver.doc_id(), self.page.url, time.monotonic(), max_ms=4000)
        await asyncio.sleep(0.4)  # leave the consent rule set the time to find its banner
        stage = "home"
        facts = await self.record(stage, Action(kind="goto", selector=self.journey.url), "load", None, status)
        if status and status >= 400:
            raise StopWalk("http_error", stop_message("http_error", status=status))
        await self.handle_interruptions(stage)
        return facts

    async def walk(self, status: int | None) -> None:
        facts = await self.start(status)
        if self.config.product_url and norm(self.config.product_url) != norm(self.page.url):
            facts = await self.goto(self.config.product_url, "product", "URL du produit fournie")
        await self.reach_product(facts)
        await self.add_to_cart()
        await self.open_cart()
        await self.checkout()

    async def reach_product(self, facts: dict[str, Any]) -> None:
        """Find a product that can be bought: the landing page, else product links, else categories."""
        product_pages_seen = 0
        elements = await self.driver.elements()
        if self.is_product_page(facts, elements):
            self.relabel_last("product")
            product_pages_seen += 1
            if await self.product_ready(facts, elements):
                return
        candidates = self.product_links(facts)
        categories = self.category_links(facts)
        if not candidates and not categories and not self.looks_like_shop(facts) and not product_pages_seen:
            raise StopWalk("not_a_shop", stop_message("not_a_shop"))
        tried: set[str] = {self.page.url}
        pool = list(candidates)
        for round_ in range(2):
            for link in pool:
                if link["href"] in tried or product_pages_seen >= self.config.max_product_candidates:
                    continue
                tried.add(link["href"])
                facts = await self.goto(link["href"], "product", link.get("text"))
                elements = await self.driver.elements()
                if not self.is_product_page(facts, elements):
                    self.relabel_last("home")
                    continue
                product_pages_seen += 1
                if await self.product_ready(facts, elements):
                    return
            if round_ == 0:
                pool = []
                for category in categories[:3]:
                    if category["href"] in tried:
                        continue
                    tried.add(category["href"])
                    facts = await self.goto(category["href"], "home", category.get("text"))
                    pool.extend(link for link in self.product_links(facts) if link["href"] not in tried)
                    if pool:
                        break
        skipped = self.journey.product.get("skipped", [])
        if product_pages_seen and any(s["reason"] == "no_add_button" for s in skipped):
            raise StopWalk("add_to_cart_not_found", stop_message("add_to_cart_not_found"))
        if not product_pages_seen and not self.looks_like_shop(facts):
            raise StopWalk("not_a_shop", stop_message("not_a_shop"))
        raise StopWalk("no_product", stop_message("no_product"))

    async def product_ready(self, facts: dict[str, Any], elements: list[dict[str, Any]]) -> bool:
        """Pick the required options; True when an enabled add-to-cart button is there."""
        skipped = self.journey.product.setdefault("skipped", [])
        if self.out_of_stock(facts, elements):
            skipped.append({"url": self.page.url, "reason": "out_of_stock"})
            return False
        variants = await self.pick_variants()
        adds = await self.add_buttons()
        if not adds:
            await asyncio.sleep(0.8)  # options may unlock the button a moment later
            adds = await self.add_buttons()
        if adds:
            self.journey.product["variants_chosen"] = variants
            return True
        text = norm(facts.get("text", "")[:6000])
        reason = "out_of_stock" if OUT_OF_STOCK_TEXT.search(text) else "no_add_button"
        skipped.append({"url": self.page.url, "reason": reason})
        return False

    async def add_buttons(self) -> list[Candidate]:
        elements = await self.driver.elements()
        return [
            c
            for c in self.driver.rank(ADD_TO_CART, elements, "product")
            if not c.element.get("in_header") and not c.element.get("in_footer")
        ]

    def relabel_last(self, stage: str) -> None:
        """The step just recorded turned out to be of another stage (a product page used as entry)."""
        step = self.journey.steps[-1]
        if step.stage == stage:
            return
        old = step.stage
        summaries = self.journey.pages.get(old, [])
        if summaries and summaries[-1]["step"] == step.index:
            summary = summaries.pop()
            if not summaries:
                self.journey.pages.pop(old)
            summary["stage"] = stage
            self.journey.pages.setdefault(stage, []).append(summary)
        step.stage = stage
        for marker in self.journey.payment_markers:
            if marker.evidence.step == step.index:
                marker.evidence.stage = stage
        for form in self.journey.forms:
            if form.step == step.index:
                form.stage = stage
        self.journey.reached = "home"
        for recorded in self.journey.steps:
            self.journey.reach(recorded.stage)

    def is_product_page(self, facts: dict[str, Any], elements: list[dict[str, Any]]) -> bool:
        summary = summarise(facts, "product", -1)
        if summary["product_jsonld"] or facts.get("microdata_products") == 1:
            return True
        if norm(facts.get("meta", {}).get("og:type")) in ("product", "og:product", "product.item"):
            return True
        adds = [c for c in self.driver.rank(ADD_TO_CART, elements, "product") if not c.element.get("in_header")]
        return bool(adds) and len(adds) <= 2 and bool(facts.get("prices"))

    def out_of_stock(self, facts: dict[str, Any], elements: list[dict[str, Any]]) -> bool:
        summary = summarise(facts, "product", -1)
        availability = norm((summary["product_jsonld"] or {}).get("availability"))
        has_variants = bool(self.variant_controls_hint(facts))
        if "outofstock" in availability.replace(" ", "") and not has_variants:
            return True
        adds = [c for c in self.driver.rank(ADD_TO_CART, elements, "product") if not c.element.get("in_header")]
        if adds:
            return False
        # No enabled add button: sold out, unless options must be picked first.
        disabled_adds = [
            el
            for el in elements
            if el.get("disabled")
            and re.search(r"ajouter au panier|add to cart|epuise|sold out|rupture", norm(el.get("text")))
        ]
        text = norm(" ".join(facts.get("headings", [])) + " " + facts.get("text", "")[:3000])
        return bool(OUT_OF_STOCK_TEXT.search(text)) and not has_variants and (bool(disabled_adds) or not adds)

    def variant_controls_hint(self, facts: dict[str, Any]) -> list[dict[str, Any]]:
        hints = []
        for form in facts.get("forms", []):
            for item in form.get("fields", []):
                blob = norm(f"{item.get('name')} {item.get('id')} {item.get('label')}")
                if (
                    item.get("tag") == "select"
                    and VARIANT_HINT.search(blob)
                    and not re.search(r"qty|quantit|sort|tri", blob)
                ):
                    hints.append(item)
        return hints

    def product_links(self, facts: dict[str, Any]) -> list[dict[str, Any]]:
        origin = urlsplit(self.page.url).netloc
        scored: dict[str, tuple[float, dict[str, Any]]] = {}
        for item in facts.get("jsonld", []):
            for node in item.get("itemListElement", []) if isinstance(item, dict) else []:
                url = node.get("url") or (node.get("item") or {}).get("url") if isinstance(node, dict) else None
                if url:
                    scored[urljoin(self.page.url, url)] = (8, {"href": urljoin(self.page.url, url), "text": "ItemList"})
        price_boxes = [p.get("box") for p in facts.get("prices", []) if p.get("box")]
        for link in facts.get("links", []):
            href = link.get("href") or ""
            parts = urlsplit(href)
            if parts.netloc != origin or parts.scheme not in ("http", "https") or link.get("in_footer"):
                continue
            path = parts.path.lower()
            if re.search(
                r"panier|cart|checkout|commande|account|compte|login|connexion|contact|cgv|mentions|"
                r"livraison|retour|policies|faq|blog|wishlist|search|recherche",
                path,
            ):
                continue
            score = 0.0
            if PRODUCT_URL_HINT.search(path):
                score += 4
            if link.get("in_header"):
                score -= 3
            box = link.get("box") or [0, 0, 0, 0]
            if any(abs(pb[1] - box[1]) < 450 and abs(pb[0] - box[0]) < 400 for pb in price_boxes):
                score += 3
            if box[2] * box[3] > 20000:
                score += 1  # product tiles are large links
            if score >= 4:
                key = href.split("#")[0]
                best = scored.get(key)
                if best is None or best[0] < score:
                    scored[key] = (score, {"href": key, "text": link.get("text")})
        ordered = sorted(scored.values(), key=lambda pair: -pair[0])
        return [entry for _score, entry in ordered][: self.config.max_product_candidates + 2]

    def category_links(self, facts: dict[str, Any]) -> list[dict[str, Any]]:
        origin = urlsplit(self.page.url).netloc
        out = []
        for link in facts.get("links", []):
            parts = urlsplit(link.get("href") or "")
            if parts.netloc != origin or link.get("in_footer"):
                continue
            if CATEGORY_URL_HINT.search(parts.path.lower()) or (
                link.get("in_header")
                and 2 < len(link.get("text") or "") < 30
                and not re.search(r"panier|cart|compte|account|contact|connexion", norm(link.get("text")))
            ):
                if all(o["href"] != link["href"] for o in out) and parts.path not in ("", "/"):
                    out.append({"href": link["href"], "text": link.get("text")})
        return out[:6]

    def looks_like_shop(self, facts: dict[str, Any]) -> bool:
        text = norm(facts.get("text", "")[:8000])
        return bool(facts.get("prices")) and bool(re.search(r"panier|cart|basket|ajouter", text))

    async def pick_variants(self) -> list[dict[str, Any]]:
        """Choose required options (size, colour...) skipping those out of stock."""
        chosen: list[dict[str, Any]] = []
        fields = await self.driver.fields()
        for item in fields:
            blob = norm(f"{item['name']} {item['id']} {item['label']} {item['context']}")
            if re.search(r"\b(header|footer|nav)\b", norm(item["context"])) or re.search(
                r"qty|quantit|sort|tri\b|search", blob
            ):
                continue
            if item["tag"] == "select" and VARIANT_HINT.search(blob):
                options = [
                    o
                    for o in item["options"] or []
                    if o["value"]
                    and not o.get("disabled")
                    and not OUT_OF_STOCK_TEXT.search(norm(o["text"]))
                    and not re.search(r"^(choisir|choose|select|--|veuillez)", norm(o["text"]))
                ]
                current = next((o for o in item["options"] or [] if o["value"] == item["value"]), None)
                if current and current in options and current["value"]:
                    continue
                if options:
                    await self.page.locator(f'[data-ca-field="{item["idx"]}"]').select_option(options[0]["value"])
                    chosen.append({"control": "select", "label": item["label"], "value": options[0]["text"]})
                    await self.driver.pause()
        # Radio groups and swatches: pick the first available when none (or an unavailable one) is chosen.
        groups = await self.page.evaluate(script("variant_radios"))
        for name, radios in groups.items():
            if not VARIANT_HINT.search(norm(name)):
                continue
            checked = next((r for r in radios if r["checked"]), None)
            usable = [r for r in radios if not r["disabled"] and not OUT_OF_STOCK_TEXT.search(norm(r["text"]))]
            if usable and (checked is None or checked not in usable):
                target = usable[0]
                selector = f'input[type=radio][name="{name}"][value="{target["value"]}"]'
                locator = self.page.locator(selector).first
                try:
                    await locator.check(timeout=self.config.action_timeout_ms)
                except Exception:  # noqa: BLE001 - hidden input: click its label
                    await self.page.locator(f'label[for="{target["id"]}"]').first.click(
                        timeout=self.config.action_timeout_ms
                    )
                chosen.append({"control": "radio", "label": name, "value": target["text"]})
                await self.driver.pause()
        swatches = await self.page.evaluate(script("variant_buttons"))
        for group in swatches:
            if group["selected"] or len(group["options"]) < 2 and not group["options"]:
                continue
            usable = [
                o for o in group["options"] if not o["disabled"] and not OUT_OF_STOCK_TEXT.search(norm(o["text"]))
            ]
            if not usable or not VARIANT_HINT.search(norm(group["label"]) + " swatch size taille"):
                continue
            await self.page.locator(f'[data-ca-swatch="{usable[0]["key"]}"]').first.click(
                timeout=self.config.action_timeout_ms
            )
            chosen.append({"control": "button", "label": norm(group["label"])[:40], "value": usable[0]["text"]})
            await self.driver.pause()
        return chosen

    async def cart_count(self) -> int | None:
        return await self.page.evaluate(script("cart_count"))

    async def add_to_cart(self) -> None:
        facts = self.facts_by_step[self.journey.steps[-1].index]
        summary = summarise(facts, "product", -1)
        product = summary["product_jsonld"] or {}
        self.journey.product.update(
            {
                "url": self.page.url,
                "name": product.get("name") or (facts.get("headings") or [None])[0],
                "price": product.get("price") if product.get("price") is not None else shown_price(facts),
                "price_source": "jsonld" if product.get("price") is not None else "page",
                "currency": product.get("currency") or ("EUR" if shown_price(facts) is not None else None),
            }
        )
        adds = await self.add_buttons()
        if not adds:
            raise StopWalk("add_to_cart_not_found", stop_message("add_to_cart_not_found"))
        count_before = await self.cart_count()
        responses_before = len(self.driver.responses)
        url_before = self.page.url
        facts = await self.act("product", adds[0], note="ajout au panier")
        await asyncio.sleep(0.6)
        count_after = await self.cart_count()
        confirmations = []
        if count_before is not None and count_after is not None and count_after > count_before:
            confirmations.append("counter")
        cart_calls = [
            r
            for r in self.driver.responses[responses_before:]
            if r[0] == "POST" and r[2] < 400 and re.search(r"cart|panier|basket|add", r[1].lower())
        ]
        if cart_calls:
            confirmations.append("cart_api")
        dialogs_text = " ".join(norm(d.get("text")) for d in facts.get("dialogs", []))
        if ADDED_TO_CART_TEXT.search(dialogs_text):
            confirmations.append("drawer" if "drawer" in norm(str(facts.get("dialogs"))) else "modal")
        elif ADDED_TO_CART_TEXT.search(norm(facts.get("text", "")[:6000])):
            confirmations.append("message")
        if self.page.url != url_before and VIEW_CART.pattern("hooks").search(norm(self.page.url)):
            confirmations.append("cart_page")
            self.relabel_last("cart")
        self.journey.add_to_cart = {
            "confirmation": confirmations,
            "count_before": count_before,
            "count_after": count_after,
            "step": len(self.journey.steps) - 1,
            "button": adds[0].text[:80],
            "cart_requests": [r[1] for r in cart_calls][:3],
        }

    async def open_cart(self) -> None:
        if self.journey.steps[-1].stage == "cart":
            self.cart_step = self.journey.steps[-1].index
            await self.check_cart_reload()
            return
        elements = await self.driver.elements()
        candidates = self.driver.rank(VIEW_CART, elements, "cart")
        in_dialog = [c for c in candidates if c.element.get("in_dialog")]
        ordered = in_dialog + [c for c in candidates if c not in in_dialog]
        for candidate in ordered[:3]:
            href = candidate.element.get("href") or ""
            facts = await self.act("cart", candidate)
            if self.is_cart_page(facts):
                self.cart_step = self.journey.steps[-1].index
                await self.check_cart_reload()
                return
            if (
                href
                and urlsplit(href).path
                and urlsplit(href).path != "/"
                and self.page.url.split("#")[0] != href.split("#")[0]
            ):
                facts = await self.goto(href, "cart", candidate.text)
                if self.is_cart_page(facts):
                    self.cart_step = self.journey.steps[-1].index
                    await self.check_cart_reload()
                    return
            # A drawer opened instead of the cart page: look for its own "view cart" link.
            self.relabel_last("product")
            elements = await self.driver.elements()
            inner = [c for c in self.driver.rank(VIEW_CART, elements, "cart") if c.element.get("in_dialog")]
            if inner:
                facts = await self.act("cart", inner[0])
                if self.is_cart_page(facts):
                    self.cart_step = self.journey.steps[-1].index
                    await self.check_cart_reload()
                    return
                self.relabel_last("product")
        base = f"{urlsplit(self.page.url).scheme}://{urlsplit(self.page.url).netloc}"
        for guess in CART_URL_GUESSES:
            facts = await self.goto(base + guess, "cart", "URL de panier usuelle")
            if self.is_cart_page(facts) and (self.journey.steps[-1].http_status or 200) < 400:
                self.cart_step = self.journey.steps[-1].index
                await self.check_cart_reload()
                return
            self.relabel_last("product")
        raise StopWalk("cart_not_found", stop_message("cart_not_found"))

    def is_cart_page(self, facts: dict[str, Any]) -> bool:
        text = norm(" ".join(facts.get("headings", [])) + " " + facts.get("title", ""))
        url = norm(facts.get("url"))
        heading_says_cart = bool(re.search(r"panier|cart|basket|shopping bag|votre commande", text))
        url_says_cart = bool(re.search(r"/panier|/cart|/basket|checkout/cart|action=show", url))
        has_checkout = bool(
            re.search(
                r"commander|passer (la |ma )?commande|valider (mon |le |la |ma )?(panier|commande)|checkout|"
                r"proceder au paiement|finaliser",
                norm(facts.get("text", "")[:20000]),
            )
        )
        empty = bool(
            re.search(
                r"(votre |le )?panier est vide|your cart is empty|aucun (article|produit)",
                norm(facts.get("text", "")[:4000]),
            )
        )
        return (heading_says_cart or url_says_cart) and has_checkout and not empty

    async def check_cart_reload(self) -> None:
        """Does the cart survive a reload? (Recorded as a fact, without a new step.)"""
        try:
            name = norm(self.journey.product.get("name") or "")[:30]
            await self.page.reload(wait_until="domcontentloaded", timeout=self.config.nav_timeout_ms)
            await self.driver.settle(None, "", time.monotonic(), max_ms=4000)
            survived: bool | None = None
            for _ in range(6):  # client-rendered carts fill in after the document
                facts = await self.driver.facts()
                survived = (name in norm(facts.get("text", ""))) if name else None
                if survived:
                    break
                await asyncio.sleep(0.5)
            self.journey.cart_reload = {
                "survived": bool(survived) and self.is_cart_page(facts) if name else None,
                "url": self.page.url,
            }
            await self.handle_interruptions("cart")
        except Exception as exc:  # noqa: BLE001
            self.journey.cart_reload = {"survived": None, "error": str(exc)[:120]}

    async def checkout(self) -> None:
        elements = await self.driver.elements()
        candidates = self.driver.rank(PROCEED_TO_CHECKOUT, elements, "cart")
        if not candidates:
            raise StopWalk("checkout_not_found", stop_message("checkout_not_found"))
        facts = await self.act("cart", candidates[0], next_stage="checkout")
        self.checkout_step_indexes.append(self.journey.steps[-1].index)
        unchanged = 0
        for _ in range(self.config.max_checkout_screens):
            if detect.payment_options_visible(facts):
                await self.at_payment(facts)
                return
            if await self.handle_login_wall(facts):
                facts = self.facts_by_step[self.journey.steps[-1].index]
                continue
            progressed, facts = await self.advance_checkout()
            if not progressed:
                unchanged += 1
                if unchanged >= 2:
                    break
            else:
                unchanged = 0
        if detect.payment_options_visible(facts):
            await self.at_payment(facts)
            return
        raise StopWalk("checkout_stuck", stop_message("checkout_stuck"))

    async def at_payment(self, facts: dict[str, Any]) -> None:
        """Payment options are on screen: fill what remains (delivery costs update), record, stop."""
        step = self.journey.steps[-1]
        self.relabel_last("payment")
        await self.wait_for_payment_methods()
        filled = await self.fill_fields()
        if filled:
            await asyncio.sleep(0.8)
            await self.choose_delivery()
            started = time.monotonic()
            settled = await self.driver.settle(await self.driver.doc_id(), self.page.url, started)
            await self.record(
                "payment",
                Action(
                    kind="fill", text=f"{filled} champs remplis", detail="formulaire complété sur l'écran de paiement"
                ),
                "client" if settled.navigation == "none" else settled.navigation,
                settled.elapsed_ms,
                None,
                note="même écran, formulaire rempli",
            )
        final = self.journey.pages["payment"][-1]["final_buttons"]
        if not final:
            # Some checkouts show the order button only once a method is chosen: choose one (a
            # selection, never a submission) and read the button. It is never clicked.
            if await self.select_payment_option():
                started = time.monotonic()
                settled = await self.driver.settle(await self.driver.doc_id(), self.page.url, started)
                await self.record(
                    "payment",
                    Action(
                        kind="check",
                        text="sélection d'un moyen de paiement",
                        detail="pour lire le bouton de commande final (jamais cliqué)",
                    ),
                    "none",
                    settled.elapsed_ms,
                    None,
                    note="même écran, moyen de paiement choisi",
                )
                final = self.journey.pages["payment"][-1]["final_buttons"]
        if final:
            button = final[0]
            self.journey.final_button = Evidence(
                step=self.journey.steps[-1].index,
                stage="payment",
                url=self.page.url,
                text=button["text"],
                selector=button["selector"],
                source="button",
                screenshot=self.journey.steps[-1].screenshot,
                box=button["box"],
            )
        del step

    async def select_payment_option(self) -> bool:
        """Tick the first payment option (prefer one that is not a card: no card form opens)."""
        facts = self.facts_by_step[self.journey.steps[-1].index]
        options = [radio for radio in facts.get("radios", []) if detect.is_payment_radio(radio)]
        if not options or any(radio.get("checked") for radio in options):
            return False
        options.sort(key=lambda r: bool(detect.METHOD_TEXT["card"].search(norm(r.get("label")))))
        target = options[0]
        locator = self.page.locator(f'input[type=radio][name="{target["name"]}"][value="{target["value"]}"]').first
        if not await self.tick(locator, "payment"):
            return False  # the option could not be chosen: the final button stays unknown
        await asyncio.sleep(0.5)
        return True

    async def wait_for_payment_methods(self, attempts: int = 4) -> None:
        """Payment blocks often load a moment after the screen shows: wait until methods can be named."""
        started = time.monotonic()
        for _ in range(attempts):
            index = self.journey.steps[-1].index
            if any(m.method and m.evidence.step == index for m in self.journey.payment_markers):
                return
            await asyncio.sleep(1.0)
            await self.record(
                "payment",
                Action(kind="wait", text="chargement des moyens de paiement"),
                "none",
                round((time.monotonic() - started) * 1000, 1),
                None,
                note="même écran, moyens de paiement chargés après coup",
            )

    async def handle_login_wall(self, facts: dict[str, Any]) -> bool:
        """A login form stands in the way: take a guest path, or record that an account is required."""
        text = norm(facts.get("text", "")[:15000])
        login_url = looks_like_login_url(self.page.url)
        has_password = facts.get("password_fields", 0) > 0
        if not (has_password or login_url or FORCED_ACCOUNT_TEXT.search(text)):
            return False
        address_form = await self.has_address_form()
        elements = await self.driver.elements()
        guests = self.driver.rank(GUEST, elements, "checkout")
        guests = [g for g in guests if not re.search(r"mot de passe|password", norm(g.text))]
        if self.journey.login_wall is None and (login_url or has_password):
            self.journey.login_wall = Evidence(
                step=self.journey.steps[-1].index,
                stage="checkout",
                url=self.page.url,
                text=" / ".join(facts.get("headings", [])[:3])[:200],
                screenshot=self.journey.steps[-1].screenshot,
            )
        if guests:
            self.journey.guest_checkout = True
            self.journey.forced_account_creation = False
            if self.journey.guest_path and self.journey.guest_path.get("url") == self.page.url:
                return False  # guest path already taken on this screen: now fill it
            guest = guests[0]
            el = guest.element
            control = el.get("control_type") or el.get("type")
            prominent = (
                el.get("tag") in ("button", "input")
                or el.get("role") in ("tab", "button", "radio")
                or control == "radio"
                or re.search(r"\b(btn|button|tab)\b", norm(el.get("cls"))) is not None
                or (el.get("box") or [0, 0, 0, 0])[3] >= 36
            )
            self.journey.guest_path = {
                "text": guest.text[:120],
                "kind": el.get("role") or control or el.get("tag"),
                "prominence": "primary" if prominent else "secondary",
                "step": self.journey.steps[-1].index,
                "url": self.page.url,
                "selector": guest.action().selector,
                "box": el.get("box"),
            }
            already_active = el.get("checked") or re.search(r"\bactive\b", norm(el.get("cls"))) is not None
            if already_active and address_form:
                self.journey.guest_path["already_selected"] = True
                return False
            await self.act("checkout", guest, note="parcours invité")
            self.journey.guest_path["url"] = self.page.url
            return True
        if address_form and not login_url and not FORCED_ACCOUNT_TEXT.search(text):
            return False  # a login box beside a guest form (e-mail, address): guest is the default
        if self.config.allow_account and self.config.identity.password:
            return False  # the form will be filled, password included
        self.journey.guest_checkout = False
        self.journey.forced_account_creation = True
        raise StopWalk("login_required", stop_message("login_required"))

    async def has_address_form(self) -> bool:
        kinds = {field_kind(f) for f in await self.driver.fields()}
        return bool(kinds & {"address1", "postal_code", "city", "given_name", "family_name"}) or (
            "email" in kinds and "password" not in kinds
        )

    async def fill_fields(self) -> int:
        """Fill the visible empty fields with the fake identity; tick required consent boxes."""
        filled = 0
        for item in await self.driver.fields():
            locator = self.page.locator(f'[data-ca-field="{item["idx"]}"]').first
            kind = field_kind(item)
            try:
                if item["type"] == "checkbox":
                    label = norm(f"{item['label']} {item['name']} {item['id']}")
                    wanted = (
                        item["required"] and not re.search(r"creer un compte|create an account|createaccount", label)
                    ) or (CONSENT_CHECKBOX.search(label) and not SKIP_CHECKBOX.search(label))
                    if not item["checked"] and wanted:
                        await locator.check(timeout=self.config.action_timeout_ms, force=True)
                        filled += 1
                    continue
                if item["type"] == "radio":
                    continue
                if kind in (
                    None,
                    "card",
                    "coupon",
                    "search",
                    "quantity",
                    "newsletter",
                    "company",
                    "address2",
                    "birthday",
                    "state",
                ) and not (item["required"] and kind is None):
                    if item["tag"] == "select" and kind == "state":
                        value = choose_option(item, kind, self.config.identity)
                        if value:
                            await locator.select_option(value)
                            filled += 1
                    continue
                if kind == "password" and not (self.config.allow_account and self.config.identity.password):
                    continue
                if item["tag"] == "select":
                    value = choose_option(item, kind, self.config.identity)
                    if value:
                        await locator.select_option(value, timeout=self.config.action_timeout_ms)
                        filled += 1
                    continue
                if item["value"]:
                    continue
                value = value_for(kind, self.config.identity, item) if kind else None
                if value is None:
                    continue
                await locator.fill(value, timeout=self.config.action_timeout_ms)
                await locator.dispatch_event("change")
                await locator.evaluate("el => el.blur()")
                filled += 1
            except Exception as exc:  # noqa: BLE001 - one stubborn field does not stop the walk
                logger.debug("field %s not filled: %s", item.get("name"), exc)
        return filled

    async def tick(self, locator: Any, stage: str) -> bool:
        """Tick a radio or checkbox like a shopper; if something covers it, close that and retry, and as
        a last resort send the click to the control itself. True when it ends up ticked."""
        for attempt in range(2):
            try:
                await locator.check(timeout=self.config.action_timeout_ms / 2, force=attempt == 0)
                return True
            except Exception:  # noqa: BLE001 - covered or re-rendered: close what covers it
                if attempt == 0:
                    await self.unblock(stage)
        try:
            await locator.dispatch_event("click")
            return bool(await locator.is_checked())
        except Exception:  # noqa: BLE001
            return False

    async def choose_delivery(self) -> str | None:
        """Choose a home delivery option when none is chosen (relay points need a map)."""
        radios = await self.page.evaluate(script("delivery_radios"))
        groups: dict[str, list[dict[str, Any]]] = {}
        for radio in radios:
            if detect.is_delivery_radio({"name": radio["name"], "context": radio["ctx"]}):
                groups.setdefault(radio["name"], []).append(radio)
        for name, options in groups.items():
            if any(o["checked"] for o in options):
                continue
            home = [o for o in options if not re.search(r"relais|relay|pickup|retrait|magasin|locker", norm(o["text"]))]
            target = (home or options)[0]
            locator = self.page.locator(f'input[type=radio][name="{name}"][value="{target["value"]}"]').first
            if not await self.tick(locator, "checkout"):
                self.journey.errors.append(f"mode de livraison non choisi : {target['text'][:60]}")
                return None
            return target["text"]
        return None

    async def advance_checkout(self) -> tuple[bool, dict[str, Any]]:
        """Fill the current screen, choose a delivery option, press the continue button."""
        filled = await self.fill_fields()
        delivery = await self.choose_delivery()
        if filled or delivery:
            await asyncio.sleep(0.5)
        facts_now = await self.driver.facts()
        if detect.payment_options_visible(facts_now):
            started = time.monotonic()
            settled = await self.driver.settle(await self.driver.doc_id(), self.page.url, started)
            facts = await self.record(
                "payment", Action(kind="fill", text=f"{filled} champs remplis"), "client", settled.elapsed_ms, None
            )
            return True, facts
        elements = await self.driver.elements()
        candidates = [c for c in self.driver.rank(CONTINUE, elements, "checkout")]
        if not candidates:
            # Some one-page checkouts reveal the next section by themselves once fields are valid.
            await asyncio.sleep(1.0)
            facts = await self.driver.facts()
            return detect.payment_options_visible(facts), facts
        before = self.screen_signature(facts_now)
        try:
            facts = await self.act("checkout", candidates[0])
        except FinalButtonRefused:
            raise
        after = self.screen_signature(facts)
        return before != after, facts

    @staticmethod
    def screen_signature(facts: dict[str, Any]) -> str:
        return (
            f"{facts.get('url')}|{'|'.join(facts.get('headings', [])[:6])}|{len(facts.get('forms', []))}|"
            f"{sum(len(f.get('fields', [])) for f in facts.get('forms', []))}"
        )


# Overlays: fixed or modal elements that cover a good part of the screen.
POPUP_SCRIPT = "overlays"


def shown_price(facts: dict[str, Any]) -> float | None:
    """The product price as displayed: the first short price text below the main heading."""
    for price in facts.get("prices", []):
        text = price.get("text") or ""
        context = norm(f"{price.get('cls')} {price.get('context')}")
        if len(text) > 40 or re.search(r"header|footer|nav|cart|panier|basket|related|upsell|similar", context):
            continue
        amount = parse_euros(text)
        if amount:
            return amount
    return None


def is_marketing_popup(dialog: dict[str, Any]) -> bool:
    text = norm(dialog.get("text"))
    key = norm(f"{dialog.get('id')} {dialog.get('cls')}")
    if re.search(
        r"cookie|consent|didomi|axeptio|onetrust|tarteaucitron|cybot|sd-cmp|usercentrics", key + " " + text[:80]
    ):
        return False
    if ADDED_TO_CART_TEXT.search(text) or re.search(r"cart|panier|drawer|minicart", key):
        return False
    return bool(
        re.search(
            r"newsletter|inscri|abonne|-\s?\d+ ?%|\d+ ?% (de reduction|offerts?)|code promo|offre|"
            r"premiere commande|subscribe|sign up|promo|bienvenue|cadeau",
            text + " " + key,
        )
    )


def navigation_failure(message: str) -> tuple[str, str]:
    """(stop code, French reason) for a navigation error of the browser."""
    if "ERR_TOO_MANY_REDIRECTS" in message:
        return "redirect_loop", stop_message("redirect_loop")
    if re.search(
        r"ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_RESET|"
        r"ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_TIMED_OUT|"
        r"ERR_NAME_RESOLUTION_FAILED|ERR_ADDRESS_INVALID",
        message,
    ):
        return "unreachable", stop_message("unreachable", detail=re.search(r"ERR_[A-Z_]+", message).group(0))
    if "Timeout" in message or "timeout" in message:
        return "timeout", stop_message("timeout")
    if "ERR_INVALID_URL" in message or "invalid URL" in message.lower():
        return "invalid_url", stop_message("invalid_url")
    return "browser_error", stop_message("browser_error", detail=message.split("\n")[0][:120])
