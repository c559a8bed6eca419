"""The checkout spider: one Scrapy request per journey (shop × viewport), walked in the browser.

Each journey gets its own browser context (own cookies and cart), created by scrapy-playwright
from the request's meta; the page is closed, then its context, whatever happens. The viewports
of one shop are walked one after the other (one journey at a time per shop); different shops
run concurrently, bounded by PLAYWRIGHT_MAX_CONTEXTS.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy

from crawler import consent
from crawler.browser import viewports as make_viewports
from crawler.items import Journey
from crawler.robots import fetch_robots
from crawler.walk.driver import FinalButtonRefused
from crawler.walk.forms import Identity
from crawler.walk.journey import WalkConfig, Walker, navigation_failure
from crawler.walk.stops import StopWalk, stop_message

logger = logging.getLogger(__name__)


@dataclass
class Site:
    url: str
    name: str
    product_url: str | None = None
    queue_entry: str | None = None  # the shared-queue entry this shop came from (distributed runs)


@dataclass
class JourneyItem:
    site: Site
    viewport: str
    journey: dict[str, Any]


@dataclass
class SitePlan:
    site: Site
    pending: list[str] = field(default_factory=list)


def site_slug(site: Site) -> str:
    parts = urlsplit(site.url)
    base = site.name or parts.netloc
    return re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "site"


class CheckoutSpider(scrapy.Spider):
    name = "checkout"
    custom_settings: dict[str, Any] = {}

    def __init__(
        self,
        sites: list[Site] | None = None,
        url: str | None = None,
        product_url: str | None = None,
        viewports: str | list[str] = "desktop,mobile",
        out: str = "audit-out",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if sites is None:
            urls = [u for u in re.split(r"[,\s]+", url or "") if u]
            sites = [Site(url=u, name=urlsplit(u).netloc, product_url=product_url) for u in urls]
        self.sites = sites
        self.viewport_names = viewports.split(",") if isinstance(viewports, str) else list(viewports)
        self.out_dir = Path(out)
        self.plans: dict[str, SitePlan] = {}
        self.journeys_done = 0

    # ---- requests -------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.prepare()
        for site in self.sites:
            self.add_site(site)
        for slug in list(self.plans):
            request = self.next_request(slug)
            if request is not None:
                yield request

    def prepare(self) -> None:
        settings = self.crawler.settings
        self.walk_settings = settings
        self.profiles = make_viewports(
            settings.getint("CHECKOUT_AUDIT_CHROMIUM_MAJOR") or None, settings.get("CHECKOUT_AUDIT_USER_AGENT") or None
        )

    def add_site(self, site: Site) -> str:
        slug = site_slug(site)
        while slug in self.plans:
            slug += "-2"
        self.plans[slug] = SitePlan(site=site, pending=list(self.viewport_names))
        return slug

    def next_request(self, slug: str) -> scrapy.Request | None:
        plan = self.plans[slug]
        if not plan.pending:
            return None
        viewport = plan.pending.pop(0)
        profile = self.profiles[viewport]
        journey = Journey(
            url=plan.site.url,
            viewport=viewport,
            device=profile.device,
            user_agent=profile.context_kwargs.get("user_agent"),
            screen={
                **profile.context_kwargs["viewport"],
                "device_scale_factor": profile.context_kwargs["device_scale_factor"],
            },
            started_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )
        consent_log = consent.ConsentLog(action=self.walk_settings.get("CHECKOUT_AUDIT_CONSENT", "accept"))

        async def init_page(page: Any, request: scrapy.Request) -> None:
            from crawler.collect import HERE

            # The journey starts when its browser context and page exist (not while it waits for one).
            request.meta["started"] = time.monotonic()
            journey.started_at = datetime.now(UTC).isoformat(timespec="milliseconds")
            await page.add_init_script(path=str(HERE / "init.js"))
            await consent.install(page, consent_log)

        context_name = f"{slug}-{viewport}-{time.monotonic_ns()}"
        return scrapy.Request(
            plan.site.url,
            callback=self.walk,
            errback=self.failed,
            dont_filter=True,
            meta={
                "playwright": True,
                "playwright_include_page": True,
                "playwright_context": context_name,
                "playwright_context_kwargs": dict(profile.context_kwargs),
                "playwright_page_init_callback": init_page,
                "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded"},
                "handle_httpstatus_all": True,
                "slug": slug,
                "journey": journey,
                "consent_log": consent_log,
                "started": time.monotonic(),
            },
        )

    def walk_config(self, slug: str) -> WalkConfig:
        s = self.walk_settings
        identity = Identity()
        if s.get("CHECKOUT_AUDIT_ACCOUNT_PASSWORD"):
            identity = Identity(
                email=s.get("CHECKOUT_AUDIT_ACCOUNT_EMAIL") or identity.email,
                password=s.get("CHECKOUT_AUDIT_ACCOUNT_PASSWORD"),
            )
        return WalkConfig(
            out_dir=self.out_dir,
            site_slug=slug,
            identity=identity,
            product_url=self.plans[slug].site.product_url,
            pause_ms=s.getint("CHECKOUT_AUDIT_PAUSE_MS", 400),
            action_timeout_ms=s.getint("CHECKOUT_AUDIT_ACTION_TIMEOUT_MS", 5000),
            nav_timeout_ms=s.getint("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", 30000),
            journey_timeout_s=s.getfloat("CHECKOUT_AUDIT_JOURNEY_TIMEOUT", 180.0),
            obey_robots=s.getbool("CHECKOUT_AUDIT_OBEY_ROBOTS", False),
            allow_account=s.getbool("CHECKOUT_AUDIT_ALLOW_ACCOUNT", False),
            consent_action=s.get("CHECKOUT_AUDIT_CONSENT", "accept"),
            screenshots=s.getbool("CHECKOUT_AUDIT_SCREENSHOTS", True),
        )

    # ---- callbacks ----------------------------------------------------------------------------

    async def walk(self, response: scrapy.http.Response) -> AsyncIterator[Any]:
        meta = response.meta
        page = meta["playwright_page"]
        journey: Journey = meta["journey"]
        slug = meta["slug"]
        config = self.walk_config(slug)
        robots = None
        try:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(response.url))
            robots = await fetch_robots(page.context, origin, config.nav_timeout_ms)
            walker = Walker(page, journey, config, meta["consent_log"], robots)
            try:
                await asyncio.wait_for(walker.walk(response.status), timeout=config.journey_timeout_s)
            except StopWalk as stop:
                journey.stop(stop.code, stop.reason)
            except TimeoutError:
                stage = journey.steps[-1].stage if journey.steps else "home"
                journey.stop(
                    "journey_timeout",
                    stop_message("journey_timeout", seconds=int(config.journey_timeout_s)) + f" (étape « {stage} »)",
                )
            except FinalButtonRefused as refused:
                journey.stop("final_button", stop_message("final_button"))
                journey.errors.append(f"bouton final refusé : {refused}")
            except Exception as exc:  # noqa: BLE001 - one journey's bug must not end the run
                logger.exception("journey failed on %s (%s)", journey.url, journey.viewport)
                code, reason = navigation_failure(str(exc))
                if code == "timeout" and not re.search(r"goto|navigat|wait_for_url|load state", str(exc), re.I):
                    # An element that never became clickable is not a slow page.
                    code, reason = "browser_error", stop_message("browser_error", detail=str(exc).split("\n")[0][:120])
                journey.stop(code, reason)
                journey.errors.append(str(exc).split("\n")[0][:300])
            try:
                await asyncio.wait_for(self.finish(walker, journey), timeout=60)
            except Exception as exc:  # noqa: BLE001
                journey.errors.append(f"fin de parcours incomplète : {str(exc)[:200]}")
        finally:
            await self.close_page(page)
        journey.robots = robots.to_dict() if robots else {}
        yield self.item(slug, journey, meta)
        follow = self.next_request(slug)
        if follow is not None:
            yield follow

    async def finish(self, walker: Walker, journey: Journey) -> None:
        from crawler.walk.finish import complete_journey

        await complete_journey(walker)

    async def failed(self, failure: Any) -> AsyncIterator[Any]:
        request = failure.request
        meta = request.meta
        page = meta.get("playwright_page")
        if page is not None:
            await self.close_page(page)
        journey: Journey = meta["journey"]
        code, reason = navigation_failure(repr(failure.value))
        journey.stop(code, reason)
        journey.errors.append(str(failure.value).split("\n")[0][:300])
        yield self.item(meta["slug"], journey, meta)
        follow = self.next_request(meta["slug"])
        if follow is not None:
            yield follow

    def item(self, slug: str, journey: Journey, meta: dict[str, Any]) -> JourneyItem:
        journey.finished_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        journey.duration_ms = round((time.monotonic() - meta["started"]) * 1000, 1)
        consent_log: consent.ConsentLog = meta["consent_log"]
        journey.consent = {**consent_log.to_dict(), **journey.consent}
        if journey.cookie_banner is None and consent_log.cmp and consent_log.popup_found_at:
            journey.cookie_banner = consent_log.cmp
        self.journeys_done += 1
        return JourneyItem(site=self.plans[slug].site, viewport=journey.viewport, journey=journey.to_dict())

    @staticmethod
    async def close_page(page: Any) -> None:
        context = page.context
        try:
            await page.close()
        except Exception:  # noqa: BLE001 - already closed
            pass
        try:
            await context.close()
        except Exception:  # noqa: BLE001
            pass
