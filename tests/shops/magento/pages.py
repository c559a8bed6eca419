"""HTML of the Magento 2 Luma fixture shop (French locale, ids/classes of the real theme)."""

from __future__ import annotations

import base64
import json
import secrets

from .. import kit

esc = kit.esc
SHOP = "Boutique Océane"
PHONE = "02 40 12 34 56"
FREE_SHIPPING_CENTS = 6000
STATIC = "/static/version1712345678/frontend/Magento/luma/fr_FR/"
SIZE_OPTION_IDS = {"XS": 166, "S": 167, "M": 168, "L": 169, "XL": 170}
LOGO = kit.product_svg("Océane", "#1979c3")
DISABLED_ARIA = ' aria-disabled="true"'


def _sizes(*sold_out: str) -> list[kit.Variant]:
    return [kit.Variant(s, s not in sold_out) for s in ("XS", "S", "M", "L", "XL")]


PRODUCTS = [
    kit.Product(1, "sweat-capuche-juliette", "Sweat à capuche Juliette", 5900, sizes=_sizes("M"),
                description="Sweat à capuche en molleton de coton bio, poche kangourou, cordons plats."),
    kit.Product(2, "tee-shirt-marin-lou", "Tee-shirt marinière Lou", 2990, sizes=_sizes("XS"),
                description="Marinière en jersey de coton, rayures tissées, coupe ajustée."),
    kit.Product(3, "debardeur-sport-lea", "Débardeur de sport Léa", 2490, sizes=_sizes(),
                description="Débardeur respirant à séchage rapide, dos nageur."),
    kit.Product(4, "veste-coupe-vent-erwan", "Veste coupe-vent Erwan", 8900, sizes=_sizes("XL"),
                description="Veste déperlante et compressible, capuche réglable."),
    kit.Product(5, "gourde-isotherme-bretagne", "Gourde isotherme Bretagne", 2200,
                description="Gourde en inox double paroi 500 ml, garde le froid 24 h."),
    kit.Product(6, "sac-de-sport-glenan", "Sac de sport Glénan", 4500,
                description="Sac polochon 35 L en toile enduite, bandoulière amovible."),
]
CATEGORY_OF = {1: "femmes/hauts", 2: "femmes/hauts", 3: "femmes/hauts", 4: "hommes/vestes", 5: "equipement/accessoires",
               6: "equipement/accessoires"}
COLORS = {1: "#c8d9e6", 2: "#e8eef5", 3: "#d6e8d0", 4: "#9fb3c8", 5: "#d9d9d9", 6: "#c4b59d"}
CATEGORIES = {
    "femmes": ("Femmes", [1, 2, 3]),
    "femmes/hauts": ("Hauts", [1, 2, 3]),
    "hommes": ("Hommes", [4]),
    "hommes/vestes": ("Vestes", [4]),
    "equipement": ("Équipement", [5, 6]),
    "equipement/accessoires": ("Accessoires", [5, 6]),
    "promotions": ("Promotions", [2, 6]),
}
MENU = [("femmes", "Femmes", [("femmes/hauts", "Hauts")]), ("hommes", "Hommes", [("hommes/vestes", "Vestes")]),
        ("equipement", "Équipement", [("equipement/accessoires", "Accessoires")]), ("promotions", "Promotions", [])]

CARRIERS = [
    {"carrier_code": "colissimo", "method_code": "domicile", "carrier_title": "Colissimo",
     "method_title": "Livraison à domicile en 48h", "price_cents": 590, "free_over": FREE_SHIPPING_CENTS},
    {"carrier_code": "mondialrelay", "method_code": "pickup", "carrier_title": "Mondial Relay",
     "method_title": "Livraison en Point Relais® (3 à 5 jours)", "price_cents": 390, "free_over": FREE_SHIPPING_CENTS},
    {"carrier_code": "chronopost", "method_code": "chrono13", "carrier_title": "Chronopost",
     "method_title": "Livraison express avant 13h", "price_cents": 1290, "free_over": None},
]
PAYMENT_METHODS = [
    {"code": "adyen_cc", "title": "Carte bancaire"},
    {"code": "paypal_express", "title": "PayPal"},
    {"code": "floa_payment", "title": "Payer en 3 ou 4 fois avec Floa"},
    {"code": "banktransfer", "title": "Virement bancaire"},
]


def shipping_cost(carrier: dict, subtotal: int) -> int:
    if carrier["free_over"] is not None and subtotal >= carrier["free_over"]:
        return 0
    return carrier["price_cents"]


def product_by_key(key: str) -> kit.Product | None:
    return next((p for p in PRODUCTS if p.slug == key), None)


def line_view(line: dict) -> dict:
    p = next(p for p in PRODUCTS if p.id == line["pid"])
    return {"item_id": line["item_id"], "name": p.name, "url": f"/{p.slug}.html", "price": p.price,
            "qty": line["qty"], "size": line["size"], "image": kit.product_svg(p.name, COLORS[p.id]),
            "row_total_cents": p.price_cents * line["qty"], "row_total": kit.euros(p.price_cents * line["qty"])}


def totals(session: dict) -> dict:
    lines = [line_view(ln) for ln in session["cart"]]
    subtotal = sum(ln["row_total_cents"] for ln in lines)
    code = (session.get("mg_checkout") or {}).get("carrier")
    carrier = next((c for c in CARRIERS if f'{c["carrier_code"]}_{c["method_code"]}' == code), None)
    ship = shipping_cost(carrier, subtotal) if carrier else 0
    return {"subtotal": subtotal / 100, "shipping_amount": ship / 100, "grand_total": (subtotal + ship) / 100,
            "items_qty": sum(ln["qty"] for ln in lines), "quote_currency_code": "EUR",
            "total_segments": [
                {"code": "subtotal", "title": "Sous-total du panier", "value": subtotal / 100},
                {"code": "shipping", "title": f"Livraison ({carrier['carrier_title']} - {carrier['method_title']})" if carrier else "Livraison", "value": ship / 100},
                {"code": "grand_total", "title": "Total de la commande", "value": (subtotal + ship) / 100}]}


# --------------------------------------------------------------------------- layout
def _head(title: str, extra: str = "") -> str:
    return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="title" content="{esc(title)}">
<meta name="robots" content="INDEX,FOLLOW">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" media="all" href="{STATIC}css/styles-m.css">
<script id="Cookiebot" src="{STATIC}Cookiebot/uc.js" data-cbid="7e3b1c2a-5d4f-4e6a-9b8c-0a1b2c3d4e5f" data-blockingmode="auto" type="text/javascript"></script>
<script>window.checkout = {{"baseUrl": "/", "checkoutUrl": "/checkout/", "shoppingCartUrl": "/checkout/cart/", "customerLoginUrl": "/customer/account/login/", "isRedirectRequired": false}};
window.FORM_KEY = "{secrets.token_hex(8)}";</script>
{extra}
</head>
"""


def _minicart() -> str:
    return """
<div data-block="minicart" class="minicart-wrapper">
  <a class="action showcart" href="/checkout/cart/" data-bind="scope: 'minicart_content'">
    <span class="text">Mon panier</span>
    <span class="counter qty empty">
      <span class="counter-number">0</span>
      <span class="counter-label"></span>
    </span>
  </a>
  <div class="block block-minicart" data-role="dropdownDialog" style="display:none">
    <div id="minicart-content-wrapper" data-bind="scope: 'minicart_content'">
      <div class="block-title"><strong><span class="text">Mon panier</span></strong></div>
      <div class="block-content">
        <button type="button" id="btn-minicart-close" class="action close" title="Fermer"><span>Fermer</span></button>
        <strong class="subtitle empty">Vous n'avez pas d'articles dans votre panier.</strong>
        <div class="items-total" style="display:none"><span class="count">0</span> <span>Article(s)</span></div>
        <div class="subtotal" style="display:none"><span class="label"><span>Sous-total du panier</span></span>
          <div class="amount price-container"><span class="price-wrapper"><span class="price">0,00 €</span></span></div></div>
        <div class="actions" style="display:none"><div class="primary">
          <button id="top-cart-btn-checkout" type="button" class="action primary checkout" title="Passer la commande">Passer la commande</button>
        </div></div>
        <strong class="subtitle" style="display:none">Articles récemment ajoutés</strong>
        <div data-action="scroll" class="minicart-items-wrapper"><ol id="mini-cart" class="minicart-items" data-role="product-item"></ol></div>
        <div class="actions"><div class="secondary"><a class="action viewcart" href="/checkout/cart/"><span>Voir et modifier le panier</span></a></div></div>
      </div>
    </div>
  </div>
</div>"""


def _header(checkout: bool = False) -> str:
    if checkout:
        return f"""
<header class="page-header">
  <div class="header content">
    <a class="logo" href="/" title="{SHOP}" aria-label="page d'accueil de la boutique"><img src="{LOGO}" title="{SHOP}" alt="{SHOP}" width="148" height="43"></a>
  </div>
</header>"""
    nav = []
    for slug, name, children in MENU:
        sub = ""
        if children:
            sub = '<ul class="level0 submenu">' + "".join(
                f'<li class="level1 nav-1-1 category-item"><a href="/{c}.html"><span>{esc(n)}</span></a></li>' for c, n in children) + "</ul>"
        nav.append(f'<li class="level0 nav-{len(nav) + 1} category-item level-top{" parent" if children else ""}">'
                   f'<a href="/{slug}.html" class="level-top"><span>{esc(name)}</span></a>{sub}</li>')
    return f"""
<div class="page-wrapper">
<header class="page-header">
  <div class="panel wrapper">
    <div class="panel header">
      <a class="action skip contentarea" href="#contentarea"><span>Allez au contenu</span></a>
      <ul class="header links">
        <li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Livraison offerte dès 60 € !</span></li>
        <li class="authorization-link" data-label="ou"><a href="/customer/account/login/">Se connecter</a></li>
        <li><a href="/customer/account/create/">Créer un compte</a></li>
      </ul>
    </div>
  </div>
  <div class="header content">
    <span data-action="toggle-nav" class="action nav-toggle" role="button" tabindex="0" aria-label="Menu"><span>Basculer la navigation</span></span>
    <a class="logo" href="/" title="{SHOP}" aria-label="page d'accueil de la boutique"><img src="{LOGO}" title="{SHOP}" alt="{SHOP}" width="148" height="43"></a>
    {_minicart()}
    <div class="block block-search">
      <div class="block block-title"><strong>Rechercher</strong></div>
      <div class="block block-content">
        <form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get">
          <div class="field search">
            <label class="label" for="search" data-role="minisearch-label"><span>Rechercher</span></label>
            <div class="control"><input id="search" type="text" name="q" value="" placeholder="Rechercher dans toute la boutique ici..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"></div>
          </div>
          <div class="actions"><button type="submit" title="Rechercher" class="action search" aria-label="Rechercher"><span>Rechercher</span></button></div>
        </form>
      </div>
    </div>
  </div>
</header>
<div class="sections nav-sections">
  <div class="section-items nav-sections-items" data-mage-init='{{"tabs":{{"openedState":"active"}}}}'>
    <div class="section-item-title nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div>
    <div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content">
      <nav class="navigation" data-action="navigation"><ul data-mage-init='{{"menu":{{"responsive":true, "expanded":true, "position":{{"my":"left top","at":"left bottom"}}}}}}'>{''.join(nav)}</ul></nav>
    </div>
    <div class="section-item-title nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch" href="#store.links">Compte</a></div>
    <div class="section-item-content nav-sections-item-content" id="store.links" data-role="content">
      <ul class="header links"><li><a href="/customer/account/login/">Se connecter</a></li><li><a href="/customer/account/create/">Créer un compte</a></li></ul>
    </div>
  </div>
</div>"""


def _footer() -> str:
    return f"""
<div class="page-footer">
  <div class="footer content">
    <ul class="footer-reassurance">
      <li>Livraison offerte dès 60 €</li>
      <li>Retours sous 14 jours</li>
      <li>Paiement sécurisé, 3x ou 4x avec Floa</li>
      <li>Service client : {PHONE}</li>
    </ul>
    <div class="block newsletter">
      <div class="title"><strong>Newsletter</strong></div>
      <div class="content">
        <form class="form subscribe" novalidate action="/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail">
          <div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Inscrivez-vous à notre newsletter :</span>
            <input name="email" type="email" id="newsletter" placeholder="Saisissez votre adresse e-mail" autocomplete="email"></label></div></div>
          <div class="actions"><button class="action subscribe primary" title="S'abonner" type="submit"><span>S'abonner</span></button></div>
        </form>
      </div>
    </div>
    <ul class="footer links">
      <li class="nav item"><a href="/livraison-et-retours">Livraison et retours</a></li>
      <li class="nav item"><a href="/conditions-generales-de-vente">Conditions générales de vente</a></li>
      <li class="nav item"><a href="/mentions-legales">Mentions légales</a></li>
      <li class="nav item"><a href="/privacy-policy-cookie-restriction-mode">Politique de confidentialité et de cookies</a></li>
      <li class="nav item"><a href="/contact/">Contactez-nous</a></li>
      <li class="nav item"><a href="/catalogsearch/advanced/" data-action="advanced-search">Recherche avancée</a></li>
    </ul>
  </div>
</div>
<small class="copyright"><span>Copyright © 2013-présent {SHOP}. Tous droits réservés. Service client : {PHONE}</span></small>"""


def layout(req: kit.Request, title: str, body_class: str, content: str, extra_head: str = "",
           page_title: str = "") -> str:
    heading = (f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">{esc(page_title)}</span></h1></div>'
               if page_title else "")
    return (_head(title, extra_head)
            + f'<body data-container="body" class="{body_class} page-layout-1column">\n'
            + _header()
            + '<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>'
            + '<div class="page messages"><div data-placeholder="messages"></div>'
            + '<div data-bind="scope: \'messages\'"><div role="alert" class="messages"></div></div></div>'
            + f'{heading}<div class="columns"><div class="column main">{content}</div></div></main>'
            + _footer() + '</div>\n'
            + f'<script src="{STATIC}js/luma.js"></script>\n</body></html>')


# --------------------------------------------------------------------------- catalogue
def _item(p: kit.Product) -> str:
    return f"""
<li class="item product product-item">
  <div class="product-item-info" id="product-item-info_{p.id}" data-container="product-grid">
    <a href="/{p.slug}.html" class="product photo product-item-photo" tabindex="-1">
      <span class="product-image-container product-image-container-{p.id}" style="width:240px;"><span class="product-image-wrapper">
        <img class="product-image-photo" src="{kit.product_svg(p.name, COLORS[p.id])}" loading="lazy" width="240" height="300" alt="{esc(p.name)}"></span></span>
    </a>
    <div class="product details product-item-details">
      <strong class="product name product-item-name"><a class="product-item-link" href="/{p.slug}.html">{esc(p.name)}</a></strong>
      <div class="price-box price-final_price" data-role="priceBox" data-product-id="{p.id}" data-price-box="product-id-{p.id}">
        <span class="price-container price-final_price tax weee"><span id="product-price-{p.id}" data-price-amount="{p.price_cents / 100}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{p.price}</span></span></span>
      </div>
      {'<div class="swatch-attribute-options clearfix">' + ''.join(f'<div class="swatch-option text{"" if v.in_stock else " disabled"}" data-option-label="{v.label}">{v.label}</div>' for v in p.sizes) + '</div>' if p.sizes else ''}
    </div>
  </div>
</li>"""


def _grid(products: list[kit.Product]) -> str:
    return ('<div class="products wrapper grid products-grid"><ol class="products list items product-items">'
            + "".join(_item(p) for p in products) + '</ol></div>')


def home_page(req: kit.Request) -> str:
    content = f"""
<div class="blocks-promo">
  <a class="block-promo home-main" href="/femmes/hauts.html">
    <img src="{kit.product_svg('Collection été', '#bcd7ea')}" alt="Nouvelle collection" width="1000" height="300">
    <span class="content bg-white"><span class="info">La nouvelle collection est arrivée</span><strong class="title">Hauts femme</strong>
    <span class="action more button">Découvrir</span></span>
  </a>
</div>
<div class="content-heading"><h2 class="title">Nouveautés</h2><p class="info">Livraison offerte dès 60 € d'achat – paiement en 3 ou 4 fois avec Floa</p></div>
<div class="block widget block-products-list grid"><div class="block-content">{_grid(PRODUCTS)}</div></div>"""
    return layout(req, f"Accueil – {SHOP}", "cms-home cms-index-index", content)


def category_page(req: kit.Request, key: str) -> str | None:
    if key not in CATEGORIES:
        return None
    name, ids = CATEGORIES[key]
    products = [p for p in PRODUCTS if p.id in ids]
    crumbs = '<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Aller à la page d\'accueil">Accueil</a></li>'
    if "/" in key:
        parent = key.split("/")[0]
        crumbs += f'<li class="item category"><a href="/{parent}.html">{esc(CATEGORIES[parent][0])}</a></li>'
    crumbs += f'<li class="item category"><strong>{esc(name)}</strong></li></ul></div>'
    content = f"""{crumbs}
<div class="toolbar toolbar-products"><p class="toolbar-amount" id="toolbar-amount"><span class="toolbar-number">{len(products)}</span> article(s)</p></div>
{_grid(products)}"""
    return layout(req, f"{name} – {SHOP}", "page-products categorypath-" + key.replace("/", "-") + " catalog-category-view", content,
                  page_title=name)


def search_page(req: kit.Request, q: str) -> str:
    products = [p for p in PRODUCTS if q.lower() in p.name.lower()] if q else []
    content = _grid(products) if products else '<div class="message notice"><div>Votre recherche n\'a donné aucun résultat.</div></div>'
    return layout(req, f"Résultats de recherche pour : '{q}'", "catalogsearch-result-index page-products", content,
                  page_title=f"Résultats de recherche pour : '{q}'")


def product_page(req: kit.Request, p: kit.Product) -> str:
    host = "http://" + req.headers.get("host", "127.0.0.1")
    available = not p.sizes or any(v.in_stock for v in p.sizes)
    ld = {"@context": "https://schema.org", "@type": "Product", "name": p.name, "sku": f"OC-{p.id:03d}",
          "description": p.description, "image": f"{host}/media/catalog/product/{p.slug}.jpg",
          "brand": {"@type": "Brand", "name": SHOP},
          "offers": {"@type": "Offer", "price": f"{p.price_cents / 100:.2f}", "priceCurrency": "EUR", "url": f"{host}/{p.slug}.html",
                     "availability": "https://schema.org/InStock" if available else "https://schema.org/OutOfStock"}}
    uenc = base64.urlsafe_b64encode(f"{host}/{p.slug}.html".encode()).decode().replace("=", "~")
    action = f"/checkout/cart/add/uenc/{uenc}/product/{p.id}/"
    config = {"attributes": {"144": {"id": "144", "code": "size", "label": "Taille", "options": [
        {"id": str(SIZE_OPTION_IDS[v.label]), "label": v.label, "products": [str(p.id * 100 + SIZE_OPTION_IDS[v.label])] if v.in_stock else []}
        for v in p.sizes]}}} if p.sizes else {}
    swatches = ""
    if p.sizes:
        options = "".join(
            f'<div class="swatch-option text{"" if v.in_stock else " disabled"}" id="option-label-size-144-item-{SIZE_OPTION_IDS[v.label]}" '
            f'index="{i}" aria-checked="false" aria-describedby="option-label-size-144" tabindex="0" data-option-type="0" '
            f'data-option-id="{SIZE_OPTION_IDS[v.label]}" data-option-label="{v.label}" aria-label="{v.label}" role="option" '
            f'data-thumb-width="110" data-thumb-height="90" data-option-tooltip-value="{v.label}"'
            f'{"" if v.in_stock else DISABLED_ARIA}>{v.label}</div>'
            for i, v in enumerate(p.sizes))
        swatches = f"""
<div class="swatch-opt-{p.id}" data-role="swatch-options">
  <div class="swatch-attribute size" data-attribute-code="size" data-attribute-id="144">
    <span id="option-label-size-144" class="swatch-attribute-label">Taille</span>
    <span class="swatch-attribute-selected-option"></span>
    <div aria-activedescendant="" tabindex="0" aria-invalid="false" aria-required="true" role="listbox" aria-labelledby="option-label-size-144" class="swatch-attribute-options clearfix">{options}</div>
    <input class="swatch-input super-attribute-select" name="super_attribute[144]" type="text" value="" data-selector="super_attribute[144]" data-validate="{{required: true}}" aria-required="true" aria-invalid="false" style="visibility:hidden;position:absolute;left:-1000px">
  </div>
</div>"""
    content = f"""
<div class="product-info-main">
  <div class="page-title-wrapper product"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" itemprop="name">{esc(p.name)}</span></h1></div>
  <div class="product-info-price">
    <div class="price-box price-final_price" data-role="priceBox" data-product-id="{p.id}" data-price-box="product-id-{p.id}">
      <span class="price-container price-final_price tax weee"><span id="product-price-{p.id}" data-price-amount="{p.price_cents / 100}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{p.price}</span></span></span>
    </div>
    <div class="product-info-stock-sku">
      <div class="stock {'available' if available else 'unavailable'}" title="Disponibilité"><span>{'En stock' if available else 'En rupture de stock'}</span></div>
      <div class="product attribute sku"><strong class="type">UGS</strong><div class="value" itemprop="sku">OC-{p.id:03d}</div></div>
    </div>
  </div>
  <div class="floa-product-banner" data-amount="{p.price_cents / 100}">Payez en <strong>3 ou 4 fois</strong> par carte bancaire avec <span class="floa-logo">FLOA</span></div>
  <div class="product-add-form">
    <form data-product-sku="OC-{p.id:03d}" action="{action}" method="post" id="product_addtocart_form" novalidate="novalidate">
      <input type="hidden" name="product" value="{p.id}">
      <input type="hidden" name="selected_configurable_option" value="">
      <input type="hidden" name="related_product" id="related-products-field" value="">
      <input type="hidden" name="item" value="{p.id}">
      <input name="form_key" type="hidden" value="{secrets.token_hex(8)}">
      <div class="product-options-wrapper" id="product-options-wrapper" data-hasrequired="* Champs obligatoires">
        <div class="fieldset" tabindex="0">{swatches}</div>
      </div>
      <div class="product-options-bottom">
        <div class="box-tocart"><div class="fieldset">
          <div class="field qty"><label class="label" for="qty"><span>Qté</span></label>
            <div class="control"><input type="number" name="qty" id="qty" min="0" value="1" title="Qté" class="input-text qty" data-validate="{{&quot;required-number&quot;:true,&quot;validate-item-quantity&quot;:{{&quot;maxAllowed&quot;:10000}}}}"></div></div>
          <div class="actions">
            <button type="submit" title="Ajouter au panier" class="action primary tocart" id="product-addtocart-button"{'' if available else ' disabled'}><span>Ajouter au panier</span></button>
          </div>
        </div></div>
      </div>
      <script type="text/x-magento-init">{json.dumps({"#product_addtocart_form": {"configurable": {"spConfig": config}}})}</script>
    </form>
  </div>
  <div class="product-social-links"><div class="product-addto-links" data-role="add-to-links"><a href="#" class="action towishlist" data-action="add-to-wishlist"><span>Ajouter à la liste d'envies</span></a></div></div>
  <div class="product-reassurance"><ul><li>Livraison offerte dès 60 €</li><li>Retours sous 14 jours (frais de retour à votre charge)</li><li>Paiement sécurisé</li></ul></div>
</div>
<div class="product media"><div class="gallery-placeholder _block-content-loading" data-gallery-role="gallery-placeholder">
  <img alt="{esc(p.name)}" class="gallery-placeholder__image" src="{kit.product_svg(p.name, COLORS[p.id])}" width="700" height="700"></div></div>
<div class="product info detailed"><div class="product data items" data-mage-init='{{"tabs":{{"openedState":"active"}}}}'>
  <div class="data item title active" data-role="collapsible" id="tab-label-description"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#description" id="tab-label-description-title">Détails</a></div>
  <div class="data item content" aria-labelledby="tab-label-description-title" id="description" data-role="content">
    <div class="product attribute description"><div class="value">{esc(p.description)}</div></div></div>
</div></div>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
    return layout(req, f"{p.name} – {SHOP}", "catalog-product-view product-" + p.slug + (" page-product-configurable" if p.sizes else ""),
                  content)


# --------------------------------------------------------------------------- cart
def cart_page(req: kit.Request) -> str:
    lines = [line_view(ln) for ln in req.session["cart"]]
    if not lines:
        content = ('<div class="cart-empty"><p>Vous n\'avez pas d\'articles dans votre panier.</p>'
                   '<p>Cliquez <a href="/">ici</a> pour continuer vos achats.</p></div>')
        return layout(req, "Panier", "checkout-cart-index", content, page_title="Panier")
    subtotal = sum(ln["row_total_cents"] for ln in lines)
    estimate = shipping_cost(CARRIERS[0], subtotal)
    rows = "".join(f"""
<tbody class="cart item">
  <tr class="item-info">
    <td data-th="Article" class="col item">
      <a href="{ln['url']}" title="{esc(ln['name'])}" tabindex="-1" class="product-item-photo"><span class="product-image-container"><img class="product-image-photo" src="{ln['image']}" width="110" height="110" alt="{esc(ln['name'])}"></span></a>
      <div class="product-item-details"><strong class="product-item-name"><a href="{ln['url']}">{esc(ln['name'])}</a></strong>
        {f'<dl class="item-options"><dt>Taille</dt><dd>{ln["size"]}</dd></dl>' if ln['size'] else ''}</div>
    </td>
    <td class="col price" data-th="Prix"><span class="price-excluding-tax" data-label="TTC"><span class="cart-price"><span class="price">{ln['price']}</span></span></span></td>
    <td class="col qty" data-th="Qté"><div class="field qty"><div class="control qty"><label for="cart-{ln['item_id']}-qty"><span class="label">Qté</span>
      <input id="cart-{ln['item_id']}-qty" name="cart[{ln['item_id']}][qty]" data-cart-item-id="OC" value="{ln['qty']}" type="number" size="4" step="any" title="Qté" class="input-text qty" data-role="cart-item-qty"></label></div></div></td>
    <td class="col subtotal" data-th="Sous-total"><span class="price-excluding-tax" data-label="TTC"><span class="cart-price"><span class="price">{ln['row_total']}</span></span></span></td>
  </tr>
  <tr class="item-actions"><td colspan="4"><div class="actions-toolbar">
    <a class="action action-edit" href="{ln['url']}" title="Modifier les paramètres de l'article"><span>Modifier</span></a>
    <a href="#" title="Supprimer l'article" class="action action-delete" data-post='{json.dumps({"action": "/checkout/cart/delete/", "data": {"id": str(ln["item_id"])}})}'><span>Supprimer l'article</span></a>
  </div></td></tr>
</tbody>""" for ln in lines)
    content = f"""
<div class="cart-container">
  <div class="cart-summary" role="complementary">
    <strong class="summary title">Récapitulatif</strong>
    <div id="block-shipping" class="block shipping" data-collapsible="true" role="tablist">
      <div class="title" data-role="title" role="tab" aria-expanded="false" tabindex="0"><strong id="block-shipping-heading" role="heading" aria-level="2">Estimer les frais d'expédition et les taxes</strong></div>
      <div id="block-summary" data-role="content" role="tabpanel" aria-hidden="true" style="display:none">
        <p class="field note">Saisissez votre destination pour obtenir une estimation des frais de livraison.</p>
      </div>
    </div>
    <div id="cart-totals" class="cart-totals" data-bind="scope:'block-totals'">
      <div class="table-wrapper"><table class="data table totals"><caption class="table-caption">Total</caption><tbody>
        <tr class="totals sub"><th class="mark" scope="row">Sous-total</th><td class="amount"><span class="price" data-th="Sous-total">{kit.euros(subtotal)}</span></td></tr>
        <tr class="totals shipping excl"><th class="mark" scope="row"><span class="label">Expédition</span><span class="value">Colissimo - Livraison à domicile en 48h (estimation)</span></th>
          <td class="amount"><span class="price" data-th="Expédition">{'Gratuit' if estimate == 0 else kit.euros(estimate)}</span></td></tr>
        <tr class="grand totals"><th class="mark" scope="row"><strong>Total de la commande</strong></th><td class="amount" data-th="Total de la commande"><strong><span class="price">{kit.euros(subtotal + estimate)}</span></strong></td></tr>
      </tbody></table></div>
    </div>
    <p class="free-shipping-note">Livraison offerte dès 60 € d'achat.{'' if subtotal >= FREE_SHIPPING_CENTS else ' Plus que ' + kit.euros(FREE_SHIPPING_CENTS - subtotal) + ' !'}</p>
    <ul class="checkout methods items checkout-methods-items">
      <li class="item"><button type="button" data-role="proceed-to-checkout" title="Passer la commande" class="action primary checkout"><span>Passer la commande</span></button></li>
      <li class="item"><a class="action multicheckout" href="/multishipping/checkout/"><span>Commander avec plusieurs adresses</span></a></li>
    </ul>
  </div>
  <form action="/checkout/cart/updatePost/" method="post" id="form-validate" class="form form-cart">
    <div class="cart table-wrapper">
      <table id="shopping-cart-table" class="cart items data table">
        <caption class="table-caption">Article du panier d'achat</caption>
        <thead><tr><th class="col item" scope="col"><span>Article</span></th><th class="col price" scope="col"><span>Prix</span></th><th class="col qty" scope="col"><span>Qté</span></th><th class="col subtotal" scope="col"><span>Sous-total</span></th></tr></thead>
        {rows}
      </table>
    </div>
    <div class="cart main actions">
      <a class="action continue" href="/" title="Continuer vos achats"><span>Continuer vos achats</span></a>
      <button type="submit" name="update_cart_action" value="update_qty" title="Mettre à jour le panier" class="action update"><span>Mettre à jour le panier</span></button>
    </div>
  </form>
  <div class="cart-discount"><div class="block discount" id="block-discount"><div class="title" tabindex="0"><strong id="block-discount-heading">Appliquer le code de réduction</strong></div></div></div>
</div>"""
    return layout(req, "Panier", "checkout-cart-index", content, page_title="Panier")


# --------------------------------------------------------------------------- checkout
def checkout_page(req: kit.Request, masked: str) -> str:
    lines = [line_view(ln) for ln in req.session["cart"]]
    config = {"quoteData": {"entity_id": masked, "items_qty": sum(ln["qty"] for ln in lines)},
              "isCustomerLoggedIn": False, "isGuestCheckoutAllowed": True, "storeCode": "default",
              "defaultCountryId": "FR", "freeShippingThreshold": FREE_SHIPPING_CENTS / 100,
              "quoteItemData": [{"item_id": ln["item_id"], "name": ln["name"], "qty": ln["qty"], "price": ln["price"],
                                 "row_total": ln["row_total"], "size": ln["size"], "image": ln["image"]} for ln in lines]}
    return (_head(f"Paiement – {SHOP}")
            + '<body data-container="body" class="checkout-index-index page-layout-checkout">\n'
            + kit.FINAL_BUTTON_SPY
            + '<div class="page-wrapper">' + _header(checkout=True)
            + '<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>'
            + '<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">Paiement</span></h1></div>'
            + '<div class="page messages"><div data-placeholder="messages"></div></div>'
            + '<div class="columns"><div class="column main">'
            + '<div id="checkout" data-bind="scope:\'checkout\'" class="checkout-container">'
            + f'<div id="checkout-loader" data-role="checkout-loader" class="loading-mask" data-mage-init=\'{{"checkoutLoader": {{}}}}\'><div class="loader"><img src="{kit.product_svg("…", "#ffffff")}" alt="Chargement..." width="64" height="64"></div></div>'
            + '</div>'
            + f'<script>window.checkoutConfig = {json.dumps(config, ensure_ascii=False)};</script>'
            + '</div></div></main>'
            + f'<small class="copyright"><span>Copyright © 2013-présent {SHOP}. Tous droits réservés.</span></small></div>\n'
            + f'<script src="{STATIC}js/checkout.js"></script>\n</body></html>')


# --------------------------------------------------------------------------- CMS
CMS = {
    "livraison-et-retours": ("Livraison et retours", f"""
<h2>Livraison</h2>
<p>Livraison offerte dès 60 € d'achat en France métropolitaine (Colissimo et Mondial Relay). Colissimo à domicile en 48h : 5,90 € ; Mondial Relay : 3,90 € ; Chronopost avant 13h : 12,90 €.</p>
<h2>Retours</h2>
<p>Vous disposez de <strong>14 jours</strong> à compter de la réception de votre commande pour exercer votre droit de rétractation et nous retourner un article.</p>
<p><strong>Les frais de retour sont à la charge du client.</strong> Les articles doivent être renvoyés neufs, dans leur emballage d'origine, à l'adresse : {SHOP} – Service retours, 4 quai de la Fosse, 44000 Nantes.</p>
<p>Le remboursement intervient dans les 14 jours suivant la réception du retour.</p>"""),
    "conditions-generales-de-vente": ("Conditions générales de vente", "<p>Article 1 – Champ d'application. Article 9 – Droit de rétractation : 14 jours, frais de retour à la charge du client.</p>"),
    "mentions-legales": ("Mentions légales", f"<p>{SHOP} SAS, 4 quai de la Fosse, 44000 Nantes – RCS Nantes 823 456 789 – Téléphone : {PHONE}.</p>"),
    "privacy-policy-cookie-restriction-mode": ("Politique de confidentialité", "<p>Nous utilisons Cookiebot pour recueillir votre consentement.</p>"),
    "contact": ("Contactez-nous", f"<p>Par téléphone au {PHONE} du lundi au vendredi de 9h à 18h.</p>"),
    "customer/account": ("Mon compte", "<p>Bienvenue dans votre espace client.</p>"),
    "login": ("Identification client", """<div class="login-container"><div class="block block-customer-login"><div class="block-title"><strong id="block-customer-login-heading">Clients enregistrés</strong></div>
<form class="form form-login" action="/customer/account/loginPost/" method="post" id="login-form"><fieldset class="fieldset login">
<div class="field email required"><label class="label" for="email"><span>Adresse e-mail</span></label><div class="control"><input name="login[username]" autocomplete="email" id="email" type="email" class="input-text" title="Adresse e-mail"></div></div>
<div class="field password required"><label for="pass" class="label"><span>Mot de passe</span></label><div class="control"><input name="login[password]" type="password" autocomplete="current-password" class="input-text" id="pass" title="Mot de passe"></div></div>
<div class="actions-toolbar"><div class="primary"><button type="submit" class="action login primary" name="send" id="send2"><span>Connexion</span></button></div></div></fieldset></form></div>
<div class="block block-new-customer"><div class="block-title"><strong>Nouveaux clients</strong></div><div class="block-content"><p>La création d'un compte possède de nombreux avantages.</p><a href="/customer/account/create/" class="action create primary"><span>Créer un compte</span></a></div></div></div>"""),
    "create": ("Créer un nouveau compte client", """<form class="form create account form-create-account" action="/customer/account/createpost/" method="post" id="form-validate">
<fieldset class="fieldset create info"><legend class="legend"><span>Informations personnelles</span></legend>
<div class="field field-name-firstname required"><label class="label" for="firstname"><span>Prénom</span></label><div class="control"><input type="text" id="firstname" name="firstname" autocomplete="given-name" class="input-text"></div></div>
<div class="field field-name-lastname required"><label class="label" for="lastname"><span>Nom</span></label><div class="control"><input type="text" id="lastname" name="lastname" autocomplete="family-name" class="input-text"></div></div></fieldset>
<fieldset class="fieldset create account"><legend class="legend"><span>Informations de connexion</span></legend>
<div class="field required"><label for="email_address" class="label"><span>E-mail</span></label><div class="control"><input type="email" name="email" autocomplete="email" id="email_address" class="input-text"></div></div>
<div class="field password required"><label for="password" class="label"><span>Mot de passe</span></label><div class="control"><input type="password" name="password" id="password" autocomplete="new-password" class="input-text"></div></div></fieldset>
<div class="actions-toolbar"><div class="primary"><button type="submit" class="action submit primary" title="Créer un compte"><span>Créer un compte</span></button></div></div></form>"""),
    "success": ("Merci pour votre achat !", "<p>Votre numéro de commande est : 000000042.</p>"),
    "404": ("Oups, notre erreur...", "<p>Désolé, la page que vous avez demandée est introuvable.</p>"),
}


def cms_page(req: kit.Request, slug: str) -> str | None:
    if slug not in CMS:
        return None
    title, body = CMS[slug]
    return layout(req, f"{title} – {SHOP}", f"cms-{slug.replace('/', '-')} cms-page-view", f'<div class="cms-content">{body}</div>',
                  page_title=title)
