"""Interruptions: consent banner size, pop-ups and intercepted clicks during the journey."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status, clamp, status_from_score
from audits.facts import Facts, norm

META = AuditMeta(
    id="interruptions",
    title_pass_fr="Le parcours n'est pas interrompu par des fenêtres ou un bandeau envahissant",
    title_fail_fr="Bandeau de cookies envahissant, pop-ups ou clics bloqués pendant le parcours",
    title_pass_en="The journey is not interrupted by overlays",
    title_fail_en="Intrusive consent banner, pop-ups or blocked clicks during the journey",
    stage="journey",
    source="Google Search Central 2016 (interstitiels intrusifs sur mobile) ; mesure de l'écran couvert par le bandeau",
    description_fr=(
        "Mesure la part de l'écran couverte par le bandeau de consentement, relève les fenêtres surgissantes "
        "(newsletter, promotion) et les clics interceptés par un autre élément pendant le parcours."
    ),
    description_en=(
        "Measures the share of the screen covered by the consent banner, lists pop-ups (newsletter, promotion) and "
        "clicks intercepted by another element during the journey."
    ),
    recommendation_fr=(
        "Réduisez le bandeau de cookies à une barre en bas d'écran qui ne cache pas le bouton d'achat, et ne "
        "déclenchez pas de fenêtre newsletter avant que le client ait ajouté un produit au panier."
    ),
    recommendation_en=(
        "Shrink the cookie banner to a bottom bar that does not hide the buy button, and do not open a newsletter "
        "pop-up before the shopper has added a product to the cart."
    ),
    requires="cart",
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    if not facts.steps:
        return Finding(Status.UNKNOWN, note_fr="Aucune étape enregistrée.", note_en="No step recorded.")
    consent = facts.get("consent", dict) or {}
    popups = facts.get("popups", list) or []
    score = 1.0
    evidence = []
    problems_fr, problems_en = [], []
    fraction = consent.get("viewport_fraction")
    if isinstance(fraction, int | float) and consent.get("popup_shown") is not False:
        seen_at = consent.get("seen_at_step")
        text = f"Bandeau {consent.get('cmp') or 'de consentement'} : {round(fraction * 100)} % de l'écran"
        if fraction >= thresholds["consent_fail_fraction"]:
            score -= thresholds["consent_fail_penalty"]
        elif fraction >= thresholds["consent_warn_fraction"]:
            score -= thresholds["consent_warn_penalty"]
        if fraction >= thresholds["consent_warn_fraction"]:
            evidence.append(facts.evidence(step=seen_at, text=text, box=consent.get("banner_box")))
            problems_fr.append(f"bandeau de consentement couvrant {round(fraction * 100)} % de l'écran")
            problems_en.append(f"consent banner covering {round(fraction * 100)}% of the screen")
    covering = [
        p
        for p in popups
        if isinstance(p, dict)
        and (
            not isinstance(p.get("covers_viewport"), int | float)
            or p["covers_viewport"] >= thresholds["consent_warn_fraction"]
        )
    ]
    for popup in covering:
        score -= thresholds["popup_penalty"]
        evidence.append(
            facts.evidence(
                step=popup.get("step"), url=popup.get("url"), text=popup.get("text"), selector=popup.get("selector")
            )
        )
    if covering:
        problems_fr.append(f"{len(covering)} fenêtre(s) surgissante(s)")
        problems_en.append(f"{len(covering)} pop-up(s)")
    intercepted = [
        s for s in facts.steps.values() if "intercept" in norm(((s.get("action") or {}).get("detail")) or "")
    ]
    for step in intercepted:
        score -= thresholds["intercepted_click_penalty"]
        action = step.get("action") or {}
        evidence.append(
            facts.evidence(
                step=step["index"],
                text=f"« {action.get('text')} » : {action.get('detail')}",
                selector=action.get("selector"),
            )
        )
    if intercepted:
        problems_fr.append(f"{len(intercepted)} clic(s) intercepté(s) par un autre élément")
        problems_en.append(f"{len(intercepted)} click(s) intercepted by another element")
    score = clamp(score)
    details = {
        "consent_viewport_fraction": fraction,
        "consent_cmp": consent.get("cmp"),
        "popups": len(covering),
        "intercepted_clicks": len(intercepted),
    }
    return Finding(
        status_from_score(score, pass_at=0.99, warn_at=0.5),
        score=score,
        evidence=evidence,
        details=details,
        note_fr=("; ".join(problems_fr).capitalize() + ".") if problems_fr else None,
        note_en=("; ".join(problems_en).capitalize() + ".") if problems_en else None,
    )
