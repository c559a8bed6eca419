"""The checkout spider fed by a shared Redis queue (scrapy-redis), for runs over many workers.

Each worker claims shops while it has free browser contexts, walks them like the plain spider
(one journey at a time per shop, its viewports one after the other) and keeps a heartbeat alive.
When idle it puts back the shops of workers that died, and it stops once nothing is pending or
being processed anywhere. Acknowledging a shop (after its results are saved) is the job of the
caller, which sees the finished items (checkout_audit/distributed.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.spiders import RedisMixin

from crawler.shop_queue import ShopQueue
from crawler.spiders.checkout import CheckoutSpider, Site

logger = logging.getLogger(__name__)


class DistributedCheckoutSpider(RedisMixin, CheckoutSpider):
    name = "checkout-distributed"

    def __init__(self, queue_name: str = "default", wait_s: float = 0.0, **kwargs: Any) -> None:
        super().__init__(sites=[], **kwargs)
        self.queue_name = queue_name
        self.wait_s = float(wait_s)  # how long an empty queue is waited for before stopping
        self.last_busy = time.monotonic()
        self.queue: ShopQueue | None = None
        self.active: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DistributedCheckoutSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        return spider

    def setup_redis(self, crawler: Any = None) -> None:
        super().setup_redis(crawler)
        self.queue = ShopQueue(self.server, self.queue_name)
        self.redis_key = self.queue.keys.pending
        self.fetch_data = self.claim_shops
        self.count_size = self.server.llen

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.prepare()
        asyncio.get_running_loop().create_task(self.beat())
        for request in self.next_requests():
            yield request

    async def beat(self) -> None:
        while True:
            try:
                self.queue.heartbeat()
            except Exception as exc:  # noqa: BLE001 - Redis away for a moment: try again
                logger.warning("heartbeat failed: %s", exc)
            await asyncio.sleep(5)

    def claim_shops(self, _key: str, _batch: int) -> list[str]:
        free = self.crawler.settings.getint("PLAYWRIGHT_MAX_CONTEXTS", 4) - len(self.active)
        return self.queue.claim(free)

    def make_request_from_data(self, data: Any) -> scrapy.Request | None:
        entry = data.decode() if isinstance(data, bytes) else str(data)
        try:
            raw = json.loads(entry)
            site = Site(
                url=raw["url"],
                name=raw.get("name") or raw["url"],
                product_url=raw.get("product_url"),
                queue_entry=entry,
            )
        except (ValueError, KeyError, TypeError):
            logger.error("entrée de file invalide ignorée : %r", entry[:200])
            self.queue.ack(entry)
            return None
        slug = self.add_site(site)
        self.active.add(slug)
        return self.next_request(slug)

    def next_request(self, slug: str) -> scrapy.Request | None:
        request = super().next_request(slug)
        if request is None:
            self.active.discard(slug)  # this shop's journeys are all done
        return request

    def spider_idle(self) -> None:
        for entry in self.queue.requeue_abandoned():
            logger.warning("boutique reprise après la disparition de son worker : %s", entry)
        self.schedule_next_requests()
        if self.active or not self.queue.finished():
            self.last_busy = time.monotonic()
            raise DontCloseSpider
        if time.monotonic() - self.last_busy < self.wait_s:
            raise DontCloseSpider
