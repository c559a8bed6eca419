"""Paiement express: express checkout buttons (Apple Pay, PayPal, Shop Pay...) on the product page or cart."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts

META = AuditMeta(
    id="express_checkout",
    title_pass_fr="Des boutons de paiement express sont proposés avant le tunnel",
    title_fail_fr="Aucun bouton de paiement express sur la fiche produit ou le panier",
    title_pass_en="Express checkout buttons are offered before checkout",
    title_fail_en="No express checkout button on the product page or cart",
    stage="cart",
    source="Baymard Institute (benchmark du checkout) ; boutons « additional-checkout-buttons » de Shopify",
    description_fr=(
        "Cherche des boutons de paiement express (PayPal, Apple Pay, Google Pay, Shop Pay) sur la fiche produit "
        "ou le panier, qui évitent tout le formulaire de livraison."
    ),
    description_en=(
        "Looks for express checkout buttons (PayPal, Apple Pay, Google Pay, Shop Pay) on the product page or cart, "
        "which skip the whole delivery form."
    ),
    recommendation_fr=(
        "Ajoutez dans le panier un bouton de paiement express (PayPal, Apple Pay ou Google Pay) qui remplit "
        "l'adresse de livraison à partir du portefeuille du client."
    ),
    recommendation_en=(
        "Add an express checkout button (PayPal, Apple Pay or Google Pay) to the cart, which fills the delivery "
        "address from the shopper's wallet."
    ),
    requires="cart",
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    found = facts.get("express_checkout", list) or []
    evidence = [item for item in (facts.from_recorded(e) for e in found) if item]
    details = {"count": len(evidence), "where": sorted({e.stage for e in evidence if e.stage})}
    if evidence:
        return Finding(Status.PASS, evidence=evidence, details=details)
    if not facts.pages("cart"):
        return Finding(Status.UNKNOWN, note_fr="Aucune page panier enregistrée.", note_en="No cart page recorded.")
    return Finding(Status.WARN, details=details)
