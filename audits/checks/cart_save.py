"""Sauvegarde du panier (informative): a way to save, share or e-mail the cart."""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts, norm

META = AuditMeta(
    id="cart_save",
    title_pass_fr="Le panier peut être sauvegardé ou envoyé",
    title_fail_fr="Aucun moyen visible de sauvegarder ou d'envoyer le panier",
    title_pass_en="The cart can be saved or shared",
    title_fail_en="No visible way to save or share the cart",
    stage="cart",
    source="Baymard Institute (benchmark du panier : sauvegarder le panier pour plus tard)",
    description_fr=(
        "Informatif : cherche dans le texte du panier « sauvegarder le panier », « partager », « envoyer le panier » "
        "ou une liste d'envies. Repéré par le texte seulement, donc non noté."
    ),
    description_en=(
        "Informative: looks in the cart text for 'save cart', 'share', 'e-mail my cart' or a wish list. Text-only, "
        "so not scored."
    ),
    recommendation_fr=(
        "Ajoutez dans le panier « Envoyer mon panier par e-mail » ou « Sauvegarder pour plus tard » : beaucoup "
        "de clients mobiles finissent leur achat sur ordinateur."
    ),
    recommendation_en=(
        "Add 'E-mail my cart' or 'Save for later' to the cart: many mobile shoppers finish their purchase on a "
        "computer."
    ),
    requires="cart",
)

SAVE = re.compile(
    r"sauvegarder (le |mon |votre )?panier|enregistrer (le |mon |votre )?panier|partager (le |mon |votre )?panier|"
    r"envoyer (le |mon |votre )?panier|panier par (e-?mail|mail)|mettre de cote|sauvegarder pour plus tard|"
    r"save (for later|cart)|share (your |my )?cart|email (my |your )?cart|liste (d'envies|de souhaits)|wishlist"
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    carts = facts.pages("cart")
    if not carts:
        return Finding(Status.UNKNOWN, note_fr="Aucune page panier enregistrée.", note_en="No cart page recorded.")
    for page in carts:
        for line in facts.lines(page):
            if SAVE.search(norm(line)) and len(line) < 120:
                return Finding(Status.PASS, evidence=[facts.from_page(page, text=line)], details={"text": line})
    return Finding(Status.WARN, details={"text": None})
