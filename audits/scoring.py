"""Scores: weighted mean per viewport (Lighthouse style), a combined shop score, and priorities."""

from __future__ import annotations

from typing import Any

from audits.config import min_coverage, viewport_shares

JUDGED = ("pass", "warn", "fail")


def viewport_score(checks: list[dict[str, Any]]) -> tuple[int | None, float]:
    """(score 0-100 or None, coverage): na/unknown and informative audits weigh 0.

    Coverage is the share of the total weight that was actually judged; below `min_coverage` the score is
    None, so a walk stopped at the home page never shows a perfect score built on two audits.
    """
    total = sum(c["weight"] for c in checks)
    judged = [c for c in checks if c["status"] in JUDGED and c["score"] is not None and c["weight"] > 0]
    judged_weight = sum(c["weight"] for c in judged)
    coverage = round(judged_weight / total, 3) if total else 0.0
    if not judged_weight or coverage < min_coverage():
        return None, coverage
    return round(100 * sum(c["weight"] * c["score"] for c in judged) / judged_weight), coverage


def site_score(viewport_scores: dict[str, int | None]) -> int | None:
    """Weighted mean of the viewport scores (mobile weighs more, see weights.toml [viewports])."""
    shares = viewport_shares()
    scored = {vp: s for vp, s in viewport_scores.items() if s is not None}
    if not scored:
        return None
    weights = {vp: shares.get(vp, 1.0) for vp in scored}
    return round(sum(weights[vp] * s for vp, s in scored.items()) / sum(weights.values()))


def priorities(viewports: dict[str, list[dict[str, Any]]], limit: int | None = None) -> list[dict[str, Any]]:
    """Failures and warnings ordered by the points they cost in the shop score.

    Cost of one audit on one viewport = its share of that viewport's judged weight × (1 - score) × 100,
    times the viewport's share in the shop score: "fixing this would win about N points".
    """
    shares = viewport_shares()
    active = {vp: checks for vp, checks in viewports.items() if checks}
    share_total = sum(shares.get(vp, 1.0) for vp in active) or 1.0
    by_id: dict[str, dict[str, Any]] = {}
    for vp, checks in active.items():
        judged_weight = sum(c["weight"] for c in checks if c["status"] in JUDGED and c["score"] is not None)
        if not judged_weight:
            continue
        for check in checks:
            if check["status"] not in ("warn", "fail") or check["score"] is None or check["weight"] <= 0:
                continue
            lost = check["weight"] * (1 - check["score"])
            cost = 100 * lost / judged_weight * shares.get(vp, 1.0) / share_total
            entry = by_id.setdefault(
                check["id"],
                {
                    "id": check["id"],
                    "title": check["title"],
                    "stage": check["stage"],
                    "cost": 0.0,
                    "weighted_loss": 0.0,
                    "viewports": {},
                    "recommendation": check["recommendation"],
                    "evidence": [],
                    "source": check["source"],
                },
            )
            entry["cost"] += cost
            entry["weighted_loss"] += lost
            entry["viewports"][vp] = {"status": check["status"], "score": check["score"], "note": check.get("note")}
            if check["status"] == "fail" and any(v["status"] == "warn" for v in entry["viewports"].values()):
                entry["title"], entry["recommendation"] = check["title"], check["recommendation"]
            for item in check["evidence"]:
                if len(entry["evidence"]) < 6:
                    entry["evidence"].append({**item, "viewport": vp})
    ranked = sorted(by_id.values(), key=lambda e: (-e["cost"], e["id"]))
    for entry in ranked:
        entry["cost"] = round(entry["cost"], 1)
        entry["weighted_loss"] = round(entry["weighted_loss"], 2)
    return ranked[:limit] if limit else ranked
