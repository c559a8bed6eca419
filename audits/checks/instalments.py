"""Paiement en plusieurs fois: 3x/4x offered at payment, and advertised before checkout."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.checks.payment_methods import method_evidence
from audits.facts import Facts

META = AuditMeta(
    id="instalments",
    title_pass_fr="Le paiement en 3x/4x est proposé et annoncé avant le tunnel",
    title_fail_fr="Le paiement en plusieurs fois manque ou n'est pas annoncé",
    title_pass_en="Pay in 3/4 instalments is offered and advertised early",
    title_fail_en="Instalments are missing or not advertised",
    stage="payment",
    source="FEVAD 2025 ; habitudes françaises du 3x/4x sans frais (Oney, Floa, Alma, PayPal 4X dès 30 €)",
    description_fr=(
        "Vérifie que le paiement en 3 ou 4 fois est proposé au paiement et qu'il est annoncé dès la fiche produit "
        "ou le panier, là où il aide à décider."
    ),
    description_en=(
        "Checks that paying in 3 or 4 instalments is offered at payment and advertised on the product page or the "
        "cart, where it helps the decision."
    ),
    recommendation_fr=(
        "Proposez le paiement en 3x ou 4x sans frais (Alma, Oney, Floa, PayPal 4X…) et affichez-le sur la fiche "
        "produit avec le montant des mensualités."
    ),
    recommendation_en=(
        "Offer 3 or 4 interest-free instalments (Alma, Oney, Floa, PayPal Pay in 4...) and show it on the product "
        "page with the monthly amount."
    ),
    requires="payment",
)

INSTALMENTS = {"pay_in_3x", "pay_in_4x"}
ADVERTISE_FR = (
    "Le paiement en plusieurs fois n'apparaît qu'au dernier écran : affichez-le dès la fiche produit et le panier "
    "(« ou 3 × 16,63 € sans frais ») pour qu'il aide à décider."
)
ADVERTISE_EN = (
    "Instalments only appear on the last screen: show them on the product page and the cart ('or 3 x EUR 16.63 "
    "interest-free') so they help the decision."
)


def basket(facts: Facts) -> float | None:
    price = (facts.get("product", dict) or {}).get("price")
    return float(price) if isinstance(price, int | float) else None


def audit(facts: Facts, thresholds: dict) -> Finding:
    methods = facts.get("payment_methods", list)
    before = set(facts.get("payment_methods_before_checkout", list) or [])
    providers = facts.get("bnpl_providers", list) or []
    details = {
        "at_payment": sorted(INSTALMENTS & set(methods or [])),
        "before_checkout": sorted(INSTALMENTS & before),
        "providers": providers,
    }
    evidence = method_evidence(facts, INSTALMENTS, ("product", "cart", "home", "payment"))
    if methods is None:
        return Finding(
            Status.UNKNOWN, details=details, evidence=evidence, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en
        )
    offered = INSTALMENTS & set(methods)
    if not offered:
        price = basket(facts)
        relevant_from = float(thresholds.get("relevant_from_eur", 30))
        details["basket_eur"] = price
        if price is not None and price < relevant_from:
            return Finding(
                Status.NA,
                details=details,
                note_fr=f"Panier de {price} € : sous {relevant_from:g} €, le paiement fractionné ne s'applique pas.",
                note_en=f"Basket of {price} EUR: instalments do not apply below {relevant_from:g} EUR.",
            )
        return Finding(
            Status.FAIL,
            details=details,
            note_fr="Aucun paiement en 3x/4x n'est proposé.",
            note_en="No 3x/4x instalments offered.",
        )
    if not (offered & before):
        return Finding(
            Status.WARN,
            evidence=evidence,
            details=details,
            recommendation_fr=ADVERTISE_FR,
            recommendation_en=ADVERTISE_EN,
        )
    return Finding(Status.PASS, evidence=evidence, details=details)
