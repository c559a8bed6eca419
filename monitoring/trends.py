"""Trends for the report's history section: a shop's scores and per-step load times over time, its past
regressions, and a small offline inline-SVG line-chart renderer (no JavaScript, no external file).

    data = shop_trends(db, "https://boutique.example/")
    svg = svg_line_chart(data["scores"], 640, 240, title="Score", y_min=0, y_max=100)
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from audits.compare import STAGE_EN, STAGE_FR, step_keys, step_load_ms
from monitoring.history import History, shop_key, using

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563")
Point = tuple[Any, float | None]


def step_label(stage: str, rank: int, lang: str = "fr") -> str:
    if lang == "en":
        return f"{STAGE_EN.get(stage, stage)} {rank}"
    return f"{STAGE_FR.get(stage, stage)} {rank}"


def shop_trends(
    db: History | str | Path,
    shop_url: str,
    viewports: Sequence[str] | None = None,
    since: datetime | str | None = None,
    until: datetime | str | None = None,
    lang: str = "fr",
) -> dict[str, Any]:
    """A shop's history, oldest first:

    - `runs`: [{run_id, started_at, score (shop), status}]
    - `site_scores`: [(started_at, score)]
    - `scores`: {viewport: [(recorded_at, score)]}
    - `load_times`: {viewport: {step label: [(recorded_at, ms or None)]}}: steps matched by stage and rank within
      the stage (as the comparison does); load time or, for client-side screens, time to a stable screen
    - `regressions`: [{run_id, recorded_at, id, viewport, message, message_fr, message_en, before, after, evidence}]
    """
    with using(db) as history:
        runs = history.runs(shop_url, since, until)
        rows = history.journeys(shop_url, None, since, until)
        past = history.regressions(shop_url, since, until)
    wanted = set(viewports) if viewports else None
    scores: dict[str, list[Point]] = {}
    loads: dict[str, dict[str, list[Point]]] = {}
    for row in rows:
        if wanted is not None and row.viewport not in wanted:
            continue
        scores.setdefault(row.viewport, []).append((row.recorded_at, row.score))
        per_step = loads.setdefault(row.viewport, {})
        seen = set()
        for stage, rank, step in step_keys(row.result or {}):
            label = step_label(stage, rank, lang)
            seen.add(label)
            per_step.setdefault(label, []).append((row.recorded_at, step_load_ms(step)))
        for label, points in per_step.items():
            if label not in seen:
                points.append((row.recorded_at, None))  # step not reached that time: a gap in the line
    for viewport, per_step in loads.items():
        order = {step_label(stage, rank, lang): (i, rank) for i, stage in enumerate(STAGE_FR) for rank in range(1, 50)}
        loads[viewport] = dict(sorted(per_step.items(), key=lambda item: order.get(item[0], (99, 0))))
    for item in past:
        item["message"] = item["message_en"] if lang == "en" else item["message_fr"]
    return {
        "shop_url": shop_key(shop_url),
        "runs": [{"run_id": r.id, "started_at": r.started_at, "score": r.score, "status": r.status} for r in runs],
        "site_scores": [(r.started_at, r.score) for r in runs],
        "scores": scores,
        "load_times": loads,
        "regressions": past,
    }


def _x_value(x: Any) -> float:
    if isinstance(x, datetime):
        return x.timestamp()
    return float(x)


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _fmt(value: float) -> str:
    if abs(value) >= 10000:
        return f"{value / 1000:.0f}k" if value % 1000 == 0 else f"{value / 1000:.1f}k"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _x_label(x: Any, span_s: float, lang: str) -> str:
    if isinstance(x, datetime):
        if span_s < 2 * 86400:
            return x.strftime("%H:%M")
        return x.strftime("%m/%d") if lang == "en" else x.strftime("%d/%m")
    return _fmt(float(x))


def svg_line_chart(
    series: Mapping[str, Sequence[Point]],
    width: int = 640,
    height: int = 240,
    *,
    title: str | None = None,
    y_label: str | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    colors: Sequence[str] = PALETTE,
    lang: str = "fr",
) -> str:
    """An inline SVG line chart: one line per series ({name: [(x, y), ...]}, x a datetime or a number, y a number
    or None for a gap). Points carry a <title> tooltip; a legend lists the series. Pure string output."""
    esc = html.escape
    left, right, top, bottom = 52, 14, 28 if title else 12, 44
    plot_w, plot_h = max(width - left - right, 10), max(height - top - bottom, 10)
    points = [(name, x, y) for name, values in series.items() for x, y in values]
    known = [(name, x, y) for name, x, y in points if isinstance(y, int | float) and not isinstance(y, bool)]
    label = esc(title or "")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ca-chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{label}" font-family="sans-serif" font-size="11">',
    ]
    if title:
        out.append(f'<text x="{left}" y="16" font-size="13" font-weight="bold" fill="#111">{label}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#d1d5db"/>')
    if not known:
        empty = "no data" if lang == "en" else "aucune donnée"
        out.append(
            f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h / 2:.1f}" text-anchor="middle" '
            f'fill="#6b7280">{empty}</text></svg>'
        )
        return "".join(out)
    xs = [_x_value(x) for _, x, _ in points]
    x_lo, x_hi = min(xs), max(xs)
    ys = [float(y) for _, _, y in known]
    lo = min(ys) if y_min is None else y_min
    hi = max(ys) if y_max is None else y_max
    if hi <= lo:
        hi = lo + (abs(lo) * 0.1 or 1)
    step = _nice_step(hi - lo)
    if y_min is None:
        lo = math.floor(lo / step) * step
    if y_max is None:
        hi = math.ceil(hi / step) * step

    def px(x: Any) -> float:
        if x_hi == x_lo:
            return left + plot_w / 2
        return left + (_x_value(x) - x_lo) / (x_hi - x_lo) * plot_w

    def py(y: float) -> float:
        return top + plot_h - (min(max(y, lo), hi) - lo) / (hi - lo) * plot_h

    tick = lo
    while tick <= hi + step / 1000:
        y = py(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#f3f4f6"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#4b5563">{_fmt(tick)}</text>')
        tick += step
    if y_label:
        out.append(
            f'<text transform="translate(12 {top + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle" '
            f'fill="#4b5563">{esc(y_label)}</text>'
        )
    unique: list[Any] = []
    for x in sorted((x for _, x, _ in points), key=_x_value):
        if not unique or _x_value(unique[-1]) != _x_value(x):
            unique.append(x)
    every = max(1, math.ceil(len(unique) / 6))
    for index, x in enumerate(unique):
        if index % every and index != len(unique) - 1:
            continue
        out.append(
            f'<text x="{px(x):.1f}" y="{top + plot_h + 14}" text-anchor="middle" fill="#4b5563">'
            f"{esc(_x_label(x, x_hi - x_lo, lang))}</text>"
        )
    for number, (name, values) in enumerate(series.items()):
        color = colors[number % len(colors)]
        segment: list[str] = []
        segments = []
        for x, y in sorted(values, key=lambda p: _x_value(p[0])):
            if isinstance(y, int | float) and not isinstance(y, bool):
                segment.append(f"{px(x):.1f},{py(float(y)):.1f}")
            elif segment:
                segments.append(segment)
                segment = []
        if segment:
            segments.append(segment)
        for part in segments:
            if len(part) > 1:
                out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(part)}"/>')
        for x, y in values:
            if isinstance(y, int | float) and not isinstance(y, bool):
                when = x.strftime("%Y-%m-%d %H:%M") if isinstance(x, datetime) else _fmt(float(x))
                tip = f"{name}{': ' if lang == 'en' else ' : '}{_fmt(float(y))} ({when})"
                out.append(
                    f'<circle cx="{px(x):.1f}" cy="{py(float(y)):.1f}" r="3" fill="{color}">'
                    f"<title>{esc(tip)}</title></circle>"
                )
        legend_x = left + number * min(140, plot_w / max(len(series), 1))
        legend_y = height - 8
        out.append(f'<rect x="{legend_x:.1f}" y="{legend_y - 8}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{legend_x + 14:.1f}" y="{legend_y + 1}" fill="#111">{esc(str(name))[:24]}</text>')
    out.append("</svg>")
    return "".join(out)
