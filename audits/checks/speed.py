"""Vitesse: TTFB and LCP of each page of the journey (screen_stable_ms for client-side screens)."""

from __future__ import annotations

import math

from audits.base import AuditMeta, Finding, Status, status_from_score
from audits.facts import Facts

META = AuditMeta(
    id="speed",
    title_pass_fr="Les pages du parcours s'affichent vite",
    title_fail_fr="Des pages du parcours sont lentes",
    title_pass_en="Journey pages load fast",
    title_fail_en="Some journey pages are slow",
    stage="journey",
    source="Core Web Vitals, bibliothèque web-vitals (LCP ≤ 2 500 / > 4 000 ms ; TTFB ≤ 800 / > 1 800 ms, 75e centile)",
    description_fr=(
        "Mesure, page par page, le temps de réponse du serveur (TTFB) et l'affichage du plus grand élément (LCP) ; "
        "pour les écrans d'une application monopage, le temps jusqu'à un écran stable. Évalué au 75e centile du "
        "parcours, sur une seule visite (mesure indicative)."
    ),
    description_en=(
        "Measures, page by page, server response (TTFB) and Largest Contentful Paint (LCP); for single-page app "
        "screens, the time until the screen is stable. Assessed at the journey's 75th percentile, on one visit."
    ),
    recommendation_fr=(
        "Accélérez les pages lentes du tunnel : cache serveur ou CDN pour le temps de réponse, image principale "
        "compressée et préchargée, scripts tiers (chat, publicité) chargés après l'affichage."
    ),
    recommendation_en=(
        "Speed up the slow checkout pages: server cache or CDN for response time, compressed and preloaded main "
        "image, third-party scripts (chat, ads) loaded after rendering."
    ),
)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    rank = max(0, math.ceil(pct / 100 * len(ordered)) - 1)
    return ordered[rank]


def grade(value: float, good: float, poor: float) -> float:
    return 1.0 if value <= good else 0.5 if value <= poor else 0.0


def audit(facts: Facts, thresholds: dict) -> Finding:
    pct = float(thresholds.get("percentile", 75))
    lcp, ttfb, screens = [], [], []
    slow = []
    banner_steps = []
    for step in facts.steps.values():
        if step.get("navigation") == "load":
            if isinstance(step.get("ttfb_ms"), int | float):
                ttfb.append(float(step["ttfb_ms"]))
                if step["ttfb_ms"] > thresholds["ttfb_good_ms"]:
                    slow.append((step, f"TTFB {step['ttfb_ms']:.0f} ms"))
            if isinstance(step.get("lcp_ms"), int | float):
                lcp.append(float(step["lcp_ms"]))
                if step.get("lcp_with_consent_banner"):
                    banner_steps.append(step["index"])
                if step["lcp_ms"] > thresholds["lcp_good_ms"]:
                    slow.append((step, f"LCP {step['lcp_ms']:.0f} ms"))
        elif isinstance(step.get("screen_stable_ms"), int | float) and step.get("stage") != "home":
            screens.append(float(step["screen_stable_ms"]))
            if step["screen_stable_ms"] > thresholds["screen_good_ms"]:
                slow.append((step, f"écran stable en {step['screen_stable_ms']:.0f} ms"))
    grades = {}
    details: dict = {
        "lcp_ms": lcp,
        "ttfb_ms": ttfb,
        "screen_stable_ms": screens,
        "lcp_threshold_ms": [thresholds["lcp_good_ms"], thresholds["lcp_poor_ms"]],
        "ttfb_threshold_ms": [thresholds["ttfb_good_ms"], thresholds["ttfb_poor_ms"]],
        "percentile": pct,
        "lcp_with_consent_banner_steps": banner_steps,
    }
    if lcp:
        details["lcp_p75_ms"] = percentile(lcp, pct)
        grades["lcp"] = grade(details["lcp_p75_ms"], thresholds["lcp_good_ms"], thresholds["lcp_poor_ms"])
    if ttfb:
        details["ttfb_p75_ms"] = percentile(ttfb, pct)
        grades["ttfb"] = grade(details["ttfb_p75_ms"], thresholds["ttfb_good_ms"], thresholds["ttfb_poor_ms"])
    if screens:
        details["screen_stable_p75_ms"] = percentile(screens, pct)
        grades["screen"] = grade(
            details["screen_stable_p75_ms"], thresholds["screen_good_ms"], thresholds["screen_poor_ms"]
        )
    if not grades:
        return Finding(
            Status.UNKNOWN,
            details=details,
            note_fr="Aucune mesure de vitesse enregistrée.",
            note_en="No speed measurement recorded.",
        )
    score = round(sum(grades.values()) / len(grades), 3)
    details["grades"] = grades
    evidence = [facts.evidence(step=step["index"], text=what) for step, what in slow[:8]]
    notes_fr, notes_en = [], []
    if banner_steps:
        notes_fr.append(
            f"LCP mesuré avec le bandeau de consentement affiché (étape {', '.join(map(str, banner_steps))})"
        )
        notes_en.append(f"LCP measured with the consent banner shown (step {', '.join(map(str, banner_steps))})")
    notes_fr.append("mesure d'une seule visite, à confirmer sur plusieurs passages")
    notes_en.append("single-visit measurement, confirm over several runs")
    return Finding(
        status_from_score(score, pass_at=0.99, warn_at=0.5),
        score=score,
        evidence=evidence,
        details=details,
        note_fr="; ".join(notes_fr).capitalize() + ".",
        note_en="; ".join(notes_en).capitalize() + ".",
    )
