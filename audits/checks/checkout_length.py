"""Longueur du tunnel: screens and form fields from cart to payment against Baymard's averages."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status, status_from_score
from audits.facts import Facts

META = AuditMeta(
    id="checkout_length",
    title_pass_fr="Tunnel de commande court",
    title_fail_fr="Tunnel de commande long (étapes ou champs)",
    title_pass_en="Short checkout",
    title_fail_en="Long checkout (steps or fields)",
    stage="checkout",
    source="Baymard Institute, juin 2024 : 5,1 étapes et 11,3 champs en moyenne, environ 8 champs possibles",
    description_fr=(
        "Compte les écrans du panier au paiement et les champs à remplir, comparés à la moyenne Baymard 2024 "
        "(5,1 étapes, 11,3 champs) ; le nombre de champs compte pour deux tiers."
    ),
    description_en=(
        "Counts screens from cart to payment and the fields to fill, against Baymard's 2024 average (5.1 steps, "
        "11.3 fields); fields count for two thirds."
    ),
    recommendation_fr=(
        "Supprimez les champs facultatifs (société, complément d'adresse, date de naissance) ou repliez-les "
        "derrière un lien, utilisez l'adresse de livraison comme adresse de facturation par défaut et visez "
        "8 champs."
    ),
    recommendation_en=(
        "Remove optional fields (company, address line 2, birth date) or fold them behind a link, use the delivery "
        "address as billing address by default, and aim for 8 fields."
    ),
    requires="payment",
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    steps = facts.get("checkout_steps", int)
    fields = facts.get("checkout_form_fields", int)
    details = {
        "checkout_steps": steps,
        "checkout_form_fields": fields,
        "baymard_steps": thresholds.get("steps_average"),
        "baymard_fields": thresholds.get("fields_average"),
        "achievable_fields": thresholds.get("fields_good"),
    }
    if steps is None or fields is None:
        return Finding(Status.UNKNOWN, details=details, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    if fields <= thresholds["fields_good"]:
        fields_score = 1.0
    elif fields <= thresholds["fields_average"]:
        fields_score = 0.75
    elif fields <= thresholds["fields_poor"]:
        fields_score = 0.4
    else:
        fields_score = 0.0
    if steps <= thresholds["steps_good"]:
        steps_score = 1.0
    elif steps <= thresholds["steps_average"]:
        steps_score = 0.75
    else:
        steps_score = 0.25
    score = round(2 / 3 * fields_score + 1 / 3 * steps_score, 3)
    details.update({"fields_score": fields_score, "steps_score": steps_score})
    evidence = []
    forms = facts.forms("checkout", "payment")
    for form in forms[:3]:
        visible = [f for f in form.get("fields") or [] if isinstance(f, dict) and f.get("visible")]
        names = ", ".join(str(f.get("label") or f.get("name"))[:25] for f in visible[:12])
        evidence.append(
            facts.evidence(
                step=form.get("step"),
                url=form.get("url"),
                selector=form.get("selector"),
                text=f"{len(visible)} champs visibles : {names}",
            )
        )
    return Finding(
        status_from_score(score, pass_at=0.9, warn_at=0.5),
        score=score,
        evidence=evidence,
        details=details,
        note_fr=f"{steps} écrans et {fields} champs (moyenne Baymard 2024 : 5,1 étapes et 11,3 champs).",
        note_en=f"{steps} screens and {fields} fields (Baymard 2024 average: 5.1 steps and 11.3 fields).",
    )
