"""Runs spread over workers: shops come from a shared Redis queue, results go to the shared history.

`checkout-audit run --sites sites.csv --redis URL` puts the shops in the queue and works on them;
`checkout-audit worker --redis URL` (on this machine or any other) only works. Each finished shop
is audited, stored in the history database (when `--db` is given) and only then acknowledged, so a
shop whose worker dies is walked again by another worker and stored exactly once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.items import SCHEMA_VERSION
from crawler.shop_queue import ShopQueue, entry_for

logger = logging.getLogger(__name__)


@dataclass
class DistributedRun:
    redis_url: str
    queue_name: str
    viewports: list[str]
    out: Path
    db: str | None = None
    lang: str = "fr"
    collected: dict[str, dict[str, Any]] = field(default_factory=dict)
    stored: list[str] = field(default_factory=list)

    def queue(self) -> ShopQueue:
        return ShopQueue.from_url(self.redis_url, self.queue_name)

    def push(self, sites: list[Any]) -> int:
        return self.queue().push([entry_for(s.url, s.name, s.product_url) for s in sites])

    def on_item(self, item: Any, **_: Any) -> None:
        """Scrapy's item_scraped signal: when a shop has all its journeys, save it, then acknowledge it."""
        entry = item.site.queue_entry
        if entry is None:
            return
        site = self.collected.setdefault(
            entry, {"name": item.site.name, "url": item.site.url, "product_url": item.site.product_url, "viewports": {}}
        )
        site["viewports"][item.viewport] = item.journey
        if len(site["viewports"]) < len(self.viewports):
            return
        document = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "checkout-audit", "version": __version__},
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "sites": [site],
        }
        try:
            if self.db:
                from audits.runner import audit_document
                from monitoring.history import store_document

                store_document(self.db, audit_document(document, self.lang), out_dir=self.out)
            self.queue().ack(entry)
            self.stored.append(site["url"])
        except Exception as exc:  # noqa: BLE001 - not acknowledged: another worker will redo it
            logger.error("boutique non enregistrée, elle sera reprise : %s (%s)", site["url"], exc)
        finally:
            self.collected.pop(entry, None)
