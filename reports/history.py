"""The history section of a shop's report: scores and load times over time, past regressions.

It reads `history.json`, which `checkout-audit monitor` writes into the run folder from the history
database; a report without that file simply has no history section.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

HISTORY_FILE = "history.json"


@dataclass
class RegressionLine:
    date: str
    viewport: str
    message: str


@dataclass
class HistoryView:
    runs: int
    score_chart: Markup | None
    load_charts: list[tuple[str, Markup]]
    regressions: list[RegressionLine]


def load_history(run_dir: Path, lang: str, viewport_labels: dict[str, str]) -> HistoryView | None:
    path = Path(run_dir) / HISTORY_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    from monitoring.trends import svg_line_chart  # escapes every label it writes

    scores = {viewport_labels.get(v, v): _points(points) for v, points in (data.get("scores") or {}).items()}
    score_chart = None
    if any(len(points) > 0 for points in scores.values()):
        title = "Score par appareil" if lang == "fr" else "Score per device"
        score_chart = Markup(svg_line_chart(scores, 640, 240, title=title, y_min=0, y_max=100, lang=lang))
    load_charts = []
    for viewport, per_step in (data.get("load_times") or {}).items():
        if per_step:
            label = viewport_labels.get(viewport, viewport)
            title = (
                f"Temps de chargement par étape (ms) – {label}"
                if lang == "fr"
                else f"Load time per step (ms) – {label}"
            )
            series = {step: _points(points) for step, points in per_step.items()}
            load_charts.append((label, Markup(svg_line_chart(series, 640, 260, title=title, y_min=0, lang=lang))))
    regressions = [
        RegressionLine(
            date=str(item.get("recorded_at") or "")[:16].replace("T", " "),
            viewport=viewport_labels.get(item.get("viewport"), item.get("viewport") or ""),
            message=str(item.get("message_en" if lang == "en" else "message_fr") or item.get("message") or ""),
        )
        for item in data.get("regressions") or []
    ]
    return HistoryView(
        runs=int(data.get("runs") or 0),
        score_chart=score_chart,
        load_charts=load_charts,
        regressions=list(reversed(regressions))[:30],
    )


def _points(points: list[Any]) -> list[tuple[datetime, float | None]]:
    """[[iso date, value], ...] as saved in history.json, with dates parsed back."""
    parsed = []
    for item in points or []:
        try:
            when = datetime.fromisoformat(str(item[0]))
        except (ValueError, TypeError, IndexError):
            continue
        value = item[1] if len(item) > 1 and isinstance(item[1], int | float) else None
        parsed.append((when, value))
    return parsed
