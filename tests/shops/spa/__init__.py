"""Home-made single-page app fixture shop: "Lumen Paris".

One HTML shell for every client route (deep links work), a vanilla JS app that switches screens
with history.pushState, a server-side cart behind a JSON API (/api/cart), a Didomi consent popup,
a promo popup after 3 s, size buttons with sold-out sizes, a cart drawer, and a checkout in three
client-side screens (/commande/identification, /commande/livraison, /commande/paiement) where the
guest path is a small secondary link under the login and registration forms.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import kit

EXPECTED = {
    "platform": "spa",
    "reached": "payment",
    "stop_reason_contains": None,
    "guest_checkout": True,
    "forced_account_creation": False,
    # "Wero (ex-Paylib)" is one option that names both brands
    "payment_methods": {"card", "paypal", "paylib", "wero", "pay_in_4x", "apple_pay"},
    "bnpl_providers": {"scalapay"},
    "return_policy": {"free_returns": True, "return_window_days": 60, "url_contains": "retours"},
    "cookie_banner": "didomi",
    # /panier, /commande/identification, /commande/livraison, /commande/paiement (the cart drawer may
    # skip /panier)
    "checkout_steps": (3, 5),
    # address form (first/last name, e-mail, phone, street, complement, postcode, city, country) and
    # possibly the login/registration forms and the card fields shown on the payment screen
    "checkout_form_fields": (8, 24),
}

ASSETS = Path(__file__).parent / "assets"
SHOP = "Lumen Paris"
PHONE = "01 84 60 12 34"
FREE_SHIPPING_CENTS = 6000


def _variants(sold_out: tuple[str, ...], sizes: tuple[str, ...] = ("XS", "S", "M", "L", "XL")) -> list[kit.Variant]:
    return [kit.Variant(s, s not in sold_out) for s in sizes]


PRODUCTS = [
    (kit.Product(1, "robe-lin-camille", "Robe en lin Camille", 8900, sizes=_variants(("XS", "L")),
                 description="Robe midi en lin lavé, boutonnée devant, ceinture amovible. Fabriquée au Portugal."),
     "robes", "#d9c8b4"),
    (kit.Product(2, "chemise-oversize-jeanne", "Chemise oversize Jeanne", 5990, sizes=_variants(("M",)),
                 description="Chemise ample en popeline de coton biologique, col classique."), "hauts", "#c7d3dd"),
    (kit.Product(3, "pantalon-large-lou", "Pantalon large Lou", 6900, sizes=_variants(("XS",)),
                 description="Pantalon taille haute à jambes larges, crêpe fluide."), "pantalons", "#b7b2a8"),
    (kit.Product(4, "pull-col-rond-marius", "Pull col rond Marius", 7900, sizes=_variants(("S", "XL")),
                 description="Pull en laine mérinos extra-fine, maille côtelée."), "hauts", "#9aa88f"),
    (kit.Product(5, "tote-bag-lumen", "Tote bag Lumen", 1990,
                 description="Sac cabas en toile de coton recyclé, anses longues."), "accessoires", "#e7dfcf"),
    (kit.Product(6, "foulard-soie-iris", "Foulard en soie Iris", 3500,
                 description="Carré de soie 70 x 70 cm imprimé iris, ourlets roulottés main."), "accessoires",
     "#c9b3d6"),
]
CATEGORIES = {"robes": "Robes", "hauts": "Hauts", "pantalons": "Pantalons", "accessoires": "Accessoires"}
BY_SLUG = {p.slug: (p, cat, color) for p, cat, color in PRODUCTS}
BY_ID = {p.id: (p, cat, color) for p, cat, color in PRODUCTS}

SHIPPING = [
    {"id": "colissimo", "name": "Colissimo à domicile", "delay": "Livré en 2 à 3 jours ouvrés", "price_cents": 490,
     "free_over": FREE_SHIPPING_CENTS},
    {"id": "mondial_relay", "name": "Point relais Mondial Relay", "delay": "Livré en 3 à 5 jours ouvrés",
     "price_cents": 350, "free_over": FREE_SHIPPING_CENTS, "needs_relay": True},
    {"id": "chronopost", "name": "Chronopost Express", "delay": "Livré demain avant 13h", "price_cents": 1290,
     "free_over": None},
]
RELAYS = [
    {"id": "MR-75011-0042", "name": "Tabac Le Voltaire", "address": "112 boulevard Voltaire, 75011 Paris"},
    {"id": "MR-75011-0107", "name": "Pressing de la Roquette", "address": "48 rue de la Roquette, 75011 Paris"},
    {"id": "MR-75011-0203", "name": "Épicerie Oberkampf", "address": "21 rue Oberkampf, 75011 Paris"},
]
PAYMENT_METHODS = [
    {"id": "card", "label": "Carte bancaire", "detail": "CB, Visa, Mastercard – paiement sécurisé 3-D Secure"},
    {"id": "paypal", "label": "PayPal", "detail": "Vous serez redirigé vers PayPal"},
    {"id": "wero", "label": "Wero (ex-Paylib)", "detail": "Payez depuis l'application de votre banque"},
    {"id": "scalapay", "label": "Payer en 4x sans frais avec Scalapay", "detail": "4 versements sans frais par carte"},
    {"id": "applepay", "label": "Apple Pay", "detail": "Payez avec Touch ID ou Face ID"},
]

STATIC = {
    "/static/js/app.js": ("app.js", "application/javascript"),
    "/static/css/app.css": ("app.css", "text/css"),
    "/static/vendor/didomi/sdk.js": ("didomi.js", "application/javascript"),
    "/static/vendor/scalapay/scalapay-widget-loader.js": ("scalapay.js", "application/javascript"),
    "/static/vendor/applepay/apple-pay-sdk.js": ("applepay.js", "application/javascript"),
}

ROBOTS = """User-agent: *
Allow: /
Disallow: /panier
Disallow: /commande/
Disallow: /compte
Disallow: /api/
Disallow: /recherche
Disallow: /*?q=

Sitemap: {base}sitemap.xml
"""

CMS = {
    "retours": ("Retours & échanges", "<p><strong>60 jours pour changer d'avis, retour gratuit.</strong></p>"
                "<p>Vous disposez de 60 jours après réception pour nous retourner un article, neuf et étiqueté. "
                "Le retour est gratuit : imprimez l'étiquette prépayée depuis votre espace client ou déposez "
                "votre colis dans un point relais Mondial Relay. Remboursement sous 5 jours ouvrés après "
                "réception.</p>"),
    "livraison": ("Livraison", "<p>Livraison offerte dès 60 € d'achat. Colissimo à domicile 4,90 € (2 à 3 jours), "
                  "point relais Mondial Relay 3,50 € (3 à 5 jours), Chronopost Express 12,90 € (24h).</p>"),
    "cgv": ("Conditions générales de vente", "<p>Article 1 – Objet. Les présentes CGV s'appliquent à toute "
            "commande passée sur le site. Article 8 – Droit de rétractation : 60 jours, retour gratuit.</p>"),
    "mentions-legales": ("Mentions légales", f"<p>{SHOP} SAS, 27 rue de Charonne, 75011 Paris. RCS Paris 901 234 567. "
                         f"Téléphone : {PHONE}. Hébergeur : Scaleway SAS, 8 rue de la Ville l'Évêque, 75008 Paris.</p>"),
    "contact": ("Contact", f"<p>Service client du lundi au vendredi, 9h-18h : {PHONE} – bonjour@lumen-paris.fr</p>"),
}


def product_json(p: kit.Product, cat: str, color: str) -> dict:
    return {
        "id": p.id, "slug": p.slug, "name": p.name, "price_cents": p.price_cents, "price": p.price,
        "category": cat, "category_name": CATEGORIES[cat], "description": p.description,
        "image": kit.product_svg(p.name, color), "in_stock": p.in_stock,
        "sizes": [{"label": v.label, "in_stock": v.in_stock} for v in p.sizes],
    }


def product_ld(p: kit.Product, host: str) -> dict:
    available = p.in_stock and (not p.sizes or any(v.in_stock for v in p.sizes))
    return {
        "@context": "https://schema.org", "@type": "Product", "name": p.name, "description": p.description,
        "sku": f"LUM-{p.id:04d}", "brand": {"@type": "Brand", "name": SHOP},
        "image": f"{host}/media/{p.slug}.jpg",
        "offers": {"@type": "Offer", "url": f"{host}/produit/{p.slug}", "price": f"{p.price_cents / 100:.2f}",
                   "priceCurrency": "EUR",
                   "availability": "https://schema.org/InStock" if available else "https://schema.org/OutOfStock"},
    }


def _cart_view(session: dict) -> dict:
    lines = []
    for line in session["cart"]:
        p, cat, color = BY_ID[line["product_id"]]
        lines.append({**line, "name": p.name, "slug": p.slug, "unit_price": p.price,
                      "image": kit.product_svg(p.name, color),
                      "line_total_cents": p.price_cents * line["qty"], "line_total": kit.euros(p.price_cents * line["qty"])})
    subtotal = sum(ln["line_total_cents"] for ln in lines)
    checkout = session.setdefault("spa_checkout", {})
    method = next((m for m in SHIPPING if m["id"] == checkout.get("shipping")), None)
    shipping = _shipping_cost(method, subtotal) if method else None
    return {
        "lines": lines, "count": sum(ln["qty"] for ln in lines), "subtotal_cents": subtotal,
        "subtotal": kit.euros(subtotal), "free_shipping_threshold": kit.euros(FREE_SHIPPING_CENTS),
        "free_shipping_remaining": kit.euros(max(0, FREE_SHIPPING_CENTS - subtotal)),
        "free_shipping_reached": subtotal >= FREE_SHIPPING_CENTS,
        "shipping_cents": shipping, "shipping": None if shipping is None else ("Offerte" if shipping == 0 else kit.euros(shipping)),
        "total_cents": subtotal + (shipping or 0), "total": kit.euros(subtotal + (shipping or 0)),
    }


def _shipping_cost(method: dict, subtotal: int) -> int:
    if method["free_over"] is not None and subtotal >= method["free_over"]:
        return 0
    return method["price_cents"]


def shell(req: kit.Request) -> str:
    host = "http://" + req.headers.get("host", "127.0.0.1")
    title = f"{SHOP} – Mode responsable, fabriquée en Europe"
    ld = ""
    match = re.match(r"^/produit/([a-z0-9-]+)$", req.path)
    if match and match.group(1) in BY_SLUG:
        p = BY_SLUG[match.group(1)][0]
        title = f"{p.name} – {SHOP}"
        ld = f'<script type="application/ld+json" id="ld-product">{json.dumps(product_ld(p, host), ensure_ascii=False)}</script>'
    boot = json.dumps({"shop": SHOP, "phone": PHONE, "categories": CATEGORIES,
                       "freeShipping": kit.euros(FREE_SHIPPING_CENTS)}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{kit.esc(title)}</title>
<meta name="description" content="{SHOP} : vêtements et accessoires responsables. Livraison offerte dès 60 €, 60 jours pour changer d'avis.">
<link rel="stylesheet" href="/static/css/app.css">
<script>window.__LUMEN__ = {boot};</script>
<script src="/static/vendor/didomi/sdk.js" async></script>
<script src="/static/vendor/scalapay/scalapay-widget-loader.js" type="module"></script>
<script src="/static/vendor/applepay/apple-pay-sdk.js" defer></script>
{ld}
</head>
<body>
{kit.FINAL_BUTTON_SPY}
<div id="root"><div class="boot-loader" aria-busy="true">Chargement…</div></div>
<noscript>Vous devez activer JavaScript pour utiliser {SHOP}.</noscript>
<script src="/static/js/app.js" defer></script>
</body>
</html>"""


def make_app() -> kit.ShopApp:
    app = kit.ShopApp("spa")

    def static(req: kit.Request) -> kit.Response:
        name, ctype = STATIC[req.path]
        return kit.Response(body=(ASSETS / name).read_text(encoding="utf-8"), content_type=ctype,
                            headers=[("Cache-Control", "public, max-age=31536000, immutable")])

    for path in STATIC:
        app.route("GET", path, static)

    @app.route("GET", "/robots.txt")
    def robots(req: kit.Request) -> kit.Response:
        base = "http://" + req.headers.get("host", "127.0.0.1") + "/"
        return kit.Response(body=ROBOTS.replace("{base}", base), content_type="text/plain; charset=utf-8")

    @app.route("GET", "/favicon.ico")
    def favicon(req: kit.Request) -> kit.Response:
        return kit.Response(body=b"", status="204 No Content", content_type="image/x-icon")

    # ------------------------------------------------------------------ catalogue
    @app.route("GET", "/api/products")
    def products(req: kit.Request) -> kit.Response:
        cat = req.arg("category")
        q = req.arg("q").lower().strip()
        items = [product_json(p, c, col) for p, c, col in PRODUCTS
                 if (not cat or c == cat) and (not q or q in p.name.lower())]
        return kit.json_response({"items": items, "total": len(items)})

    @app.prefix("GET", "/api/products/")
    def product(req: kit.Request) -> kit.Response:
        slug = req.path.rsplit("/", 1)[-1]
        if slug not in BY_SLUG:
            return kit.json_response({"error": "not_found"}, "404 Not Found")
        p, cat, color = BY_SLUG[slug]
        host = "http://" + req.headers.get("host", "127.0.0.1")
        return kit.json_response({**product_json(p, cat, color), "jsonld": product_ld(p, host)})

    @app.prefix("GET", "/api/pages/")
    def page(req: kit.Request) -> kit.Response:
        slug = req.path.rsplit("/", 1)[-1]
        if slug not in CMS:
            return kit.json_response({"error": "not_found"}, "404 Not Found")
        title, body = CMS[slug]
        return kit.json_response({"title": title, "html": body})

    # ------------------------------------------------------------------ cart
    @app.route("GET", "/api/cart")
    def cart(req: kit.Request) -> kit.Response:
        return kit.json_response(_cart_view(req.session))

    @app.route("POST", "/api/cart/items")
    def cart_add(req: kit.Request) -> kit.Response:
        body = req.json_body or {}
        entry = BY_ID.get(int(body.get("product_id") or 0))
        if entry is None:
            return kit.json_response({"error": "Produit introuvable"}, "404 Not Found")
        p = entry[0]
        size = body.get("size")
        if p.sizes:
            variant = next((v for v in p.sizes if v.label == size), None)
            if variant is None:
                return kit.json_response({"error": "Veuillez sélectionner une taille."}, "422 Unprocessable Entity")
            if not variant.in_stock:
                return kit.json_response({"error": "Cette taille est épuisée."}, "409 Conflict")
        else:
            size = None
        qty = max(1, int(body.get("qty") or 1))
        for line in req.session["cart"]:
            if line["product_id"] == p.id and line["size"] == size:
                line["qty"] += qty
                break
        else:
            req.session["cart"].append({"line_id": f"{p.id}-{size or 'TU'}", "product_id": p.id, "size": size, "qty": qty})
        return kit.json_response(_cart_view(req.session), "201 Created")

    @app.prefix("POST", "/api/cart/items/")
    def cart_update(req: kit.Request) -> kit.Response:
        line_id = req.path.rsplit("/", 1)[-1]
        qty = int((req.json_body or {}).get("qty", 0))
        for line in req.session["cart"]:
            if line["line_id"] == line_id:
                line["qty"] = qty
        req.session["cart"] = [ln for ln in req.session["cart"] if ln["qty"] > 0]
        return kit.json_response(_cart_view(req.session))

    # ------------------------------------------------------------------ account / checkout
    @app.route("POST", "/api/auth/login")
    def login(req: kit.Request) -> kit.Response:
        return kit.json_response({"error": "Adresse e-mail ou mot de passe incorrect."}, "401 Unauthorized")

    @app.route("POST", "/api/auth/register")
    def register(req: kit.Request) -> kit.Response:
        body = req.json_body or {}
        if not body.get("email") or len(body.get("password") or "") < 8:
            return kit.json_response({"error": "Le mot de passe doit contenir au moins 8 caractères."},
                                     "422 Unprocessable Entity")
        with app.lock:
            app.stats["accounts_created"] += 1
        req.session["spa_checkout"] = {**req.session.get("spa_checkout", {}), "customer": "account",
                                       "email": body["email"]}
        return kit.json_response({"ok": True, "customer": "account"})

    @app.route("POST", "/api/checkout/guest")
    def guest(req: kit.Request) -> kit.Response:
        req.session["spa_checkout"] = {**req.session.get("spa_checkout", {}), "customer": "guest"}
        return kit.json_response({"ok": True, "customer": "guest"})

    @app.route("GET", "/api/checkout")
    def checkout_state(req: kit.Request) -> kit.Response:
        return kit.json_response({**req.session.get("spa_checkout", {}), "cart": _cart_view(req.session)})

    @app.route("GET", "/api/checkout/shipping-methods")
    def shipping_methods(req: kit.Request) -> kit.Response:
        subtotal = _cart_view(req.session)["subtotal_cents"]
        methods = []
        for m in SHIPPING:
            cost = _shipping_cost(m, subtotal)
            methods.append({**m, "cost_cents": cost, "cost": "Offerte" if cost == 0 else kit.euros(cost)})
        return kit.json_response({"methods": methods, "relays": RELAYS})

    @app.route("POST", "/api/checkout/shipping")
    def save_shipping(req: kit.Request) -> kit.Response:
        body = req.json_body or {}
        address = body.get("address") or {}
        errors = {}
        for key in ("firstName", "lastName", "email", "street", "zip", "city", "phone"):
            if not str(address.get(key, "")).strip():
                errors[key] = "Ce champ est obligatoire"
        if address.get("zip") and not re.fullmatch(r"\d{5}", str(address["zip"]).strip()):
            errors["zip"] = "Code postal invalide"
        method = next((m for m in SHIPPING if m["id"] == body.get("shipping")), None)
        if method is None:
            errors["shipping"] = "Veuillez choisir un mode de livraison"
        elif method.get("needs_relay") and body.get("relay") not in {r["id"] for r in RELAYS}:
            errors["relay"] = "Veuillez choisir un point relais"
        if errors:
            return kit.json_response({"errors": errors}, "422 Unprocessable Entity")
        req.session["spa_checkout"] = {**req.session.get("spa_checkout", {}), "address": address,
                                       "email": address["email"], "shipping": method["id"], "relay": body.get("relay")}
        return kit.json_response({"ok": True, "cart": _cart_view(req.session)})

    @app.route("GET", "/api/checkout/payment-methods")
    def payment_methods(req: kit.Request) -> kit.Response:
        total = _cart_view(req.session)["total_cents"]
        return kit.json_response({"methods": PAYMENT_METHODS, "total_cents": total, "total": kit.euros(total),
                                  "installment": kit.euros(round(total / 4))})

    @app.route("POST", "/api/orders")
    def place_order(req: kit.Request) -> kit.Response:
        app.record_order()
        req.session["cart"] = []
        return kit.json_response({"ok": True, "order": "LUM-100231"}, "201 Created")

    @app.prefix("GET", "/api/")
    def api_404(req: kit.Request) -> kit.Response:
        return kit.json_response({"error": "not_found"}, "404 Not Found")

    # ------------------------------------------------------------------ the shell for every client route
    @app.prefix("GET", "/")
    def spa(req: kit.Request) -> kit.Response:
        if req.path.startswith("/static/"):
            return kit.not_found()
        return kit.html_response(shell(req))

    return app
