"""HTML reports of a saved result folder: one page per shop, and an index when there are several.

Plain Python turns the saved document into typed contexts (one dataclass per template); templates only lay
them out. Everything read from `audit.json` may be missing (older files): each reader has a default.
Crawled text is never marked safe: Jinja2 escapes it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from crawler.items import STAGES
from crawler.schema import payment_methods
from reports.history import HistoryView, load_history
from reports.images import crop_name, make_crop, make_thumbnail, valid_box
from reports.strings import (
    ACTION_LABELS,
    MONTHS,
    PAYMENT_LABELS,
    STAGE_LABELS,
    STATUS_LABELS,
    STOP_REASONS_EN,
    STRINGS,
    VIEWPORT_LABELS,
    check_lang,
)

JOURNEY_STAGES = STAGES  # the walk's stage order (crawler.items, part of the result contract)
CHECK_GROUPS = ("product", "cart", "checkout", "payment", "journey")
VIEWPORT_ORDER = ("desktop", "mobile")
PAYMENT_METHODS = payment_methods()  # the contract's own list (crawler/schema)
# Worst first: the order used to merge the two devices' statuses into one.
STATUS_SEVERITY = {"fail": 0, "warn": 1, "unknown": 2, "pass": 3, "na": 4}
STATUS_ICONS = {"pass": "✓", "warn": "!", "fail": "✕", "na": "–", "unknown": "?"}
# Core Web Vitals thresholds (web-vitals library), used only to colour the timings; audits/weights.toml wins.
TIMING_THRESHOLDS = {"ttfb_ms": (800, 1800), "lcp_ms": (2500, 4000), "screen_stable_ms": (2500, 4000)}
TOP_PRIORITIES = 3
EVIDENCE_TEXT_LIMIT = 240


# ---------------------------------------------------------------------------------------------- reading helpers


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def text(value: Any, limit: int | None = None) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    cleaned = re.sub(r"\s+", " ", str(value)).strip()
    if not cleaned:
        return None
    if limit and len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def viewports_of(site: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    journeys = {k: v for k, v in as_dict(site.get("viewports")).items() if isinstance(v, dict)}
    ordered = [vp for vp in VIEWPORT_ORDER if vp in journeys] + [vp for vp in journeys if vp not in VIEWPORT_ORDER]
    return [(vp, journeys[vp]) for vp in ordered]


def slugify(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "site"


def site_slugs(document: dict[str, Any]) -> list[str]:
    """One unique file-name slug per site, like the crawler's screenshot folders (name, else host)."""
    slugs: list[str] = []
    for site in as_list(document.get("sites")):
        site = as_dict(site)
        base = slugify(str(site.get("name") or urlsplit(str(site.get("url") or "")).netloc or "site"))
        slug = base
        while slug in slugs:
            slug += "-2"
        slugs.append(slug)
    return slugs


def site_name(site: dict[str, Any]) -> str:
    return text(site.get("name")) or urlsplit(str(site.get("url") or "")).netloc or text(site.get("url")) or "?"


def report_filename(document: dict[str, Any], site_index: int) -> str:
    if len(as_list(document.get("sites"))) <= 1:
        return "report.html"
    return f"report-{site_slugs(document)[site_index]}.html"


def stage_rank(stage: Any) -> int:
    return JOURNEY_STAGES.index(stage) if stage in JOURNEY_STAGES else -1


def audit_meta() -> dict[str, Any]:
    """The audits' static metadata (stage, titles, recommendations in both languages), by id."""
    try:
        from audits.checks import ALL
    except Exception:  # noqa: BLE001 - a report renders without the audits package installed
        return {}
    return {module.META.id: module.META for module in ALL}


def check_order() -> list[str]:
    try:
        from audits.checks import IDS
    except Exception:  # noqa: BLE001
        return []
    return list(IDS)


def timing_thresholds(viewport: str) -> dict[str, tuple[float, float]]:
    limits = dict(TIMING_THRESHOLDS)
    try:
        from audits.config import audit_settings

        _, thresholds, _ = audit_settings("speed", viewport)
    except Exception:  # noqa: BLE001
        return limits
    good, poor = thresholds.get("lcp_good_ms"), thresholds.get("lcp_poor_ms")
    if number(good) and number(poor):
        limits["lcp_ms"] = (float(good), float(poor))
    good, poor = thresholds.get("ttfb_good_ms"), thresholds.get("ttfb_poor_ms")
    if number(good) and number(poor):
        limits["ttfb_ms"] = (float(good), float(poor))
    return limits


def safe_href(url: Any) -> str | None:
    """Only http(s) links from crawled data (never javascript: or data:)."""
    value = text(url)
    if not value:
        return None
    return value if urlsplit(value).scheme in ("http", "https") else None


# ---------------------------------------------------------------------------------------------- formatting


@dataclass
class Formatter:
    lang: str

    def number(self, value: Any, digits: int = 0) -> str:
        amount = number(value)
        if amount is None:
            return "—"
        rendered = f"{amount:,.{digits}f}"
        if self.lang == "fr":
            rendered = rendered.replace(",", "\u202f").replace(".", ",")
        return rendered

    def duration_ms(self, value: Any) -> str:
        amount = number(value)
        if amount is None:
            return "—"
        if amount < 1000:
            return f"{self.number(amount)}\u00a0ms"
        return f"{self.number(amount / 1000, 1)}\u00a0s"

    def percent(self, value: Any) -> str:
        amount = number(value)
        if amount is None:
            return "—"
        return f"{self.number(amount * 100)}\u00a0%" if self.lang == "fr" else f"{self.number(amount * 100)}%"

    def date(self, value: Any) -> str | None:
        raw = text(value)
        if not raw:
            return None
        try:
            moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return raw
        month = MONTHS[self.lang][moment.month - 1]
        zone = " UTC" if moment.utcoffset() is not None and not moment.utcoffset() else ""
        if self.lang == "fr":
            return f"{moment.day} {month} {moment.year}, {moment:%H:%M}{zone}"
        return f"{month} {moment.day}, {moment.year}, {moment:%H:%M}{zone}"


def strings(lang: str) -> dict[str, str]:
    return STRINGS[check_lang(lang)]


# ---------------------------------------------------------------------------------------------- view objects


@dataclass
class Link:
    href: str | None
    label: str


@dataclass
class Shot:
    """A saved screenshot: thumbnail in the page, full image in a lightbox (`#id`)."""

    id: str
    href: str | None  # None: the file is not in the run folder
    thumb: str | None
    alt: str
    viewport: str


@dataclass
class Crop:
    src: str
    alt: str
    shot: Shot


@dataclass
class Badge:
    status: str
    label: str
    icon: str
    viewport: str = ""


@dataclass
class Gauge:
    label: str
    score: int | None
    status: str  # pass | warn | fail | unknown: colour band (Lighthouse: 90+, 50-89, 0-49)
    aria: str
    caption: str | None
    dash: float
    circumference: float
    big: bool = False


@dataclass
class NoteView:
    viewport: str
    text: str
    lang: str


@dataclass
class EvidenceView:
    viewport: str
    where: str
    url: Link | None
    text: str | None
    crop: Crop | None
    shot: Shot | None


@dataclass
class PriorityView:
    rank: int
    id: str
    title: str
    stage: str
    stage_label: str
    points: str
    points_long: str
    badges: list[Badge]
    notes: list[NoteView]
    evidence: list[EvidenceView]
    more_evidence: list[EvidenceView]
    fallback_shot: Shot | None
    recommendation: str | None
    source: str | None
    lang: str


@dataclass
class FunnelStage:
    label: str
    state: str  # done | stop | todo
    state_label: str


@dataclass
class FunnelView:
    viewport: str
    device: str | None
    stages: list[FunnelStage]
    complete: bool
    headline: str
    stop_reason: str | None
    stop_lang: str


@dataclass
class Timing:
    label: str
    long_label: str
    value: str
    grade: str  # good | average | poor | plain


@dataclass
class StepView:
    index: int | None
    title: str
    action: str
    action_text: str | None
    note: str | None
    url: Link | None
    timings: list[Timing]
    shot: Shot | None
    http_status: int | None


@dataclass
class JourneyRow:
    stage: str
    stage_label: str
    first: bool
    span: int
    cells: list[StepView | None]


@dataclass
class CheckRow:
    id: str
    title: str
    status: str
    badges: list[Badge]
    notes: list[NoteView]
    evidence: list[EvidenceView]
    recommendation: str | None
    source: str | None
    weight: str
    lang: str


@dataclass
class CheckGroup:
    stage: str
    label: str
    heading_id: str
    summary: str
    rows: list[CheckRow]


@dataclass
class MatrixCell:
    state: str  # yes | no | unknown
    label: str


@dataclass
class MatrixRow:
    label: str
    cells: list[MatrixCell]


@dataclass
class FactLine:
    label: str
    values: list[str]


@dataclass
class PaymentsView:
    viewports: list[str]
    rows: list[MatrixRow]
    facts: list[FactLine]


@dataclass
class ReturnsView:
    free: str
    free_state: str
    window: str
    window_note: str | None
    window_state: str
    page: Link | None
    excerpt: list[str]
    badge: Badge | None


@dataclass
class IncidentView:
    viewport: str
    lines: list[str]


@dataclass
class SiteReportContext:
    lang: str
    t: dict[str, str]
    page_title: str
    name: str
    url: Link | None
    date: str | None
    tool: str
    version: str
    viewports: list[str]
    devices: list[str]
    audited: bool
    gauges: list[Gauge]
    funnels: list[FunnelView]
    priorities: list[PriorityView]
    other_priorities: list[PriorityView]
    journey_viewports: list[str]
    journey_rows: list[JourneyRow]
    check_groups: list[CheckGroup]
    payments: PaymentsView
    returns: ReturnsView
    incidents: list[IncidentView]
    shots: list[Shot]
    index_href: str | None
    benchmark_href: str | None
    footer: str
    history: HistoryView | None = None


@dataclass
class SiteCard:
    name: str
    url: Link | None
    href: str
    gauge: Gauge
    funnels: list[FunnelView]
    top_friction: str | None


@dataclass
class IndexContext:
    lang: str
    t: dict[str, str]
    page_title: str
    date: str | None
    tool: str
    version: str
    sites: list[SiteCard]
    benchmark_href: str | None
    downloads: list[Link]
    footer: str


# ---------------------------------------------------------------------------------------------- images


class ImageStore:
    """Screenshots used by one page: one lightbox each, thumbnails and crops written beside the report."""

    def __init__(self, run_dir: Path, out_dir: Path, lang: str) -> None:
        self.run_dir = run_dir
        self.out_dir = out_dir
        self.lang = lang
        self.shots: dict[str, Shot] = {}

    def _href(self, path: Path) -> str:
        return PurePosixPath(Path(os.path.relpath(path, self.out_dir)).as_posix()).as_posix()

    @staticmethod
    def _relative(screenshot: Any) -> PurePosixPath | None:
        raw = text(screenshot)
        if not raw:
            return None
        path = PurePosixPath(raw.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or not path.parts:
            return None  # a result file never points outside its folder
        return path

    def shot(self, screenshot: Any, viewport: str, device: str | None, alt: str) -> Shot | None:
        relative = self._relative(screenshot)
        if relative is None:
            return None
        key = relative.as_posix()
        if key in self.shots:
            return self.shots[key]
        source = self.run_dir / relative
        href = thumb = None
        if source.is_file():
            href = self._href(source)
            parts = relative.parts[1:] if relative.parts[0] == "screens" and len(relative.parts) > 1 else relative.parts
            target = self.out_dir / "thumbs" / PurePosixPath(*parts).with_suffix(".jpg")
            if make_thumbnail(source, target, viewport, device):
                thumb = self._href(target)
        shot = Shot(id=f"shot-{len(self.shots) + 1}", href=href, thumb=thumb, alt=alt, viewport=viewport)
        self.shots[key] = shot
        return shot

    def crop(self, screenshot: Any, box: Any, viewport: str, device: str | None, alt: str, shot: Shot) -> Crop | None:
        relative = self._relative(screenshot)
        area = valid_box(box)
        if relative is None or area is None or shot.href is None:
            return None
        target = self.out_dir / "crops" / crop_name(relative.as_posix(), area)
        if not make_crop(self.run_dir / relative, target, area, viewport, device):
            return None
        return Crop(src=self._href(target), alt=alt, shot=shot)


# ---------------------------------------------------------------------------------------------- builders


class SiteBuilder:
    """Builds the context of one shop's report. All the report's computation lives here."""

    def __init__(self, document: dict[str, Any], site_index: int, out_dir: Path, run_dir: Path, lang: str) -> None:
        self.lang = check_lang(lang)
        self.t = strings(lang)
        self.fmt = Formatter(lang)
        self.document = document
        self.site = as_dict(as_list(document.get("sites"))[site_index])
        self.journeys = viewports_of(self.site)
        self.images = ImageStore(run_dir, out_dir, lang)
        self.meta = audit_meta()
        self.steps_by_vp = {
            vp: {s.get("index"): s for s in map(as_dict, as_list(j.get("steps")))} for vp, j in self.journeys
        }

    # labels
    def vp_label(self, viewport: str) -> str:
        return VIEWPORT_LABELS[self.lang].get(viewport, viewport)

    def stage_label(self, stage: Any) -> str:
        return STAGE_LABELS[self.lang].get(str(stage), str(stage or "—"))

    def badge(self, status: Any, viewport: str = "") -> Badge:
        key = status if status in STATUS_SEVERITY else "unknown"
        return Badge(key, STATUS_LABELS[self.lang][key], STATUS_ICONS[key], self.vp_label(viewport) if viewport else "")

    def device(self, viewport: str) -> str | None:
        return text(dict(self.journeys).get(viewport, {}).get("device"))

    # screenshots
    def step_shot(self, viewport: str, screenshot: Any, step: Any, stage: Any) -> Shot | None:
        alt = self.t["screenshot_of"].format(
            viewport=self.vp_label(viewport), step=step if step is not None else "?", stage=self.stage_label(stage)
        )
        return self.images.shot(screenshot, viewport, self.device(viewport), alt)

    def evidence_view(self, item: dict[str, Any], viewport: str) -> EvidenceView:
        step = item.get("step")
        stage = item.get("stage")
        if stage is None and step in self.steps_by_vp.get(viewport, {}):
            stage = self.steps_by_vp[viewport][step].get("stage")
        where = self.stage_label(stage) if stage else ""
        if isinstance(step, int):
            where = f"{self.t['seen_at'].format(step=step)}" + (f" · {self.stage_label(stage)}" if stage else "")
        shot = self.step_shot(viewport, item.get("screenshot"), step, stage)
        crop = None
        if shot is not None:
            alt = self.t["crop_of"].format(viewport=self.vp_label(viewport), step=step if step is not None else "?")
            crop = self.images.crop(item.get("screenshot"), item.get("box"), viewport, self.device(viewport), alt, shot)
        url = text(item.get("url"))
        return EvidenceView(
            viewport=self.vp_label(viewport),
            where=where,
            url=Link(safe_href(url), text(url, 90) or "") if url else None,
            text=text(item.get("text"), EVIDENCE_TEXT_LIMIT),
            crop=crop,
            shot=shot,
        )

    def evidence_views(self, items: list[tuple[str, dict[str, Any]]], limit: int) -> list[EvidenceView]:
        """Deduplicated evidence, the ones with an outlined box and a screenshot first."""
        seen: set[tuple[Any, ...]] = set()
        unique: list[tuple[str, dict[str, Any]]] = []
        for viewport, item in items:
            key = (viewport, item.get("step"), text(item.get("text")), item.get("selector"), str(item.get("box")))
            if key not in seen:
                seen.add(key)
                unique.append((viewport, item))
        unique.sort(key=lambda pair: (valid_box(pair[1].get("box")) is None, not pair[1].get("screenshot")))
        return [self.evidence_view(item, viewport) for viewport, item in unique[:limit]]

    # translated audit strings: the saved ones when the file was audited in this language
    def check_title(self, check: dict[str, Any], status: str) -> str:
        meta = self.meta.get(check.get("id"))
        if (check.get("lang") or "fr") == self.lang or meta is None:
            return text(check.get("title")) or str(check.get("id") or "?")
        passed = status in ("pass", "na")
        return getattr(meta, f"title_{'pass' if passed else 'fail'}_{self.lang}")

    def check_recommendation(self, check: dict[str, Any], status: str) -> str | None:
        if status not in ("warn", "fail", "unknown"):
            return None
        meta = self.meta.get(check.get("id"))
        if (check.get("lang") or "fr") == self.lang or meta is None:
            return text(check.get("recommendation"))
        return getattr(meta, f"recommendation_{self.lang}")

    def notes(self, per_vp: dict[str, dict[str, Any]], viewports: list[str], lang: str) -> list[NoteView]:
        """One line per distinct note; a note seen on every device is labelled once."""
        by_text: dict[str, list[str]] = {}
        for viewport in viewports:
            note = text(per_vp.get(viewport, {}).get("note"))
            if note:
                by_text.setdefault(note, []).append(viewport)
        views = []
        for note, where in by_text.items():
            label = (
                self.t["both_viewports"]
                if len(where) > 1 and len(where) == len(self.journeys)
                else ", ".join(self.vp_label(vp) for vp in where)
            )
            views.append(NoteView(label, note, lang))
        return views

    # sections
    def gauge(
        self, label: str, score: Any, coverage: Any = None, big: bool = False, spoken: str | None = None
    ) -> Gauge:
        """`spoken`: the name screen readers hear (« Score mobile »), default the visible label."""
        value = number(score)
        spoken = spoken or label
        circumference = 2 * 3.14159 * 42
        if value is None:
            status, dash, aria = "unknown", 0.0, self.t["score_none"].format(label=spoken)
        else:
            value = max(0.0, min(100.0, value))
            status = "pass" if value >= 90 else "warn" if value >= 50 else "fail"
            dash = round(circumference * value / 100, 2)
            aria = self.t["score_of"].format(label=spoken, score=round(value))
        caption = self.t["coverage"].format(pct=self.fmt.percent(coverage)) if number(coverage) is not None else None
        return Gauge(
            label=label,
            score=None if value is None else round(value),
            status=status,
            aria=aria,
            caption=caption,
            dash=dash,
            circumference=round(circumference, 2),
            big=big,
        )

    def gauges(self) -> list[Gauge]:
        gauges = [self.gauge(self.t["overall_score"], self.site.get("score"), big=True)]
        for viewport, journey in self.journeys:
            label = self.vp_label(viewport)
            spoken = self.t["score_viewport"].format(viewport=label if self.lang == "en" else label.lower())
            gauges.append(self.gauge(label, journey.get("score"), journey.get("coverage"), spoken=spoken))
        return gauges

    def stop_reason(self, journey: dict[str, Any]) -> tuple[str | None, str]:
        code, reason = text(journey.get("stop_code")), text(journey.get("stop_reason"))
        if self.lang == "en" and code in STOP_REASONS_EN:
            return STOP_REASONS_EN[code], "en"
        return reason or code, "fr"

    def funnel(self, viewport: str, journey: dict[str, Any]) -> FunnelView:
        reached = stage_rank(journey.get("reached"))
        reason, reason_lang = self.stop_reason(journey)
        complete = reached == len(JOURNEY_STAGES) - 1
        stopped = reason is not None and not complete
        stages = []
        for rank, stage in enumerate(JOURNEY_STAGES):
            if rank < reached or (rank == reached and not stopped):
                state, label = "done", self.t["reached"]
            elif rank == reached:
                state, label = "stop", self.t["stop_here"]
            else:
                state, label = "todo", self.t["not_reached"]
            stages.append(FunnelStage(self.stage_label(stage), state, label))
        if complete:
            headline = self.t["reached_all"]
        else:
            headline = self.t["stopped_at"].format(stage=self.stage_label(journey.get("reached") or "home"))
        return FunnelView(
            viewport=self.vp_label(viewport),
            device=text(journey.get("device")),
            stages=stages,
            complete=complete,
            headline=headline,
            stop_reason=reason if not complete or reason else None,
            stop_lang=reason_lang,
        )

    def checks_by_id(self) -> dict[str, dict[str, dict[str, Any]]]:
        """{check id: {viewport: saved check}}, in checklist order."""
        merged: dict[str, dict[str, dict[str, Any]]] = {audit_id: {} for audit_id in check_order()}
        for viewport, journey in self.journeys:
            for check in map(as_dict, as_list(journey.get("checks"))):
                if check.get("id"):
                    merged.setdefault(str(check["id"]), {})[viewport] = check
        return {k: v for k, v in merged.items() if v}

    def saved_priorities(self) -> list[dict[str, Any]]:
        saved = [p for p in map(as_dict, as_list(self.site.get("priorities"))) if p.get("id")]
        if saved or "priorities" in self.site:
            return saved
        # Older files without site priorities: failures and warnings by weighted loss.
        fallback: dict[str, dict[str, Any]] = {}
        for audit_id, per_vp in self.checks_by_id().items():
            for viewport, check in per_vp.items():
                score, weight = number(check.get("score")), number(check.get("weight")) or 0.0
                if check.get("status") not in ("warn", "fail") or score is None or weight <= 0:
                    continue
                entry = fallback.setdefault(
                    audit_id, {**check, "cost": 0.0, "viewports": {}, "evidence": [], "lang": check.get("lang")}
                )
                entry["cost"] += weight * (1 - score) / max(len(per_vp), 1)
                entry["viewports"][viewport] = {"status": check.get("status"), "note": check.get("note")}
                entry["evidence"] += [{**as_dict(e), "viewport": viewport} for e in as_list(check.get("evidence"))]
        return sorted(fallback.values(), key=lambda p: -p["cost"])

    def fallback_shot(self, stage: str, viewports: list[str]) -> Shot | None:
        """For a missing element: the screen of the audit's stage where it should have been."""
        for viewport in viewports:
            steps = [s for s in self.steps_by_vp.get(viewport, {}).values() if s.get("stage") == stage]
            if stage in ("payment", "product"):
                steps = steps[::-1]
            for step in steps:
                shot = self.step_shot(viewport, step.get("screenshot"), step.get("index"), stage)
                if shot is not None and shot.href:
                    return shot
        return None

    def priority_view(self, rank: int, priority: dict[str, Any]) -> PriorityView:
        per_vp = {vp: as_dict(v) for vp, v in as_dict(priority.get("viewports")).items()}
        worst = sorted(per_vp, key=lambda vp: (STATUS_SEVERITY.get(per_vp[vp].get("status"), 2), vp != "mobile"))
        status = per_vp[worst[0]].get("status", "fail") if worst else "fail"
        checks = self.checks_by_id().get(str(priority.get("id")), {})
        lang_source = {**priority, "lang": next((c.get("lang") for c in checks.values()), "fr")}
        items = [
            (str(e.get("viewport") or (worst[0] if worst else "desktop")), as_dict(e))
            for e in as_list(priority.get("evidence"))
        ]
        items.sort(key=lambda pair: worst.index(pair[0]) if pair[0] in worst else 9)
        evidence = self.evidence_views(items, limit=12)
        shown = [e for e in evidence if e.shot is not None and e.shot.href][:1] or evidence[:1]
        more = [e for e in evidence if e not in shown]
        stage = str(priority.get("stage") or getattr(self.meta.get(priority.get("id")), "stage", "journey"))
        fallback = None
        if not any(e.shot is not None and e.shot.href for e in shown):
            fallback = self.fallback_shot(stage, worst)
        notes = self.notes(per_vp, [vp for vp, _ in self.journeys if vp in per_vp], lang_source["lang"] or "fr")
        points = self.fmt.number(priority.get("cost"), 1)
        return PriorityView(
            rank=rank,
            id=str(priority.get("id")),
            title=self.check_title(lang_source, status),
            stage=stage,
            stage_label=self.stage_label(stage),
            points=self.t["points_lost"].format(points=points),
            points_long=self.t["points_lost_long"].format(points=points),
            badges=[self.badge(per_vp[vp].get("status"), vp) for vp in per_vp],
            notes=notes,
            evidence=shown,
            more_evidence=more,
            fallback_shot=fallback,
            recommendation=self.check_recommendation(lang_source, status),
            source=text(priority.get("source")),
            lang=lang_source["lang"] or "fr",
        )

    def journey_rows(self) -> list[JourneyRow]:
        by_stage: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for viewport, journey in self.journeys:
            for step in map(as_dict, as_list(journey.get("steps"))):
                stage = str(step.get("stage") or "home")
                by_stage.setdefault(stage, {}).setdefault(viewport, []).append(step)
        stages = [s for s in JOURNEY_STAGES if s in by_stage] + [s for s in by_stage if s not in JOURNEY_STAGES]
        rows: list[JourneyRow] = []
        for stage in stages:
            per_vp = by_stage[stage]
            span = max(len(steps) for steps in per_vp.values())
            for k in range(span):
                cells: list[StepView | None] = []
                for viewport, _ in self.journeys:
                    steps = per_vp.get(viewport, [])
                    cells.append(self.step_view(viewport, steps[k]) if k < len(steps) else None)
                rows.append(JourneyRow(stage, self.stage_label(stage), k == 0, span, cells))
        return rows

    def step_view(self, viewport: str, step: dict[str, Any]) -> StepView:
        action = as_dict(step.get("action"))
        kind = str(action.get("kind") or "")
        action_label = ACTION_LABELS[self.lang].get(kind, kind or "—")
        action_text = text(action.get("text"), 80)
        if not action_text and kind == "goto":
            action_text = text(urlsplit(str(step.get("url") or "")).path, 80)
        thresholds = timing_thresholds(viewport)
        timings = []
        for label in ("ttfb", "lcp", "load", "screen_stable"):
            key = f"{label}_ms"
            value = number(step.get(key))
            if value is None:
                continue
            grade = "plain"
            if key in thresholds:
                good, poor = thresholds[key]
                grade = "good" if value <= good else "average" if value <= poor else "poor"
            timings.append(Timing(self.t[label], self.t[f"{label}_long"], self.fmt.duration_ms(value), grade))
        index = step.get("index") if isinstance(step.get("index"), int) else None
        url = text(step.get("url"))
        note = " — ".join(v for v in (text(step.get("note"), 120), text(action.get("detail"), 120)) if v) or None
        status = step.get("http_status")
        return StepView(
            index=index,
            title=self.t["step"].format(n=index if index is not None else "?"),
            action=action_label,
            action_text=action_text,
            note=note,
            url=Link(safe_href(url), text(url, 70) or "") if url else None,
            timings=timings,
            shot=self.step_shot(viewport, step.get("screenshot"), index, step.get("stage")),
            http_status=status if isinstance(status, int) and status >= 400 else None,
        )

    def check_groups(self) -> list[CheckGroup]:
        groups: dict[str, list[CheckRow]] = {}
        for audit_id, per_vp in self.checks_by_id().items():
            ordered = [vp for vp, _ in self.journeys if vp in per_vp]
            worst_vp = min(ordered, key=lambda vp: STATUS_SEVERITY.get(per_vp[vp].get("status"), 2))
            worst = per_vp[worst_vp]
            status = worst.get("status") if worst.get("status") in STATUS_SEVERITY else "unknown"
            meta = self.meta.get(audit_id)
            stage = str(worst.get("stage") or getattr(meta, "stage", "journey"))
            check_lang_ = str(worst.get("lang") or "fr")
            notes = self.notes(per_vp, ordered, check_lang_)
            items = [(vp, as_dict(e)) for vp in ordered for e in as_list(per_vp[vp].get("evidence"))]
            weights = sorted({self.fmt.number(per_vp[vp].get("weight")) for vp in ordered})
            weight = " / ".join(weights)
            if all(not number(per_vp[vp].get("weight")) for vp in ordered):
                weight = self.t["informative"]
            groups.setdefault(stage, []).append(
                CheckRow(
                    id=audit_id,
                    title=self.check_title(worst, status),
                    status=status,
                    badges=[self.badge(per_vp[vp].get("status"), vp) for vp in ordered],
                    notes=notes,
                    evidence=self.evidence_views(items, limit=6 if status in ("warn", "fail", "unknown") else 3),
                    recommendation=self.check_recommendation(worst, status),
                    source=text(worst.get("source")),
                    weight=weight,
                    lang=check_lang_,
                )
            )
        result = []
        order = list(CHECK_GROUPS) + [s for s in groups if s not in CHECK_GROUPS]
        for stage in order:
            rows = groups.get(stage)
            if not rows:
                continue
            counts = {s: sum(r.status == s for r in rows) for s in ("pass", "warn", "fail")}
            summary = self.t["checklist_summary"].format(
                passed=counts["pass"],
                warned=counts["warn"],
                failed=counts["fail"],
                other=len(rows) - sum(counts.values()),
            )
            result.append(CheckGroup(stage, self.stage_label(stage), f"checks-{stage}", summary, rows))
        return result

    def payments(self) -> PaymentsView:
        yes, no, unknown = (
            MatrixCell("yes", self.t["yes"]),
            MatrixCell("no", self.t["no"]),
            MatrixCell("unknown", self.t["unknown"]),
        )
        at_payment: dict[str, set[str] | None] = {}
        before: dict[str, set[str] | None] = {}
        for viewport, journey in self.journeys:
            methods = journey.get("payment_methods")
            at_payment[viewport] = {str(m) for m in methods} if isinstance(methods, list) else None
            announced = journey.get("payment_methods_before_checkout")
            seen_before = isinstance(announced, list) and stage_rank(journey.get("reached")) >= stage_rank("product")
            before[viewport] = {str(m) for m in announced} if seen_before else None
        extra = sorted({m for s in (*at_payment.values(), *before.values()) if s for m in s} - set(PAYMENT_METHODS))
        rows = []
        for method in (*PAYMENT_METHODS, *extra):
            cells = []
            for table in (at_payment, before):
                for viewport, _ in self.journeys:
                    found = table[viewport]
                    cells.append(unknown if found is None else yes if method in found else no)
            rows.append(MatrixRow(PAYMENT_LABELS[self.lang].get(method, method), cells))
        facts = []
        bnpl, express, final = [], [], []
        for _, journey in self.journeys:
            providers = journey.get("bnpl_providers")
            if isinstance(providers, list):
                bnpl.append(", ".join(str(p).capitalize() for p in providers) or self.t["none"])
            else:
                bnpl.append(self.t["unknown"])
            spots = [as_dict(e) for e in as_list(journey.get("express_checkout"))]
            express.append(
                ", ".join(
                    dict.fromkeys(
                        f"{text(e.get('text'), 40) or '?'} ({self.stage_label(e.get('stage'))})" for e in spots
                    )
                )
                or self.t["none"]
            )
            button = as_dict(journey.get("final_button"))
            final.append(f"« {text(button.get('text'), 80)} »" if text(button.get("text")) else "—")
        facts.append(FactLine(self.t["bnpl"], bnpl))
        facts.append(FactLine(self.t["express"], express))
        facts.append(FactLine(self.t["final_button"], final))
        return PaymentsView([self.vp_label(vp) for vp, _ in self.journeys], rows, facts)

    def returns(self) -> ReturnsView:
        policies = [as_dict(j.get("return_policy")) for _, j in self.journeys]
        policy: dict[str, Any] = {}
        for key in ("free_returns", "return_window_days", "url", "text_excerpt"):
            policy[key] = next((p.get(key) for p in policies if p.get(key) is not None), None)
        free = policy["free_returns"]
        free_text, free_state = (
            (self.t["yes"], "yes")
            if free is True
            else (self.t["no"], "no")
            if free is False
            else (self.t["unknown"], "unknown")
        )
        days = number(policy["return_window_days"])
        if days is None:
            window, window_note, window_state = self.t["unknown"], self.t["legal_days"], "unknown"
        else:
            window = self.t["days"].format(n=self.fmt.number(days))
            key, window_state = (
                ("above_legal", "yes") if days > 14 else ("at_legal", "warn") if days == 14 else ("below_legal", "no")
            )
            window_note = f"{self.t[key]} ({self.t['legal_days']})"
        url = text(policy["url"])
        checks = self.checks_by_id().get("return_policy", {})
        worst = min(checks.values(), key=lambda c: STATUS_SEVERITY.get(c.get("status"), 2), default=None)
        return ReturnsView(
            free=free_text,
            free_state=free_state,
            window=window,
            window_note=window_note,
            window_state=window_state,
            page=Link(safe_href(url), text(url, 80) or "") if url else None,
            excerpt=return_excerpt(policy["text_excerpt"]),
            badge=self.badge(worst.get("status")) if worst else None,
        )

    def incidents(self) -> list[IncidentView]:
        result = []
        for viewport, journey in self.journeys:
            lines = [text(e, 200) for e in as_list(journey.get("errors"))]
            wall = as_dict(journey.get("bot_wall"))
            if wall:
                lines.append(text(wall.get("text"), 200) or "bot wall")
            banner = text(journey.get("cookie_banner"))
            if banner:
                lines.append(self.t["cookie_banner"].format(cmp=banner))
            lines = [line for line in lines if line]
            if lines:
                result.append(IncidentView(self.vp_label(viewport), lines))
        return result

    def build(self, index_href: str | None, benchmark_href: str | None) -> SiteReportContext:
        tool = as_dict(self.document.get("tool"))
        name = site_name(self.site)
        audited = any(isinstance(j.get("checks"), list) for _, j in self.journeys)
        priorities = [self.priority_view(i + 1, p) for i, p in enumerate(self.saved_priorities())]
        started = sorted(text(j.get("started_at")) or "" for _, j in self.journeys if text(j.get("started_at")))
        date = self.fmt.date(self.document.get("generated_at") or (started[0] if started else None))
        url = text(self.site.get("url"))
        tool_name, version = text(tool.get("name")) or "checkout-audit", text(tool.get("version")) or "?"
        context = SiteReportContext(
            lang=self.lang,
            t=self.t,
            page_title=self.t["page_title"].format(title=self.t["report_title"], name=name),
            name=name,
            url=Link(safe_href(url), url) if url else None,
            date=date,
            tool=tool_name,
            version=version,
            viewports=[self.vp_label(vp) for vp, _ in self.journeys],
            devices=[f"{self.vp_label(vp)} ({text(j.get('device')) or vp})" for vp, j in self.journeys],
            audited=audited,
            gauges=self.gauges() if audited else [],
            funnels=[self.funnel(vp, j) for vp, j in self.journeys],
            priorities=priorities[:TOP_PRIORITIES],
            other_priorities=priorities[TOP_PRIORITIES:],
            journey_viewports=[self.vp_label(vp) for vp, _ in self.journeys],
            journey_rows=self.journey_rows(),
            check_groups=self.check_groups(),
            payments=self.payments(),
            returns=self.returns(),
            incidents=self.incidents(),
            shots=[],
            index_href=index_href,
            benchmark_href=benchmark_href,
            footer=self.t["generated_by"].format(tool=tool_name, version=version),
        )
        context.shots = list(self.images.shots.values())
        return context


def return_excerpt(value: Any, limit: int = 420) -> list[str]:
    """The lines of the returns page that speak of returns (the page text also holds menus and footers)."""
    raw = value if isinstance(value, str) else ""
    lines = [text(line) for line in raw.splitlines()]
    lines = [line for line in lines if line]
    pattern = re.compile(r"retour|rétractation|rembours|return|refund", re.I)
    detail = re.compile(r"\d|gratuit|offert|free|charge", re.I)
    chosen = [line for line in lines if pattern.search(line) and detail.search(line) and len(line) > 20]
    chosen = list(dict.fromkeys(chosen)) or ([text(raw, limit)] if text(raw) else [])
    result, used = [], 0
    for line in chosen:
        if used >= limit:
            break
        clipped = text(line, limit - used) or ""
        result.append(clipped)
        used += len(clipped)
    return result


# ---------------------------------------------------------------------------------------------- templates


@lru_cache(maxsize=4)
def environment(lang: str) -> Environment:
    """The one place where the templates' filters are registered."""
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    fmt = Formatter(lang)
    env.filters.update(
        {
            "number": fmt.number,
            "duration_ms": fmt.duration_ms,
            "percent": fmt.percent,
            "status_icon": lambda status: STATUS_ICONS.get(status, "?"),
        }
    )
    return env


def render_template(name: str, context: Any, lang: str) -> str:
    return environment(lang).get_template(name).render(c=context)


def write_text(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, path)
    return path


# ---------------------------------------------------------------------------------------------- public API


def build_site_context(
    document: dict[str, Any],
    site_index: int,
    out_dir: Path,
    lang: str = "fr",
    run_dir: Path | None = None,
) -> SiteReportContext:
    out_dir = Path(out_dir)
    multi = len(as_list(document.get("sites"))) > 1
    builder = SiteBuilder(document, site_index, out_dir, Path(run_dir or out_dir), lang)
    context = builder.build("report.html" if multi else None, "benchmark.html" if multi else None)
    if not multi:  # a monitored shop: its run folder may carry the history of past runs
        context.history = load_history(Path(run_dir or out_dir), lang, VIEWPORT_LABELS[lang])
    return context


def render_site_report(
    document: dict[str, Any], site_index: int, out_dir: Path, lang: str = "fr", run_dir: Path | None = None
) -> Path:
    """Write the report of one site to `out_dir` (`report.html`, or `report-<slug>.html` when the document holds
    several sites). Screenshots are read from `run_dir` (default: `out_dir`, the result folder)."""
    out_dir = Path(out_dir)
    context = build_site_context(document, site_index, out_dir, lang, run_dir)
    return write_text(out_dir / report_filename(document, site_index), render_template("report.html", context, lang))


def build_index_context(document: dict[str, Any], out_dir: Path, lang: str = "fr") -> IndexContext:
    t = strings(lang)
    fmt = Formatter(lang)
    cards = []
    dates = []
    for index, site in enumerate(as_list(document.get("sites"))):
        builder = SiteBuilder(document, index, Path(out_dir), Path(out_dir), lang)
        priorities = builder.saved_priorities()
        top = builder.priority_view(1, priorities[0]).title if priorities else None
        url = text(as_dict(site).get("url"))
        dates += [text(j.get("started_at")) for _, j in builder.journeys if text(j.get("started_at"))]
        cards.append(
            SiteCard(
                name=site_name(as_dict(site)),
                url=Link(safe_href(url), url) if url else None,
                href=report_filename(document, index),
                gauge=builder.gauge(
                    t["overall_score"],
                    as_dict(site).get("score"),
                    spoken=f"{t['overall_score']} – {site_name(as_dict(site))}",
                ),
                funnels=[builder.funnel(vp, j) for vp, j in builder.journeys],
                top_friction=top,
            )
        )
    cards.sort(key=lambda card: (card.gauge.score is None, -(card.gauge.score or 0), card.name))
    tool = as_dict(document.get("tool"))
    tool_name, version = text(tool.get("name")) or "checkout-audit", text(tool.get("version")) or "?"
    downloads = [
        Link(name, name)
        for name in (
            "benchmark.xlsx",
            "benchmark-scores.csv",
            "benchmark-checks.csv",
            "benchmark-payments.csv",
            "benchmark-timings.csv",
            "audit.json",
        )
    ]
    return IndexContext(
        lang=lang,
        t=t,
        page_title=t["index_title"],
        date=fmt.date(document.get("generated_at") or (sorted(dates)[0] if dates else None)),
        tool=tool_name,
        version=version,
        sites=cards,
        benchmark_href="benchmark.html",
        downloads=downloads,
        footer=t["generated_by"].format(tool=tool_name, version=version),
    )


def load_document(run_dir: Path) -> dict[str, Any]:
    document = json.loads((Path(run_dir) / "audit.json").read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{run_dir / 'audit.json'}: not a result document")
    return document


def render_reports(run_dir: Path, lang: str = "fr", with_benchmark: bool = True) -> list[Path]:
    """Write the HTML reports of a result folder: `report.html` for a single site; with several sites one
    `report-<slug>.html` each, `report.html` as an index, and (unless `with_benchmark=False`) the benchmark
    files the index links to. Returns the written paths (HTML and data files)."""
    run_dir = Path(run_dir)
    check_lang(lang)
    document = load_document(run_dir)
    sites = as_list(document.get("sites"))
    written = [render_site_report(document, index, run_dir, lang) for index in range(len(sites))]
    if len(sites) > 1:
        context = build_index_context(document, run_dir, lang)
        written.append(write_text(run_dir / "report.html", render_template("index.html", context, lang)))
        if with_benchmark:
            from reports.benchmark import render_benchmark

            written += render_benchmark(run_dir, lang)
    elif not sites:
        context = build_index_context(document, run_dir, lang)
        written.append(write_text(run_dir / "report.html", render_template("index.html", context, lang)))
    return written
