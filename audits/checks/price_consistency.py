"""Cohérence des prix: the product price is the cart line price, in euros, TTC."""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts, euros

META = AuditMeta(
    id="price_consistency",
    title_pass_fr="Le prix du produit est le même dans le panier, en euros TTC",
    title_fail_fr="Le prix change entre la fiche produit et le panier, ou n'est pas TTC",
    title_pass_en="The product price is the same in the cart, in euros incl. VAT",
    title_fail_en="The price changes between product page and cart, or is not VAT-inclusive",
    stage="cart",
    source="Code de la consommation L112-1 (prix TTC en euros) ; Baymard Institute 2024 (21 % : coût total invisible)",
    description_fr=(
        "Compare le prix relevé sur la fiche produit (ou ses données structurées) aux prix de la ligne du panier, "
        "et vérifie que les prix sont en euros et TTC."
    ),
    description_en=(
        "Compares the price read on the product page (or its structured data) with the cart line prices, and checks "
        "that prices are in euros and include VAT."
    ),
    recommendation_fr=(
        "Vérifiez que le prix affiché sur la fiche produit est exactement celui facturé dans le panier (options, "
        "taille, promotions comprises) et affichez tous les prix TTC en euros."
    ),
    recommendation_en=(
        "Make sure the price shown on the product page is exactly the one charged in the cart (options, size and "
        "promotions included) and show every price in euros including VAT."
    ),
    requires="cart",
)


def product_price(facts: Facts) -> tuple[float | None, str | None, dict | None]:
    product = facts.get("product", dict) or {}
    price = product.get("price")
    currency = product.get("currency")
    page = None
    for summary in facts.pages("product"):
        if summary.get("url") == product.get("url") or page is None:
            page = summary
        if summary.get("url") == product.get("url"):
            break
    if not isinstance(price, int | float) and page and isinstance(page.get("product_jsonld"), dict):
        price = page["product_jsonld"].get("price")
        currency = currency or page["product_jsonld"].get("currency")
    return (float(price) if isinstance(price, int | float) else None), currency, page


def audit(facts: Facts, thresholds: dict) -> Finding:
    tolerance = float(thresholds.get("tolerance_eur", 0.01))
    price, currency, page = product_price(facts)
    carts = facts.pages("cart")
    if not carts:
        return Finding(Status.UNKNOWN, note_fr="Aucune page panier enregistrée.", note_en="No cart page recorded.")
    if price is None:
        return Finding(
            Status.UNKNOWN,
            note_fr="Le prix du produit n'a pas été relevé sur la fiche (ni prix, ni données structurées).",
            note_en="The product price was not recorded (no price, no structured data).",
        )
    amounts = []
    match = None
    for cart in carts:
        for entry in cart.get("prices") or []:
            text = (entry or {}).get("text") or ""
            if len(text) > 40:
                continue  # a container, not a price
            amount = euros(text)
            if amount is None:
                continue
            amounts.append(amount)
            if match is None and abs(amount - price) <= tolerance:
                match = (cart, entry)
    details = {"product_price_eur": price, "currency": currency, "cart_amounts_eur": sorted(set(amounts))[:12]}
    evidence = []
    if page:
        evidence.append(facts.from_page(page, text=f"Prix sur la fiche produit : {price} {currency or ''}".strip()))
    if not amounts:
        return Finding(
            Status.UNKNOWN,
            evidence=evidence,
            details=details,
            note_fr="Aucun prix lisible dans le panier.",
            note_en="No readable price in the cart.",
        )
    if match is None:
        evidence.append(
            facts.from_page(carts[-1], text=f"Prix du panier : {', '.join(map(str, sorted(set(amounts))[:6]))}")
        )
        return Finding(
            Status.FAIL,
            evidence=evidence,
            details=details,
            note_fr=f"Le prix de la fiche ({price} €) ne se retrouve pas dans le panier.",
            note_en=f"The product page price ({price} EUR) is not found in the cart.",
        )
    cart, entry = match
    evidence.append(facts.from_page(cart, text=entry.get("text"), selector=entry.get("selector"), box=entry.get("box")))
    if currency and currency.upper() != "EUR":
        return Finding(
            Status.WARN,
            evidence=evidence,
            details=details,
            note_fr=f"Prix annoncé en {currency}, pas en euros.",
            note_en=f"Price given in {currency}, not EUR.",
        )
    ht_only = [p for p in facts.pages("product", "cart") if p.get("mentions_ht") and not p.get("mentions_ttc")]
    if ht_only:
        evidence.append(facts.from_page(ht_only[0], text="« HT » sans « TTC »"))
        return Finding(
            Status.WARN,
            evidence=evidence,
            details=details,
            note_fr="Des prix sont affichés HT sans mention TTC.",
            note_en="Some prices are shown excluding VAT without the VAT-inclusive price.",
        )
    return Finding(Status.PASS, evidence=evidence, details=details)
