"""Continuité du panier: does the cart survive a page reload?"""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts

META = AuditMeta(
    id="cart_persistence",
    title_pass_fr="Le panier survit au rechargement de la page",
    title_fail_fr="Le panier se vide au rechargement de la page",
    title_pass_en="The cart survives a page reload",
    title_fail_en="The cart empties on page reload",
    stage="cart",
    source="Baymard Institute (benchmark du panier : persistance du panier)",
    description_fr="Recharge la page du panier et vérifie que l'article ajouté y est toujours.",
    description_en="Reloads the cart page and checks that the added item is still there.",
    recommendation_fr=(
        "Enregistrez le panier côté serveur ou dans le stockage du navigateur (cookie, localStorage) pour qu'il "
        "survive à un rechargement, à une fermeture d'onglet et à un retour le lendemain."
    ),
    recommendation_en=(
        "Store the cart on the server or in browser storage (cookie, localStorage) so that it survives a reload, a "
        "closed tab and a visit the next day."
    ),
    requires="cart",
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    reload = facts.get("cart_reload", dict)
    if not reload or reload.get("survived") is None:
        note = (reload or {}).get("error")
        return Finding(
            Status.UNKNOWN,
            details={"error": note} if note else {},
            note_fr="Le rechargement du panier n'a pas été testé." if not note else f"Test impossible : {note}",
            note_en="The cart reload was not tested.",
        )
    cart_pages = facts.pages("cart")
    last = cart_pages[-1] if cart_pages else {}
    evidence = [
        facts.evidence(
            step=last.get("step"),
            url=reload.get("url") or last.get("url"),
            screenshot=last.get("screenshot"),
            stage="cart",
            text="Page du panier rechargée",
        )
    ]
    if reload["survived"] is True:
        return Finding(Status.PASS, evidence=evidence, details={"survived": True})
    return Finding(
        Status.FAIL,
        evidence=evidence,
        details={"survived": False},
        note_fr="Après rechargement, le panier est vide.",
        note_en="After a reload the cart is empty.",
    )
