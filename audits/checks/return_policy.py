"""Politique de retour: visible before payment, free or not, window beyond the 14 legal days."""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts, norm

META = AuditMeta(
    id="return_policy",
    title_pass_fr="Retours gratuits au-delà du délai légal, annoncés avant le paiement",
    title_fail_fr="La politique de retour est absente, payante ou limitée au minimum légal",
    title_pass_en="Free returns beyond the legal minimum, shown before payment",
    title_fail_en="The returns policy is missing, paid or limited to the legal minimum",
    stage="journey",
    source="Baymard Institute 2024 (18 % d'abandons) ; Code de la consommation L221-18 (14 jours)",
    description_fr=(
        "Lit la politique de retour (page dédiée et promesses affichées) : délai de retour comparé aux 14 jours "
        "légaux, gratuité, et lien vers les retours depuis la fiche produit, le panier ou le tunnel."
    ),
    description_en=(
        "Reads the returns policy (dedicated page and on-page promises): return window against the 14 legal days, "
        "whether returns are free, and a link to it from the product page, cart or checkout."
    ),
    recommendation_fr=(
        "Offrez les retours gratuits sur 30 jours au moins et dites-le sur la fiche produit et dans le panier "
        "(« Retours gratuits sous 30 jours »), avec un lien vers la page des retours."
    ),
    recommendation_en=(
        "Offer free returns for at least 30 days and say so on the product page and in the cart ('Free returns "
        "within 30 days'), with a link to the returns page."
    ),
    requires="product",
)


RETURNS_LINE = re.compile(r"retour|retractation|changer d'avis")
DAYS = re.compile(r"\d+ ?jours")


def returns_sentence(text: str | None) -> str | None:
    """The original line that states the return terms (the recorded excerpt is normalised and cut)."""
    lines = [line.strip() for line in str(text or "").split("\n") if line.strip()]
    for wanted in (lambda n: RETURNS_LINE.search(n) and DAYS.search(n), lambda n: RETURNS_LINE.search(n)):
        for line in lines:
            normalized = norm(line)
            if len(line) < 300 and wanted(normalized) and not normalized.startswith("livraison et retours"):
                return line
    return None


def audit(facts: Facts, thresholds: dict) -> Finding:
    minimum = int(thresholds.get("legal_minimum_days", 14))
    policy = facts.get("return_policy", dict) or {}
    free = policy.get("free_returns")
    days = policy.get("return_window_days")
    if days is not None and not isinstance(days, int):
        raise ValueError("return_window_days is not an integer")
    evidence = []
    for item in policy.get("evidence") or []:
        if not isinstance(item, dict) or len(evidence) >= 3:
            continue
        source = policy.get("text_excerpt") if item.get("stage") == "returns_page" else None
        if source is None:
            page = next((p for p in facts.pages() if p.get("step") == item.get("step")), None)
            source = page.get("text_excerpt") if page else None
        recorded = facts.from_recorded(item, text=returns_sentence(source))
        if recorded:
            evidence.append(recorded)
    links = []
    for page in facts.pages("product", "cart", "checkout"):
        for link in (page.get("policy_links") or {}).get("returns") or []:
            if isinstance(link, dict) and link.get("href") and len(links) < 1:
                links.append(page)
                evidence.append(facts.from_page(page, text=f"Lien « {link.get('text')} » → {link.get('href')}"))
    promised_before = any(
        isinstance(e, dict) and e.get("stage") in ("product", "cart", "checkout") for e in policy.get("evidence") or []
    )
    visible = bool(links) or promised_before
    details = {
        "free_returns": free,
        "return_window_days": days,
        "legal_minimum_days": minimum,
        "policy_url": policy.get("url"),
        "visible_before_payment": visible,
    }
    if days is None and free is None:
        if not facts.pages("product", "cart", "checkout"):
            return Finding(Status.UNKNOWN, details=details, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
        if not visible and not policy.get("url"):
            return Finding(
                Status.FAIL,
                details=details,
                note_fr="Aucune politique de retour trouvée : ni lien ni mention sur la fiche produit, le panier ou "
                "le tunnel.",
                note_en="No returns policy found: no link or mention on the product page, cart or checkout.",
            )
        return Finding(
            Status.UNKNOWN,
            evidence=evidence,
            details=details,
            note_fr="La page des retours existe mais son délai et sa gratuité n'ont pas pu être lus.",
            note_en="A returns page exists but its window and cost could not be read.",
        )
    if days is not None and days < minimum:
        return Finding(
            Status.FAIL,
            evidence=evidence,
            details=details,
            note_fr=f"Délai annoncé de {days} jours, inférieur aux {minimum} jours légaux.",
            note_en=f"A {days}-day window, below the {minimum} legal days.",
        )
    if days is None:
        return Finding(
            Status.UNKNOWN,
            evidence=evidence,
            details=details,
            note_fr="Le délai de retour n'a pas pu être lu.",
            note_en="The return window could not be read.",
        )
    if days > minimum:
        score, status = (1.0, Status.PASS) if free else (0.7, Status.WARN)
    else:
        score, status = (0.5, Status.WARN) if free else (0.25, Status.WARN)
    if not visible:
        score, status = min(score, 0.5), Status.WARN
    note_fr = f"Retours {'gratuits' if free else 'à la charge du client' if free is False else ''} sous {days} jours"
    note_en = f"{'Free' if free else 'Paid' if free is False else ''} returns within {days} days"
    if not visible:
        note_fr += ", sans lien ni mention avant le paiement"
        note_en += ", with no link or mention before payment"
    return Finding(
        status,
        score=score,
        evidence=evidence,
        details=details,
        note_fr=" ".join(note_fr.split()) + ".",
        note_en=" ".join(note_en.split()) + ".",
    )
