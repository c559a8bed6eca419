"""What the shop's robots.txt says about the paths a journey visits.

A journey is one shopper's visit, like a monitoring check, so by default robots.txt is read and
reported, not obeyed; `--obey-robots` makes the walk stop where it forbids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.robotparser import RobotFileParser

ROBOTS_AGENT = "checkout-audit"


@dataclass
class RobotsRules:
    url: str
    status: int | None
    parser: RobotFileParser | None
    visited_disallowed: list[str] = field(default_factory=list)

    def allowed(self, url: str) -> bool:
        if self.parser is None:
            return True
        return self.parser.can_fetch(ROBOTS_AGENT, url)

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "status": self.status,
            "read": self.parser is not None,
            "user_agent": ROBOTS_AGENT,
            "disallowed_paths_visited": sorted(set(self.visited_disallowed)),
        }


async def fetch_robots(context: Any, origin: str, timeout_ms: int) -> RobotsRules:
    """Read /robots.txt with the journey's own browser context (same user agent, same cookies)."""
    url = origin.rstrip("/") + "/robots.txt"
    try:
        response = await context.request.get(url, timeout=timeout_ms, max_redirects=5)
    except Exception:  # noqa: BLE001 - no robots.txt to report
        return RobotsRules(url=url, status=None, parser=None)
    if response.status >= 400:
        return RobotsRules(url=url, status=response.status, parser=None)
    parser = RobotFileParser()
    parser.parse((await response.text()).splitlines())
    return RobotsRules(url=url, status=response.status, parser=parser)
