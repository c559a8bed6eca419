"""Reading delivery costs and totals out of recorded page summaries (shared by cost and price audits)."""

from __future__ import annotations

import re
from typing import Any

from audits.facts import Facts, euros, norm

DELIVERY_LABEL = re.compile(
    r"^(livraison|expedition|frais de port|frais de livraison|frais d'expedition|shipping|delivery)"
    r"( \(estimation\)| estimee?| standard| a domicile)?\s*:?\s*(?P<rest>.*)$"
)
THRESHOLD = re.compile(r"\b(des|a partir de|au-dela de|pour|from|over)\b.*\d")
FREE = re.compile(r"^(offerte?s?|gratuite?s?|free|0[.,]00 ?€)|vous est offerte|livraison (offerte|gratuite) !?$")
DEFERRED = re.compile(
    r"calcule|etape suivante|prochaine etape|selon (le mode|l'adresse)|a l'etape|lors du paiement|determine|"
    r"a definir|calculated|at checkout|at next step"
)
FREE_FOR_BASKET = re.compile(r"(la )?livraison (vous est )?(offerte|gratuite)\b(?!.*\b(des|a partir)\b)")
TOTAL_LABEL = re.compile(r"^(total|montant total|order total|estimated total)\b(?! ?panier ?:)")
SUBTOTAL_LABEL = re.compile(r"^(sous-total|sous total|subtotal)\b")


def delivery_in_page(facts: Facts, page: dict[str, Any]) -> tuple[str | None, float | None, str | None]:
    """How a page states the delivery cost: ("cost", amount, line) | ("free", 0, line) | ("deferred", None, line)
    | (None, None, None) when the page says nothing about it."""
    lines = facts.lines(page)
    normalized = [norm(line) for line in lines]
    found: tuple[str | None, float | None, str | None] = (None, None, None)
    for index, line in enumerate(normalized):
        match = DELIVERY_LABEL.match(line)
        if FREE_FOR_BASKET.search(line) and not THRESHOLD.search(line):
            return "free", 0.0, lines[index]
        if not match or len(line) > 60:
            continue
        rest = match.group("rest")
        candidates = [rest] if rest else []
        candidates += normalized[index + 1 : index + 3]
        for offset, value in enumerate(candidates):
            if not value or THRESHOLD.search(value):
                continue
            shown = lines[index] if offset == 0 and rest else f"{lines[index]} {value}"
            if FREE.search(value):
                return "free", 0.0, shown
            amount = euros(value)
            if amount is not None and len(value) < 60:
                return "cost", amount, shown
            if DEFERRED.search(value) and found[0] is None:
                found = ("deferred", None, shown)
    for total in page.get("totals") or []:
        label = norm(total.get("label"))
        if DELIVERY_LABEL.match(label) and not THRESHOLD.search(label):
            if total.get("free"):
                return "free", 0.0, total.get("label")
            if isinstance(total.get("amount"), int | float):
                return "cost", float(total["amount"]), total.get("label")
    for option in page.get("delivery_options") or []:
        if option.get("checked") and isinstance(option.get("amount"), int | float):
            return ("free" if option["amount"] == 0 else "cost"), float(option["amount"]), option.get("label")
    return found


def grand_total(page: dict[str, Any]) -> tuple[float | None, str | None]:
    """The largest 'total' line of a page (the grand total is never below the subtotal or a header widget)."""
    best: tuple[float | None, str | None] = (None, None)
    for total in page.get("totals") or []:
        label = norm(total.get("label"))
        amount = total.get("amount")
        if not TOTAL_LABEL.match(label) or SUBTOTAL_LABEL.match(label) or not isinstance(amount, int | float):
            continue
        if best[0] is None or amount > best[0]:
            best = (float(amount), total.get("label"))
    return best


def subtotal(page: dict[str, Any]) -> float | None:
    for total in page.get("totals") or []:
        if SUBTOTAL_LABEL.match(norm(total.get("label"))) and isinstance(total.get("amount"), int | float):
            return float(total["amount"])
    return None
