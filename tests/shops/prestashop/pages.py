"""HTML of the PrestaShop 8 classic-theme fixture shop (French, ids/classes of the real theme)."""

from __future__ import annotations

import json
import secrets

from .. import kit
from .catalog import (
    CARRIER_BY_ID,
    CARRIERS,
    CATEGORIES,
    CATEGORY_BY_SLUG,
    DEFAULT_CARRIER,
    FREE_SHIPPING_CENTS,
    PHONE,
    PRODUCT_BY_ID,
    PRODUCTS,
    SHOP_NAME,
    SIZE_IDS,
    PsProduct,
)

esc = kit.esc
STATIC_TOKEN = "6b0e3f2f1c0d9a8e7b6c5d4e3f2a1b0c"

CHECK = "&#xE5CA;"  # material-icons "check"
LOGO_SVG = kit.product_svg(SHOP_NAME, "#ffffff")


def _img(product: PsProduct, size: int = 250) -> str:
    return kit.product_svg(product.product.name, product.color)


def _subtotal(cart: list[dict]) -> int:
    return sum(PRODUCT_BY_ID[ln["pid"]].product.price_cents * ln["qty"] for ln in cart)


def _count(cart: list[dict]) -> int:
    return sum(ln["qty"] for ln in cart)


def _articles(n: int) -> str:
    return f"{n} article" + ("s" if n > 1 else "")


# --------------------------------------------------------------------------- layout
def _head(title: str, page_name: str, extra_head: str = "") -> str:
    prestashop_js = json.dumps({
        "page": {"page_name": page_name, "meta": {"title": title}},
        "urls": {"base_url": "/", "pages": {"cart": "/panier", "order": "/commande", "product": "/index.php?controller=product",
                                            "authentication": "/connexion", "search": "/recherche"}},
        "static_token": STATIC_TOKEN,
        "currency": {"iso_code": "EUR", "sign": "€"},
        "language": {"iso_code": "fr", "locale": "fr-FR"},
        "modules": {"ps_shoppingcart": {"ajax_url": "/module/ps_shoppingcart/ajax"}},
    }, ensure_ascii=False)
    return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{esc(title)}</title>
<meta name="description" content="Boutique en ligne {SHOP_NAME} : vêtements et objets imprimés à Lyon">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/vnd.microsoft.icon" href="/favicon.ico">
<link rel="stylesheet" href="/themes/classic/assets/css/theme.css" type="text/css" media="all">
<script>var prestashop = {prestashop_js};</script>
<script src="/modules/tarteaucitronjs/js/tarteaucitron/tarteaucitron.js"></script>
{extra_head}
</head>
"""


def _blockcart(req: kit.Request) -> str:
    n = _count(req.session["cart"])
    inner = (f'<i class="material-icons shopping-cart" aria-hidden="true">&#x1F6D2;</i>'
             f'<span class="hidden-sm-down">Panier</span>'
             f'<span class="cart-products-count">({n})</span>')
    if n:
        inner = f'<a rel="nofollow" aria-label="Lien du panier contenant {_articles(n)}" href="/panier?action=show">{inner}</a>'
    state = "active" if n else "inactive"
    return (f'<div class="blockcart cart-preview {state}" data-refresh-url="/module/ps_shoppingcart/ajax">'
            f'<div class="header">{inner}</div></div>')


def preview_html(req: kit.Request) -> str:
    return _blockcart(req)


def _header(req: kit.Request, checkout: bool = False) -> str:
    menu = "".join(
        f'<li class="category" id="category-{cid}"><a class="dropdown-item" href="/{cid}-{slug}" data-depth="0">{esc(name)}</a></li>'
        for cid, slug, name in CATEGORIES)
    menu += '<li class="cms-page" id="cms-page-1"><a class="dropdown-item" href="/content/1-livraison" data-depth="0">Livraison et retours</a></li>'
    return f"""
<header id="header">
  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link"><div id="contact-link">Appelez-nous : <span>{PHONE}</span></div></div>
          </div>
          <div class="col-md-7 right-nav">
            <div id="_desktop_user_info">
              <div class="user-info">
                <a href="/connexion?back=my-account" title="Identifiez-vous" rel="nofollow">
                  <i class="material-icons" aria-hidden="true">&#x1F464;</i><span class="hidden-sm-down">Connexion</span>
                </a>
              </div>
            </div>
            <div id="_desktop_cart">{_blockcart(req)}</div>
          </div>
        </div>
        <div class="hidden-md-up text-sm-center mobile">
          <div class="float-xs-left" id="menu-icon" role="button" tabindex="0" aria-label="Menu">
            <i class="material-icons d-inline" aria-hidden="true">&#x2630;</i>
          </div>
          <div class="float-xs-right" id="_mobile_cart"></div>
          <div class="float-xs-right" id="_mobile_user_info"></div>
          <div class="top-logo" id="_mobile_logo"></div>
          <div class="clearfix"></div>
        </div>
      </div>
    </div>
  </nav>
  <div class="header-top">
    <div class="container">
      <div class="row">
        <div class="col-md-2 hidden-sm-down" id="_desktop_logo">
          {'<a href="/">' if checkout else '<h1><a href="/">'}<img class="logo img-fluid" src="{LOGO_SVG}" alt="{SHOP_NAME}" width="175" height="50"><span class="logo-text">{SHOP_NAME}</span></a>{'' if checkout else '</h1>'}
        </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">
          <div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">
            <ul class="top-menu" id="top-menu" data-depth="0">{menu}</ul>
            <div class="clearfix"></div>
          </div>
          <div id="search_widget" class="search-widgets" data-search-controller-url="/recherche">
            <form method="get" action="/recherche">
              <input type="hidden" name="controller" value="search">
              <i class="material-icons search" aria-hidden="true">&#x1F50D;</i>
              <input type="text" name="s" value="" placeholder="Rechercher dans le catalogue" aria-label="Rechercher">
            </form>
          </div>
        </div>
      </div>
      <div id="mobile_top_menu_wrapper" class="row hidden-md-up" style="display:none;">
        <div class="js-top-menu mobile" id="_mobile_top_menu"></div>
        <div class="js-top-menu-bottom">
          <div id="_mobile_contact_link"></div>
        </div>
      </div>
    </div>
  </div>
</header>
<aside id="notifications"><div class="container"></div></aside>
"""


def _reassurance_block() -> str:
    items = [("Paiement sécurisé", "Carte bancaire, PayPal, Oney 3x 4x"),
             ("Livraison gratuite dès 60 €", "Colissimo et Mondial Relay offerts dès 60 € d'achat"),
             ("Retours gratuits sous 30 jours", "Échange ou remboursement sans frais")]
    lis = "".join(f'<li><div class="block-reassurance-item"><img src="{kit.product_svg(t[:1], "#eeeeee")}" alt="{esc(t)}" width="25" height="25">'
                  f'<span class="h6">{esc(t)}</span></div></li>' for t, _ in items)
    return f'<div id="block-reassurance"><ul>{lis}</ul></div>'


def _reassurance_product() -> str:
    items = [("Paiement sécurisé", "Carte bancaire, PayPal, paiement en 3x ou 4x avec Oney"),
             ("Livraison gratuite dès 60 €", "Expédition sous 24h ouvrées"),
             ("Retours gratuits sous 30 jours", "Satisfait ou remboursé")]
    blocks = "".join(
        f'<div><span class="item-product"><img class="svg" src="{kit.product_svg(t[:1], "#eeeeee")}" alt="" width="30" height="30"></span>'
        f'<p class="block-title" style="color:#000000;">{esc(t)}</p><p style="color:#000000;">{esc(d)}</p></div>'
        for t, d in items)
    return f'<div class="blockreassurance_product">{blocks}<div class="clearfix"></div></div>'


def _footer(checkout: bool = False) -> str:
    if checkout:
        return f"""
<footer id="footer" class="js-footer">
  <div class="text-sm-center">
    <p><a href="/content/1-livraison">Livraison et retours</a> · <a href="/content/3-conditions-utilisation">Conditions d'utilisation</a>
    · <a href="/content/2-mentions-legales">Mentions légales</a> · <a href="/nous-contacter">Contactez-nous</a></p>
    <p>© 2025 - {SHOP_NAME} - Logiciel e-commerce par PrestaShop™</p>
  </div>
</footer>"""
    reass = "".join(f'<div class="col-md-4 block-reassurance-item"><span class="h6">{t}</span></div>' for t in (
        "Paiement sécurisé", "Livraison offerte dès 60 €", "Retours gratuits sous 30 jours"))
    return f"""
<footer id="footer" class="js-footer">
  <div class="container">
    <div class="row">
      <div class="blockreassurance col-sm-12"><div class="row">{reass}</div></div>
    </div>
    <div class="row">
      <div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
        <div class="row">
          <p id="block-newsletter-label" class="col-md-5 col-xs-12">Recevez nos offres spéciales</p>
          <div class="col-md-7 col-xs-12">
            <form action="/#blockEmailSubscription_displayFooterBefore" method="post">
              <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="S’abonner">
              <div class="input-wrapper">
                <input name="email" type="email" value="" placeholder="Votre adresse e-mail" aria-labelledby="block-newsletter-label" autocomplete="email">
              </div>
              <input type="hidden" name="blockHookName" value="displayFooterBefore">
              <input type="hidden" name="action" value="0">
            </form>
            <p>Vous pouvez vous désinscrire à tout moment. Vous trouverez pour cela nos informations de contact dans les conditions d'utilisation du site.</p>
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="footer-container">
    <div class="container">
      <div class="row">
        <div class="col-md-6 links">
          <div class="row">
            <div class="col-md-6 wrapper">
              <p class="h3 hidden-sm-down">Produits</p>
              <ul id="footer_sub_menu_1" class="collapse">
                <li><a id="link-product-page-prices-drop-1" class="cms-page-link" href="/promotions" title="Nos produits en promotion">Promotions</a></li>
                <li><a id="link-product-page-new-products-1" class="cms-page-link" href="/nouveaux-produits" title="Nos nouveaux produits">Nouveaux produits</a></li>
                <li><a id="link-product-page-best-sales-1" class="cms-page-link" href="/meilleures-ventes" title="Nos meilleures ventes">Meilleures ventes</a></li>
              </ul>
            </div>
            <div class="col-md-6 wrapper">
              <p class="h3 hidden-sm-down">Notre société</p>
              <ul id="footer_sub_menu_2" class="collapse">
                <li><a id="link-cms-page-1-2" class="cms-page-link" href="/content/1-livraison" title="Nos conditions de livraison et de retour">Livraison et retours</a></li>
                <li><a id="link-cms-page-2-2" class="cms-page-link" href="/content/2-mentions-legales" title="Mentions légales">Mentions légales</a></li>
                <li><a id="link-cms-page-3-2" class="cms-page-link" href="/content/3-conditions-utilisation" title="Nos conditions générales de vente">Conditions d'utilisation</a></li>
                <li><a id="link-cms-page-4-2" class="cms-page-link" href="/content/4-a-propos" title="En savoir plus sur notre entreprise">A propos</a></li>
                <li><a id="link-cms-page-5-2" class="cms-page-link" href="/content/5-paiement-securise" title="Notre méthode de paiement sécurisé">Paiement sécurisé</a></li>
                <li><a id="link-static-page-contact-2" class="cms-page-link" href="/nous-contacter" title="Utiliser le formulaire pour nous contacter">Contactez-nous</a></li>
              </ul>
            </div>
          </div>
        </div>
        <div id="block_myaccount_infos" class="col-md-3 links wrapper">
          <p class="h3 myaccount-title hidden-sm-down"><a class="text-uppercase" href="/mon-compte" rel="nofollow">Votre compte</a></p>
          <ul class="account-list collapse" id="footer_account_list">
            <li><a href="/suivi-commande-invite" title="Suivi de commande" rel="nofollow">Suivi de commande</a></li>
            <li><a href="/mon-compte" title="Identifiez-vous" rel="nofollow">Connexion</a></li>
            <li><a href="/connexion?create_account=1" title="Créer un compte" rel="nofollow">Créer un compte</a></li>
          </ul>
        </div>
        <div class="block-contact col-md-3 links wrapper">
          <p class="h4 text-uppercase block-contact-title hidden-sm-down">Informations</p>
          <div id="contact-infos">
            {SHOP_NAME}<br>12 rue Mercière<br>69002 Lyon<br>France<br>
            Appelez-nous : <span>{PHONE}</span><br>
            Écrivez-nous : <a href="mailto:contact@atelier-colibri.fr" class="dropdown">contact@atelier-colibri.fr</a>
          </div>
        </div>
      </div>
      <div class="row">
        <div class="col-md-12">
          <p class="text-sm-center">© 2025 - {SHOP_NAME} - Logiciel e-commerce par PrestaShop™</p>
        </div>
      </div>
    </div>
  </div>
</footer>"""


def _scripts() -> str:
    return """
<script src="/themes/core.js"></script>
<script src="/themes/classic/assets/js/theme.js"></script>
<script src="/modules/ps_shoppingcart/ps_shoppingcart.js"></script>
<script src="/modules/ps_newsletterpopup/views/js/front.js"></script>
"""


def layout(req: kit.Request, title: str, page_name: str, content: str, body_class: str = "",
           extra_head: str = "", left: str = "") -> str:
    wrapper_class = "col-xs-12 col-sm-8 col-md-9" if left else "col-xs-12"
    left_col = f'<div id="left-column" class="col-xs-12 col-sm-4 col-md-3">{left}</div>' if left else ""
    return (_head(title, page_name, extra_head)
            + f'<body id="{page_name}" class="lang-fr country-fr currency-eur layout-full-width page-{page_name} {body_class}">\n'
            + '<main>\n' + _header(req)
            + f'<section id="wrapper"><div class="container"><div class="row">{left_col}'
            + f'<div id="content-wrapper" class="js-content-wrapper {wrapper_class}">{content}</div>'
            + '</div></div></section>\n'
            + _footer() + '\n</main>\n' + _scripts() + '</body></html>')


# --------------------------------------------------------------------------- tiles
def _miniature(p: PsProduct) -> str:
    flags = ""
    if not p.product.in_stock:
        flags = '<li class="product-flag out_of_stock">Rupture de stock</li>'
    return f"""
<div class="js-product product col-xs-12 col-sm-6 col-xl-3">
  <article class="product-miniature js-product-miniature" data-id-product="{p.id}" data-id-product-attribute="0">
    <div class="thumbnail-container">
      <div class="thumbnail-top">
        <a href="{p.url()}" class="thumbnail product-thumbnail">
          <img src="{_img(p)}" alt="{esc(p.product.name)}" loading="lazy" width="250" height="250">
        </a>
        <div class="highlighted-informations no-variants">
          <a class="quick-view js-quick-view" href="#" data-link-action="quickview"><i class="material-icons search">&#x1F50D;</i> Aperçu rapide</a>
        </div>
      </div>
      <div class="product-description">
        <h3 class="h3 product-title"><a href="{p.url()}" content="{p.url()}">{esc(p.product.name)}</a></h3>
        <div class="product-price-and-shipping">
          <span class="price" aria-label="Prix">{p.product.price}</span>
        </div>
      </div>
      <ul class="product-flags js-product-flags">{flags}</ul>
    </div>
  </article>
</div>"""


def home_page(req: kit.Request) -> str:
    tiles = "".join(_miniature(p) for p in PRODUCTS)
    content = f"""
<section id="content" class="page-home">
  <div id="carousel" class="carousel slide">
    <ul class="carousel-inner" role="listbox">
      <li class="carousel-item active" role="option">
        <a href="/3-vetements"><figure>
          <img src="{kit.product_svg('Nouvelle collection', '#d6e4dd')}" alt="Nouvelle collection automne" width="1110" height="340">
          <figcaption class="caption"><h2 class="display-1 text-uppercase">Nouvelle collection</h2>
          <div class="caption-description"><p>Imprimée à la main dans notre atelier lyonnais. Livraison offerte dès 60 €.</p></div></figcaption>
        </figure></a>
      </li>
    </ul>
  </div>
  <section class="featured-products clearfix">
    <h2 class="h2 products-section-title text-uppercase">Produits populaires</h2>
    <div class="products row">{tiles}</div>
    <a class="all-product-link float-xs-left float-md-right h4" href="/2-accueil">Tous les produits <i class="material-icons">&#x203A;</i></a>
  </section>
  <div id="custom-text">
    <h2>Fabriqué à Lyon</h2>
    <p>Tous nos produits sont imprimés dans notre atelier. <strong>Livraison offerte dès 60 € d'achat</strong> et retours gratuits sous 30 jours.</p>
  </div>
</section>"""
    return layout(req, SHOP_NAME, "index", content)


def category_page(req: kit.Request, cid: int) -> str | None:
    cats = {c[0]: c for c in CATEGORIES}
    if cid == 2:
        cat_name, products = "Accueil", PRODUCTS
    elif cid in cats:
        _, slug, cat_name = cats[cid]
        if slug == "vetements":
            products = [p for p in PRODUCTS if p.category in ("hommes", "femmes")]
        else:
            products = [p for p in PRODUCTS if p.category == slug]
    else:
        return None
    tiles = "".join(_miniature(p) for p in products)
    left = '<div class="block-categories"><ul class="category-top-menu"><li><a class="text-uppercase h6" href="/2-accueil">Accueil</a></li>' + "".join(
        f'<li><a href="/{c}-{s}">{esc(n)}</a></li>' for c, s, n in CATEGORIES) + '</ul></div>'
    content = f"""
<section id="main">
  <div id="js-product-list-header"><div class="block-category card card-block"><h1 class="h1">{esc(cat_name)}</h1>
  <div class="block-category-inner"><div id="category-description" class="text-muted"><p>Découvrez notre sélection {esc(cat_name.lower())}. Livraison offerte dès 60 €.</p></div></div></div></div>
  <section id="products">
    <div id="js-product-list-top" class="row products-selection"><div class="col-md-6 hidden-sm-down total-products"><p>Il y a {len(products)} produits.</p></div></div>
    <div id="js-product-list"><div class="products row">{tiles}</div></div>
  </section>
</section>"""
    return layout(req, cat_name, "category", content, left=left)


def search_page(req: kit.Request, query: str) -> str:
    q = query.lower().strip()
    products = [p for p in PRODUCTS if q and q in p.product.name.lower()] or ([] if q else PRODUCTS)
    tiles = "".join(_miniature(p) for p in products) or '<p>Aucun produit ne correspond à votre recherche.</p>'
    content = f'<section id="main"><h1 id="js-product-list-header" class="h2">Résultats de la recherche</h1><section id="products"><div id="js-product-list"><div class="products row">{tiles}</div></div></section></section>'
    return layout(req, "Rechercher", "search", content)


# --------------------------------------------------------------------------- product
def product_prices_html(p: PsProduct) -> str:
    amount = f"{p.product.price_cents / 100:.2f}"
    return f"""<div class="product-prices js-product-prices">
  <div class="product-price h5 "><div class="current-price"><span class="current-price-value" content="{amount}">{p.product.price}</span></div></div>
  <div class="tax-shipping-delivery-label">TTC <span class="delivery-information">Livraison offerte dès 60 €</span></div>
</div>"""


def product_variants_html(p: PsProduct, size: str | None) -> str:
    if not p.product.sizes:
        return '<div class="product-variants js-product-variants"></div>'
    options = ['<option value="" disabled{}>-- Choisir une taille --</option>'.format("" if size else " selected")]
    for variant in p.product.sizes:
        sel = ' selected="selected"' if variant.label == size else ""
        options.append(f'<option value="{SIZE_IDS[variant.label]}" title="{variant.label}"{sel}>{variant.label}</option>')
    return f"""<div class="product-variants js-product-variants">
  <div class="clearfix product-variants-item">
    <span class="control-label">Taille : </span>
    <select class="form-control form-control-select" id="group_1" aria-label="Taille" data-product-attribute="1" name="group[1]">
      {''.join(options)}
    </select>
  </div>
</div>"""


def product_add_to_cart_html(p: PsProduct, size: str | None) -> str:
    needs_size = bool(p.product.sizes) and size is None and p.product.in_stock
    available = p.size_in_stock(size) if not needs_size else False
    disabled = "" if available else " disabled"
    if needs_size:
        availability = '<span id="product-availability" class="js-product-availability"><i class="material-icons product-last-items">&#x2139;</i> Veuillez choisir une taille</span>'
    elif available:
        availability = f'<span id="product-availability" class="js-product-availability"><i class="material-icons rtl-no-flip product-available">{CHECK}</i> En stock</span>'
    else:
        availability = '<span id="product-availability" class="js-product-availability"><i class="material-icons product-unavailable">&#xE14B;</i> Rupture de stock</span>'
    return f"""<div class="product-add-to-cart js-product-add-to-cart">
  <span class="control-label">Quantité</span>
  <div class="product-quantity clearfix">
    <div class="qty">
      <div class="input-group bootstrap-touchspin">
        <input type="number" name="qty" id="quantity_wanted" inputmode="numeric" pattern="[0-9]*" value="1" min="1" class="input-group form-control" aria-label="Quantité">
        <span class="input-group-btn-vertical">
          <button class="btn btn-touchspin js-touchspin bootstrap-touchspin-up" type="button" aria-label="Augmenter">+</button>
          <button class="btn btn-touchspin js-touchspin bootstrap-touchspin-down" type="button" aria-label="Diminuer">−</button>
        </span>
      </div>
    </div>
    <div class="add">
      <button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit"{disabled}>
        <i class="material-icons shopping-cart" aria-hidden="true">&#x1F6D2;</i>
        Ajouter au panier
      </button>
    </div>
  </div>
  {availability}
  <p class="product-minimal-quantity js-product-minimal-quantity"></p>
</div>"""


def _product_jsonld(req: kit.Request, p: PsProduct) -> str:
    host = "http://" + req.headers.get("host", "127.0.0.1")
    in_stock = p.product.in_stock
    data = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": p.product.name,
        "description": p.product.description,
        "category": CATEGORY_BY_SLUG[p.category][1],
        "image": host + "/img/p/" + str(p.id) + "-large_default.jpg",
        "sku": p.reference,
        "mpn": p.reference,
        "brand": {"@type": "Brand", "name": SHOP_NAME},
        "offers": {
            "@type": "Offer",
            "name": p.product.name,
            "price": f"{p.product.price_cents / 100:.2f}",
            "priceCurrency": "EUR",
            "url": host + p.url(),
            "priceValidUntil": "2026-12-31",
            "itemCondition": "https://schema.org/NewCondition",
            "availability": "https://schema.org/InStock" if in_stock else "https://schema.org/OutOfStock",
            "seller": {"@type": "Organization", "name": SHOP_NAME},
        },
    }
    crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": host + "/"},
            {"@type": "ListItem", "position": 2, "name": CATEGORY_BY_SLUG[p.category][1],
             "item": f"{host}/{CATEGORY_BY_SLUG[p.category][0]}-{p.category}"},
            {"@type": "ListItem", "position": 3, "name": p.product.name, "item": host + p.url()},
        ],
    }
    return (f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
            f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>')


def _oney_cta(p: PsProduct) -> str:
    if p.product.price_cents < 1000:
        return ""
    return f"""<div class="oneyCta" data-amount="{p.product.price_cents}" data-oney-loaded="0">
  <button type="button" class="oneyCta_button" aria-label="Payer en 3x ou 4x avec Oney">
    <span class="oneyCta_label">Payez en</span>
    <span class="oneyLogo oneyLogo-x3x4"><span class="oneyLogo_x3">3x</span> <span class="oneyLogo_x4">4x</span></span>
    <span class="oneyCta_tooltip">avec Oney</span>
  </button>
</div>"""


def product_page(req: kit.Request, p: PsProduct, size: str | None) -> str:
    cid, cat_name = CATEGORY_BY_SLUG[p.category]
    token = secrets.token_hex(16)
    content = f"""
<nav data-depth="3" class="breadcrumb hidden-sm-down">
  <ol>
    <li><a href="/"><span>Accueil</span></a></li>
    <li><a href="/{cid}-{p.category}"><span>{esc(cat_name)}</span></a></li>
    <li><span>{esc(p.product.name)}</span></li>
  </ol>
</nav>
<section id="main">
  <meta content="{p.url(size)}">
  <div class="row product-container js-product-container">
    <div class="col-md-6">
      <section class="page-content" id="content">
        <ul class="product-flags js-product-flags">{'' if p.product.in_stock else '<li class="product-flag out_of_stock">Rupture de stock</li>'}</ul>
        <div class="images-container js-images-container">
          <div class="product-cover">
            <img class="js-qv-product-cover img-fluid" src="{_img(p)}" alt="{esc(p.product.name)}" title="{esc(p.product.name)}" width="452" height="452">
          </div>
        </div>
      </section>
    </div>
    <div class="col-md-6">
      <h1 class="h1">{esc(p.product.name)}</h1>
      {product_prices_html(p)}
      <div class="product-information">
        <div id="product-description-short-{p.id}" class="product-description"><p>{esc(p.product.description)}</p></div>
        <div class="product-actions js-product-actions">
          <form action="/panier" method="post" id="add-to-cart-or-refresh">
            <input type="hidden" name="token" value="{token}">
            <input type="hidden" name="id_product" value="{p.id}" id="product_page_product_id">
            <input type="hidden" name="id_customization" value="0" id="product_customization_id" class="js-product-customization-id">
            {product_variants_html(p, size)}
            <section class="product-discounts js-product-discounts"></section>
            {product_add_to_cart_html(p, size)}
            <div class="product-additional-info js-product-additional-info">
              {_oney_cta(p) if p.product.in_stock else ''}
              <div class="social-sharing"><span>Partager</span></div>
            </div>
          </form>
        </div>
        {_reassurance_product()}
        <div class="tabs">
          <ul class="nav nav-tabs" role="tablist">
            <li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#description" role="tab" aria-controls="description" aria-selected="true">Description</a></li>
            <li class="nav-item"><a class="nav-link" data-toggle="tab" href="#product-details" role="tab" aria-controls="product-details">Détails du produit</a></li>
          </ul>
          <div class="tab-content" id="tab-content">
            <div class="tab-pane fade in active js-product-tab-active" id="description" role="tabpanel"><div class="product-description"><p>{esc(p.product.description)}</p>
            <p>Livraison offerte dès 60 € d'achat. Retours gratuits sous 30 jours, voir <a href="/content/1-livraison">Livraison et retours</a>.</p></div></div>
            <div class="js-product-details tab-pane fade" id="product-details" role="tabpanel"><div class="product-reference"><label class="label">Référence </label><span>{p.reference}</span></div></div>
          </div>
        </div>
      </div>
    </div>
  </div>
  {_product_jsonld(req, p)}
</section>"""
    extra = '<script src="/modules/payplug/views/js/oney.js" defer></script>'
    return layout(req, p.product.name, "product", content, body_class=f"product-id-{p.id} product-{p.product.slug}",
                  extra_head=extra)


def modal_html(req: kit.Request, pid: int, ipa: int) -> str:
    p = PRODUCT_BY_ID[pid]
    cart = req.session["cart"]
    n = _count(cart)
    subtotal = _subtotal(cart)
    carrier = CARRIER_BY_ID[DEFAULT_CARRIER]
    shipping = carrier.label(subtotal)
    total = subtotal + carrier.cost(subtotal)
    size = p.size_of(ipa)
    size_line = f'<span class="taille"><strong>Taille</strong>: {size}<br></span>' if size else ""
    qty = next((ln["qty"] for ln in cart if (ln["pid"], ln["ipa"]) == (pid, ipa)), 1)
    return f"""
<div id="blockcart-modal" class="modal fade" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
  <div class="modal-dialog" role="document">
    <div class="modal-content">
      <div class="modal-header">
        <button type="button" class="close" data-dismiss="modal" aria-label="Fermer"><span aria-hidden="true">&times;</span></button>
        <h4 class="modal-title h6 text-sm-center" id="myModalLabel"><i class="material-icons rtl-no-flip">{CHECK}</i>Produit ajouté au panier avec succès</h4>
      </div>
      <div class="modal-body">
        <div class="row">
          <div class="col-md-5 divide-right">
            <div class="row">
              <div class="col-md-6"><img class="product-image" src="{_img(p)}" alt="{esc(p.product.name)}" loading="lazy" width="125" height="125"></div>
              <div class="col-md-6">
                <h6 class="h6 product-name">{esc(p.product.name)}</h6>
                <p class="product-price">{p.product.price}</p>
                {size_line}
                <span class="product-quantity">Quantité : <strong>{qty}</strong></span>
              </div>
            </div>
          </div>
          <div class="col-md-7">
            <div class="cart-content">
              <p class="cart-products-count">Il y a {n} article{'s' if n > 1 else ''} dans votre panier.</p>
              <p><span class="label">Sous-total :</span>&nbsp;<span class="subtotal value">{kit.euros(subtotal)}</span></p>
              <p><span>Transport :</span>&nbsp;<span class="shipping value">{shipping}</span></p>
              <div class="product-total"><span class="label">Total&nbsp;TTC</span>&nbsp;<span class="value">{kit.euros(total)}</span></div>
              <div class="cart-content-btn">
                <button type="button" class="btn btn-secondary" data-dismiss="modal">Continuer mes achats</button>
                <a href="/commande" class="btn btn-primary"><i class="material-icons rtl-no-flip">{CHECK}</i>Commander</a>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>"""


# --------------------------------------------------------------------------- cart
def _cart_lines(cart: list[dict]) -> str:
    out = []
    for ln in cart:
        p = PRODUCT_BY_ID[ln["pid"]]
        size = f'<div class="product-line-info taille"><span class="label">Taille:</span> <span class="value">{ln["size"]}</span></div>' if ln["size"] else ""
        out.append(f"""
<li class="cart-item">
  <div class="product-line-grid">
    <div class="product-line-grid-left col-md-3 col-xs-4">
      <span class="product-image media-middle"><img src="{_img(p)}" alt="{esc(p.product.name)}" loading="lazy" width="125" height="125"></span>
    </div>
    <div class="product-line-grid-body col-md-4 col-xs-8">
      <div class="product-line-info"><a class="label" href="{p.url(ln['size'])}" data-id_customization="0">{esc(p.product.name)}</a></div>
      <div class="product-line-info product-price h5 "><div class="current-price"><span class="price">{p.product.price}</span></div></div>
      {size}
    </div>
    <div class="product-line-grid-right product-line-actions col-md-5 col-xs-12">
      <div class="row">
        <div class="col-md-10 col-xs-6">
          <div class="row">
            <div class="col-md-6 col-xs-6 qty">
              <input class="js-cart-line-product-quantity" data-product-id="{p.id}" data-product-attribute-id="{ln['ipa']}" type="number" inputmode="numeric" pattern="[0-9]*" value="{ln['qty']}" name="product-quantity-spin" aria-label="Quantité de {esc(p.product.name)}" min="1">
            </div>
            <div class="col-md-6 col-xs-2 price"><span class="product-price"><strong>{kit.euros(p.product.price_cents * ln['qty'])}</strong></span></div>
          </div>
        </div>
        <div class="col-md-2 col-xs-2 text-xs-right">
          <div class="cart-line-product-actions">
            <a class="remove-from-cart" rel="nofollow" href="/panier?delete=1&amp;id_product={p.id}&amp;id_product_attribute={ln['ipa']}&amp;token={STATIC_TOKEN}" data-link-action="delete-from-cart" data-id-product="{p.id}" data-id-product-attribute="{ln['ipa']}" data-id-customization="0" aria-label="Supprimer">
              <i class="material-icons float-xs-left" aria-hidden="true">&#x1F5D1;</i>
            </a>
          </div>
        </div>
      </div>
    </div>
    <div class="clearfix"></div>
  </div>
</li>""")
    return "".join(out)


def _totals(cart: list[dict], carrier_id: int | None, estimate: bool) -> str:
    subtotal = _subtotal(cart)
    carrier = CARRIER_BY_ID[carrier_id or DEFAULT_CARRIER]
    ship_cost = carrier.cost(subtotal)
    ship_label = "Gratuit" if ship_cost == 0 else kit.euros(ship_cost)
    remaining = FREE_SHIPPING_CENTS - subtotal
    free_note = (f'<div><small class="value">Plus que {kit.euros(remaining)} pour bénéficier de la livraison offerte dès 60 €</small></div>'
                 if remaining > 0 else '<div><small class="value">Livraison offerte dès 60 € : vous en profitez !</small></div>')
    return f"""
<div class="cart-detailed-totals js-cart-detailed-totals">
  <div class="card-block cart-detailed-subtotals js-cart-detailed-subtotals">
    <div class="cart-summary-line" id="cart-subtotal-products">
      <span class="label js-subtotal">{_articles(_count(cart))}</span>
      <span class="value">{kit.euros(subtotal)}</span>
    </div>
    <div class="cart-summary-line" id="cart-subtotal-shipping">
      <span class="label">Livraison{' (estimation)' if estimate else ''}</span>
      <span class="value">{ship_label}</span>
      {free_note}
    </div>
  </div>
  <div class="card-block cart-summary-totals js-cart-summary-totals">
    <div class="cart-summary-line cart-total">
      <span class="label">Total&nbsp;TTC</span>
      <span class="value">{kit.euros(subtotal + ship_cost)}</span>
    </div>
    <div class="cart-summary-line"><small class="label">Taxes incluses</small> <small class="value">{kit.euros(round((subtotal + ship_cost) / 6))}</small></div>
  </div>
</div>"""


def cart_page(req: kit.Request) -> str:
    cart = req.session["cart"]
    if cart:
        body = f'<ul class="cart-items">{_cart_lines(cart)}</ul>'
        actions = ('<div class="checkout cart-detailed-actions js-cart-detailed-actions card-block">'
                   '<div class="text-sm-center"><a href="/commande" class="btn btn-primary">Commander</a></div></div>')
    else:
        body = '<span class="no-items">Il n\'y a plus d\'articles dans votre panier</span>'
        actions = ('<div class="checkout cart-detailed-actions js-cart-detailed-actions card-block">'
                   '<div class="text-sm-center"><button type="button" class="btn btn-primary disabled" disabled>Commander</button></div></div>')
    content = f"""
<section id="main">
  <div class="cart-grid row">
    <div class="cart-grid-body col-xs-12 col-lg-8">
      <div class="card cart-container">
        <div class="card-block"><h1 class="h1">Panier</h1></div>
        <hr class="separator">
        <div class="cart-overview js-cart" data-refresh-url="/panier?ajax=1&amp;action=refresh">{body}</div>
      </div>
      <a class="label" href="/"><i class="material-icons">&#x2039;</i>Continuer mes achats</a>
    </div>
    <div class="cart-grid-right col-xs-12 col-lg-4">
      <div class="card cart-summary">
        {_totals(cart, None, True) if cart else ''}
        <div class="block-promo"><div class="cart-voucher js-cart-voucher"><p class="promo-code-button display-promo"><a class="collapse-button" href="#promo-code">Vous avez un code promo ?</a></p></div></div>
        {actions}
      </div>
      {_reassurance_block()}
    </div>
  </div>
</section>"""
    return layout(req, "Panier", "cart", content)


# --------------------------------------------------------------------------- checkout
def _field(name: str, label: str, value: str = "", required: bool = False, type_: str = "text",
           autocomplete: str = "", comment: str = "", error: str = "", extra: str = "") -> str:
    ac = f' autocomplete="{autocomplete}"' if autocomplete else ""
    req_attr = " required" if required else ""
    label_class = "col-md-3 form-control-label" + (" required" if required else "")
    if not comment and not required:
        comment = "Facultatif"
    err = (f'<div class="help-block"><ul><li class="alert alert-danger">{esc(error)}</li></ul></div>' if error else "")
    if type_ == "password":
        control = f"""<div class="input-group js-parent-focus">
          <input id="field-{name}" class="form-control js-child-focus js-visible-password" name="{name}" aria-label="Saisie du mot de passe"
            title="Au moins 8 caractères" type="password" value=""{ac} pattern=".{{8,}}"{req_attr}>
          <span class="input-group-btn"><button class="btn" type="button" data-action="show-password" data-text-show="Afficher" data-text-hide="Cacher">Afficher</button></span>
        </div>"""
    else:
        control = f'<input id="field-{name}" class="form-control" name="{name}" type="{type_}" value="{esc(value)}"{ac}{req_attr}{extra}>'
    return f"""
<div class="form-group row {'has-error' if error else ''}">
  <label class="{label_class}" for="field-{name}">{label}</label>
  <div class="col-md-6">{control}{err}</div>
  <div class="col-md-3 form-control-comment">{comment}</div>
</div>"""


def _checkbox(name: str, label: str, required: bool = False, error: str = "") -> str:
    err = f'<div class="help-block"><ul><li class="alert alert-danger">{esc(error)}</li></ul></div>' if error else ""
    return f"""
<div class="form-group row ">
  <label class="col-md-3 form-control-label"></label>
  <div class="col-md-6">
    <span class="custom-checkbox">
      <label>
        <input name="{name}" type="checkbox" value="1"{' required' if required else ''}>
        <span><i class="material-icons rtl-no-flip checkbox-checked">{CHECK}</i></span>
        {label}
      </label>
    </span>{err}
  </div>
  <div class="col-md-3 form-control-comment"></div>
</div>"""


def _step(identifier: str, position: int, title: str, current: bool, reachable: bool, complete: bool,
          content: str, edit_step: str = "") -> str:
    classes = ["checkout-step"]
    if current:
        classes += ["-current", "js-current-step"]
    if reachable:
        classes.append("-reachable")
    if complete:
        classes.append("-complete")
    if not reachable:
        classes.append("-unreachable")
    edit = ""
    if complete and not current:
        edit = (f'<form method="post" action="/commande" class="step-edit-form"><input type="hidden" name="edit_step" value="{edit_step}">'
                '<button type="submit" class="step-edit text-muted"><i class="material-icons edit">&#x270E;</i> Modifier</button></form>')
    return f"""
<section id="{identifier}" class="{' '.join(classes)}">
  <h1 class="step-title js-step-title h3">
    <i class="material-icons rtl-no-flip done">{CHECK}</i>
    <span class="step-number">{position}</span>
    {title}
    {edit}
  </h1>
  <div class="content">{content if current else ''}</div>
</section>"""


def _personal_content(state: dict, errors: dict) -> str:
    c = state.get("customer", {})
    gender = "".join(
        f'<label class="radio-inline" for="field-id_gender-{v}"><span class="custom-radio">'
        f'<input name="id_gender" id="field-id_gender-{v}" type="radio" value="{v}"{" checked" if c.get("id_gender") == str(v) else ""}>'
        f'<span></span></span>{lbl}</label>' for v, lbl in ((1, "M."), (2, "Mme")))
    login_error = errors.get("login", "")
    return f"""
<ul class="nav nav-inline my-2" role="tablist">
  <li class="nav-item"><a class="nav-link {'' if login_error else 'active'}" data-toggle="tab" href="#checkout-guest-form" role="tab" aria-controls="checkout-guest-form" aria-selected="{'false' if login_error else 'true'}">Commander en tant qu'invité</a></li>
  <li class="nav-item"><span class="nav-separator"> | </span></li>
  <li class="nav-item"><a class="nav-link {'active' if login_error else ''}" data-link-action="show-login-form" data-toggle="tab" href="#checkout-login-form" role="tab" aria-controls="checkout-login-form">Se connecter</a></li>
</ul>
<div class="tab-content">
  <div class="tab-pane {'' if login_error else 'active'}" id="checkout-guest-form" role="tabpanel" aria-hidden="{'true' if login_error else 'false'}">
    <form action="/commande" id="customer-form" class="js-customer-form" method="post">
      <div>
        <input type="hidden" name="id_customer" value="">
        <div class="form-group row ">
          <label class="col-md-3 form-control-label">Titre de civilité</label>
          <div class="col-md-6 form-control-valign">{gender}</div>
          <div class="col-md-3 form-control-comment">Facultatif</div>
        </div>
        {_field("firstname", "Prénom", c.get("firstname", ""), True, autocomplete="given-name", error=errors.get("firstname", ""),
                comment="")}
        {_field("lastname", "Nom", c.get("lastname", ""), True, autocomplete="family-name", error=errors.get("lastname", ""))}
        {_field("email", "E-mail", c.get("email", ""), True, type_="email", autocomplete="email", error=errors.get("email", ""))}
        <p class="w-100 create-account-hint"><span class="font-weight-bold">Créez un compte</span> <span class="font-italic">(facultatif)</span><br><span class="text-muted">Et gagnez du temps sur votre prochaine commande !</span></p>
        {_field("password", "Mot de passe", type_="password", autocomplete="new-password")}
        {_field("birthday", "Date de naissance", c.get("birthday", ""), autocomplete="bday", extra=' placeholder="31/05/1970"',
                comment="Facultatif<br>(Ex. : 31/05/1970)")}
        {_checkbox("optin", "Recevoir les offres de nos partenaires")}
        {_checkbox("customer_privacy", "Confidentialité des données clients<br><em>Les données personnelles collectées sont utilisées pour traiter votre commande et, avec votre accord, vous adresser nos offres.</em>", True, errors.get("customer_privacy", ""))}
        {_checkbox("newsletter", "Recevoir notre newsletter<br><em>Vous pouvez vous désinscrire à tout moment.</em>")}
        {_checkbox("psgdpr", "J'accepte les conditions générales et la politique de confidentialité", True, errors.get("psgdpr", ""))}
      </div>
      <footer class="form-footer clearfix">
        <input type="hidden" name="submitCreate" value="1">
        <button class="continue btn btn-primary float-xs-right" name="continue" data-link-action="register-new-customer" type="submit" value="1">Continuer</button>
      </footer>
    </form>
  </div>
  <div class="tab-pane {'active' if login_error else ''}" id="checkout-login-form" role="tabpanel" aria-hidden="{'false' if login_error else 'true'}">
    <form id="login-form" action="/commande" method="post">
      {'<div class="help-block"><ul><li class="alert alert-danger">' + esc(login_error) + '</li></ul></div>' if login_error else ''}
      <div>
        <input type="hidden" name="back" value="">
        {_field("login-email", "E-mail", "", True, type_="email", autocomplete="email").replace('name="login-email"', 'name="email"')}
        {_field("login-password", "Mot de passe", "", True, type_="password", autocomplete="current-password").replace('name="login-password"', 'name="password"')}
        <div class="forgot-password"><a href="/recuperation-mot-de-passe" rel="nofollow">Mot de passe oublié ?</a></div>
      </div>
      <footer class="form-footer text-sm-center clearfix">
        <input type="hidden" name="submitLogin" value="1">
        <button class="continue btn btn-primary float-xs-right" name="continue" data-link-action="sign-in" type="submit" value="1">Continuer</button>
      </footer>
    </form>
  </div>
</div>"""


def _personal_done(state: dict) -> str:
    c = state.get("customer", {})
    return (f'<p class="identity">Connecté en tant que <a href="/identite">{esc(c.get("firstname", ""))} {esc(c.get("lastname", ""))}</a></p>'
            '<p>Ce n\'est pas vous ? <a href="/?mylogout=">Se déconnecter</a></p>')


def _address_content(state: dict, errors: dict) -> str:
    a = state.get("address") or {}
    c = state.get("customer", {})
    country = """
<div class="form-group row ">
  <label class="col-md-3 form-control-label required" for="field-id_country">Pays</label>
  <div class="col-md-6">
    <select class="form-control form-control-select js-country" name="id_country" id="field-id_country" required autocomplete="country">
      <option value disabled>-- veuillez choisir --</option>
      <option value="8" selected>France</option>
      <option value="3">Belgique</option>
      <option value="12">Luxembourg</option>
      <option value="19">Suisse</option>
    </select>
  </div>
  <div class="col-md-3 form-control-comment"></div>
</div>"""
    fields = "".join([
        _field("alias", "Alias", a.get("alias", ""), autocomplete="off"),
        _field("firstname", "Prénom", a.get("firstname") or c.get("firstname", ""), True, autocomplete="given-name", error=errors.get("firstname", "")),
        _field("lastname", "Nom", a.get("lastname") or c.get("lastname", ""), True, autocomplete="family-name", error=errors.get("lastname", "")),
        _field("company", "Société", a.get("company", ""), autocomplete="organization"),
        _field("vat_number", "Numéro de TVA", a.get("vat_number", "")),
        _field("address1", "Adresse", a.get("address1", ""), True, autocomplete="address-line1", error=errors.get("address1", "")),
        _field("address2", "Complément d'adresse", a.get("address2", ""), autocomplete="address-line2"),
        _field("postcode", "Code postal", a.get("postcode", ""), True, autocomplete="postal-code", error=errors.get("postcode", "")),
        _field("city", "Ville", a.get("city", ""), True, autocomplete="address-level2", error=errors.get("city", "")),
        country,
        _field("phone", "Téléphone", a.get("phone", ""), type_="tel", autocomplete="tel"),
    ])
    return f"""
<div class="js-address-form">
  <form method="POST" action="/commande?id_address=0" data-refresh-url="/commande?ajax=1&amp;action=addressForm">
    <p>L'adresse sélectionnée sera utilisée à la fois comme adresse personnelle (pour la facturation) et comme adresse de livraison.</p>
    <div id="delivery-address">
      <div class="js-address-form">
        <section class="form-fields">
          <input type="hidden" name="id_address" value="">
          <input type="hidden" name="id_customer" value="">
          <input type="hidden" name="back" value="">
          <input type="hidden" name="token" value="{STATIC_TOKEN}">
          {fields}
        </section>
        <footer class="form-footer clearfix">
          <input type="hidden" name="submitAddress" value="1">
          <input type="hidden" name="saveAddress" value="delivery">
          <div class="form-group row"><div class="col-md-9 col-md-offset-3">
            <input name="use_same_address" id="use_same_address" type="checkbox" value="1" checked>
            <label for="use_same_address">Utiliser aussi cette adresse pour la facturation</label>
          </div></div>
          <button type="submit" class="continue btn btn-primary float-xs-right" name="confirm-addresses" value="1">Continuer</button>
        </footer>
      </div>
    </div>
  </form>
</div>"""


def _delivery_content(req: kit.Request, state: dict) -> str:
    subtotal = _subtotal(req.session["cart"])
    chosen = state.get("carrier", DEFAULT_CARRIER)
    options = []
    for carrier in CARRIERS:
        checked = " checked" if carrier.id == chosen else ""
        options.append(f"""
<div class="row delivery-option js-delivery-option">
  <div class="col-sm-1">
    <span class="custom-radio float-xs-left">
      <input type="radio" name="delivery_option[0]" id="delivery_option_{carrier.id}" value="{carrier.id},"{checked}>
      <span></span>
    </span>
  </div>
  <label for="delivery_option_{carrier.id}" class="col-xs-9 col-sm-11 delivery-option-2">
    <div class="row">
      <div class="col-sm-5 col-xs-12"><div class="row carrier"><div class="col-xs-12 carrier-name"><span class="h6 carrier-name">{esc(carrier.name)}</span></div></div></div>
      <div class="col-sm-4 col-xs-12"><span class="carrier-delay">{esc(carrier.delay)}</span></div>
      <div class="col-sm-3 col-xs-12"><span class="carrier-price">{carrier.label(subtotal)}</span></div>
    </div>
  </label>
</div>
<div class="row carrier-extra-content js-carrier-extra-content"{'' if checked else ' style="display:none;"'}></div>
<div class="clearfix"></div>""")
    return f"""
<div id="hook-display-before-carrier"><p class="free-shipping-note">Livraison offerte dès 60 € avec Colissimo et Mondial Relay.</p></div>
<div class="delivery-options-list">
  <form class="clearfix" id="js-delivery" data-url-update="/commande?ajax=1&amp;action=selectDeliveryOption" method="post" action="/commande">
    <div class="form-fields">
      <div class="delivery-options">{''.join(options)}</div>
      <div class="order-options">
        <div id="delivery">
          <label for="delivery_message">Si vous voulez nous laisser un message à propos de votre commande, merci de bien vouloir le renseigner dans le champ ci-contre</label>
          <textarea rows="2" cols="120" id="delivery_message" name="delivery_message">{esc(state.get('message', ''))}</textarea>
        </div>
      </div>
    </div>
    <button type="submit" class="continue btn btn-primary float-xs-right" name="confirmDeliveryOption" value="1">Continuer</button>
  </form>
</div>
<div id="hook-display-after-carrier"></div>
<div id="extra_carrier"></div>"""


def _payment_content(req: kit.Request) -> str:
    total = _subtotal(req.session["cart"])
    x3 = kit.euros(round(total * 1.0224 / 3))
    x4 = kit.euros(round(total * 1.0292 / 4))
    options = [
        ("payment-option-1", "payplug", "Payer par carte bancaire", "/module/payplug/validation?type=standard",
         '<section><p>Paiement sécurisé par carte bancaire (CB, Visa, Mastercard). Vous serez redirigé vers la page de paiement sécurisée 3-D Secure.</p></section>'),
        ("payment-option-2", "paypal", "PayPal", "/module/paypal/validation",
         '<section><p>Vous serez redirigé vers PayPal pour finaliser votre paiement.</p></section>'),
        ("payment-option-3", "payplug", "Payer en 3x ou 4x avec Oney", "/module/payplug/validation?type=oney",
         f"""<section class="oneyOption">
  <p class="oneyOption_title">Payez en plusieurs fois par carte bancaire avec Oney</p>
  <div class="oneyOption_choices">
    <label class="oneyOption_choice"><input type="radio" name="oney_type" value="x3_with_fees" checked> <span class="oneyLogo oneyLogo-x3">3x</span> 3 mensualités de {x3} (frais inclus)</label>
    <label class="oneyOption_choice"><input type="radio" name="oney_type" value="x4_with_fees"> <span class="oneyLogo oneyLogo-x4">4x</span> 4 mensualités de {x4} (frais inclus)</label>
  </div>
  <p class="oneyOption_legal">Offre de financement sans assurance avec apport obligatoire, réservée aux particuliers et valable pour tout achat de 100 € à 3 000 €. Sous réserve d'acceptation par Oney Bank.</p>
</section>"""),
        ("payment-option-4", "ps_wirepayment", "Payer par virement bancaire", "/module/ps_wirepayment/validation",
         '<section><p>Merci de nous transférer le montant de votre commande. Vous recevrez notre confirmation de commande par e-mail, contenant nos coordonnées bancaires et le numéro de commande. Les marchandises seront réservées 7 jours pour vous et nous traiterons votre commande dès la réception du paiement.</p></section>'),
    ]
    blocks = []
    for oid, module, label, action, info in options:
        blocks.append(f"""
<div>
  <div id="{oid}-container" class="payment-option clearfix">
    <span class="custom-radio float-xs-left">
      <input class="ps-shown-by-js " id="{oid}" data-module-name="{module}" name="payment-option" type="radio" required>
      <span></span>
    </span>
    <label for="{oid}"><span>{label}</span></label>
  </div>
</div>
<div id="{oid}-additional-information" class="js-additional-information definition-list additional-information ps-hidden">{info}</div>
<div id="pay-with-{oid}-form" class="js-payment-option-form ps-hidden">
  <form id="payment-form" method="POST" action="{action}">
    <button style="display:none" id="pay-with-{oid}" type="submit"></button>
  </form>
</div>""")
    return f"""
<div style="display:none" class="js-cart-payment-step-refresh"></div>
<div class="payment-options ">{''.join(blocks)}</div>
<form id="conditions-to-approve" class="js-conditions-to-approve" method="GET">
  <ul>
    <li>
      <div class="float-xs-left">
        <span class="custom-checkbox">
          <input id="conditions_to_approve[terms-and-conditions]" name="conditions_to_approve[terms-and-conditions]" required type="checkbox" value="1" class="ps-shown-by-js">
          <span><i class="material-icons rtl-no-flip checkbox-checked">{CHECK}</i></span>
        </span>
      </div>
      <div class="condition-label">
        <label class="js-terms" for="conditions_to_approve[terms-and-conditions]">
          J'ai lu les <a href="/content/3-conditions-utilisation" id="cta-terms-and-conditions-0">conditions générales de vente</a> et j'y adhère sans réserve.
        </label>
      </div>
    </li>
  </ul>
</form>
<div id="payment-confirmation" class="js-payment-confirmation">
  <div class="ps-shown-by-js">
    <button type="submit" class="btn btn-primary center-block disabled" disabled data-fixture-final="1">
      Commander avec obligation de paiement
    </button>
    <article class="alert alert-danger mt-2 js-alert-payment-conditions" role="alert" data-alert="danger">
      Veuillez vous assurer d'avoir choisi un <a href="#checkout-payment-step">mode de paiement</a> et accepté les <a href="#conditions-to-approve">conditions générales</a>.
    </article>
  </div>
</div>"""


def _checkout_summary(req: kit.Request, state: dict) -> str:
    cart = req.session["cart"]
    lines = "".join(
        f'<li class="media"><div class="media-left"><img class="media-object" src="{_img(PRODUCT_BY_ID[ln["pid"]])}" alt="" width="50" height="50"></div>'
        f'<div class="media-body"><span class="product-name">{esc(PRODUCT_BY_ID[ln["pid"]].product.name)}</span>'
        f'<span class="product-quantity">x{ln["qty"]}</span><span class="product-price float-xs-right">{kit.euros(PRODUCT_BY_ID[ln["pid"]].product.price_cents * ln["qty"])}</span>'
        + (f'<div class="product-line-info product-line-info-secondary text-muted"><span class="label">Taille:</span> <span class="value">{ln["size"]}</span></div>' if ln["size"] else "")
        + '</div></li>' for ln in cart)
    return f"""
<section id="js-checkout-summary" class="card js-cart" data-refresh-url="/panier?ajax=1&amp;action=refresh">
  <div class="card-block">
    <div class="cart-summary-products js-cart-summary-products">
      <p>{_articles(_count(cart))}</p>
      <p><a href="#" data-toggle="collapse" data-target="#cart-summary-product-list" class="js-show-details">afficher les détails</a></p>
      <div class="collapse" id="cart-summary-product-list"><ul class="media-list">{lines}</ul></div>
    </div>
  </div>
  {_totals(cart, state.get('carrier'), 'carrier' not in state)}
</section>
{_reassurance_block()}"""


def checkout_page(req: kit.Request, state: dict, errors: dict | None = None) -> str:
    errors = errors or {}
    step = state["step"]
    done = set(state["done"])
    personal = _personal_content(state, errors) if step == "personal" else _personal_done(state)
    steps = [
        _step("checkout-personal-information-step", 1, "Informations personnelles", step == "personal", True,
              "personal" in done, personal if step == "personal" else "", "personal"),
        _step("checkout-addresses-step", 2, "Adresses", step == "addresses", "personal" in done,
              "addresses" in done, _address_content(state, errors) if step == "addresses" else "", "addresses"),
        _step("checkout-delivery-step", 3, "Mode de livraison", step == "delivery", "addresses" in done,
              "delivery" in done, _delivery_content(req, state) if step == "delivery" else "", "delivery"),
        _step("checkout-payment-step", 4, "Paiement", step == "payment", "delivery" in done, False,
              _payment_content(req) if step == "payment" else ""),
    ]
    if step != "personal":
        # the completed personal step stays summarised in the accordion
        steps[0] = steps[0].replace('<div class="content"></div>', f'<div class="content">{personal}</div>')
    content = f"""
<section id="content">
  <div class="row">
    <div class="cart-grid-body col-xs-12 col-lg-8">
      {''.join(steps)}
    </div>
    <div class="cart-grid-right col-xs-12 col-lg-4">
      {_checkout_summary(req, state)}
    </div>
  </div>
</section>"""
    return (_head("Commande", "checkout")
            + '<body id="checkout" class="lang-fr country-fr currency-eur layout-full-width page-order">\n'
            + kit.FINAL_BUTTON_SPY + '<main>\n' + _header(req, checkout=True)
            + f'<section id="wrapper"><div class="container">{content}</div></section>'
            + _footer(checkout=True) + '\n</main>\n' + _scripts() + '</body></html>')


# --------------------------------------------------------------------------- CMS
CMS_PAGES = {
    1: ("livraison", "Livraison et retours", """
<h2>Livraison</h2>
<p>Les commandes passées avant 13h sont expédiées le jour même (jours ouvrés). <strong>Livraison offerte dès 60 € d'achat</strong> en France métropolitaine avec Colissimo et Mondial Relay.</p>
<ul>
  <li>Colissimo à domicile : livraison en 48h, 4,90 € TTC</li>
  <li>Mondial Relay en point relais : 3 à 5 jours, 3,90 € TTC</li>
  <li>Chronopost express : livraison en 24h, 9,90 € TTC</li>
  <li>Retrait en boutique à Lyon 2e : gratuit</li>
</ul>
<h2>Retours</h2>
<p><strong>Retours gratuits sous 30 jours.</strong> Vous disposez de 30 jours à compter de la réception de votre commande pour nous retourner un article qui ne vous convient pas. Les frais de retour sont à notre charge : une étiquette de retour prépayée Colissimo vous est fournie depuis votre compte ou sur simple demande.</p>
<p>Le remboursement est effectué sous 14 jours après réception du colis, sur le moyen de paiement utilisé lors de la commande.</p>"""),
    2: ("mentions-legales", "Mentions légales", f"""
<p>{SHOP_NAME} SARL au capital de 10 000 €, 12 rue Mercière, 69002 Lyon. RCS Lyon 812 345 678. TVA intracommunautaire FR12812345678.</p>
<p>Directrice de la publication : Claire Martin. Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix.</p>
<p>Téléphone : {PHONE}</p>"""),
    3: ("conditions-utilisation", "Conditions d'utilisation", """
<h2>Conditions générales de vente</h2>
<p>Article 1 – Objet. Les présentes conditions générales de vente régissent les ventes réalisées sur le site.</p>
<p>Article 7 – Droit de rétractation. Conformément à l'article L221-18 du Code de la consommation, vous disposez d'un délai de 14 jours pour exercer votre droit de rétractation ; nous l'étendons à 30 jours et prenons en charge les frais de retour (retours gratuits sous 30 jours).</p>"""),
    4: ("a-propos", "A propos", "<p>Atelier d'impression textile fondé à Lyon en 2014.</p>"),
    5: ("paiement-securise", "Paiement sécurisé", "<p>Paiements sécurisés par PayPlug (carte bancaire, Oney 3x 4x), PayPal et virement bancaire.</p>"),
}


def cms_page(req: kit.Request, cms_id: int) -> str | None:
    if cms_id not in CMS_PAGES:
        if cms_id == 0:
            content = '<section id="main"><h1>Page introuvable</h1><p>Nous sommes désolés, mais la page que vous demandez est introuvable.</p></section>'
            return layout(req, "Page introuvable", "pagenotfound", content)
        return None
    slug, title, body = CMS_PAGES[cms_id]
    content = f"""
<section id="main">
  <header class="page-header"><h1>{esc(title)}</h1></header>
  <section id="content" class="page-content page-cms page-cms-{cms_id}">{body}</section>
</section>"""
    return layout(req, title, "cms", content, body_class=f"cms-id-{cms_id}")


def contact_page(req: kit.Request) -> str:
    content = f"""
<section id="main"><section id="content" class="page-content card card-block">
  <h1>Contactez-nous</h1>
  <p>Service client du lundi au vendredi de 9h à 18h : {PHONE}</p>
  <section class="contact-form"><form action="/nous-contacter" method="post">
    <div class="form-group row"><label class="col-md-3 form-control-label" for="email">Adresse e-mail</label><div class="col-md-6"><input class="form-control" id="email" name="from" type="email" placeholder="votre@email.com" autocomplete="email"></div></div>
    <div class="form-group row"><label class="col-md-3 form-control-label" for="contactform-message">Message</label><div class="col-md-9"><textarea class="form-control" id="contactform-message" name="message" rows="3"></textarea></div></div>
    <footer class="form-footer text-sm-right"><input class="btn btn-primary" type="submit" name="submitMessage" value="Envoyer"></footer>
  </form></section>
</section></section>"""
    return layout(req, "Contactez-nous", "contact", content)


def login_page(req: kit.Request, create: bool, error: str = "") -> str:
    if create:
        form = f"""<section class="register-form"><p>Vous avez déjà un compte ? <a href="/connexion">Connectez-vous !</a></p>
<form action="/connexion" id="customer-form" class="js-customer-form" method="post"><section>
{_field("firstname", "Prénom", "", True, autocomplete="given-name")}{_field("lastname", "Nom", "", True, autocomplete="family-name")}
{_field("email", "E-mail", "", True, type_="email", autocomplete="email")}{_field("password", "Mot de passe", "", True, type_="password", autocomplete="new-password")}
{_checkbox("psgdpr", "J'accepte les conditions générales et la politique de confidentialité", True)}</section>
<footer class="form-footer clearfix"><input type="hidden" name="submitCreate" value="1"><button class="btn btn-primary form-control-submit float-xs-right" data-link-action="save-customer" type="submit">Enregistrer</button></footer></form></section>"""
        title = "Créez votre compte"
    else:
        err = f'<div class="help-block"><ul><li class="alert alert-danger">{esc(error)}</li></ul></div>' if error else ""
        form = f"""<section class="login-form">{err}<form id="login-form" action="/connexion" method="post"><section>
{_field("email", "E-mail", "", True, type_="email", autocomplete="email")}{_field("password", "Mot de passe", "", True, type_="password", autocomplete="current-password")}
<div class="forgot-password"><a href="/recuperation-mot-de-passe" rel="nofollow">Mot de passe oublié ?</a></div></section>
<footer class="form-footer text-sm-center clearfix"><input type="hidden" name="submitLogin" value="1"><button id="submit-login" class="btn btn-primary" data-link-action="sign-in" type="submit">Connexion</button></footer></form></section>
<hr><div class="no-account"><a href="/connexion?create_account=1" data-link-action="display-register-form">Pas de compte ? Créez-en un</a></div>"""
        title = "Connectez-vous à votre compte"
    content = f'<section id="main"><header class="page-header"><h1>{title}</h1></header><section id="content" class="page-content card card-block">{form}</section></section>'
    return layout(req, title, "authentication", content)
