"""Weights and thresholds, read once from `weights.toml` (package data)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

VIEWPORTS = ("desktop", "mobile")


@lru_cache(maxsize=1)
def load_config() -> dict[str, Any]:
    text = resources.files("audits").joinpath("weights.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def audit_settings(key: str, viewport: str) -> tuple[float, dict[str, Any], dict[str, Any]]:
    """(weight, thresholds for this viewport, the raw entry) of one audit."""
    entry = load_config().get("audits", {}).get(key)
    if entry is None:
        raise KeyError(f"no weight for audit '{key}' in weights.toml")
    weights = entry.get("weight", {})
    weight = float(weights.get(viewport, weights.get("desktop", 0)))
    thresholds = {k: v for k, v in entry.get("thresholds", {}).items() if not isinstance(v, dict)}
    thresholds.update(entry.get("thresholds", {}).get(viewport, {}))
    return weight, thresholds, entry


def viewport_shares() -> dict[str, float]:
    shares = load_config().get("viewports", {})
    return {k: float(v) for k, v in shares.items() if isinstance(v, int | float)}


def min_coverage() -> float:
    return float(load_config().get("score", {}).get("min_coverage", 0.0))
