"""Moyens de paiement: card and PayPal offered at the payment step."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts

META = AuditMeta(
    id="payment_methods",
    title_pass_fr="Carte bancaire et PayPal sont proposés",
    title_fail_fr="Des moyens de paiement attendus manquent",
    title_pass_en="Card and PayPal are offered",
    title_fail_en="Expected payment methods are missing",
    stage="payment",
    source="FEVAD / Toluna 2025 (92 % carte, 57 % portefeuille, PayPal en tête) ; Observatoire des paiements (17,7 %)",
    description_fr=(
        "Relève les moyens de paiement proposés à l'étape de paiement : la carte bancaire est indispensable, "
        "PayPal est le second moyen le plus attendu en France."
    ),
    description_en=(
        "Lists the payment methods offered at the payment step: card is essential, PayPal is the second most "
        "expected method in France."
    ),
    recommendation_fr=(
        "Proposez au minimum la carte bancaire (CB, Visa, Mastercard) et PayPal ; 17,7 % des acheteurs ont déjà "
        "abandonné faute de trouver leur moyen de paiement préféré."
    ),
    recommendation_en=(
        "Offer at least card (CB, Visa, Mastercard) and PayPal; 17.7% of shoppers have abandoned a purchase because "
        "their preferred method was missing."
    ),
    requires="payment",
)

LABELS_FR = {
    "card": "carte bancaire",
    "paypal": "PayPal",
    "pay_in_3x": "3x",
    "pay_in_4x": "4x",
    "pay_later": "paiement différé",
    "paylib": "Paylib",
    "wero": "Wero",
    "apple_pay": "Apple Pay",
    "google_pay": "Google Pay",
    "bank_transfer": "virement",
}


def method_evidence(facts: Facts, methods: set[str], stages: tuple[str, ...] = ("payment",)) -> list:
    """One evidence line per method, from the recorded payment markers."""
    evidence, seen = [], set()
    for marker in facts.get("payment_markers", list) or []:
        if not isinstance(marker, dict) or marker.get("method") not in methods or marker.get("method") in seen:
            continue
        recorded = marker.get("evidence") or {}
        if recorded.get("stage") not in stages:
            continue
        seen.add(marker["method"])
        item = facts.from_recorded(recorded)
        if item:
            evidence.append(item)
    return evidence


def audit(facts: Facts, thresholds: dict) -> Finding:
    methods = facts.get("payment_methods", list)
    if methods is None:
        return Finding(Status.UNKNOWN, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    offered = set(methods)
    missing = [m for m in ("card", "paypal") if m not in offered]
    details = {"methods": sorted(offered), "missing": missing, "count": len(offered)}
    evidence = method_evidence(facts, offered)
    if not offered:
        return Finding(
            Status.UNKNOWN,
            details=details,
            note_fr="Aucun moyen de paiement reconnu à l'étape de paiement (page non lue ou prestataire inconnu).",
            note_en="No payment method recognised at the payment step.",
        )
    if "card" in missing:
        return Finding(
            Status.FAIL,
            evidence=evidence,
            details=details,
            note_fr="La carte bancaire n'est pas proposée.",
            note_en="Card payment is not offered.",
        )
    if missing:
        return Finding(
            Status.WARN,
            score=0.6,
            evidence=evidence,
            details=details,
            note_fr="PayPal n'est pas proposé.",
            note_en="PayPal is not offered.",
        )
    return Finding(Status.PASS, evidence=evidence, details=details)
