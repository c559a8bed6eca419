"""Coûts cachés: are the delivery cost and the total shown in the cart, and does the total stay put?"""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status, clamp, status_from_score
from audits.facts import Facts
from audits.money import delivery_in_page, grand_total, subtotal

META = AuditMeta(
    id="hidden_costs",
    title_pass_fr="Frais de livraison et total annoncés dès le panier",
    title_fail_fr="Des frais apparaissent tard ou le total n'est pas annoncé",
    title_pass_en="Delivery cost and total are shown from the cart on",
    title_fail_en="Costs appear late or the total is not shown up front",
    stage="cart",
    source="Baymard Institute 2024 (48 % : frais en plus ; 21 % : total invisible) ; Code de la consommation L112-1",
    description_fr=(
        "Vérifie que le panier affiche le coût de livraison (ou sa gratuité) et le total à payer, et que le total "
        "à l'étape de paiement ne dépasse pas celui du panier sans explication."
    ),
    description_en=(
        "Checks that the cart shows the delivery cost (or that it is free) and the total to pay, and that the total "
        "at payment is not higher than the cart's without explanation."
    ),
    recommendation_fr=(
        "Affichez dès le panier le prix de la livraison la moins chère (ou « offerte ») et le total TTC à payer ; "
        "un simple estimateur par code postal suffit si le prix dépend de l'adresse."
    ),
    recommendation_en=(
        "Show the cheapest delivery price (or 'free') and the total to pay in the cart; a postcode estimator is "
        "enough when the price depends on the address."
    ),
    requires="payment",
)

SURPRISE_FR = (
    "Le total augmente entre le panier et le paiement : annoncez chaque frais (livraison, service, emballage) "
    "dès le panier pour que le montant final ne surprenne pas."
)
SURPRISE_EN = (
    "The total rises between cart and payment: announce every fee (delivery, service, packaging) in the cart so the "
    "final amount is no surprise."
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    tolerance = float(thresholds.get("tolerance_eur", 0.05))
    carts = facts.pages("cart")
    if not carts:
        return Finding(Status.UNKNOWN, note_fr="Aucune page panier enregistrée.", note_en="No cart page recorded.")
    evidence = []
    delivery: tuple = (None, None, None)
    delivery_page = None
    cart_total: float | None = None
    total_page = None
    basket: float | None = None
    for page in carts:
        found = delivery_in_page(facts, page)
        if found[0] in ("cost", "free") or (found[0] and delivery[0] is None):
            delivery, delivery_page = found, page
        amount, _label = grand_total(page)
        if amount is not None:
            cart_total, total_page = amount, page
        basket = subtotal(page) or basket
    threshold = None
    for page in [*reversed(carts), *reversed(facts.pages("product")), *facts.pages("home")]:
        if isinstance(page.get("free_shipping_threshold"), dict):  # the cart's own wording comes first
            threshold = page["free_shipping_threshold"]
            break
    threshold_amount = threshold.get("amount") if threshold else None
    if delivery[0] in (None, "deferred") and basket and isinstance(threshold_amount, int | float):
        if basket >= threshold_amount:  # the announced threshold makes delivery free for this basket
            delivery = ("free", 0.0, threshold.get("text"))
    if delivery_page is not None and delivery[2]:
        evidence.append(facts.from_page(delivery_page, text=delivery[2]))
    if total_page is not None:
        evidence.append(facts.from_page(total_page, text=f"{grand_total(total_page)[1]} : {cart_total} €"))
    payment_total = None
    payment_page = None
    for page in facts.pages("checkout", "payment"):
        amount, _label = grand_total(page)
        if amount is not None:
            payment_total, payment_page = amount, page
    details = {
        "cart_delivery": delivery[0],
        "cart_delivery_eur": delivery[1],
        "cart_total_eur": cart_total,
        "payment_total_eur": payment_total,
        "free_shipping_threshold_eur": threshold_amount,
        "basket_eur": basket,
    }
    if payment_total is not None and cart_total is not None and payment_total > cart_total + tolerance:
        evidence.append(facts.from_page(payment_page, text=f"{grand_total(payment_page)[1]} : {payment_total} €"))
        details["increase_eur"] = round(payment_total - cart_total, 2)
        return Finding(
            Status.FAIL,
            score=0.0,
            evidence=evidence,
            details=details,
            note_fr=f"Le total passe de {cart_total} € au panier à {payment_total} € au paiement.",
            note_en=f"The total goes from {cart_total} EUR in the cart to {payment_total} EUR at payment.",
            recommendation_fr=SURPRISE_FR,
            recommendation_en=SURPRISE_EN,
        )
    score = 1.0
    notes_fr, notes_en = [], []
    if delivery[0] not in ("cost", "free"):
        score -= 0.5
        notes_fr.append("le coût de livraison n'est pas annoncé dans le panier")
        notes_en.append("the delivery cost is not shown in the cart")
    if cart_total is None:
        score -= 0.3
        notes_fr.append("le panier n'affiche pas de total")
        notes_en.append("the cart shows no total")
    if payment_total is None and facts.reached == "payment":
        details["note"] = "no total read at the payment step"
    if not threshold_amount and delivery[0] != "free":
        score -= 0.1
        notes_fr.append("aucun seuil de livraison offerte n'est annoncé")
        notes_en.append("no free-delivery threshold is stated")
    score = clamp(score)
    return Finding(
        status_from_score(score, pass_at=0.9, warn_at=0.4),
        score=score,
        evidence=evidence,
        details=details,
        note_fr=("; ".join(notes_fr).capitalize() + ".") if notes_fr else None,
        note_en=("; ".join(notes_en).capitalize() + ".") if notes_en else None,
    )
