"""Progress of a long run on a terminal: journeys done / total, failures so far, time left.

Silent when stderr is not a terminal (cron, systemd, CI): logs stay clean there.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from crawler.walk.stops import is_failure


@dataclass
class Progress:
    total: int
    concurrency: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    started: float = field(default_factory=time.monotonic)
    done: int = 0
    failures: int = 0

    @property
    def enabled(self) -> bool:
        return self.stream.isatty()

    def on_item(self, item: Any, **_: Any) -> None:
        """Scrapy's item_scraped signal: one journey finished."""
        self.done += 1
        if is_failure((getattr(item, "journey", None) or {}).get("stop_code")):
            self.failures += 1
        if self.enabled:
            self.stream.write("\r" + self.line() + ("\n" if self.done >= self.total else ""))
            self.stream.flush()

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        left = self.remaining_seconds(elapsed)
        eta = f", reste ≈ {format_duration(left)}" if left is not None else ""
        return f"parcours {self.done}/{self.total}, échecs {self.failures}{eta}   "

    def remaining_seconds(self, elapsed: float) -> float | None:
        if not self.done or self.done >= self.total:
            return None if not self.done else 0.0
        # Journeys run `concurrency` at a time: the pace so far tells the time left.
        return elapsed / self.done * (self.total - self.done)


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
