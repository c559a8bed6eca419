"""One scrapy-playwright download handler (and so one browser) per crawl.

Scrapy builds its http and https download handlers eagerly; with the stock handler that means two
browsers. This subclass hands the same instance to both schemes and closes it once.
"""

from __future__ import annotations

from typing import Any

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

_ATTR = "_checkout_audit_playwright_handler"


class SharedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedPlaywrightHandler:
        handler = getattr(crawler, _ATTR, None)
        if handler is None:
            handler = cls(crawler)
            setattr(crawler, _ATTR, handler)
        return handler

    async def close(self) -> None:  # type: ignore[override]
        if getattr(self, "_closed_once", False):
            return
        self._closed_once = True
        await super().close()

    async def new_journey_context(self, name: str, context_kwargs: dict[str, Any]) -> Any:
        """A fresh browser context for one journey (its own cookies, storage and cart)."""
        wrapper = await self._create_browser_context(name=name, context_kwargs=context_kwargs)
        return wrapper.context
