"""Why a journey stopped early: a stable code for machines and a plain French reason for people.

Codes marked as findings describe the shop (an account is required); the others mean the walk
could not do its job, and the command exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StopKind:
    reason: str
    finding: bool = False


STOPS: dict[str, StopKind] = {
    "invalid_url": StopKind("URL invalide"),
    "unreachable": StopKind("site injoignable ({detail})"),
    "http_error": StopKind("erreur HTTP {status}"),
    "redirect_loop": StopKind("boucle de redirections"),
    "timeout": StopKind("délai dépassé"),
    "journey_timeout": StopKind("délai dépassé : le parcours a dépassé {seconds} s"),
    "not_a_shop": StopKind("la page ne ressemble pas à une boutique (ni produit, ni prix, ni panier)"),
    "no_product": StopKind("aucun produit achetable trouvé"),
    "add_to_cart_not_found": StopKind("bouton d'ajout au panier introuvable"),
    "cart_not_found": StopKind("panier introuvable après l'ajout au panier"),
    "checkout_not_found": StopKind("bouton de passage à la commande introuvable dans le panier"),
    "checkout_stuck": StopKind("étape de paiement non atteinte : le tunnel de commande ne progresse plus"),
    "login_required": StopKind("connexion obligatoire : aucun achat sans compte proposé", finding=True),
    "captcha": StopKind("captcha : la boutique demande de prouver qu'on n'est pas un robot"),
    "bot_wall": StopKind("protection anti-robot : la boutique bloque la visite"),
    "robots_disallowed": StopKind("interdit par robots.txt : {url}"),
    "browser_error": StopKind("erreur du navigateur ({detail})"),
    "final_button": StopKind("arrêt de sécurité : le bouton de commande finale n'est jamais cliqué"),
}


def stop_message(code: str, **values: object) -> str:
    kind = STOPS[code]
    try:
        return kind.reason.format(**values)
    except (KeyError, IndexError):
        return kind.reason.split(" (")[0].split(" {")[0]


def is_failure(code: str | None) -> bool:
    return code is not None and not STOPS.get(code, StopKind("", False)).finding


class StopWalk(Exception):  # noqa: N818 - a control-flow signal, not an error
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
