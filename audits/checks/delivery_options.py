"""Livraison: several delivery options, a relay-point option, an estimated delivery date."""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status, clamp, status_from_score
from audits.facts import Facts, norm

META = AuditMeta(
    id="delivery_options",
    title_pass_fr="Plusieurs modes de livraison, dont le point relais, avec un délai annoncé",
    title_fail_fr="Choix de livraison limité ou délai de livraison non annoncé",
    title_pass_en="Several delivery options, relay points included, with an estimated date",
    title_fail_en="Few delivery options or no estimated delivery date",
    stage="checkout",
    source="Baymard Institute 2024 (23 % : livraison trop lente) ; usage français du point relais",
    description_fr=(
        "Compte les modes de livraison proposés, cherche une livraison en point relais ou en magasin et une date "
        "ou un délai de livraison estimé avant le paiement."
    ),
    description_en=(
        "Counts delivery options, looks for relay-point or in-store pickup and an estimated delivery date or time "
        "before payment."
    ),
    recommendation_fr=(
        "Proposez au moins la livraison à domicile et en point relais, et affichez une date de livraison estimée "
        "(« Livré entre le 12 et le 14 mars ») dès la fiche produit et à chaque mode de livraison."
    ),
    recommendation_en=(
        "Offer at least home delivery and relay-point pickup, and show an estimated delivery date ('Delivered between "
        "12 and 14 March') from the product page and for each delivery option."
    ),
    requires="payment",
)

# The crawler's date matcher also catches return windows ("retours sous 30 jours"): keep delivery-like ones.
RETURN_WINDOW = re.compile(r"^sous (1[0-9]|[2-9][0-9]) jours$")
DATE_IN_LABEL = re.compile(r"\b(\d+ ?(a|-) ?\d+ jours|en \d+ ?h|sous \d+ ?(h|jours)|demain|livre (le|entre|avant))")


def audit(facts: Facts, thresholds: dict) -> Finding:
    minimum = int(thresholds.get("min_options", 2))
    options: dict[str, tuple[dict, dict]] = {}
    for page in facts.pages("cart", "checkout", "payment"):
        for option in page.get("delivery_options") or []:
            if isinstance(option, dict) and option.get("label"):
                options.setdefault(norm(option["label"])[:60], (option, page))
    relay_pages = [p for p in facts.pages("product", "cart", "checkout", "payment") if p.get("relay_points")]
    relay = any(o.get("relay") for o, _p in options.values()) or bool(relay_pages)
    dates = []
    date_page = None
    for page in facts.pages("product", "cart", "checkout", "payment"):
        found = [d for d in page.get("delivery_dates") or [] if not RETURN_WINDOW.match(norm(d))]
        if found and date_page is None:
            date_page = page
        dates.extend(d for d in found if d not in dates)
    dates.extend(norm(o["label"]) for o, _p in options.values() if DATE_IN_LABEL.search(norm(o["label"])))
    details = {
        "options": [o.get("label") for o, _p in options.values()],
        "option_count": len(options) or None,
        "relay": relay,
        "estimated_dates": dates[:8],
    }
    evidence = [
        facts.from_page(page, text=option.get("label"), selector=option.get("selector"))
        for option, page in list(options.values())[:4]
    ]
    if relay_pages and not any(o.get("relay") for o, _p in options.values()):
        evidence.append(facts.from_page(relay_pages[0], text=", ".join(relay_pages[0]["relay_points"])))
    if date_page is not None:
        evidence.append(facts.from_page(date_page, text=", ".join(dates[:4])))
    parts = [relay, bool(dates)]
    if options:
        parts.append(len(options) >= minimum)
    else:
        details["note"] = "no delivery choice recorded as radio buttons: option count unknown"
    score = clamp(sum(parts) / len(parts))
    if facts.reached != "payment" and score < 1:
        # The delivery step may come later in the checkout the walk did not finish.
        return Finding(
            Status.UNKNOWN, evidence=evidence, details=details, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en
        )
    missing_fr = []
    if options and len(options) < minimum:
        missing_fr.append("un seul mode de livraison" if len(options) == 1 else "peu de modes de livraison")
    if not relay:
        missing_fr.append("pas de point relais")
    if not dates:
        missing_fr.append("aucun délai de livraison annoncé")
    return Finding(
        status_from_score(score, pass_at=0.99, warn_at=0.5),
        score=score,
        evidence=evidence,
        details=details,
        note_fr=("; ".join(missing_fr).capitalize() + ".") if missing_fr else None,
    )
