"""Réassurance: secure-payment signal, customer reviews, a way to reach customer service near the payment."""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status, status_from_score
from audits.facts import Facts, norm

META = AuditMeta(
    id="reassurance",
    title_pass_fr="Paiement sécurisé, avis clients et service client visibles",
    title_fail_fr="Signes de confiance absents près du paiement",
    title_pass_en="Secure payment, customer reviews and customer service are visible",
    title_fail_en="Trust signals are missing near payment",
    stage="checkout",
    source="Baymard Institute 2024 (25 % : pas confiance pour la carte bancaire) ; FEVAD (service client joignable)",
    description_fr=(
        "Cherche trois signes de confiance : une mention de paiement sécurisé dans le panier ou le tunnel, des avis "
        "clients (Avis Vérifiés, Trustpilot, Google…) sur la fiche ou le panier, et un moyen de joindre le service "
        "client (téléphone, chat, lien contact) depuis le panier ou le tunnel."
    ),
    description_en=(
        "Looks for three trust signals: a secure-payment mention in the cart or checkout, customer reviews (Avis "
        "Vérifiés, Trustpilot, Google...) on the product page or cart, and a way to reach customer service (phone, "
        "chat, contact link) from the cart or checkout."
    ),
    recommendation_fr=(
        "Affichez près du bouton de paiement « Paiement 100 % sécurisé » avec les logos des cartes, la note de vos "
        "avis clients vérifiés et un numéro de service client ou un chat."
    ),
    recommendation_en=(
        "Show 'Secure payment' with card logos near the payment button, your verified customer rating, and a "
        "customer service phone number or chat."
    ),
    requires="checkout",
)

SECURE = re.compile(r"securis|\bssl\b|3-?d ?secure|chiffre|crypt")
REAL_REVIEWS = re.compile(
    r"avis verifies|trustpilot|avis google|google reviews|[1-9]\d* avis|[0-9][.,][0-9] ?/ ?5|etoiles"
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    near_payment = facts.pages("cart", "checkout", "payment")
    if not near_payment:
        return Finding(Status.UNKNOWN, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    evidence = []
    secure = None
    for page in near_payment:
        for line in page.get("reassurance") or []:
            if SECURE.search(norm(line)):
                secure = (page, line)
                break
        if secure:
            break
    reviews = None
    for page in facts.pages("product", "cart", "checkout"):
        found = [r for r in page.get("reviews") or [] if REAL_REVIEWS.search(norm(r))]
        if found:
            reviews = (page, ", ".join(found[:3]))
            break
    contact = None
    for page in near_payment:
        block = page.get("contact") or {}
        ways = []
        if block.get("phones") or block.get("tel_links"):
            ways.append("téléphone " + ", ".join((block.get("phones") or [])[:1]))
        if block.get("chat"):
            ways.append("chat " + ", ".join(block["chat"][:2]))
        if block.get("links"):
            ways.append(f"lien « {block['links'][0].get('text')} »")
        if ways:
            contact = (page, " ; ".join(w.strip() for w in ways))
            break
    for found in (secure, reviews, contact):
        if found:
            evidence.append(facts.from_page(found[0], text=found[1]))
    signals = {"secure_payment": bool(secure), "reviews": bool(reviews), "customer_service": bool(contact)}
    score = round(sum(signals.values()) / 3, 3)
    missing = {
        "secure_payment": "mention de paiement sécurisé",
        "reviews": "avis clients",
        "customer_service": "contact du service client",
    }
    absent = [missing[k] for k, v in signals.items() if not v]
    if absent and facts.reached != "payment":
        # The missing signals may sit on the payment page the walk did not reach.
        return Finding(
            Status.UNKNOWN,
            evidence=evidence,
            details=signals,
            note_fr=f"{facts.stop_note_fr} ; manque jusque-là : {', '.join(absent)}.",
            note_en=facts.stop_note_en,
        )
    return Finding(
        status_from_score(score, pass_at=0.99, warn_at=0.6),
        score=score,
        evidence=evidence,
        details=signals,
        note_fr=("Manque : " + ", ".join(absent) + ".") if absent else None,
        note_en=("Missing: " + ", ".join(k for k, v in signals.items() if not v) + ".") if absent else None,
    )
