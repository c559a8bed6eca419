# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""Shared WordPress + WooCommerce (Storefront theme) building blocks for the two Woo fixture shops.

Markup follows WooCommerce's templates and the Storefront theme: `ul.products li.product`,
`form.cart` / `form.variations_form`, `.woocommerce-message`, `#site-header-cart .cart-contents`,
`.woocommerce-cart-form`, `.cart_totals`, `ul#shipping_method`, the `?wc-ajax=` endpoints, French
strings from the fr_FR translation.
"""

from __future__ import annotations

import io
import json
import secrets
from dataclasses import dataclass, field
from email import policy as email_policy
from email.parser import BytesParser
from urllib.parse import urlencode

from .. import kit
from ..kit import Product, Request, Response, Variant, esc, euros

FREE_SHIPPING_CENTS = 5000


class MultipartApp(kit.ShopApp):
    """kit.ShopApp that also understands multipart/form-data posts (WooCommerce's product forms use
    enctype="multipart/form-data"): such bodies are turned into urlencoded ones before routing."""

    def __call__(self, environ, start_response):
        content_type = environ.get("CONTENT_TYPE", "")
        if content_type.startswith("multipart/form-data"):
            length = int(environ.get("CONTENT_LENGTH") or 0)
            raw = environ["wsgi.input"].read(length) if length else b""
            message = BytesParser(policy=email_policy.HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
            pairs = []
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if name and not part.get_filename():
                    pairs.append((name, part.get_content() if part.get_content_maintype() == "text"
                                  else part.get_payload(decode=True).decode("utf-8", "replace")))
            body = urlencode(pairs).encode()
            environ = {**environ, "CONTENT_TYPE": "application/x-www-form-urlencoded",
                       "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)}
        return super().__call__(environ, start_response)


WooApp = MultipartApp


@dataclass
class WooShop:
    """Per-shop configuration of the shared Woo layout."""

    name: str
    tagline: str
    color: str
    products: list[Product]
    categories: dict[str, tuple[str, list[int]]]  # slug -> (label, product ids)
    head_extra: str = ""  # consent banner script etc.
    product_extra: dict[int, str] = field(default_factory=dict)  # BNPL widgets under the price
    returns_html: str = ""
    phone: str = "01 84 80 12 34"
    body_class: str = "wp-theme-storefront"
    mini_cart_checkout_label: str = "Commander"
    returns_short: str = "Retours sous 14 jours"
    payment_blurb: str = "Carte bancaire, PayPal, paiement en plusieurs fois, virement."


def price_html(cents: int) -> str:
    text = euros(cents).replace("\u00a0€", "")
    return (f'<span class="woocommerce-Price-amount amount"><bdi>{text}&nbsp;'
            f'<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span>')


def plain_price(cents: int) -> str:
    return f"{cents / 100:.2f}"


# --------------------------------------------------------------------------- cart model

def find_product(shop: WooShop, pid: int) -> Product | None:
    return next((p for p in shop.products if p.id == pid), None)


def variation_id(product: Product, index: int) -> int:
    return product.id * 100 + index + 1


def cart_lines(shop: WooShop, req: Request) -> list[dict]:
    lines = []
    for item in req.session.get("cart", []):
        product = find_product(shop, item["product_id"])
        if product is None:
            continue
        name = product.name + (f" - {item['size']}" if item.get("size") else "")
        lines.append({**item, "product": product, "name": name,
                      "line_cents": product.price_cents * item["qty"]})
    return lines


def cart_count(req: Request) -> int:
    return sum(item["qty"] for item in req.session.get("cart", []))


def cart_subtotal(shop: WooShop, req: Request) -> int:
    return sum(line["line_cents"] for line in cart_lines(shop, req))


def add_to_cart(shop: WooShop, req: Request, product: Product, qty: int, size: str = "") -> dict:
    cart = req.session.setdefault("cart", [])
    for item in cart:
        if item["product_id"] == product.id and item.get("size", "") == size:
            item["qty"] += qty
            return item
    item = {"key": secrets.token_hex(16), "product_id": product.id, "size": size, "qty": qty}
    cart.append(item)
    return item


def shipping_methods(shop: WooShop, req: Request) -> list[tuple[str, str, int]]:
    """(rate id, label, cost in cents); free shipping only appears above the threshold, like Woo."""
    methods = []
    if cart_subtotal(shop, req) >= FREE_SHIPPING_CENTS:
        methods.append(("free_shipping:3", "Livraison gratuite", 0))
    methods += [("flat_rate:1", "Colissimo", 490), ("flat_rate:2", "Point relais", 390)]
    return methods


def chosen_shipping(shop: WooShop, req: Request) -> tuple[str, str, int]:
    methods = shipping_methods(shop, req)
    chosen = req.session.get("chosen_shipping")
    for method in methods:
        if method[0] == chosen:
            return method
    return methods[0]


def shipping_label(label: str, cost: int) -> str:
    return label if cost == 0 else f"{label} : {price_html(cost)}"


def shipping_list_html(shop: WooShop, req: Request) -> str:
    chosen = chosen_shipping(shop, req)[0]
    items = []
    for rate_id, label, cost in shipping_methods(shop, req):
        slug = rate_id.replace(":", "")
        checked = ' checked="checked"' if rate_id == chosen else ""
        items.append(
            f'<li><input type="radio" name="shipping_method[0]" data-index="0" id="shipping_method_0_{slug}"'
            f' value="{rate_id}" class="shipping_method"{checked} />'
            f'<label for="shipping_method_0_{slug}">{shipping_label(label, cost)}</label></li>')
    return f'<ul id="shipping_method" class="woocommerce-shipping-methods">{"".join(items)}</ul>'


def totals(shop: WooShop, req: Request) -> tuple[int, int, int]:
    subtotal = cart_subtotal(shop, req)
    ship = chosen_shipping(shop, req)[2]
    total = subtotal + ship
    vat = round(total - total / 1.2)
    return subtotal, ship, total, vat  # type: ignore[return-value]


# --------------------------------------------------------------------------- layout

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"Source Sans Pro",HelveticaNeue-Light,Helvetica,Arial,sans-serif;
color:#6d6d6d;background:#fff;line-height:1.618}a{color:#96588a}h1,h2,h3{color:#333;font-weight:300}
.col-full{max-width:66.4989em;margin:0 auto;padding:0 2.617924em}.screen-reader-text{clip:rect(1px,1px,1px,1px);
position:absolute!important;height:1px;width:1px;overflow:hidden}
.storefront-topbar{background:#333;color:#fff;text-align:center;font-size:.85em;padding:.3em}
.site-header{background:#2c2d33;color:#9aa0a7;padding-top:1.6em}.site-header a{color:#d5d9db}
.site-header .col-full{display:flex;flex-wrap:wrap;align-items:center;gap:1em}
.site-branding{flex:1}.site-title{font-size:1.8em;margin:0;color:#fff}.site-description{margin:0;font-size:.85em}
.site-search input[type=search]{padding:.5em;width:16em}.site-search button{display:none}
.storefront-primary-navigation{background:#2c2d33}.storefront-primary-navigation .col-full{flex-wrap:nowrap}
.main-navigation{flex:1}.main-navigation ul.menu{list-style:none;margin:0;padding:0;display:flex;gap:1.5em}
.main-navigation ul.menu a{display:block;padding:1em 0;text-decoration:none}
.menu-toggle{display:none}.handheld-navigation{display:none}
.site-header-cart{list-style:none;margin:0;padding:0;position:relative}
.site-header-cart .cart-contents{display:block;padding:1em 0;text-decoration:none}
.site-header-cart .widget_shopping_cart{display:none;position:absolute;right:0;width:22em;background:#fff;
z-index:99;padding:1em;box-shadow:0 4px 12px rgba(0,0,0,.2)}.site-header-cart:hover .widget_shopping_cart,
.site-header-cart.focus .widget_shopping_cart{display:block}
.widget_shopping_cart a{color:#96588a}.woocommerce-mini-cart{list-style:none;padding:0}
.storefront-breadcrumb{padding:1em 0;font-size:.9em}.site-content{padding-bottom:3em}
.button,button,input[type=submit]{background:#333;color:#fff;border:0;padding:.6180469716em 1.41575em;
text-decoration:none;font-weight:600;cursor:pointer;display:inline-block;border-radius:0;font-size:1em}
.button.alt,button.alt{background:#96588a}.button.disabled,.button:disabled{opacity:.5;cursor:not-allowed}
ul.products{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:2em}
ul.products li.product{text-align:center}ul.products li.product img{width:100%;height:auto}
.woocommerce-loop-product__title{font-size:1em;color:#333}.price{color:#333;display:block;margin:.5em 0}
.product .woocommerce-product-gallery{width:48%;float:left}.product .woocommerce-product-gallery img{width:100%}
.product .summary{width:48%;float:right}.product::after{content:"";display:table;clear:both}
.product_title{font-size:2.2em;margin-top:0}table{width:100%;border-collapse:collapse;margin-bottom:1.5em}
th,td{padding:.8em;text-align:left;vertical-align:top}table.shop_table tr{border-bottom:1px solid #eee}
select,input.input-text,textarea{padding:.6em;border:0;background:#f2f2f2;color:#43454b;font-size:1em;width:100%;
box-shadow:inset 0 1px 1px rgba(0,0,0,.125)}input.qty{width:4em}
.quantity{display:inline-block;margin-right:.6em}form.cart .quantity input{width:4.2em}
.woocommerce-message,.woocommerce-info,.woocommerce-error{padding:1em 2em;margin-bottom:2em;background:#0f834d;
color:#fff;list-style:none}.woocommerce-info{background:#3d9cd2}.woocommerce-error{background:#e2401c}
.woocommerce-message a,.woocommerce-info a,.woocommerce-error a{color:#fff}.woocommerce-message .button{float:right;
background:rgba(0,0,0,.15);padding:0 .6em;margin-left:1em}
.stock.out-of-stock{color:#e2401c}.stock.in-stock{color:#0f834d}.reset_variations{margin-left:1em;font-size:.85em}
.cart-collaterals .cart_totals{max-width:30em;margin-left:auto}.wc-proceed-to-checkout .checkout-button{display:block;
text-align:center;font-size:1.25em;padding:1em}.coupon{display:inline-flex;gap:.5em}.coupon input{width:10em}
#shipping_method{list-style:none;margin:0;padding:0}#shipping_method li{margin-bottom:.3em}
.col2-set{display:flex;gap:4%}.col2-set .col-1,.col2-set .col-2{width:48%}
.form-row{margin:0 0 1em}.form-row label{display:block;color:#333}.form-row-first,.form-row-last{width:48%;
display:inline-block;vertical-align:top}.form-row-first{margin-right:3%}abbr.required{color:#e2401c;
text-decoration:none;border:0}.optional{font-weight:400;color:#888}
.woocommerce-form__label-for-checkbox{display:inline-flex!important;gap:.4em;align-items:center}
.woocommerce-form__label-for-checkbox input{width:auto}
#payment{background:#f8f8f8;padding:1em}#payment .wc_payment_methods{list-style:none;margin:0;padding:0}
#payment li.wc_payment_method{border-bottom:1px solid #e0e0e0;padding:1em 0}#payment li.wc_payment_method>label{
display:inline;cursor:pointer;font-weight:600;color:#333}#payment .payment_box{background:#fff;padding:1em;
margin-top:.6em;font-size:.92em}#payment .place-order{padding-top:1em}#place_order{width:100%;font-size:1.3em;
padding:1em}.__PrivateStripeElement iframe{width:100%;height:130px;border:0}
.blockUI.blockOverlay{position:absolute;inset:0;background:rgba(255,255,255,.6);z-index:1000}
#order_review{position:relative}.woocommerce-form-login,.checkout_coupon{border:1px solid #ddd;padding:1.5em;
margin-bottom:2em}
.site-footer{background:#f0f0f0;color:#6d6d6d;padding:2em 0 5em;margin-top:3em}.site-footer .col-full{display:grid;
grid-template-columns:repeat(4,1fr);gap:2em}.site-footer ul{list-style:none;padding:0}
.site-footer .widget-title{color:#333;font-size:1.1em}.site-info{padding:1em 0;font-size:.85em}
.storefront-handheld-footer-bar{display:none}
.reassurance{display:flex;justify-content:space-around;flex-wrap:wrap;background:#faf6f9;padding:1em;margin:2em 0;
gap:1em}.reassurance span{font-weight:600;color:#333}
@media (max-width:767px){.col-full{padding:0 1em}.site-search{width:100%}.site-search input[type=search]{width:100%}
.menu-toggle{display:block;background:none;border:2px solid #d5d9db;color:#d5d9db;padding:.5em 1em}
.main-navigation .primary-navigation{display:none}.main-navigation.toggled .handheld-navigation{display:block}
.handheld-navigation ul{list-style:none;padding:0}.handheld-navigation a{display:block;padding:.6em 0}
.site-header-cart{display:none}ul.products{grid-template-columns:repeat(2,1fr);gap:1em}
.product .woocommerce-product-gallery,.product .summary{width:100%;float:none}
.col2-set{display:block}.col2-set .col-1,.col2-set .col-2{width:100%}.form-row-first,.form-row-last{width:100%;
margin-right:0}.site-footer .col-full{grid-template-columns:1fr}
table.shop_table_responsive thead{display:none}table.shop_table_responsive tr td{display:block;text-align:right}
table.shop_table_responsive tr td::before{content:attr(data-title) ": ";float:left;font-weight:600}
table.shop_table_responsive tr td.product-remove::before,table.shop_table_responsive tr td.actions::before{content:""}
.coupon{display:flex;flex-wrap:wrap}.cart-collaterals .cart_totals{max-width:none}
.storefront-handheld-footer-bar{display:block;position:fixed;bottom:0;left:0;right:0;background:#2c2d33;z-index:50}
.storefront-handheld-footer-bar ul{display:flex;margin:0;padding:0;list-style:none}
.storefront-handheld-footer-bar li{flex:1;text-align:center}.storefront-handheld-footer-bar a{display:block;
color:#fff;padding:1em 0;text-decoration:none}}
"""


def mini_cart_html(shop: WooShop, req: Request) -> str:
    lines = cart_lines(shop, req)
    if not lines:
        return ('<div class="widget_shopping_cart_content">'
                '<p class="woocommerce-mini-cart__empty-message">Votre panier est vide.</p></div>')
    items = "".join(
        f'<li class="woocommerce-mini-cart-item mini_cart_item">'
        f'<a href="/panier/?remove_item={line["key"]}" class="remove remove_from_cart_button" '
        f'aria-label="Retirer {esc(line["name"])} de votre panier" data-product_id="{line["product_id"]}" '
        f'data-cart_item_key="{line["key"]}">&times;</a>'
        f'<a href="/produit/{line["product"].slug}/">{esc(line["name"])}</a>'
        f'<span class="quantity">{line["qty"]} &times; {price_html(line["product"].price_cents)}</span></li>'
        for line in lines)
    return (f'<div class="widget_shopping_cart_content"><ul class="woocommerce-mini-cart cart_list '
            f'product_list_widget ">{items}</ul>'
            f'<p class="woocommerce-mini-cart__total total"><strong>Sous-total :</strong> '
            f'{price_html(cart_subtotal(shop, req))}</p>'
            f'<p class="woocommerce-mini-cart__buttons buttons"><a href="/panier/" class="button wc-forward">'
            f'Voir le panier</a><a href="/commande/" class="button checkout wc-forward">'
            f'{shop.mini_cart_checkout_label}</a></p></div>')


def cart_contents_html(shop: WooShop, req: Request) -> str:
    count = cart_count(req)
    word = "article" if count < 2 else "articles"
    return (f'<a class="cart-contents" href="/panier/" title="Voir votre panier">'
            f'{price_html(cart_subtotal(shop, req))} <span class="count">{count} {word}</span></a>')


def fragments(shop: WooShop, req: Request) -> dict[str, str]:
    return {"div.widget_shopping_cart_content": mini_cart_html(shop, req),
            "a.cart-contents": cart_contents_html(shop, req),
            "a.footer-cart-contents": footer_cart_html(req)}


def footer_cart_html(req: Request) -> str:
    return (f'<a class="footer-cart-contents" href="/panier/">Panier '
            f'<span class="count">{cart_count(req)}</span></a>')


COMMON_JS = """
<script>
/* woocommerce.js / storefront navigation.js equivalents */
window.wc_add_to_cart_params = {ajax_url: "/wp-admin/admin-ajax.php", wc_ajax_url: "/?wc-ajax=%%endpoint%%",
  i18n_view_cart: "Voir le panier", cart_url: "/panier/", cart_redirect_after_add: "no"};
(function () {
  var toggle = document.getElementById('site-navigation-menu-toggle');
  if (toggle) toggle.addEventListener('click', function () {
    var nav = document.getElementById('site-navigation');
    var open = nav.classList.toggle('toggled');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  function applyFragments(frags) {
    Object.keys(frags || {}).forEach(function (sel) {
      document.querySelectorAll(sel).forEach(function (el) { el.outerHTML = frags[sel]; });
    });
    document.body.dispatchEvent(new CustomEvent('wc_fragments_refreshed'));
  }
  window.wcApplyFragments = applyFragments;
  document.addEventListener('click', function (event) {
    var btn = event.target.closest('a.ajax_add_to_cart');
    if (!btn) return;
    event.preventDefault();
    btn.classList.remove('added'); btn.classList.add('loading');
    var body = new URLSearchParams({product_id: btn.dataset.product_id, quantity: btn.dataset.quantity || '1'});
    fetch('/?wc-ajax=add_to_cart', {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (r) { return r.json(); }).then(function (data) {
        btn.classList.remove('loading'); btn.classList.add('added');
        applyFragments(data.fragments);
        if (!btn.parentNode.querySelector('.added_to_cart')) {
          btn.insertAdjacentHTML('afterend',
            '<a href="/panier/" class="added_to_cart wc-forward" title="Voir le panier">Voir le panier</a>');
        }
        document.body.dispatchEvent(new CustomEvent('added_to_cart'));
      });
  });
})();
</script>
"""


def page(shop: WooShop, req: Request, title: str, body: str, body_class: str = "",
         breadcrumb: list[tuple[str, str]] | None = None, footer_extra: str = "", head_extra: str = "") -> str:
    crumbs = ""
    if breadcrumb:
        parts = ['<a href="/">Accueil</a>'] + [
            f'<a href="{href}">{esc(label)}</a>' if href else esc(label) for label, href in breadcrumb]
        crumbs = ('<div class="storefront-breadcrumb"><div class="col-full">'
                  '<nav class="woocommerce-breadcrumb" aria-label="Fil d’Ariane">'
                  + '&nbsp;<span class="breadcrumb-separator"> / </span>&nbsp;'.join(parts) + '</nav></div></div>')
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat"><a href="/categorie-produit/'
        f'{slug}/">{esc(label)}</a></li>' for slug, (label, _ids) in shop.categories.items())
    menu = ('<li class="menu-item"><a href="/">Accueil</a></li>'
            '<li class="menu-item"><a href="/boutique/">Boutique</a></li>' + menu +
            '<li class="menu-item"><a href="/contact/">Contact</a></li>')
    return f"""<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} &#8211; {esc(shop.name)}</title>
<meta name="robots" content="max-image-preview:large">
<meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="WooCommerce 9.3.3">
<link rel="alternate" type="application/rss+xml" title="{esc(shop.name)} &raquo; Flux" href="/feed/">
<link rel="https://api.w.org/" href="/wp-json/">
<style id="storefront-style-inline-css">{CSS}</style>
<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
{head_extra}{shop.head_extra}
</head>
<body class="{body_class} {shop.body_class} woocommerce-js storefront-full-width-content storefront-align-wide
 right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
<div class="storefront-topbar">Livraison offerte dès 50&nbsp;€ d’achat &middot; {shop.returns_short}</div>
<header id="masthead" class="site-header" role="banner" style="">
<div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Aller à la navigation</a>
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(shop.name)}</a></p>
<p class="site-description">{esc(shop.tagline)}</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search">
<form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Recherche pour :</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field"
 placeholder="Recherche de produits&hellip;" value="" name="s">
<button type="submit" value="Recherche" class="">Recherche</button>
<input type="hidden" name="post_type" value="product">
</form></div></div>
</div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Navigation principale">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">
<span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-principal" class="menu">{menu}
<li class="menu-item"><a href="/mon-compte/">Mon compte</a></li></ul></div>
<div class="handheld-navigation"><ul id="menu-principal-1" class="menu">{menu}
<li class="menu-item"><a href="/mon-compte/">Mon compte</a></li></ul></div>
</nav>
<ul id="site-header-cart" class="site-header-cart menu">
<li class="">{cart_contents_html(shop, req)}</li>
<li><div class="widget woocommerce widget_shopping_cart">{mini_cart_html(shop, req)}</div></li>
</ul>
</div></div>
</header>
{crumbs}
<div id="content" class="site-content" tabindex="-1">
<div class="col-full">
<div class="woocommerce"></div>
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
{body}
</main>
</div>
</div>
</div>
<div class="col-full"><div class="reassurance" aria-label="Nos engagements">
<span>🚚 Livraison offerte dès 50&nbsp;€</span><span>🔒 Paiement 100&nbsp;% sécurisé</span>
<span>↩️ {shop.returns_short}</span><span>📞 Service client {shop.phone}</span></div></div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="col-full">
<div class="block footer-widget-1"><div class="widget"><span class="gamma widget-title">{esc(shop.name)}</span>
<p>{esc(shop.tagline)}</p><p>Service client : <a href="tel:+33{shop.phone[1:].replace(' ', '')}">{shop.phone}</a>
<br>du lundi au vendredi, 9h-18h</p></div></div>
<div class="block footer-widget-2"><div class="widget widget_nav_menu"><span class="gamma widget-title">Aide</span>
<ul class="menu"><li><a href="/livraison-et-retours/">Livraison et retours</a></li>
<li><a href="/contact/">Contact</a></li><li><a href="/mon-compte/">Mon compte</a></li>
<li><a href="/faq/">Questions fréquentes</a></li></ul></div></div>
<div class="block footer-widget-3"><div class="widget widget_nav_menu"><span class="gamma widget-title">
Informations légales</span><ul class="menu"><li><a href="/conditions-generales-de-vente/">Conditions générales de
vente (CGV)</a></li><li><a href="/mentions-legales/">Mentions légales</a></li>
<li><a href="/politique-de-confidentialite/">Politique de confidentialité</a></li></ul></div></div>
<div class="block footer-widget-4"><div class="widget"><span class="gamma widget-title">Paiement sécurisé</span>
<p>{shop.payment_blurb}</p></div></div>
</div>
<div class="col-full"><div class="site-info">&copy; {esc(shop.name)} 2024 &middot;
<a href="https://woocommerce.com" rel="noreferrer nofollow" style="pointer-events:none">Conçu avec WooCommerce</a>
</div></div>
</footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3">
<li class="my-account"><a href="/mon-compte/">Mon compte</a></li>
<li class="search"><a href="#" onclick="document.querySelector('.site-search input').focus();return false;">
Recherche</a></li>
<li class="cart">{footer_cart_html(req)}</li></ul></div>
</div>
{COMMON_JS}
{footer_extra}
</body>
</html>"""


# --------------------------------------------------------------------------- catalogue pages

def loop_product(product: Product, shop: WooShop, position: int) -> str:
    variable = bool(product.sizes)
    classes = (f"product type-product post-{product.id} status-publish {'first' if position % 4 == 0 else ''} "
               f"{'instock' if product.in_stock else 'outofstock'} has-post-thumbnail shipping-taxable "
               f"purchasable product-type-{'variable' if variable else 'simple'}")
    if variable:
        button = (f'<a href="/produit/{product.slug}/" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_'
                  f'{product.id}" data-quantity="1" class="button wp-element-button product_type_variable '
                  f'add_to_cart_button" data-product_id="{product.id}" data-product_sku="" aria-label="Sélectionner '
                  f'les options pour « {esc(product.name)} »" rel="nofollow">Choix des options</a>'
                  f'<span id="woocommerce_loop_add_to_cart_link_describedby_{product.id}" class="screen-reader-text">'
                  f'Ce produit a plusieurs variations. Les options peuvent être choisies sur la page produit</span>')
    elif product.in_stock:
        button = (f'<a href="?add-to-cart={product.id}" data-quantity="1" class="button wp-element-button '
                  f'product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{product.id}" '
                  f'data-product_sku="" aria-label="Ajouter au panier : « {esc(product.name)} »" '
                  f'rel="nofollow">Ajouter au panier</a>')
    else:
        button = (f'<a href="/produit/{product.slug}/" class="button wp-element-button product_type_simple" '
                  f'rel="nofollow">Lire la suite</a>')
    return (f'<li class="{classes}"><a href="/produit/{product.slug}/" class="woocommerce-LoopProduct-link '
            f'woocommerce-loop-product__link"><img width="324" height="324" src="{kit.product_svg(product.name, shop.color)}"'
            f' class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="{esc(product.name)}" '
            f'decoding="async"><h2 class="woocommerce-loop-product__title">{esc(product.name)}</h2>'
            f'<span class="price">{price_html(product.price_cents)}</span></a>{button}</li>')


def products_grid(shop: WooShop, products: list[Product]) -> str:
    return ('<ul class="products columns-4">' + "".join(loop_product(p, shop, i) for i, p in enumerate(products))
            + '</ul>')


def home(shop: WooShop, req: Request) -> Response:
    body = f"""
<div id="post-2" class="post-2 page type-page status-publish hentry">
<div class="entry-content">
<section class="storefront-hero" style="background:{shop.color};padding:3em 2em;margin-bottom:2em;color:#333">
<h1>Nouvelle collection automne</h1><p>{esc(shop.tagline)}. Livraison offerte dès 50&nbsp;€.</p>
<a class="button alt" href="/boutique/">Découvrir la boutique</a></section>
<section class="storefront-product-section storefront-recent-products" aria-label="Nouveautés">
<h2 class="section-title">Nouveautés</h2>
<div class="woocommerce columns-4 ">{products_grid(shop, shop.products)}</div></section>
</div></div>"""
    return kit.html_response(page(shop, req, "Accueil", body, "home page-template page-template-template-homepage"))


def shop_page(shop: WooShop, req: Request) -> Response:
    body = (f'<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">'
            f'Boutique</h1></header><div class="woocommerce-notices-wrapper"></div>'
            f'<p class="woocommerce-result-count">Affichage de {len(shop.products)} résultats</p>'
            f'{products_grid(shop, shop.products)}')
    return kit.html_response(page(shop, req, "Boutique", body, "archive post-type-archive post-type-archive-product "
                                  "woocommerce-shop woocommerce", [("Boutique", "")]))


def category_page(shop: WooShop, req: Request) -> Response:
    slug = req.path.strip("/").split("/")[-1]
    if slug not in shop.categories:
        return kit.not_found()
    label, ids = shop.categories[slug]
    products = [p for p in shop.products if p.id in ids]
    body = (f'<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">'
            f'{esc(label)}</h1></header><div class="woocommerce-notices-wrapper"></div>'
            f'{products_grid(shop, products)}')
    return kit.html_response(page(shop, req, label, body, "archive tax-product_cat woocommerce",
                                  [(label, "")]))


def product_jsonld(shop: WooShop, product: Product, base: str) -> str:
    url = f"{base}/produit/{product.slug}/"
    available = product.in_stock and (not product.sizes or any(v.in_stock for v in product.sizes))
    offer = {"@type": "Offer", "price": plain_price(product.price_cents), "priceValidUntil": "2025-12-31",
             "priceSpecification": {"price": plain_price(product.price_cents), "priceCurrency": "EUR",
                                    "valueAddedTaxIncluded": "true"},
             "priceCurrency": "EUR",
             "availability": "http://schema.org/" + ("InStock" if available else "OutOfStock"),
             "url": url, "seller": {"@type": "Organization", "name": shop.name, "url": base}}
    data = {"@context": "https://schema.org/", "@graph": [
        {"@context": "https://schema.org/", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"name": "Accueil", "@id": base + "/"}},
            {"@type": "ListItem", "position": 2, "item": {"name": product.name, "@id": url}}]},
        {"@type": "Product", "@id": url + "#product", "name": product.name, "url": url,
         "description": product.description, "image": kit.product_svg(product.name, shop.color),
         "sku": str(product.id), "offers": [offer]}]}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


VARIATIONS_JS = """
<script>
/* add-to-cart-variation.js equivalent */
(function () {
  var form = document.querySelector('form.variations_form');
  if (!form) return;
  var variations = JSON.parse(form.getAttribute('data-product_variations'));
  var select = form.querySelector('select[name^="attribute_"]');
  var button = form.querySelector('.single_add_to_cart_button');
  var wrap = form.querySelector('.woocommerce-variation-add-to-cart');
  var out = form.querySelector('.single_variation');
  var reset = form.querySelector('.reset_variations');
  var idInput = form.querySelector('input.variation_id');
  function update() {
    var value = select.value;
    var match = variations.find(function (v) { return v.attributes[select.name] === value; });
    button.classList.remove('wc-variation-selection-needed', 'wc-variation-is-unavailable');
    if (!value || !match) {
      idInput.value = '';
      out.innerHTML = ''; out.style.display = 'none';
      button.classList.add('disabled', 'wc-variation-selection-needed');
      wrap.classList.add('woocommerce-variation-add-to-cart-disabled');
      wrap.classList.remove('woocommerce-variation-add-to-cart-enabled');
      reset.style.visibility = 'hidden';
      return;
    }
    reset.style.visibility = 'visible';
    idInput.value = match.variation_id;
    out.style.display = 'block';
    out.innerHTML = '<div class="woocommerce-variation-description"></div><div class="woocommerce-variation-price">' +
      match.price_html + '</div><div class="woocommerce-variation-availability">' + match.availability_html + '</div>';
    if (match.is_in_stock) {
      button.classList.remove('disabled');
      wrap.classList.remove('woocommerce-variation-add-to-cart-disabled');
      wrap.classList.add('woocommerce-variation-add-to-cart-enabled');
    } else {
      button.classList.add('disabled', 'wc-variation-is-unavailable');
      wrap.classList.add('woocommerce-variation-add-to-cart-disabled');
    }
  }
  select.addEventListener('change', update);
  reset.addEventListener('click', function (e) { e.preventDefault(); select.value = ''; update(); });
  button.addEventListener('click', function (e) {
    if (!button.classList.contains('disabled')) return;
    e.preventDefault();
    if (button.classList.contains('wc-variation-is-unavailable')) {
      window.alert('Désolé, ce produit n’est pas disponible. Veuillez choisir une combinaison différente.');
    } else {
      window.alert('Veuillez sélectionner des options du produit avant de l’ajouter à votre panier.');
    }
  });
  update();
})();
</script>
"""


def product_page(shop: WooShop, req: Request) -> Response:
    slug = req.path.strip("/").split("/")[-1]
    product = next((p for p in shop.products if p.slug == slug), None)
    if product is None:
        return kit.not_found()
    notice = ""
    if req.method == "POST":
        notice = handle_add_form(shop, req, product)
    base = "http://" + req.headers.get("host", "127.0.0.1")
    qty_id = f"quantity_{secrets.token_hex(6)}"
    quantity = (f'<div class="quantity"><label class="screen-reader-text" for="{qty_id}">quantité de '
                f'{esc(product.name)}</label><input type="number" id="{qty_id}" class="input-text qty text" '
                f'name="quantity" value="1" aria-label="Quantité de produits" size="4" min="1" max="" step="1" '
                f'placeholder="" inputmode="numeric" autocomplete="off"></div>')
    if product.sizes:
        variations = []
        options = []
        for i, size in enumerate(product.sizes):
            value = size.label.lower()
            options.append(f'<option value="{value}" class="attached enabled">{esc(size.label)}</option>')
            stock = ('<p class="stock in-stock">En stock</p>' if size.in_stock
                     else '<p class="stock out-of-stock">Rupture de stock</p>')
            variations.append({"attributes": {"attribute_pa_taille": value}, "availability_html": stock,
                               "backorders_allowed": False, "display_price": product.price_cents / 100,
                               "display_regular_price": product.price_cents / 100,
                               "price_html": f'<span class="price">{price_html(product.price_cents)}</span>',
                               "is_in_stock": size.in_stock, "is_purchasable": True,
                               "variation_id": variation_id(product, i), "variation_is_active": True,
                               "variation_is_visible": True, "min_qty": 1, "max_qty": 20 if size.in_stock else 0,
                               "sku": f"{product.slug}-{value}"})
        form = f"""
<form class="variations_form cart" action="/produit/{product.slug}/" method="post" enctype='multipart/form-data'
 data-product_id="{product.id}" data-product_variations="{esc(json.dumps(variations, ensure_ascii=False))}">
<table class="variations" cellspacing="0" role="presentation"><tbody><tr>
<th class="label"><label for="pa_taille">Taille</label></th>
<td class="value"><select id="pa_taille" class="" name="attribute_pa_taille" data-attribute_name="attribute_pa_taille"
 data-show_option_none="yes"><option value="">Choisir une option</option>{"".join(options)}</select>
<a class="reset_variations" href="#" aria-label="Effacer les options" style="visibility:hidden">Effacer</a></td>
</tr></tbody></table>
<div class="reset_variations_alert screen-reader-text" role="alert" aria-live="polite" aria-relevant="all"></div>
<div class="single_variation_wrap">
<div class="woocommerce-variation single_variation" role="alert" aria-relevant="additions" style="display:none"></div>
<div class="woocommerce-variation-add-to-cart variations_button woocommerce-variation-add-to-cart-disabled">
{quantity}
<button type="submit" class="single_add_to_cart_button button alt disabled wc-variation-selection-needed">Ajouter au
 panier</button>
<input type="hidden" name="add-to-cart" value="{product.id}">
<input type="hidden" name="product_id" value="{product.id}">
<input type="hidden" name="variation_id" class="variation_id" value="0">
</div></div>
</form>"""
    elif product.in_stock:
        form = (f'<form class="cart" action="/produit/{product.slug}/" method="post" enctype=\'multipart/form-data\'>'
                f'{quantity}<button type="submit" name="add-to-cart" value="{product.id}" '
                f'class="single_add_to_cart_button button alt">Ajouter au panier</button></form>')
    else:
        form = '<p class="stock out-of-stock">Rupture de stock</p>'
    extra = shop.product_extra.get(product.id, shop.product_extra.get(0, ""))
    body = f"""
<div class="woocommerce-notices-wrapper">{notice}</div>
<div id="product-{product.id}" class="product type-product post-{product.id} status-publish first
 {'instock' if product.in_stock else 'outofstock'} product_cat-vetements has-post-thumbnail shipping-taxable
 purchasable product-type-{'variable' if product.sizes else 'simple'}">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4
 images" data-columns="4"><div class="woocommerce-product-gallery__wrapper">
<div data-thumb="" class="woocommerce-product-gallery__image"><a href="#"><img width="600" height="600"
 src="{kit.product_svg(product.name, shop.color)}" class="wp-post-image" alt="{esc(product.name)}"
 fetchpriority="high"></a></div></div></div>
<div class="summary entry-summary">
<h1 class="product_title entry-title">{esc(product.name)}</h1>
<p class="price">{price_html(product.price_cents)}</p>
<p class="woocommerce-price-suffix">TTC</p>
<div class="woocommerce-product-details__short-description"><p>{esc(product.description)}</p></div>
{extra}
{form}
<ul class="product-reassurance"><li>Livraison offerte dès 50&nbsp;€ (Colissimo 48h ou point relais)</li>
<li>Expédition sous 24h ouvrées</li><li><a href="/livraison-et-retours/">Retours et remboursements</a></li></ul>
<div class="product_meta"><span class="sku_wrapper">UGS : <span class="sku">{product.slug.upper()}</span></span>
<span class="posted_in">Catégorie : <a href="/categorie-produit/vetements/" rel="tag">Vêtements</a></span></div>
</div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description"><a href="#tab-description">Description</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab"
 id="tab-description" role="tabpanel"><h2>Description</h2><p>{esc(product.description)}</p></div></div>
</div>"""
    html_doc = page(shop, req, product.name, body,
                    f"product-template-default single single-product postid-{product.id} woocommerce",
                    [("Vêtements", "/categorie-produit/vetements/"), (product.name, "")],
                    footer_extra=product_jsonld(shop, product, base) + (VARIATIONS_JS if product.sizes else ""))
    return kit.html_response(html_doc)


def handle_add_form(shop: WooShop, req: Request, product: Product) -> str:
    try:
        qty = max(1, int(req.arg("quantity", "1") or "1"))
    except ValueError:
        qty = 1
    size = ""
    if product.sizes:
        value = req.arg("attribute_pa_taille")
        variant = next((v for v in product.sizes if v.label.lower() == value), None)
        if variant is None:
            return ('<ul class="woocommerce-error" role="alert"><li>Veuillez choisir les options du produit'
                    '&hellip;</li></ul>')
        if not variant.in_stock:
            return (f'<ul class="woocommerce-error" role="alert"><li>Vous ne pouvez pas ajouter &laquo;&nbsp;'
                    f'{esc(product.name)} - {esc(variant.label)}&nbsp;&raquo; à votre panier car ce produit est en '
                    f'rupture de stock.</li></ul>')
        size = variant.label
    add_to_cart(shop, req, product, qty, size)
    name = product.name + (f" - {size}" if size else "")
    return (f'<div class="woocommerce-message" role="alert" tabindex="-1">'
            f'<a href="/panier/" tabindex="1" class="button wc-forward wp-element-button">Voir le panier</a> '
            f'&laquo;&nbsp;{esc(name)}&nbsp;&raquo; a été ajouté à votre panier.</div>')


def ajax_add_to_cart(shop: WooShop, req: Request) -> Response:
    product = find_product(shop, int(req.arg("product_id", "0") or 0))
    if product is None or product.sizes or not product.in_stock:
        return kit.json_response({"error": True, "product_url": "/boutique/"})
    add_to_cart(shop, req, product, int(req.arg("quantity", "1") or 1))
    return kit.json_response({"fragments": fragments(shop, req), "cart_hash": secrets.token_hex(16)})


def add_via_query(shop: WooShop, req: Request) -> Response | None:
    """`?add-to-cart=ID` links (no-JS fallback of the loop buttons)."""
    pid = req.query.get("add-to-cart")
    if not pid:
        return None
    product = find_product(shop, int(pid[0]) if pid[0].isdigit() else 0)
    if product and not product.sizes and product.in_stock:
        add_to_cart(shop, req, product, 1)
    return kit.redirect(req.path)


# --------------------------------------------------------------------------- classic cart page

def cart_totals_html(shop: WooShop, req: Request, checkout_label: str = "Valider la commande") -> str:
    subtotal, _ship, total, vat = totals(shop, req)
    remaining = FREE_SHIPPING_CENTS - subtotal
    free_note = (f'<p class="free-shipping-notice">Plus que {price_html(remaining)} pour profiter de la livraison '
                 f'offerte&nbsp;!</p>' if remaining > 0 else
                 '<p class="free-shipping-notice">Vous bénéficiez de la livraison offerte&nbsp;!</p>')
    return f"""<div class="cart_totals ">
<h2>Total panier</h2>
<table cellspacing="0" class="shop_table shop_table_responsive">
<tr class="cart-subtotal"><th>Sous-total</th><td data-title="Sous-total">{price_html(subtotal)}</td></tr>
<tr class="woocommerce-shipping-totals shipping"><th>Expédition</th><td data-title="Expédition">
{shipping_list_html(shop, req)}
<p class="woocommerce-shipping-destination">Livraison en France métropolitaine. Options de livraison mises à jour
 lors de la commande. Livraison estimée sous 2 à 4 jours ouvrés.</p></td></tr>
<tr class="order-total"><th>Total</th><td data-title="Total"><strong>{price_html(total)}</strong>
<small class="includes_tax">(comprend {price_html(vat)} TVA)</small></td></tr>
</table>
{free_note}
<div class="wc-proceed-to-checkout"><a href="/commande/" class="checkout-button button alt wc-forward">
{checkout_label}</a></div>
</div>"""


CART_JS = """
<script>
/* cart.js equivalent: shipping method change refreshes the totals via wc-ajax */
(function () {
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches('.cart_totals input.shipping_method')) return;
    var totalsBox = document.querySelector('.cart_totals');
    totalsBox.classList.add('processing');
    totalsBox.insertAdjacentHTML('beforeend', '<div class="blockUI blockOverlay"></div>');
    var body = new URLSearchParams({'shipping_method[0]': input.value, security: 'a1b2c3d4e5'});
    fetch('/?wc-ajax=update_shipping_method', {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (r) { return r.text(); })
      .then(function (html) { totalsBox.outerHTML = html; });
  });
  var qty = document.querySelectorAll('.woocommerce-cart-form input.qty');
  qty.forEach(function (el) { el.addEventListener('input', function () {
    document.querySelector('button[name="update_cart"]').disabled = false; }); });
})();
</script>
"""


def cart_page(shop: WooShop, req: Request) -> Response:
    notice = ""
    remove = req.query.get("remove_item")
    if remove:
        cart = req.session.get("cart", [])
        removed = [i for i in cart if i["key"] == remove[0]]
        req.session["cart"] = [i for i in cart if i["key"] != remove[0]]
        if removed:
            notice = '<div class="woocommerce-message" role="alert">Article supprimé.</div>'
    if req.method == "POST" and req.arg("update_cart"):
        for item in req.session.get("cart", []):
            value = req.arg(f"cart[{item['key']}][qty]")
            if value.isdigit():
                item["qty"] = int(value)
        req.session["cart"] = [i for i in req.session.get("cart", []) if i["qty"] > 0]
        notice = '<div class="woocommerce-message" role="alert">Panier mis à jour.</div>'
    lines = cart_lines(shop, req)
    if not lines:
        body = (f'<div class="woocommerce"><div class="woocommerce-notices-wrapper">{notice}</div>'
                '<div class="wc-empty-cart-message"><div class="cart-empty woocommerce-info" role="status">'
                'Votre panier est actuellement vide.</div></div><p class="return-to-shop">'
                '<a class="button wc-backward" href="/boutique/">Retour à la boutique</a></p></div>')
        return kit.html_response(page(shop, req, "Panier", f'<h1 class="entry-title">Panier</h1>{body}',
                                      "page woocommerce-cart woocommerce-page"))
    rows = "".join(f"""<tr class="woocommerce-cart-form__cart-item cart_item">
<td class="product-remove"><a href="/panier/?remove_item={line['key']}&amp;_wpnonce=5f2e9c1a7b" class="remove"
 aria-label="Retirer {esc(line['name'])} de votre panier" data-product_id="{line['product_id']}"
 data-product_sku="">&times;</a></td>
<td class="product-thumbnail"><a href="/produit/{line['product'].slug}/"><img width="64" height="64"
 src="{kit.product_svg(line['product'].name, shop.color)}" alt=""></a></td>
<td class="product-name" data-title="Produit"><a href="/produit/{line['product'].slug}/">{esc(line['name'])}</a></td>
<td class="product-price" data-title="Prix">{price_html(line['product'].price_cents)}</td>
<td class="product-quantity" data-title="Quantité"><div class="quantity"><label class="screen-reader-text"
 for="quantity_{line['key'][:12]}">quantité de {esc(line['name'])}</label><input type="number"
 id="quantity_{line['key'][:12]}" class="input-text qty text" name="cart[{line['key']}][qty]" value="{line['qty']}"
 aria-label="Quantité de produits" min="0" step="1" inputmode="numeric" autocomplete="off"></div></td>
<td class="product-subtotal" data-title="Sous-total">{price_html(line['line_cents'])}</td></tr>""" for line in lines)
    body = f"""<article id="post-7" class="post-7 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Panier</h1></header>
<div class="entry-content"><div class="woocommerce">
<div class="woocommerce-notices-wrapper">{notice}</div>
<form class="woocommerce-cart-form" action="/panier/" method="post">
<table class="shop_table shop_table_responsive cart woocommerce-cart-form__contents" cellspacing="0">
<thead><tr><th class="product-remove"><span class="screen-reader-text">Retirer l’élément</span></th>
<th class="product-thumbnail"><span class="screen-reader-text">Image miniature</span></th>
<th class="product-name">Produit</th><th class="product-price">Prix</th><th class="product-quantity">Quantité</th>
<th class="product-subtotal">Sous-total</th></tr></thead>
<tbody>{rows}
<tr><td colspan="6" class="actions"><div class="coupon"><label for="coupon_code" class="screen-reader-text">Code
 promo :</label> <input type="text" name="coupon_code" class="input-text" id="coupon_code" value=""
 placeholder="Code promo"> <button type="submit" class="button" name="apply_coupon" value="Appliquer le code promo">
Appliquer le code promo</button></div>
<button type="submit" class="button" name="update_cart" value="Mettre à jour le panier" disabled>Mettre à jour le
 panier</button><input type="hidden" id="woocommerce-cart-nonce" name="woocommerce-cart-nonce" value="8c1f0e2d3b">
</td></tr></tbody></table></form>
<div class="cart-collaterals">{cart_totals_html(shop, req)}</div>
</div></div></article>"""
    return kit.html_response(page(shop, req, "Panier", body, "page-template-default page woocommerce-cart "
                                  "woocommerce-page", footer_extra=CART_JS))


def update_shipping_method(shop: WooShop, req: Request) -> Response:
    value = req.arg("shipping_method[0]")
    if value:
        req.session["chosen_shipping"] = value
    return kit.html_response(cart_totals_html(shop, req))


# --------------------------------------------------------------------------- static pages

def simple_page(shop: WooShop, req: Request, title: str, html_body: str) -> Response:
    body = (f'<article class="page type-page status-publish hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content">{html_body}</div></article>')
    return kit.html_response(page(shop, req, title, body, "page-template-default page"))


def robots(req: Request) -> Response:
    host = req.headers.get("host", "127.0.0.1")
    text = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: http://{host}/wp-sitemap.xml\n")
    return kit.Response(body=text, content_type="text/plain; charset=utf-8")


def sitemap(shop: WooShop, req: Request) -> Response:
    host = "http://" + req.headers.get("host", "127.0.0.1")
    urls = [f"{host}/", f"{host}/boutique/"] + [f"{host}/produit/{p.slug}/" for p in shop.products]
    body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{u}</loc></url>" for u in urls) + "</urlset>")
    return kit.Response(body=body, content_type="application/xml; charset=utf-8")


def account_page(shop: WooShop, req: Request, app: kit.ShopApp, intro: str = "") -> Response:
    if req.method == "POST" and req.arg("register") and req.arg("email"):
        with app.lock:
            app.stats["accounts_created"] += 1
        req.session["logged_in"] = req.arg("email")
        intro = ('<div class="woocommerce-message" role="alert">Votre compte a été créé. Un lien pour définir '
                 'votre mot de passe vous a été envoyé par e-mail.</div>') + intro
    elif req.method == "POST" and req.arg("login"):
        intro = ('<ul class="woocommerce-error" role="alert"><li><strong>Erreur :</strong> l’adresse e-mail ou le '
                 'mot de passe est incorrect.</li></ul>') + intro
    body = f"""{intro}<div class="u-columns col2-set" id="customer_login">
<div class="u-column1 col-1"><h2>Se connecter</h2>
<form class="woocommerce-form woocommerce-form-login login" method="post">
<p class="woocommerce-form-row form-row"><label for="username">Identifiant ou e-mail&nbsp;<span class="required"
 aria-hidden="true">*</span></label><input type="text" class="woocommerce-Input woocommerce-Input--text input-text"
 name="username" id="username" autocomplete="username" value="" required aria-required="true"></p>
<p class="woocommerce-form-row form-row"><label for="password">Mot de passe&nbsp;<span class="required"
 aria-hidden="true">*</span></label><input class="woocommerce-Input woocommerce-Input--text input-text"
 type="password" name="password" id="password" autocomplete="current-password" required aria-required="true"></p>
<p class="form-row"><label class="woocommerce-form__label woocommerce-form__label-for-checkbox
 woocommerce-form-login__rememberme"><input class="woocommerce-form__input woocommerce-form__input-checkbox"
 name="rememberme" type="checkbox" id="rememberme" value="forever"> <span>Se souvenir de moi</span></label>
<button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="login"
 value="Se connecter">Se connecter</button></p>
<p class="woocommerce-LostPassword lost_password"><a href="/mon-compte/mot-de-passe-perdu/">Mot de passe perdu
 ?</a></p></form></div>
<div class="u-column2 col-2"><h2 id="creer-un-compte">S’enregistrer</h2>
<form method="post" class="woocommerce-form woocommerce-form-register register" action="/mon-compte/">
<p class="woocommerce-form-row form-row"><label for="reg_email">Adresse e-mail&nbsp;<span class="required"
 aria-hidden="true">*</span></label><input type="email" class="woocommerce-Input woocommerce-Input--text input-text"
 name="email" id="reg_email" autocomplete="email" value="" required aria-required="true"></p>
<p>Un lien permettant de définir un nouveau mot de passe sera envoyé à votre adresse e-mail.</p>
<div class="woocommerce-privacy-policy-text"><p>Vos données personnelles seront utilisées pour vous accompagner au
 cours de votre visite du site web, gérer l’accès à votre compte, et pour d’autres raisons décrites dans notre
 <a href="/politique-de-confidentialite/" class="woocommerce-privacy-policy-link" target="_blank">politique de
 confidentialité</a>.</p></div>
<p class="woocommerce-form-row form-row"><button type="submit" class="woocommerce-Button
 woocommerce-button button woocommerce-form-register__submit" name="register" value="S’enregistrer">
S’enregistrer</button></p></form></div></div>"""
    return simple_page(shop, req, "Mon compte", body)


LEGAL_PAGES = {
    "/conditions-generales-de-vente/": ("Conditions générales de vente",
                                        "<p>Les présentes conditions générales de vente régissent les commandes "
                                        "passées sur le site. Prix en euros TTC. Droit de rétractation de 14 jours "
                                        "(article L221-18 du Code de la consommation).</p>"),
    "/mentions-legales/": ("Mentions légales", "<p>Éditeur du site : SAS au capital de 10&nbsp;000&nbsp;€, RCS "
                                               "Lyon 912 345 678. Hébergeur : OVH SAS, Roubaix.</p>"),
    "/politique-de-confidentialite/": ("Politique de confidentialité",
                                       "<p>Nous collectons les données nécessaires au traitement de vos commandes."
                                       "</p>"),
    "/contact/": ("Contact", "<p>Une question ? Écrivez-nous via le formulaire ou appelez le 01 84 80 12 34 "
                             "(lundi-vendredi, 9h-18h).</p><form class=\"wpcf7-form\" method=\"post\">"
                             "<p><label>Votre e-mail<br><input type=\"email\" name=\"your-email\" "
                             "class=\"input-text\"></label></p><p><label>Votre message<br><textarea "
                             "name=\"your-message\"></textarea></label></p><p><input type=\"submit\" "
                             "value=\"Envoyer\" class=\"wpcf7-submit\"></p></form>"),
    "/faq/": ("Questions fréquentes", "<p>Délais de livraison : 2 à 4 jours ouvrés en Colissimo.</p>"),
}


def register_common_routes(app: kit.ShopApp, shop: WooShop) -> None:
    app.route("GET", "/robots.txt", robots)
    app.route("GET", "/favicon.ico", lambda req: kit.redirect("/wp-includes/images/w-logo-blue-white-bg.svg"))
    app.route("GET", "/wp-includes/images/w-logo-blue-white-bg.svg", lambda req: kit.Response(
        body="<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><circle cx='16' cy='16' r='15' "
             "fill='#3582c4'/></svg>", content_type="image/svg+xml"))
    app.route("GET", "/wp-sitemap.xml", lambda req: sitemap(shop, req))

    def home_route(req: Request) -> Response:
        return add_via_query(shop, req) or home(shop, req)

    app.route("GET", "/", home_route)
    app.route("GET", "/boutique/", lambda req: add_via_query(shop, req) or shop_page(shop, req))
    app.prefix("GET", "/categorie-produit/", lambda req: category_page(shop, req))
    app.prefix("GET", "/produit/", lambda req: product_page(shop, req))
    app.prefix("POST", "/produit/", lambda req: product_page(shop, req))
    for path, (title, body) in LEGAL_PAGES.items():
        app.route("GET", path, lambda req, t=title, b=body: simple_page(shop, req, t, b))
    app.route("GET", "/mon-compte/", lambda req: account_page(shop, req, app))
    app.route("POST", "/mon-compte/", lambda req: account_page(shop, req, app))
    app.route("GET", "/livraison-et-retours/",
              lambda req: simple_page(shop, req, "Livraison et retours", shop.returns_html))


def make_products(specs: list[tuple]) -> list[Product]:
    products = []
    for spec in specs:
        pid, slug, name, cents, sizes, desc = spec
        products.append(Product(id=pid, slug=slug, name=name, price_cents=cents,
                                sizes=[Variant(label, ok) for label, ok in sizes], description=desc))
    return products
