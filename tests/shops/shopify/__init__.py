# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""Shopify shop, Dawn theme + Shopify's one-page checkout.

Behaviours: no consent banner, but a Klaviyo newsletter popup 3 s after load ("Fermer"); home tiles link to
the product with its first variant (XS, sold out) selected, so the add button reads "Épuisé" until another
size is picked in <variant-selects>; add to cart by fetch POST /cart/add (sections rendering) opens the
<cart-drawer>; /cart with "Procéder au paiement" (name=checkout) leads through /checkout to
/checkouts/cn/<token>, a one-page checkout whose delivery options appear client-side once the address is
complete; payments: card (card fields in iframes), PayPal, Alma 3x/4x, express Shop Pay / PayPal /
Google Pay / Apple Pay; final button "Payer maintenant"; returns free within 30 days
(/policies/refund-policy, footer link "Retours et échanges").
"""

from __future__ import annotations

import json
import secrets

from .. import kit
from ..kit import Request, Response
from ..woocommerce.wp import MultipartApp
from . import checkout, theme


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _wants_json(req: Request) -> bool:
    return (req.path.endswith(".js") or "javascript" in req.headers.get("accept", "")
            or "json" in req.headers.get("accept", "") or req.headers.get("x-requested-with") == "XMLHttpRequest")


def sections_payload(req: Request, wanted: str) -> dict:
    out = {}
    for section in [s for s in wanted.split(",") if s]:
        if section == "cart-drawer":
            out[section] = (f'<div id="shopify-section-cart-drawer" class="shopify-section">'
                            f'<cart-drawer class="drawer">{theme.cart_drawer_html(req, just_added=True)}</cart-drawer></div>')
        elif section == "cart-icon-bubble":
            out[section] = f'<div id="shopify-section-cart-icon-bubble" class="shopify-section">{theme.bubble_html(req)}</div>'
        else:
            out[section] = None
    return out


def cart_add(req: Request) -> Response:
    if isinstance(req.json_body, dict) and req.json_body.get("items"):
        entries = [(_int(i.get("id")), _int(i.get("quantity"), 1)) for i in req.json_body["items"]]
        sections = req.json_body.get("sections", "")
    elif isinstance(req.json_body, dict):
        entries = [(_int(req.json_body.get("id")), _int(req.json_body.get("quantity"), 1))]
        sections = req.json_body.get("sections", "")
    else:
        entries = [(_int(req.arg("id")), _int(req.arg("quantity", "1"), 1))]
        sections = req.arg("sections")
    added = []
    for vid, qty in entries:
        found = theme.find_variant(vid)
        if found is None:
            return kit.json_response({"status": 404, "message": "Cart Error",
                                      "description": "Impossible de trouver la variante"}, status="404 Not Found")
        item = theme.add_variant(req, vid, max(qty, 1))
        if item is None:
            return kit.json_response({"status": 422, "message": "Cart Error",
                                      "description": f"Le produit « {found[1]['name']} » est déjà épuisé."},
                                     status="422 Unprocessable Entity")
        added.append({k: v for k, v in item.items() if not k.startswith("_")})
    if not _wants_json(req):
        return kit.redirect("/cart")
    payload = {"items": added} if isinstance(req.json_body, dict) and req.json_body.get("items") else dict(added[0])
    if sections:
        payload["sections"] = sections_payload(req, sections if isinstance(sections, str) else ",".join(sections))
    return kit.json_response(payload)


def cart_change(req: Request) -> Response:
    body = req.json_body if isinstance(req.json_body, dict) else {k: v[0] for k, v in req.form.items()}
    line = _int(body.get("line"))
    quantity = _int(body.get("quantity"), 1)
    cart = req.session.get("cart", [])
    if 1 <= line <= len(cart):
        cart[line - 1]["qty"] = quantity
    req.session["cart"] = [c for c in cart if c["qty"] > 0]
    return kit.json_response(theme.cart_json(req))


def cart_post(req: Request) -> Response:
    updates = req.form.get("updates[]", [])
    for line, value in zip(req.session.get("cart", []), updates, strict=False):
        line["qty"] = _int(value, line["qty"])
    req.session["cart"] = [c for c in req.session.get("cart", []) if c["qty"] > 0]
    if "checkout" in req.form:
        return kit.redirect("/checkout")
    return kit.redirect("/cart")


def to_checkout(req: Request) -> Response:
    if not req.session.get("cart"):
        return kit.redirect("/cart")
    token = req.session.setdefault("checkout_token", "hWN" + secrets.token_urlsafe(18).replace("-", "x").replace("_", "y"))
    return kit.redirect(f"/checkouts/cn/{token}?_r=AQAB{secrets.token_hex(6)}&locale=fr-FR", "303 See Other")


def cart_permalink(req: Request) -> Response:
    """/cart/<variant>:<qty> (cart permalinks, also used by the dynamic checkout buttons)."""
    spec = req.path[len("/cart/"):]
    vid, _, qty = spec.partition(":")
    req.session["cart"] = []
    if theme.add_variant(req, _int(vid), _int(qty, 1)) is None:
        return kit.redirect("/cart")
    return to_checkout(req)


def account_login(app: kit.ShopApp, req: Request) -> Response:
    notice = ""
    if req.method == "POST" and req.arg("form_type") == "create_customer":
        with app.lock:
            app.stats["accounts_created"] += 1
        notice = '<p class="form__message" role="status">Votre compte a été créé.</p>'
    elif req.method == "POST":
        notice = '<p class="form__message" role="alert">Adresse e-mail ou mot de passe incorrect.</p>'
    body = f"""<div class="customer login page-width" style="max-width:50rem"><h1 id="login">Connexion</h1>{notice}
<form method="post" action="/account/login" id="customer_login" accept-charset="UTF-8"><input type="hidden" name="form_type" value="customer_login">
<div class="field"><input type="email" name="customer[email]" id="CustomerEmail" autocomplete="email" autocorrect="off" autocapitalize="off" placeholder="E-mail" style="width:100%;padding:1.2rem;margin:.6rem 0">
<label class="visually-hidden" for="CustomerEmail">E-mail</label></div>
<div class="field"><input type="password" value="" name="customer[password]" id="CustomerPassword" autocomplete="current-password" placeholder="Mot de passe" style="width:100%;padding:1.2rem;margin:.6rem 0">
<label class="visually-hidden" for="CustomerPassword">Mot de passe</label></div>
<a href="/account/login#recover">Mot de passe oublié&nbsp;?</a>
<button class="button" style="margin-top:1.5rem">Se connecter</button></form>
<p><a href="/account/register">Créer un compte</a></p></div>"""
    return kit.html_response(theme.page(req, "Compte", body, "customers/login"))


def make_app() -> kit.ShopApp:
    app = MultipartApp("shopify")
    app.route("GET", "/", theme.home)
    app.route("GET", "/collections/all", theme.collection)
    app.route("GET", "/collections/nouveautes", theme.collection)
    app.route("GET", "/search", theme.collection)
    app.prefix("GET", "/products/", theme.product_page)
    app.route("GET", "/cart", theme.cart_page)
    app.route("POST", "/cart", cart_post)
    app.route("GET", "/cart.js", lambda req: kit.json_response(theme.cart_json(req)))
    app.route("GET", "/cart.json", lambda req: kit.json_response(theme.cart_json(req)))
    for path in ("/cart/add", "/cart/add.js", "/cart/add.json"):
        app.route("POST", path, cart_add)
    for path in ("/cart/change", "/cart/change.js", "/cart/change.json"):
        app.route("POST", path, cart_change)
    app.prefix("GET", "/cart/", cart_permalink)
    app.route("GET", "/checkout", to_checkout)
    app.route("GET", "/checkouts/card-fields", checkout.card_field)
    app.prefix("GET", "/checkouts/cn/", checkout.checkout_page)
    app.route("POST", "/checkouts/unstable/graphql", lambda req: checkout.graphql(app, req))
    app.prefix("GET", "/policies/", theme.policy)
    app.prefix("GET", "/pages/", theme.static_page)
    app.route("GET", "/robots.txt", theme.robots)
    app.route("GET", "/favicon.ico", lambda req: kit.Response(
        body="<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' fill='#121212'/></svg>",
        content_type="image/svg+xml"))
    app.route("GET", "/account/login", lambda req: account_login(app, req))
    app.route("POST", "/account/login", lambda req: account_login(app, req))
    app.route("GET", "/account/register", lambda req: account_login(app, req))
    app.route("POST", "/account", lambda req: account_login(app, req))
    app.route("GET", "/account", lambda req: kit.redirect("/account/login"))
    app.route("GET", f"{theme.THEME_ASSETS}/global.js",
              lambda req: kit.Response(body=theme.THEME_JS, content_type="application/javascript; charset=utf-8"))
    app.route("GET", "/apps/klaviyo/onsite/js/klaviyo.js",
              lambda req: kit.Response(body=theme.KLAVIYO_JS, content_type="application/javascript; charset=utf-8"))
    app.route("GET", "/products.json", lambda req: kit.json_response({"products": [
        {"id": 8100000000000 + p.id, "title": p.name, "handle": p.slug, "variants": theme.variants(p)}
        for p in theme.PRODUCTS]}))
    app.route("GET", "/meta.json", lambda req: Response(body=json.dumps(
        {"id": 64873725954, "name": theme.SHOP_NAME, "city": "Nantes", "currency": "EUR", "country": "FR"}),
        content_type="application/json"))
    return app


EXPECTED = {
    "platform": "shopify",
    "reached": "payment",
    "stop_reason_contains": None,
    "guest_checkout": True,
    "forced_account_creation": False,
    "payment_methods": {"card", "paypal", "pay_in_3x", "pay_in_4x", "apple_pay", "google_pay"},
    "bnpl_providers": {"alma"},
    "return_policy": {"free_returns": True, "return_window_days": 30, "url_contains": "refund-policy"},
    "cookie_banner": None,
    "checkout_steps": (2, 3),
    "checkout_form_fields": (7, 18),
}
