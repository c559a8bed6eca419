"""Turns the raw facts of one page into the compact record kept in the journey (`pages`)."""

from __future__ import annotations

import re
from typing import Any

from crawler.text import norm, parse_euros
from crawler.walk.detect import (
    CGV_LINK_TEXT,
    CONTACT_LINK_TEXT,
    DELIVERY_LINK_TEXT,
    RETURN_LINK_TEXT,
    is_delivery_radio,
)
from crawler.walk.intents import FINAL_ORDER

TOTAL_LINE = re.compile(
    r"^(sous-total|sous total|subtotal|total( ttc| a payer| de la commande| panier| estime)?|"
    r"montant total|order total|estimated total|livraison|expedition|shipping|frais de port|"
    r"frais de livraison|taxes?|tva|remise|reduction)\b"
)
REASSURANCE = re.compile(
    r"paiement (100 ?% )?securise|securise|ssl|3d ?secure|transactions? (sont )?(securisees|chiffrees)|"
    r"avis verifies|trustpilot|avis clients|avis google|google reviews|note \d|[0-9][.,][0-9] ?/ ?5|etoiles|"
    r"satisfait ou rembourse|livraison (offerte|gratuite)|retours? (gratuits?|offerts?)|service client|"
    r"garantie|made in france|fabrique en france|expedie sous|expedition (rapide|sous|en)|stock en france"
)
REVIEWS = re.compile(
    r"avis verifies|trustpilot|avis clients|avis google|google reviews|\d+ avis|reviews?|"
    r"[0-9][.,][0-9] ?/ ?5|etoiles"
)
CHAT = re.compile(
    r"zendesk|zopim|intercom|crisp|tawk|gorgias|livechat|hubspot|messenger|chat|iadvize|"
    r"freshchat|tidio|drift"
)
PHONE = re.compile(r"(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}")
FREE_SHIPPING = re.compile(
    r"(livraison|frais de port|expedition|shipping)( (standard|a domicile))? "
    r"(offerte?s?|gratuite?s?|free)( en france)? (des|a partir de|au-dela de|pour|from|over) "
    r"(?P<amount>\d+[.,]?\d*) ?(€|euros?)"
)
DELIVERY_DATE = re.compile(
    r"livre(e|s)? (le|entre|avant|d'ici)|livraison (estimee|prevue|entre|le|en \d|sous \d|"
    r"express|en 24|en 48)|recevez-le|estimated delivery|arrives? by|sous \d+ ?(h|heures|jours)|"
    r"en \d+ ?(h|heures)|\d+-\d+ jours ouvres|\d+ a \d+ jours"
)
RELAY = re.compile(
    r"point relais|relais colis|mondial relay|chronopost relais|pickup|retrait en (magasin|boutique)|"
    r"click ?(&|and|et) ?collect|locker|consigne|shop2shop|pick-up|relay point|bureau de poste"
)
THRESHOLD_WORDS = re.compile(r"\b(des|a partir de|au-dela de|pour toute commande|from|over)\b")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


def summarise(facts: dict[str, Any], stage: str, step: int) -> dict[str, Any]:
    text = facts.get("text", "")
    lines = _lines(text)
    normalized_lines = [norm(line) for line in lines]
    totals = []
    for index, line in enumerate(normalized_lines):
        if not TOTAL_LINE.search(line) or len(line) > 60 or THRESHOLD_WORDS.search(line):
            continue
        amount = parse_euros(lines[index])
        following = normalized_lines[index + 1] if index + 1 < len(lines) else ""
        if amount is None and len(following) <= 30:
            amount = parse_euros(lines[index + 1]) if index + 1 < len(lines) else None
        free = bool(re.search(r"\b(gratuit|gratuite|offerte?|free)\b", line)) or bool(
            re.search(r"^(gratuit|gratuite|offerte?|free)\b", following)
        )
        pending = bool(re.search(r"calcul|etape suivante|next step|a definir", line + " " + following))
        if amount is None and not free and not pending:
            continue
        totals.append(
            {"label": lines[index][:80], "amount": amount, "free": free or None, "calculated_later": pending or None}
        )
    delivery = []
    for radio in facts.get("radios", []):
        if is_delivery_radio(radio):
            label = radio.get("label") or ""
            amount = parse_euros(label)
            free = bool(re.search(r"gratuit|offert|free", norm(label)))
            delivery.append(
                {
                    "label": label[:160],
                    "amount": 0.0 if free and amount is None else amount,
                    "checked": radio.get("checked"),
                    "relay": bool(RELAY.search(norm(label))),
                    "selector": radio.get("selector"),
                }
            )
    links: dict[str, list[dict[str, Any]]] = {"returns": [], "cgv": [], "delivery": [], "contact": []}
    for link in facts.get("links", []):
        label = norm(link.get("text"))
        href = norm(link.get("href"))
        entry = {"text": link.get("text"), "href": link.get("href"), "in_footer": link.get("in_footer")}
        if RETURN_LINK_TEXT.search(label) or re.search(r"retour|return|refund|rembours", href):
            links["returns"].append(entry)
        if CGV_LINK_TEXT.search(label) or re.search(r"cgv|conditions-generales|terms", href):
            links["cgv"].append(entry)
        if DELIVERY_LINK_TEXT.search(label) and len(label) < 60:
            links["delivery"].append(entry)
        if CONTACT_LINK_TEXT.search(label) and len(label) < 60:
            links["contact"].append(entry)
    for key in links:
        links[key] = links[key][:8]
    reassurance = []
    for line in lines:
        if len(line) <= 160 and REASSURANCE.search(norm(line)) and line not in reassurance:
            reassurance.append(line)
    chat = sorted(
        {
            m.group(0)
            for src in facts.get("scripts", []) + [f.get("src", "") for f in facts.get("iframes", [])]
            for m in [CHAT.search(norm(src))]
            if m
        }
    )
    phones = sorted(set(PHONE.findall(text)))[:5]
    free_shipping = None
    match = FREE_SHIPPING.search(norm(text))
    if match:
        free_shipping = {"text": match.group(0), "amount": float(match.group("amount").replace(",", "."))}
    final_buttons = []
    if stage in ("checkout", "payment"):
        for button in facts.get("buttons", []):
            if FINAL_ORDER.search(norm(button.get("text"))):
                final_buttons.append({k: button.get(k) for k in ("text", "selector", "box", "disabled")})
    product = None
    for item in facts.get("jsonld", []):
        for node in item.get("@graph", [item]) if isinstance(item, dict) else []:
            kinds = node.get("@type") if isinstance(node, dict) else None
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "Product" in kinds:
                offers = node.get("offers") or {}
                offers = offers[0] if isinstance(offers, list) and offers else offers
                if isinstance(offers, dict) and offers.get("@type") == "AggregateOffer":
                    price = offers.get("lowPrice")
                else:
                    price = offers.get("price") if isinstance(offers, dict) else None
                product = {
                    "name": node.get("name"),
                    "price": _float(price),
                    "currency": offers.get("priceCurrency") if isinstance(offers, dict) else None,
                    "availability": offers.get("availability") if isinstance(offers, dict) else None,
                }
                break
    return {
        "step": step,
        "stage": stage,
        "url": facts.get("url"),
        "title": facts.get("title"),
        "lang": facts.get("lang"),
        "headings": facts.get("headings", [])[:10],
        "text_excerpt": text[:6000],
        "prices": [{k: p.get(k) for k in ("text", "cls", "selector", "box")} for p in facts.get("prices", [])[:40]],
        "totals": totals[:20],
        "mentions_ttc": bool(re.search(r"\bttc\b", norm(text))),
        "mentions_ht": bool(re.search(r"\bht\b", norm(text))),
        "delivery_options": delivery,
        "delivery_dates": sorted({m.group(0) for m in DELIVERY_DATE.finditer(norm(text))})[:8],
        "relay_points": sorted({m.group(0) for m in RELAY.finditer(norm(text))})[:8],
        "free_shipping_threshold": free_shipping,
        "reassurance": reassurance[:20],
        "reviews": sorted({m.group(0) for m in REVIEWS.finditer(norm(text))})[:8],
        "contact": {"phones": phones, "tel_links": facts.get("tel", [])[:5], "chat": chat, "links": links["contact"]},
        "policy_links": {k: v for k, v in links.items() if k != "contact"},
        "final_buttons": final_buttons,
        "dialogs": facts.get("dialogs", []),
        "product_jsonld": product,
        "microdata_products": facts.get("microdata_products", 0),
        "forms": len(facts.get("forms", [])),
        "password_fields": facts.get("password_fields", 0),
    }


def _float(value: Any) -> float | None:
    try:
        return float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return None
