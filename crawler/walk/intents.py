"""What a shopper looks for on a page, as text patterns in French and English.

Patterns are matched against normalised text (lowercase, no accents; see `crawler.text.norm`).
Each intent has patterns that attract and patterns that repel; the walker scores visible
elements with them. Platform hooks (ids, classes, names) only add to a score: the walk must
work from what a shopper reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Intent:
    name: str
    text: tuple[str, ...]  # regexes on the element's visible text / aria-label / value
    hooks: tuple[str, ...] = ()  # regexes on id, class, name, data-* attributes, href
    avoid: tuple[str, ...] = ()  # regexes on text that exclude the element
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def pattern(self, kind: str) -> re.Pattern[str] | None:
        if kind not in self.compiled:
            source = {"text": self.text, "hooks": self.hooks, "avoid": self.avoid}[kind]
            self.compiled[kind] = re.compile("|".join(f"(?:{p})" for p in source)) if source else None
        return self.compiled[kind]


# The final order button: never clicked. Matched on checkout pages only ("Commander" alone is
# also the name of the cart's proceed button on some platforms).
FINAL_ORDER = re.compile(
    r"obligation de paiement"
    r"|^(commander et payer|payer|payer maintenant|pay|pay now|place (my )?order|confirmer (ma|la) commande|"
    r"valider (ma|la) commande|valider (ma|la) commande et payer|passer (la )?commande|commander|"
    r"finaliser (ma|la) commande|complete (order|purchase)|buy now|acheter( maintenant)?|commander maintenant|"
    r"je (confirme|valide) (ma|la) commande|confirmer et payer|valider et payer|proceder au paiement securise|"
    r"confirm (order|purchase)|submit order|confirmer (le|mon) (paiement|achat))"
    r"(\s*[-:(]?\s*\d[\d\s.,]*\s*(€|eur)?\)?)?$"
    r"|^(payer|pay) .{0,20}€"
)

ADD_TO_CART = Intent(
    "add_to_cart",
    text=(
        r"^ajouter au panier",
        r"^ajout au panier",
        r"^add to (cart|bag|basket)",
        r"^ajouter$",
        r"^mettre (dans|au) (le )?panier",
        r"^ajouter a mon panier",
        r"^acheter$",
        r"^je l'achete",
        r"^ajouter au sac",
        r"^add$",
        r"panier$",
    ),
    hooks=(
        r"add-?to-?cart",
        r"addtocart",
        r"add_to_cart",
        r"single_add_to_cart",
        r"product-addtocart",
        r"name=add\b",
        r"data-button-action=add-to-cart",
        r"btn-cart",
        r"ajout-panier",
    ),
    avoid=(
        r"liste de souhaits|wishlist|favoris|comparer|notify|alerte|prevenez|m'avertir|rupture|epuise"
        r"|sold out|indisponible|precommande",
    ),
)

VIEW_CART = Intent(
    "view_cart",
    text=(
        r"^(voir|afficher|acceder a) (le |mon |votre )?panier",
        r"^view (my |your )?(cart|bag|basket)",
        r"^go to (cart|bag)",
        r"^(mon |votre )?panier( \(?\d+\)?)?$",
        r"^cart( \(?\d+\)?)?$",
        r"^panier \d",
        r"^shopping (cart|bag)$",
    ),
    hooks=(
        r"/panier",
        r"/cart\b",
        r"/basket",
        r"checkout/cart",
        r"cart-link",
        r"minicart",
        r"cart-icon",
        r"blockcart",
        r"header-cart",
        r"action=show",
    ),
    avoid=(r"vider|supprimer|retirer|continuer (mes|vos) achats|continue shopping",),
)

PROCEED_TO_CHECKOUT = Intent(
    "proceed_to_checkout",
    text=(
        r"^commander$",
        r"^passer (la |ma )?commande",
        r"^valider (mon |le |la )?(panier|commande)",
        r"^proceder au paiement",
        r"^(proceed|go) to checkout",
        r"^checkout$",
        r"^paiement$",
        r"^finaliser (ma |la )?commande",
        r"^continuer (vers|au) (le )?paiement",
        r"^terminer (ma |la )?commande",
        r"^je commande",
        r"^commander maintenant",
        r"^passer au paiement",
        r"^aller au paiement",
        r"^check ?out",
    ),
    hooks=(
        r"checkout-button",
        r"proceed-to-checkout",
        r"name=checkout\b",
        r"#checkout\b",
        r"/commande\b",
        r"/checkout",
        r"wc-block-cart__submit",
        r"btn-checkout",
        r"cart-detailed-actions",
    ),
    avoid=(r"paypal|apple pay|google pay|shop ?pay|amazon|express|g ?pay|continuer (mes|vos) achats",),
)

GUEST = Intent(
    "guest",
    text=(
        r"invite",
        r"sans (creer de |creation de |)compte",
        r"\bguest\b",
        r"sans inscription",
        r"commander sans",
        r"continuer sans (vous )?(identifier|connecter|compte)",
        r"je suis un nouveau client.*sans",
        r"achat express sans compte",
    ),
    hooks=(r"guest", r"invite", r"anonymous", r"anon"),
    avoid=(r"se connecter|connexion|login|sign in",),
)

CONTINUE = Intent(
    "continue",
    text=(
        r"^continuer",
        r"^suivant",
        r"^etape suivante",
        r"^valider( l'adresse| mon adresse| la livraison| mes informations)?$",
        r"^enregistrer",
        r"^utiliser cette adresse",
        r"^confirmer (l'adresse|la livraison|mon adresse)",
        r"^continue",
        r"^next",
        r"^save and continue",
        r"^ship to this address",
        r"^livrer a cette adresse",
        r"^passer (a|au) (l'etape|la livraison|mode de livraison|paiement)",
        r"^choisir (ce|le) mode de livraison",
        r"^aller (a|au) (la livraison|paiement)",
        r"^proceder",
        r"^valider et continuer",
        r"^poursuivre",
        r"^choisir (cette|ce) (option|mode|methode|livraison|transporteur)",
        r"^select (this )?(option|method)",
        r"^selectionner( cette option| ce mode)?$",
        r"^use this (address|method)",
    ),
    hooks=(
        r"continue",
        r"opc-continue",
        r"confirm-addresses",
        r"confirmdeliveryoption",
        r"submit-step",
        r"next-step",
        r"btn-next",
    ),
    avoid=(
        r"continuer (mes|vos) achats|continue shopping|retour|sans (accepter|creer)|accepter|cookies|"
        r"paypal|apple pay|google pay|shop ?pay|newsletter",
    ),
)

CLOSE_POPUP = Intent(
    "close_popup",
    text=(
        r"^(x|×|✕|✖)$",
        r"^fermer",
        r"^close",
        r"^non merci",
        r"^no thanks",
        r"^plus tard",
        r"^pas maintenant",
        r"^je ne suis pas interesse",
        r"^continuer sans (profiter|s'inscrire)",
        r"^ignorer",
    ),
    hooks=(r"close", r"dismiss", r"fermer", r"modal-close", r"popup-close"),
    avoid=(r"panier|commande|checkout|cart",),
)

KEEP_SHOPPING = Intent(
    "keep_shopping",
    text=(
        r"^continuer (mes|vos) achats",
        r"^continue shopping",
        r"^poursuivre (mes|vos) achats",
        r"^retour a la boutique",
    ),
    hooks=(r"continue-shopping", r"keep-shopping"),
)

CONSENT_ACCEPT = Intent(
    "consent_accept",
    text=(
        r"^tout accepter",
        r"^accepter( et fermer| & fermer| tout| les cookies)?$",
        r"^j'accepte",
        r"^ok pour moi",
        r"^autoriser( tous les cookies| tout)?$",
        r"^accept( all)?( cookies)?$",
        r"^allow all",
        r"^j'ai compris",
        r"^ok$",
        r"^d'accord$",
    ),
    hooks=(r"accept", r"agree", r"allow", r"optin"),
)

CONSENT_REFUSE = Intent(
    "consent_refuse",
    text=(
        r"^continuer sans accepter",
        r"^tout refuser",
        r"^refuser( tout| tous les cookies| les cookies)?$",
        r"^non merci",
        r"^reject all",
        r"^decline",
        r"^je refuse",
        r"^interdire",
    ),
    hooks=(r"reject", r"disagree", r"decline", r"deny", r"refuse", r"dismiss"),
)

LOGIN_WALL_TEXT = re.compile(
    r"vous devez etre connecte|connectez-vous pour (commander|continuer)|identifiez-vous|se connecter|"
    r"connexion|deja client|mot de passe|sign in|log in|login|returning customer|creer (un|votre) compte|"
    r"create (an )?account|mon compte"
)
FORCED_ACCOUNT_TEXT = re.compile(
    r"vous devez etre connecte|devez (creer un compte|vous connecter|vous identifier)|"
    r"must be logged in|must (create an account|sign in|log in)|compte (est )?(obligatoire|requis)|"
    r"connectez-vous pour (commander|passer commande|continuer)|login required"
)

PRODUCT_URL_HINT = re.compile(
    r"/products?/|/produits?/|/p/|/item/|/article/|-p-\d+|/\d+-[a-z0-9-]+\.html|[a-z0-9-]+-\d+\.html$|"
    r"/catalogue/[a-z0-9-]+_\d+/|/shop/[a-z0-9-]+/?$|\.html$"
)
CATEGORY_URL_HINT = re.compile(
    r"/collections?/|/categor|/boutique|/shop\b|/catalogue/?$|/catalogue/category|/c/|/rayon|/femmes?|"
    r"/hommes?|/nouveautes|/all\b|/produits/?$"
)
OUT_OF_STOCK_TEXT = re.compile(
    r"rupture de stock|epuise|indisponible|out of stock|sold out|plus disponible|victime de son succes|"
    r"non disponible|unavailable"
)
ADDED_TO_CART_TEXT = re.compile(
    r"ajoute(e|s)? (a|au) (votre |mon )?panier|ajoute au panier avec succes|produit ajoute|article ajoute|"
    r"added to (your )?(cart|bag|basket)|a bien ete ajoute|a ete ajoute|vous avez ajoute|dans votre panier"
)
