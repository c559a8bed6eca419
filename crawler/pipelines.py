"""Writes the run folder: `audit.json` is rewritten after every journey, so what was recorded is
kept even if the run is interrupted."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.items import SCHEMA_VERSION


class AuditFilePipeline:
    def __init__(self, out_dir: Path, crawler: Any = None) -> None:
        self.out_dir = out_dir
        self.crawler = crawler
        self.generated_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.sites: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> AuditFilePipeline:
        return cls(Path(crawler.settings.get("CHECKOUT_AUDIT_OUT", "audit-out")), crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        spider_out = getattr(spider, "out_dir", None)
        if spider_out:
            self.out_dir = Path(spider_out)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for site in getattr(spider, "sites", []):
            self.entry(site)
        self.write()

    def entry(self, site: Any) -> dict[str, Any]:
        key = site.url + "|" + (site.name or "")
        if key not in self.sites:
            self.sites[key] = {"name": site.name, "url": site.url, "product_url": site.product_url, "viewports": {}}
            self.order.append(key)
        return self.sites[key]

    def process_item(self, item: Any, spider: Any = None) -> Any:
        self.entry(item.site)["viewports"][item.viewport] = item.journey
        self.write()
        return item

    def write(self) -> None:
        document = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "checkout-audit", "version": __version__},
            "generated_at": self.generated_at,
            "sites": [self.sites[key] for key in self.order],
        }
        target = self.out_dir / "audit.json"
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
