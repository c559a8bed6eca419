"""End of a journey: derive the summary fields of the result contract from the recorded steps,
and read the shop's returns page."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from crawler.items import Evidence, Journey, ReturnPolicy
from crawler.text import norm
from crawler.walk import detect
from crawler.walk.forms import counts_as_checkout_field


def checkout_screens(journey: Journey, cart_step: int | None) -> int | None:
    """Distinct pages or screens from the cart to the payment step, both included."""
    if journey.reached != "payment" or cart_step is None:
        return None
    signatures: list[str] = []
    for step in journey.steps[cart_step:]:
        if step.stage not in ("cart", "checkout", "payment"):
            continue
        pages = [p for summaries in journey.pages.values() for p in summaries if p["step"] == step.index]
        headings = "|".join(pages[0]["headings"][:4]) if pages else ""
        signature = f"{step.url.split('?')[0]}|{headings}"
        if step.navigation == "load" or not signatures or signatures[-1] != signature:
            if not (step.action and step.action.kind == "fill" and step.stage == "payment"):
                signatures.append(signature)
        if step.stage == "payment":
            break
    return len(signatures) or None


def form_field_count(journey: Journey) -> int | None:
    if journey.reached not in ("checkout", "payment"):
        return None
    seen: set[str] = set()
    for form in journey.forms:
        for field in form.fields:
            item = {
                "type": field.type if field.tag == "input" else field.tag,
                "name": field.name,
                "id": field.id,
                "label": field.label,
                "placeholder": field.placeholder,
                "autocomplete": field.autocomplete,
                "context": "",
            }
            if not counts_as_checkout_field(item):
                continue
            seen.add(field.name or field.id or field.label or f"{form.step}-{len(seen)}")
    return len(seen)


def summarise_payments(journey: Journey) -> None:
    at_payment = {m.method for m in journey.payment_markers if m.evidence.stage == "payment" and m.method}
    before = {m.method for m in journey.payment_markers if m.evidence.stage in ("home", "product", "cart") and m.method}
    providers = {m.provider for m in journey.payment_markers if m.provider}
    journey.payment_methods = sorted(at_payment) if journey.reached == "payment" else None
    journey.payment_methods_before_checkout = sorted(before)
    if providers or journey.reached == "payment":
        journey.bnpl_providers = sorted(providers)
    else:
        journey.bnpl_providers = None


def returns_links(walker: Any) -> list[dict[str, Any]]:
    origin = urlsplit(walker.journey.url).netloc
    ranked: dict[str, tuple[int, dict[str, Any]]] = {}
    for link in walker.all_policy_links:
        href = (link.get("href") or "").split("#")[0]
        if not href or urlsplit(href).netloc not in (origin, ""):
            continue
        label = norm(link.get("text"))
        score = 3 if re.search(r"retour|return|refund|rembours", label) else 1
        if re.search(r"politique de retour|retours et|livraison et retour|return policy|refund policy", label):
            score += 2
        if href not in ranked or ranked[href][0] < score:
            ranked[href] = (score, link)
    return [link for _score, link in sorted(ranked.values(), key=lambda pair: -pair[0])]


async def read_return_policy(walker: Any) -> ReturnPolicy:
    journey = walker.journey
    policy = ReturnPolicy()
    # What the visited pages themselves promise (reassurance banners, cart notes).
    for stage in ("product", "cart", "checkout", "payment", "home"):
        for summary in journey.pages.get(stage, []):
            free, days, excerpt = detect.return_terms(summary.get("text_excerpt", ""))
            if excerpt and (free is not None or days is not None):
                policy.evidence.append(
                    Evidence(
                        step=summary["step"],
                        stage=stage,
                        url=summary["url"],
                        text=excerpt,
                        source="text",
                        screenshot=summary.get("screenshot"),
                    )
                )
                policy.free_returns = policy.free_returns if policy.free_returns is not None else free
                policy.return_window_days = policy.return_window_days or days
    links = returns_links(walker)
    for link in links[:2]:
        href = link["href"]
        if walker.robots is not None and walker.config.obey_robots and not walker.robots.allowed(href):
            continue
        page = await walker.page.context.new_page()
        try:
            response = await page.goto(href, wait_until="domcontentloaded", timeout=walker.config.nav_timeout_ms)
            if response is not None and response.status >= 400:
                continue
            text = await page.evaluate("document.body ? document.body.innerText : ''")
        except Exception:  # noqa: BLE001 - the policy stays unknown
            continue
        finally:
            await page.close()
        free, days, excerpt = detect.return_terms(text)
        if free is None and days is None:
            continue
        policy.url = href
        policy.text_excerpt = text[:4000]
        policy.evidence.insert(
            0,
            Evidence(step=None, stage="returns_page", url=href, text=excerpt, source="page", selector=link.get("text")),
        )
        # The returns page is the reference; on-page promises only fill what it does not say.
        policy.free_returns = free if free is not None else policy.free_returns
        policy.return_window_days = days if days is not None else policy.return_window_days
        break
    if policy.url is None and links:
        policy.url = links[0]["href"]
    return policy


async def complete_journey(walker: Any) -> None:
    journey: Journey = walker.journey
    journey.checkout_steps = checkout_screens(journey, walker.cart_step)
    journey.checkout_form_fields = form_field_count(journey)
    summarise_payments(journey)
    if journey.reached == "payment" and journey.guest_checkout is None:
        journey.guest_checkout = True  # reached payment without any account
        journey.forced_account_creation = False
    if journey.cookie_banner is None and walker.consent_log.cmp and walker.consent_log.popup_found_at:
        journey.cookie_banner = walker.consent_log.cmp
    if journey.steps and journey.bot_wall is None and journey.stop_code not in ("http_error",):
        journey.return_policy = await read_return_policy(walker)
