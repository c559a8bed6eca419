"""A small shop whose checkout the tests can change between two runs (tests/test_monitor.py).

"La Gourde Verte": plain server-rendered pages, no consent banner, no popup, so that a walk is quick.
Home -> product -> "Ajouter au panier" (POST, redirect to the cart) -> /panier/ -> "Passer la commande" ->
/commande/ (guest address form) -> "Continuer vers le paiement" -> /commande/paiement/ (payment methods,
final button "Payer", never clicked). Free returns within 30 days.

`make_app()` returns a `MonitorShop` whose `settings` the test switches while it is served:
`settings["guest"] = False` replaces the address form by a login wall ("Vous devez être connecté pour
commander"); `settings["methods"]` is the list of payment method ids offered (see METHODS).
Not a discovered shop (its name starts with "_"): it is served by tests/test_monitor.py only.
"""

from __future__ import annotations

from typing import Any

from .. import kit
from ..kit import Request, Response, esc

NAME = "La Gourde Verte"
PRODUCT = kit.Product(7, "gourde-isotherme-inox", "Gourde isotherme inox 500 ml", 2990,
                      description="Gourde à double paroi en acier inoxydable, garde au frais 24 h.")
SHIPPING_CENTS = 490

METHODS: dict[str, str] = {
    "card": "Carte bancaire (CB, Visa, Mastercard)",
    "paypal": "PayPal",
    "bank_transfer": "Virement bancaire",
}


class MonitorShop(kit.ShopApp):
    def __init__(self) -> None:
        super().__init__("_monitor")
        self.settings: dict[str, Any] = {"guest": True, "methods": list(METHODS)}


def page(title: str, body: str, req: Request, head_extra: str = "") -> Response:
    count = sum(line["qty"] for line in req.session.get("cart", []))
    doc = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)} – {NAME}</title>
<style>body{{font-family:sans-serif;margin:0}} header,main,footer{{padding:16px 24px}}
header{{display:flex;gap:24px;align-items:center;background:#e6efe6}} .btn{{padding:12px 20px;font-size:16px;
background:#2f6b3a;color:#fff;border:0;border-radius:4px;text-decoration:none;display:inline-block}}
label{{display:block;margin-top:8px}} input{{font-size:16px;padding:6px}}</style>{head_extra}</head>
<body><header><a href="/" class="logo"><strong>{NAME}</strong></a><nav><a href="/boutique/">Boutique</a></nav>
<a href="/panier/" class="header-cart">Panier ({count})</a></header>
<p class="promo">Livraison offerte dès 60&nbsp;€ · Retours gratuits sous 30 jours</p>
<main>{body}</main>
<footer><p>Paiement sécurisé · Service client : 01 84 80 55 66</p>
<ul><li><a href="/livraison-retours/">Livraison et retours</a></li><li><a href="/cgv/">Conditions générales de
 vente</a></li><li><a href="/contact/">Contact</a></li></ul></footer></body></html>"""
    return kit.html_response(doc)


def home(req: Request) -> Response:
    card = (f'<div class="product-card"><a href="/produit/{PRODUCT.slug}/"><img src="{kit.product_svg(PRODUCT.name)}" '
            f'width="300" height="300" alt="{esc(PRODUCT.name)}"></a><h2><a href="/produit/{PRODUCT.slug}/">'
            f'{esc(PRODUCT.name)}</a></h2><p class="price">{PRODUCT.price}</p></div>')
    return page("Accueil", f"<h1>Gourdes et bouteilles réutilisables</h1><div class='products'>{card}</div>", req)


def product(req: Request) -> Response:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",'
          f'"name":"{PRODUCT.name}","offers":{{"@type":"Offer","price":"{PRODUCT.price_cents / 100:.2f}",'
          '"priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>')
    body = f"""<div class="product"><img src="{kit.product_svg(PRODUCT.name)}" width="500" height="500"
 alt="{esc(PRODUCT.name)}"><h1>{esc(PRODUCT.name)}</h1><p class="price">{PRODUCT.price} TTC</p>
<p>{esc(PRODUCT.description)}</p><p>En stock, expédiée sous 24 h.</p>
<form method="post" action="/panier/ajouter/"><input type="hidden" name="product_id" value="{PRODUCT.id}">
<label for="qty">Quantité</label><input id="qty" type="number" name="qty" value="1" min="1">
<button type="submit" class="btn add-to-cart" name="add">Ajouter au panier</button></form></div>"""
    return page(PRODUCT.name, body, req, head_extra=ld)


def add_to_cart(req: Request) -> Response:
    cart = req.session.setdefault("cart", [])
    if cart:
        cart[0]["qty"] += 1
    else:
        cart.append({"id": PRODUCT.id, "qty": 1})
    return kit.redirect("/panier/", status="303 See Other")


def totals(req: Request) -> tuple[int, int]:
    subtotal = sum(line["qty"] * PRODUCT.price_cents for line in req.session.get("cart", []))
    return subtotal, subtotal + SHIPPING_CENTS


def cart(req: Request) -> Response:
    lines = req.session.get("cart", [])
    if not lines:
        return page("Panier", "<h1>Panier</h1><p>Votre panier est vide.</p>", req)
    subtotal, total = totals(req)
    rows = "".join(f"<tr><td>{esc(PRODUCT.name)}</td><td>{line['qty']}</td>"
                   f"<td>{kit.euros(line['qty'] * PRODUCT.price_cents)}</td></tr>" for line in lines)
    body = f"""<h1>Panier</h1><table class="cart"><tr><th>Produit</th><th>Quantité</th><th>Prix</th></tr>{rows}</table>
<p>Sous-total : {kit.euros(subtotal)}</p><p>Livraison Colissimo : {kit.euros(SHIPPING_CENTS)}</p>
<p class="total"><strong>Total TTC : {kit.euros(total)}</strong></p>
<a href="/commande/" class="btn checkout-button">Passer la commande</a>"""
    return page("Panier", body, req)


def field(name: str, label: str, autocomplete: str, input_type: str = "text") -> str:
    return (f'<label for="{name}">{label} *</label><input id="{name}" name="{name}" type="{input_type}" '
            f'autocomplete="{autocomplete}" required>')


def checkout(shop: MonitorShop, req: Request) -> Response:
    if not req.session.get("cart"):
        return kit.redirect("/panier/")
    if not shop.settings["guest"]:
        body = f"""<h1>Commande</h1><p class="notice">Vous devez être connecté pour commander.</p>
<form method="post" action="/mon-compte/" class="login">{field("username", "Adresse e-mail", "email", "email")}
{field("password", "Mot de passe", "current-password", "password")}
<button type="submit" class="btn">Connexion</button></form>
<p><a href="/mon-compte/inscription/">Créer un compte</a></p>"""
        return page("Commande", body, req)
    body = f"""<h1>Commande</h1><p>Déjà client ? <a href="/mon-compte/">Connexion</a></p>
<form method="post" action="/commande/" class="checkout"><h2>Adresse de livraison</h2>
{field("email", "Adresse e-mail", "email", "email")}{field("first_name", "Prénom", "given-name")}
{field("last_name", "Nom", "family-name")}{field("address", "Adresse", "address-line1")}
{field("postcode", "Code postal", "postal-code")}{field("city", "Ville", "address-level2")}
{field("phone", "Téléphone", "tel", "tel")}
<p>Livraison Colissimo à domicile en 48 h : {kit.euros(SHIPPING_CENTS)}</p>
<button type="submit" class="btn">Continuer vers le paiement</button></form>"""
    return page("Commande", body, req)


def checkout_post(req: Request) -> Response:
    req.session["address"] = {k: req.arg(k) for k in ("email", "first_name", "last_name", "postcode", "city")}
    return kit.redirect("/commande/paiement/", status="303 See Other")


def payment(shop: MonitorShop, req: Request) -> Response:
    if not req.session.get("cart"):
        return kit.redirect("/panier/")
    if not req.session.get("address"):
        return kit.redirect("/commande/")
    _subtotal, total = totals(req)
    options = "".join(
        f'<li><label><input type="radio" name="payment_method" value="{mid}"{" checked" if i == 0 else ""}> '
        f"{METHODS[mid]}</label></li>" for i, mid in enumerate(shop.settings["methods"]))
    body = f"""<h1>Paiement</h1><p>Total à payer : <strong>{kit.euros(total)}</strong> (dont livraison
 {kit.euros(SHIPPING_CENTS)})</p><form method="post" action="/commande/payer/"><h2>Moyen de paiement</h2>
<ul class="payment-methods">{options}</ul><p>Paiement 100&nbsp;% sécurisé.</p>
<button type="submit" class="btn" data-fixture-final="1">Commander avec obligation de paiement</button></form>"""
    return page("Paiement", body, req, head_extra=kit.FINAL_BUTTON_SPY)


RETURNS = """<h1>Livraison et retours</h1><h2>Livraison</h2><p>Colissimo à domicile en 48 h : 4,90&nbsp;€, offerte dès
 60&nbsp;€.</p><h2>Retours</h2><p>Retours gratuits sous 30 jours : vous disposez de 30 jours à compter de la
 réception pour nous retourner un article, avec l’étiquette de retour prépayée jointe au colis. Le remboursement est
 effectué sous 7 jours.</p>"""


def make_app() -> MonitorShop:
    shop = MonitorShop()

    def static(title: str, body: str):
        return lambda req: page(title, body, req)

    def place_order(req: Request) -> Response:
        shop.record_order()
        return page("Merci", "<h1>Merci pour votre commande</h1>", req)

    shop.route("GET", "/", home)
    shop.route("GET", "/boutique/", home)
    shop.route("GET", f"/produit/{PRODUCT.slug}/", product)
    shop.route("POST", "/panier/ajouter/", add_to_cart)
    shop.route("GET", "/panier/", cart)
    shop.route("GET", "/commande/", lambda req: checkout(shop, req))
    shop.route("POST", "/commande/", checkout_post)
    shop.route("GET", "/commande/paiement/", lambda req: payment(shop, req))
    shop.route("POST", "/commande/payer/", place_order)
    shop.route("GET", "/livraison-retours/", static("Livraison et retours", RETURNS))
    shop.route("GET", "/cgv/", static("CGV", "<h1>Conditions générales de vente</h1><p>Prix en euros TTC.</p>"))
    shop.route("GET", "/contact/", static("Contact", "<h1>Contact</h1><p>01 84 80 55 66, du lundi au vendredi.</p>"))
    shop.route("GET", "/mon-compte/", static("Mon compte", "<h1>Connexion</h1>"))
    return shop
