"""Read-only helpers over one recorded journey (the dict form of `crawler.items.Journey`).

Audits never trust a field blindly: a missing or malformed fact raises `MissingFact`, which the
runner turns into an `unknown` result for that one audit.
"""

from __future__ import annotations

from typing import Any

from audits.base import EvidenceItem
from crawler.items import STAGES
from crawler.text import norm as normalise
from crawler.text import parse_euros

# The stages in walking order and the text normalisation are the crawler's own: audits match the
# recorded facts exactly as the walk matched the page (pure functions, no browser involved).
STAGE_ORDER = STAGES


class MissingFact(Exception):  # noqa: N818 - a signal that one audit cannot judge, not a crash
    """A fact an audit needs is absent or malformed in the saved journey."""


def norm(text: Any) -> str:
    """Lowercase, without accents, straight apostrophes, single spaces (crawler.text.norm)."""
    return normalise(str(text)) if text else ""


def euros(text: Any) -> float | None:
    """The first euro amount in a text ('1 299,90 €', '€12.50'), or None (crawler.text.parse_euros)."""
    return parse_euros(str(text)) if text else None


def stage_rank(stage: str | None) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else -1


class Facts:
    def __init__(self, journey: dict[str, Any], viewport: str) -> None:
        if not isinstance(journey, dict):
            raise MissingFact("journey is not an object")
        self.j = journey
        self.viewport = viewport
        steps = journey.get("steps") if isinstance(journey.get("steps"), list) else []
        self.steps: dict[int, dict[str, Any]] = {
            s["index"]: s for s in steps if isinstance(s, dict) and isinstance(s.get("index"), int)
        }

    # --- where the walk went -------------------------------------------------------------
    @property
    def reached(self) -> str:
        return self.j.get("reached") or "home"

    def reached_at_least(self, stage: str) -> bool:
        return stage_rank(self.reached) >= stage_rank(stage)

    @property
    def stop_note_fr(self) -> str:
        reason = self.j.get("stop_reason")
        where = f"le parcours s'est arrêté à l'étape « {self.reached} »"
        return f"{where} ({reason})" if reason else where

    @property
    def stop_note_en(self) -> str:
        code = self.j.get("stop_code")
        where = f"the walk stopped at the '{self.reached}' stage"
        return f"{where} ({code})" if code else where

    # --- raw access with checks ---------------------------------------------------------
    def get(self, key: str, kind: type | tuple[type, ...] | None = None, required: bool = False) -> Any:
        value = self.j.get(key)
        if value is None:
            if required:
                raise MissingFact(f"fact '{key}' is missing")
            return None
        if kind is not None and not isinstance(value, kind):
            raise MissingFact(f"fact '{key}' is malformed ({type(value).__name__})")
        return value

    def pages(self, *stages: str) -> list[dict[str, Any]]:
        """Page summaries of these stages (all stages when none given), in step order."""
        pages = self.j.get("pages") or {}
        if not isinstance(pages, dict):
            raise MissingFact("fact 'pages' is malformed")
        found = []
        for stage, summaries in pages.items():
            if stages and stage not in stages:
                continue
            if not isinstance(summaries, list):
                raise MissingFact(f"fact 'pages.{stage}' is malformed")
            found.extend(s for s in summaries if isinstance(s, dict))
        return sorted(found, key=lambda s: s.get("step") if isinstance(s.get("step"), int) else -1)

    def forms(self, *stages: str) -> list[dict[str, Any]]:
        forms = self.j.get("forms") or []
        if not isinstance(forms, list):
            raise MissingFact("fact 'forms' is malformed")
        return [f for f in forms if isinstance(f, dict) and (not stages or f.get("stage") in stages)]

    # --- evidence -----------------------------------------------------------------------
    def evidence(
        self,
        step: int | None = None,
        text: str | None = None,
        selector: str | None = None,
        box: list[float] | None = None,
        url: str | None = None,
        screenshot: str | None = None,
        stage: str | None = None,
    ) -> EvidenceItem:
        """An evidence line; URL, stage and screenshot come from the recorded step when not given."""
        recorded = self.steps.get(step) if isinstance(step, int) else None
        if recorded:
            url = url or recorded.get("url")
            screenshot = screenshot or recorded.get("screenshot")
            stage = stage or recorded.get("stage")
        return EvidenceItem(
            step=step,
            url=url,
            text=(text[:300] if isinstance(text, str) else text),
            selector=selector,
            screenshot=screenshot,
            box=box if isinstance(box, list) else None,
            stage=stage,
        )

    def from_recorded(self, recorded: Any, text: str | None = None) -> EvidenceItem | None:
        """Evidence from a recorded `Evidence` dict (login_wall, final_button, markers...)."""
        if not isinstance(recorded, dict):
            return None
        return self.evidence(
            step=recorded.get("step"),
            text=text or recorded.get("text"),
            selector=recorded.get("selector"),
            box=recorded.get("box"),
            url=recorded.get("url"),
            screenshot=recorded.get("screenshot"),
            stage=recorded.get("stage"),
        )

    def from_page(self, page: dict[str, Any], text: str | None = None, **extra: Any) -> EvidenceItem:
        return self.evidence(
            step=page.get("step"),
            text=text,
            url=page.get("url"),
            screenshot=page.get("screenshot"),
            stage=page.get("stage"),
            **extra,
        )

    # --- text of a page -------------------------------------------------------------------
    @staticmethod
    def lines(page: dict[str, Any]) -> list[str]:
        text = page.get("text_excerpt") or ""
        return [line.strip() for line in str(text).split("\n") if line.strip()]
