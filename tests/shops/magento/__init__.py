"""Magento 2 (Luma theme) fixture shop: "Boutique Océane".

Reproduces Luma's DOM (#product_addtocart_form, #product-addtocart-button, size swatches
.swatch-attribute.size .swatch-option.text, minicart .minicart-wrapper .counter-number,
.message-success), Magento's URLs (/femmes/hauts.html, /<url-key>.html, /checkout/cart/, /checkout/),
its AJAX add to cart + customer-data sections, and a client-side checkout with hash steps
#shipping then #payment talking to the guest-carts REST API. The checkout is slow: /checkout/ takes
1.5 s to answer and the payment methods arrive 800 ms after "Suivant". A Cookiebot dialog comes first.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from .. import kit
from .pages import (
    CARRIERS,
    PAYMENT_METHODS,
    PRODUCTS,
    SIZE_OPTION_IDS,
    cart_page,
    category_page,
    checkout_page,
    cms_page,
    home_page,
    line_view,
    product_by_key,
    product_page,
    search_page,
    shipping_cost,
    totals,
)

EXPECTED = {
    "platform": "magento",
    "reached": "payment",
    "stop_reason_contains": None,
    "guest_checkout": True,
    "forced_account_creation": False,
    "payment_methods": {"card", "paypal", "pay_in_3x", "pay_in_4x", "bank_transfer"},
    "bnpl_providers": {"floa"},
    "return_policy": {"free_returns": False, "return_window_days": 14, "url_contains": "retours"},
    "cookie_banner": "cookiebot",
    # /checkout/cart/, /checkout/#shipping, /checkout/#payment
    "checkout_steps": (2, 4),
    # e-mail, first/last name, company, street[0], street[1], country, region, city, postcode, telephone
    # (+ the Adyen holder name / Floa choice a walker may meet on the payment step)
    "checkout_form_fields": (8, 16),
}

ASSETS = Path(__file__).parent / "assets"
STATIC_PREFIX = "/static/version1712345678/frontend/Magento/luma/fr_FR/"
STATIC = {
    "js/luma.js": ("luma.js", "application/javascript"),
    "js/checkout.js": ("checkout.js", "application/javascript"),
    "css/styles-m.css": ("styles.css", "text/css"),
    "Cookiebot/uc.js": ("cookiebot.js", "application/javascript"),
}

ROBOTS = """User-agent: *
Disallow: /index.php/
Disallow: /*?
Disallow: /checkout/
Disallow: /app/
Disallow: /lib/
Disallow: /*.php$
Disallow: /pkginfo/
Disallow: /report/
Disallow: /var/
Disallow: /catalog/
Disallow: /customer/
Disallow: /sendfriend/
Disallow: /review/
Disallow: /*SID=
Disallow: /*?SID=
Disallow: /catalogsearch/
Disallow: /wishlist/

Sitemap: {base}sitemap.xml
"""


def _cart(session: dict) -> list[dict]:
    return session["cart"]


def _sections(session: dict, messages: list[dict] | None = None) -> dict:
    lines = [line_view(ln) for ln in _cart(session)]
    subtotal = sum(ln["row_total_cents"] for ln in lines)
    return {
        "cart": {
            "summary_count": sum(ln["qty"] for ln in lines),
            "subtotalAmount": f"{subtotal / 100:.2f}",
            "subtotal": f'<span class="price">{kit.euros(subtotal)}</span>',
            "items": [{"item_id": ln["item_id"], "product_name": ln["name"], "product_url": ln["url"],
                       "product_price": f'<span class="price">{ln["price"]}</span>', "qty": ln["qty"],
                       "options": [{"label": "Taille", "value": ln["size"]}] if ln["size"] else [],
                       "product_image": {"src": ln["image"], "alt": ln["name"]}} for ln in lines],
            "website_id": "1",
            "data_id": secrets.token_hex(4),
        },
        "messages": {"messages": messages or []},
    }


def make_app() -> kit.ShopApp:
    app = kit.ShopApp("magento")

    def static(req: kit.Request) -> kit.Response:
        name, ctype = STATIC[req.path[len(STATIC_PREFIX):]]
        return kit.Response(body=(ASSETS / name).read_text(encoding="utf-8"), content_type=ctype)

    for rel in STATIC:
        app.route("GET", STATIC_PREFIX + rel, static)

    @app.route("GET", "/robots.txt")
    def robots(req: kit.Request) -> kit.Response:
        base = "http://" + req.headers.get("host", "127.0.0.1") + "/"
        return kit.Response(body=ROBOTS.replace("{base}", base), content_type="text/plain; charset=utf-8")

    @app.route("GET", "/favicon.ico")
    def favicon(req: kit.Request) -> kit.Response:
        return kit.Response(body=b"", status="204 No Content", content_type="image/x-icon")

    @app.route("GET", "/catalogsearch/result/")
    def search(req: kit.Request) -> kit.Response:
        return kit.html_response(search_page(req, req.arg("q")))

    @app.route("GET", "/customer/account/login/")
    def login(req: kit.Request) -> kit.Response:
        return kit.html_response(cms_page(req, "login"))

    @app.route("GET", "/customer/account/create/")
    def create(req: kit.Request) -> kit.Response:
        return kit.html_response(cms_page(req, "create"))

    @app.route("POST", "/customer/account/createpost/")
    def create_post(req: kit.Request) -> kit.Response:
        with app.lock:
            app.stats["accounts_created"] += 1
        return kit.redirect("/customer/account/")

    @app.route("GET", "/customer/section/load/")
    def sections(req: kit.Request) -> kit.Response:
        messages = req.session.pop("messages", [])
        return kit.json_response(_sections(req.session, messages))

    # ----------------------------------------------------------------- cart
    @app.prefix("POST", "/checkout/cart/add/")
    def cart_add(req: kit.Request) -> kit.Response:
        match = re.search(r"/product/(\d+)/", req.path + "/")
        pid = int(match.group(1)) if match else int(req.arg("product", "0") or 0)
        product = next((p for p in PRODUCTS if p.id == pid), None)
        ajax = req.headers.get("x-requested-with") == "XMLHttpRequest"
        if product is None:
            return kit.json_response({}) if ajax else kit.redirect("/")
        size = None
        if product.sizes:
            option = req.arg("super_attribute[144]")
            size = next((v.label for v in product.sizes if str(SIZE_OPTION_IDS[v.label]) == option), None)
            variant = next((v for v in product.sizes if v.label == size), None)
            if variant is None or not variant.in_stock:
                text = ("Vous devez choisir des options pour votre article." if variant is None
                        else "La quantité demandée n'est pas disponible.")
                req.session["messages"] = [{"type": "error", "text": text}]
                return kit.json_response({"backUrl": f"/{product.slug}.html"}) if ajax else kit.redirect(
                    f"/{product.slug}.html")
        qty = max(1, int(req.arg("qty", "1") or 1))
        for line in _cart(req.session):
            if line["pid"] == pid and line["size"] == size:
                line["qty"] += qty
                break
        else:
            item_id = 100 + len(_cart(req.session)) + 1
            _cart(req.session).append({"item_id": item_id, "pid": pid, "size": size, "qty": qty})
        req.session["messages"] = [{"type": "success",
                                    "text": f'Vous avez ajouté {kit.esc(product.name)} à votre <a href="/checkout/cart/">panier</a>.'}]
        if ajax:
            return kit.json_response({})
        return kit.redirect("/checkout/cart/")

    @app.route("GET", "/checkout/cart/")
    def cart(req: kit.Request) -> kit.Response:
        return kit.html_response(cart_page(req))

    @app.route("GET", "/checkout/cart")
    def cart_noslash(req: kit.Request) -> kit.Response:
        return kit.redirect("/checkout/cart/", "301 Moved Permanently")

    @app.route("POST", "/checkout/cart/delete/")
    def cart_delete(req: kit.Request) -> kit.Response:
        item_id = int(req.arg("id", "0") or 0)
        req.session["cart"] = [ln for ln in _cart(req.session) if ln["item_id"] != item_id]
        return kit.redirect("/checkout/cart/")

    @app.route("POST", "/checkout/cart/updatePost/")
    def cart_update(req: kit.Request) -> kit.Response:
        for line in _cart(req.session):
            value = req.arg(f"cart[{line['item_id']}][qty]")
            if value.isdigit():
                line["qty"] = int(value)
        req.session["cart"] = [ln for ln in _cart(req.session) if ln["qty"] > 0]
        return kit.redirect("/checkout/cart/")

    # ----------------------------------------------------------------- checkout (slow)
    @app.route("GET", "/checkout/")
    def checkout(req: kit.Request) -> kit.Response:
        if not _cart(req.session):
            return kit.redirect("/checkout/cart/")
        masked = req.session.setdefault("masked_quote_id", secrets.token_urlsafe(24)[:32])
        return kit.html_response(checkout_page(req, masked), delay_s=1.5)

    @app.route("GET", "/checkout")
    def checkout_noslash(req: kit.Request) -> kit.Response:
        return kit.redirect("/checkout/", "301 Moved Permanently")

    @app.route("GET", "/checkout/index/index/")
    def checkout_index(req: kit.Request) -> kit.Response:
        return checkout(req)

    @app.route("POST", "/rest/default/V1/customers/isEmailAvailable")
    def email_available(req: kit.Request) -> kit.Response:
        return kit.json_response(True)

    def _guest_cart(req: kit.Request) -> str | None:
        match = re.match(r"^/rest/default/V1/guest-carts/([^/]+)/([a-z-]+)$", req.path)
        if not match or match.group(1) != req.session.get("masked_quote_id"):
            return None
        return match.group(2)

    def rest_error(message: str, status: str = "404 Not Found") -> kit.Response:
        return kit.json_response({"message": message}, status)

    @app.prefix("POST", "/rest/default/V1/guest-carts/")
    def guest_cart_post(req: kit.Request) -> kit.Response:
        action = _guest_cart(req)
        if action is None:
            return rest_error("Aucune entité avec cartId = %fieldValue", "404 Not Found")
        body = req.json_body or {}
        subtotal = sum(line_view(ln)["row_total_cents"] for ln in _cart(req.session))
        if action == "estimate-shipping-methods":
            return kit.json_response([
                {"carrier_code": c["carrier_code"], "method_code": c["method_code"], "carrier_title": c["carrier_title"],
                 "method_title": c["method_title"], "amount": shipping_cost(c, subtotal) / 100,
                 "base_amount": shipping_cost(c, subtotal) / 100, "available": True, "error_message": "",
                 "price_excl_tax": round(shipping_cost(c, subtotal) / 120, 2),
                 "price_incl_tax": shipping_cost(c, subtotal) / 100} for c in CARRIERS])
        if action == "shipping-information":
            info = body.get("addressInformation") or {}
            address = info.get("shipping_address") or {}
            missing = [k for k in ("firstname", "lastname", "street", "city", "postcode", "telephone")
                       if not address.get(k) or address.get(k) == [""]]
            if missing:
                return rest_error(f'"{missing[0]}" est obligatoire. Saisissez et réessayez.', "400 Bad Request")
            code = f'{info.get("shipping_carrier_code")}_{info.get("shipping_method_code")}'
            carrier = next((c for c in CARRIERS if f'{c["carrier_code"]}_{c["method_code"]}' == code), None)
            if carrier is None:
                return rest_error("Le mode de livraison est absent. Sélectionnez le mode de livraison et réessayez.",
                                  "400 Bad Request")
            req.session["mg_checkout"] = {"address": address, "carrier": code}
            return kit.json_response({"totals": totals(req.session), "payment_methods": []})
        if action == "payment-information":
            app.record_order()
            req.session["cart"] = []
            return kit.json_response("000000042")
        if action == "set-payment-information":
            return kit.json_response(True)
        return rest_error("Requête non prise en charge.")

    @app.prefix("GET", "/rest/default/V1/guest-carts/")
    def guest_cart_get(req: kit.Request) -> kit.Response:
        action = _guest_cart(req)
        if action == "payment-information":
            response = kit.json_response({"payment_methods": PAYMENT_METHODS, "totals": totals(req.session)})
            response.delay_s = 0.8
            return response
        if action == "totals":
            return kit.json_response(totals(req.session))
        return rest_error("Aucune entité avec cartId = %fieldValue")

    @app.route("GET", "/checkout/onepage/success/")
    def success(req: kit.Request) -> kit.Response:
        return kit.html_response(cms_page(req, "success"))

    # ----------------------------------------------------------------- catalogue and CMS (URL rewrites)
    @app.prefix("GET", "/")
    def rewrites(req: kit.Request) -> kit.Response:
        path = req.path
        if path == "/":
            return kit.html_response(home_page(req))
        if path.endswith(".html"):
            key = path[1:-5]
            product = product_by_key(key)
            if product is not None:
                return kit.html_response(product_page(req, product))
            page = category_page(req, key)
            if page is not None:
                return kit.html_response(page)
        slug = path.strip("/")
        page = cms_page(req, slug)
        if page is not None and slug not in ("login", "create", "success"):
            return kit.html_response(page)
        return kit.Response(body=cms_page(req, "404") or "", status="404 Not Found")

    return app

