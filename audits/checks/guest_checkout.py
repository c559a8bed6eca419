"""Compte obligatoire: can a new customer buy without creating an account, and is that path obvious?"""

from __future__ import annotations

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts

META = AuditMeta(
    id="guest_checkout",
    title_pass_fr="On peut commander sans créer de compte",
    title_fail_fr="La création d'un compte est obligatoire ou l'achat invité est caché",
    title_pass_en="Shoppers can check out as guests",
    title_fail_en="An account is required, or the guest checkout is hidden",
    stage="checkout",
    source="Baymard Institute 2024 (26 % d'abandons : compte exigé ; 44 % des sites cachent l'achat invité)",
    description_fr=(
        "Vérifie qu'un nouveau client peut aller jusqu'au paiement sans créer de compte, et que l'option "
        "« commander en invité » est aussi visible que la connexion."
    ),
    description_en=(
        "Checks that a new customer can reach payment without creating an account, and that the guest option "
        "is as prominent as signing in."
    ),
    recommendation_fr=(
        "Proposez l'achat sans compte (commande invité) et offrez la création du compte après le paiement, "
        "en un clic, à partir des informations déjà saisies."
    ),
    recommendation_en=(
        "Offer guest checkout and suggest creating an account after payment, in one click, from the details "
        "already entered."
    ),
    requires="checkout",
)

HIDDEN_FR = (
    "Mettez l'achat invité au même niveau que la connexion : un vrai bouton « Commander sans compte » en haut "
    "de l'écran d'identification, pas un lien discret en bas de page."
)
HIDDEN_EN = (
    "Give the guest option the same weight as signing in: a real 'Check out as guest' button at the top of the "
    "sign-in screen, not a discreet link at the bottom."
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    forced = facts.get("forced_account_creation", bool)
    guest = facts.get("guest_checkout", bool)
    guest_path = facts.get("guest_path", dict)
    wall = facts.from_recorded(facts.get("login_wall", dict))
    evidence = [wall] if wall else []
    details = {"guest_checkout": guest, "forced_account_creation": forced, "stop_code": facts.j.get("stop_code")}
    if forced or facts.j.get("stop_code") == "login_required" or guest is False:
        return Finding(
            Status.FAIL,
            evidence=evidence,
            details=details,
            note_fr="Aucun parcours sans compte n'a été trouvé : l'écran de connexion bloque la commande.",
            note_en="No guest path was found: the sign-in screen blocks the order.",
        )
    if guest is None:
        return Finding(Status.UNKNOWN, details=details, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    if guest_path:
        evidence.append(
            facts.evidence(
                step=guest_path.get("step"),
                url=guest_path.get("url"),
                text=guest_path.get("text"),
                selector=guest_path.get("selector"),
                box=guest_path.get("box"),
            )
        )
        details.update({"guest_path_text": guest_path.get("text"), "prominence": guest_path.get("prominence")})
        if guest_path.get("prominence") == "secondary":
            return Finding(
                Status.WARN,
                evidence=evidence,
                details=details,
                note_fr="L'achat invité existe mais n'est qu'un lien secondaire.",
                note_en="Guest checkout exists but only as a secondary link.",
                recommendation_fr=HIDDEN_FR,
                recommendation_en=HIDDEN_EN,
            )
    elif not wall:
        details["note"] = "no sign-in screen: the checkout opened directly"
    return Finding(Status.PASS, evidence=evidence, details=details)
