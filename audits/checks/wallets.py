"""Portefeuilles: Apple Pay / Google Pay (and Wero / Paylib) at payment, most useful on mobile."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.checks.payment_methods import method_evidence
from audits.facts import Facts

META = AuditMeta(
    id="wallets",
    title_pass_fr="Apple Pay ou Google Pay sont proposés",
    title_fail_fr="Ni Apple Pay ni Google Pay ne sont proposés",
    title_pass_en="Apple Pay or Google Pay is offered",
    title_fail_en="Neither Apple Pay nor Google Pay is offered",
    stage="payment",
    source="FEVAD / Toluna 2025 (57 % utilisent un portefeuille) ; Wero remplace Paylib (2024-2026)",
    description_fr=(
        "Vérifie la présence d'un portefeuille mobile (Apple Pay, Google Pay) au paiement, qui évite de saisir sa "
        "carte sur un petit écran ; Wero/Paylib est relevé à titre d'information."
    ),
    description_en=(
        "Checks for a mobile wallet (Apple Pay, Google Pay) at payment, which saves typing a card number on a small "
        "screen; Wero/Paylib is noted for information."
    ),
    recommendation_fr=(
        "Activez Apple Pay et Google Pay chez votre prestataire de paiement (Stripe, Adyen, PayPlug… les proposent "
        "souvent sans développement) ; pensez à Wero, qui remplace Paylib."
    ),
    recommendation_en=(
        "Enable Apple Pay and Google Pay with your payment provider (Stripe, Adyen, PayPlug... often offer them "
        "without development); consider Wero, which replaces Paylib."
    ),
    requires="payment",
)

MOBILE_WALLETS = {"apple_pay", "google_pay"}
FRENCH_WALLETS = {"paylib", "wero"}


def audit(facts: Facts, thresholds: dict) -> Finding:
    methods = facts.get("payment_methods", list)
    if methods is None:
        return Finding(Status.UNKNOWN, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    offered = set(methods)
    details = {
        "mobile_wallets": sorted(MOBILE_WALLETS & offered),
        "french_wallets": sorted(FRENCH_WALLETS & offered),
    }
    evidence = method_evidence(facts, MOBILE_WALLETS | FRENCH_WALLETS)
    if MOBILE_WALLETS & offered:
        return Finding(Status.PASS, evidence=evidence, details=details)
    missing = Status(thresholds.get("missing_status", "fail"))
    return Finding(
        missing,
        score=0.25 if FRENCH_WALLETS & offered and missing == Status.FAIL else None,
        evidence=evidence,
        details=details,
        note_fr="Wero/Paylib est proposé, mais pas Apple Pay ni Google Pay." if FRENCH_WALLETS & offered else None,
        note_en="Wero/Paylib is offered, but neither Apple Pay nor Google Pay." if FRENCH_WALLETS & offered else None,
    )
