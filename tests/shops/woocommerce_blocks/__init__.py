# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""WooCommerce shop with the Cart and Checkout BLOCKS (Storefront header, block cart/checkout pages).

Behaviours: OneTrust consent banner; Klarna on-site messaging on product pages; the cart block at /panier/
is rendered client-side from the Store API (/wp-json/wc/store/v1/cart); ACCOUNT REQUIRED: guest checkout is
disabled, so the checkout block at /commande/ only shows "Vous devez être connecté pour commander." with a
login form and a "Créer un compte" link (for a logged-in customer it renders the one-page block checkout);
free returns within 30 days.
"""

from __future__ import annotations

import json

from .. import kit
from ..kit import Request, Response, esc
from ..woocommerce import wp

NAME = "Maison Ferrand"

PRODUCTS = wp.make_products([
    (31, "veste-en-lin", "Veste en lin", 8900, [("S", True), ("M", True), ("L", True)],
     "Veste déstructurée en lin lavé, doublure en coton, fabriquée en France."),
    (34, "chemise-oxford", "Chemise oxford", 5900, [], "Chemise en coton oxford, col boutonné, coupe ajustée."),
    (37, "pantalon-chino", "Pantalon chino", 6900, [], "Chino en sergé de coton bio, taille mi-haute."),
    (40, "ceinture-cuir", "Ceinture en cuir", 3500, [], "Ceinture en cuir végétal tanné en Italie, boucle laiton."),
])

KLARNA = """
<div class="klarna-onsite-messaging-wrapper"><klarna-placement data-key="credit-promotion-badge" data-locale="fr-FR"
 data-purchase-amount="{amount}" data-theme="default"><div class="klarna-osm-badge" role="note"
 style="display:flex;gap:.6em;align-items:center;border:1px solid #e5e5e5;padding:.6em 1em;margin:1em 0;border-radius:6px">
<span style="background:#ffa8cd;color:#17120f;font-weight:700;padding:.1em .5em;border-radius:4px">Klarna.</span>
<span>Payer en 3 fois sans frais avec Klarna. <a href="#" class="klarna-osm-learn-more">En savoir plus</a></span></div>
</klarna-placement></div>
"""

RETURNS_HTML = """
<h2>Livraison</h2>
<ul><li>Colissimo à domicile (48h) : 4,90&nbsp;€</li><li>Point relais : 3,90&nbsp;€</li>
<li>Livraison gratuite dès 50&nbsp;€ d’achat</li></ul>
<h2>Retours gratuits</h2>
<p>Vous avez 30 jours après réception pour changer d’avis. Les retours sont gratuits : une étiquette prépayée est
disponible depuis votre compte client. Remboursement sous 7 jours après réception du colis.</p>
"""

ONETRUST_HEAD = """<script src="/wp-content/uploads/onetrust/scripttemplates/otSDKStub.js" type="text/javascript"
 charset="UTF-8" data-domain-script="0190a3b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b" data-document-language="true" defer></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
"""

ONETRUST_SDK = r"""
(function () {
  var groups = ['C0001', 'C0002', 'C0003', 'C0004'];
  function read() { var m = document.cookie.match(/(?:^|; )OptanonAlertBoxClosed=([^;]*)/); return m ? m[1] : null; }
  function consentCookie(active) {
    var value = 'isGpcEnabled=0&datestamp=' + encodeURIComponent(new Date().toString()) + '&version=202409.1.0' +
      '&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=' + Math.random().toString(36).slice(2) +
      '&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=' +
      encodeURIComponent(groups.map(function (g) { return g + ':' + (active.indexOf(g) >= 0 ? 1 : 0); }).join(','));
    var age = '; path=/; max-age=' + 365 * 24 * 3600 + '; SameSite=Lax';
    document.cookie = 'OptanonConsent=' + value + age;
    document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + age;
  }
  function setActive(active) { window.OnetrustActiveGroups = ',' + active.join(',') + ','; window.OptanonActiveGroups = window.OnetrustActiveGroups; }
  function close(active) {
    consentCookie(active); setActive(active);
    var banner = document.getElementById('onetrust-banner-sdk'); if (banner) banner.remove();
    var pc = document.getElementById('onetrust-pc-sdk'); if (pc) pc.style.display = 'none';
    var filter = document.querySelector('.onetrust-pc-dark-filter'); if (filter) filter.classList.add('ot-hide');
    if (typeof window.OptanonWrapper === 'function') window.OptanonWrapper();
  }
  window.OneTrust = {ToggleInfoDisplay: function () { document.getElementById('onetrust-pc-sdk').style.display = 'block'; },
    AllowAll: function () { close(groups); }, RejectAll: function () { close(['C0001']); }};
  function render() {
    var root = document.createElement('div');
    root.id = 'onetrust-consent-sdk'; root.setAttribute('data-nosnippet', 'true');
    var closed = read();
    setActive(closed ? (document.cookie.match(/groups=([^;&]*)/) || ['', ''])[1] ? decodeURIComponent(document.cookie.match(/groups=([^;&]*)/)[1]).split(',').filter(function (g) { return /:1$/.test(g); }).map(function (g) { return g.split(':')[0]; }) : ['C0001'] : ['C0001']);
    var pc = '<div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" lang="fr" style="display:none;position:fixed;inset:5% 5%;max-width:640px;margin:auto;background:#fff;z-index:2147483647;padding:24px;overflow:auto;box-shadow:0 2px 20px rgba(0,0,0,.4);font-family:sans-serif;color:#333">' +
      '<h2 id="ot-pc-title">Centre de préférence de la confidentialité</h2>' +
      '<div class="ot-cat-grp">' + [['C0001', 'Cookies strictement nécessaires', true], ['C0002', 'Cookies de performance'], ['C0003', 'Cookies de fonctionnalité'], ['C0004', 'Cookies publicitaires']].map(function (c) {
        return '<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="' + c[0] + '" style="padding:8px 0;border-bottom:1px solid #ddd"><label style="display:flex;justify-content:space-between">' + c[1] +
          (c[2] ? '<span class="ot-always-active">Toujours actif</span>' : '<input type="checkbox" class="category-switch-handler" id="ot-group-id-' + c[0] + '" name="ot-group-id-' + c[0] + '" aria-checked="true" checked>') + '</label></div>';
      }).join('') + '</div>' +
      '<div class="ot-pc-footer" style="margin-top:16px;display:flex;gap:8px;flex-wrap:wrap"><button class="ot-pc-refuse-all-handler">Tout refuser</button>' +
      '<button class="save-preference-btn-handler onetrust-close-btn-handler">Confirmer mes choix</button></div></div>';
    var banner = closed ? '' :
      '<div id="onetrust-banner-sdk" class="otFlat vertical-align-content" tabindex="0" role="region" aria-label="Bannière de cookies" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483645;background:#fff;box-shadow:0 -2px 12px rgba(0,0,0,.2);padding:20px;font-family:sans-serif;color:#333">' +
      '<div role="alertdialog" aria-describedby="onetrust-policy-text" aria-modal="true" aria-label="Bannière de cookies"><div class="ot-sdk-container"><div class="ot-sdk-row">' +
      '<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title" style="font-size:18px;margin:0 0 8px">Nous respectons votre vie privée</h2>' +
      '<div id="onetrust-policy-text" style="font-size:14px">Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour mesurer l’audience et personnaliser les publicités. ' +
      '<a class="ot-cookie-policy-link" href="/politique-de-confidentialite/" aria-label="En savoir plus sur la protection de votre vie privée, s\'ouvre dans un nouvel onglet" rel="noopener" target="_blank">Politique de cookies</a></div></div></div>' +
      '<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group" style="display:flex;gap:8px;flex-wrap:wrap;margin-top:12px">' +
      '<button id="onetrust-pc-btn-handler" class="cookie-setting-link" style="padding:10px 16px;background:#fff;border:1px solid #555">Paramètres des cookies</button>' +
      '<button id="onetrust-reject-all-handler" style="padding:10px 16px;background:#222;color:#fff;border:0">Tout refuser</button>' +
      '<button id="onetrust-accept-btn-handler" style="padding:10px 16px;background:#222;color:#fff;border:0">Tout accepter</button>' +
      '</div></div></div></div></div></div>';
    root.innerHTML = '<div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>' + banner + pc;
    document.body.appendChild(root);
    if (!closed) {
      document.getElementById('onetrust-accept-btn-handler').addEventListener('click', function () { close(groups); });
      document.getElementById('onetrust-reject-all-handler').addEventListener('click', function () { close(['C0001']); });
      document.getElementById('onetrust-pc-btn-handler').addEventListener('click', window.OneTrust.ToggleInfoDisplay);
    }
    root.querySelector('.ot-pc-refuse-all-handler').addEventListener('click', function () { close(['C0001']); });
    root.querySelector('.save-preference-btn-handler').addEventListener('click', function () {
      var active = ['C0001'];
      root.querySelectorAll('input.category-switch-handler:checked').forEach(function (i) { active.push(i.id.replace('ot-group-id-', '')); });
      close(active);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { setTimeout(render, 300); });
  else setTimeout(render, 300);
})();
"""


def store_cart(shop: wp.WooShop, req: Request) -> dict:
    """Store API cart (/wp-json/wc/store/v1/cart), prices in minor units as strings like WooCommerce."""
    subtotal, ship, total, vat = wp.totals(shop, req)
    chosen = wp.chosen_shipping(shop, req)[0]
    money = {"currency_code": "EUR", "currency_symbol": "€", "currency_minor_unit": 2,
             "currency_decimal_separator": ",", "currency_thousand_separator": " ",
             "currency_prefix": "", "currency_suffix": " €"}
    items = [{"key": line["key"], "id": line["product_id"], "quantity": line["qty"], "name": line["product"].name,
              "permalink": f"/produit/{line['product'].slug}/",
              "variation": ([{"attribute": "Taille", "value": line["size"]}] if line.get("size") else []),
              "images": [{"src": kit.product_svg(line["product"].name, "#cfd8d3"), "alt": ""}],
              "prices": {"price": str(line["product"].price_cents), **money},
              "totals": {"line_subtotal": str(line["line_cents"]), "line_total": str(line["line_cents"]), **money}}
             for line in wp.cart_lines(shop, req)]
    rates = [{"rate_id": rid, "name": label, "price": str(cost), "selected": rid == chosen, **money}
             for rid, label, cost in wp.shipping_methods(shop, req)]
    return {"items": items, "items_count": wp.cart_count(req), "needs_shipping": True,
            "shipping_rates": [{"package_id": 0, "name": "Expédition", "shipping_rates": rates}],
            "totals": {"total_items": str(subtotal), "total_shipping": str(ship), "total_price": str(total),
                       "total_tax": str(vat), **money}}


BLOCKS_JS = r"""
<script>
/* wc-blocks: cart block & checkout block front-end (Store API driven) */
(function () {
  var fmt = function (c) { return (parseInt(c, 10) / 100).toFixed(2).replace('.', ',') + '\u00a0€'; };
  var nonce = document.querySelector('meta[name="wc-store-api-nonce"]').content;
  function api(path, body) {
    return fetch('/wp-json/wc/store/v1/' + path, {method: body ? 'POST' : 'GET', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Nonce: nonce}, body: body ? JSON.stringify(body) : undefined})
      .then(function (r) { return r.json(); });
  }
  function renderCart(root, cart) {
    if (!cart.items.length) {
      root.innerHTML = '<div class="wp-block-woocommerce-empty-cart-block"><h2 class="wp-block-heading has-text-align-center with-empty-cart-icon wc-block-cart__empty-cart__title">Votre panier est actuellement vide&nbsp;!</h2>' +
        '<p class="has-text-align-center"><a href="/boutique/">Parcourir la boutique</a></p></div>';
      return;
    }
    var rows = cart.items.map(function (i) {
      return '<tr class="wc-block-cart-items__row" tabindex="-1"><td class="wc-block-cart-item__image" aria-hidden="true"><a href="' + i.permalink + '" tabindex="-1"><img src="' + i.images[0].src + '" alt="" width="80"></a></td>' +
        '<td class="wc-block-cart-item__product"><div class="wc-block-cart-item__wrap"><a class="wc-block-components-product-name" href="' + i.permalink + '">' + i.name + '</a>' +
        '<div class="wc-block-cart-item__prices"><span class="price wc-block-components-product-price"><span class="wc-block-formatted-money-amount wc-block-components-formatted-money-amount wc-block-components-product-price__value">' + fmt(i.prices.price) + '</span></span></div>' +
        (i.variation.length ? '<div class="wc-block-components-product-metadata"><div class="wc-block-components-product-details"><span class="wc-block-components-product-details__taille"><span class="wc-block-components-product-details__name">Taille&nbsp;:</span> <span class="wc-block-components-product-details__value">' + i.variation[0].value + '</span></span></div></div>' : '') +
        '<div class="wc-block-cart-item__quantity"><div class="wc-block-components-quantity-selector"><input class="wc-block-components-quantity-selector__input" type="number" step="1" min="1" max="99" aria-label="Quantité de ' + i.name + ' dans votre panier." value="' + i.quantity + '"></div>' +
        '<button class="wc-block-cart-item__remove-link" aria-label="Retirer ' + i.name + ' du panier" data-key="' + i.key + '">Retirer l’élément</button></div></div></td>' +
        '<td class="wc-block-cart-item__total"><div class="wc-block-cart-item__total-price-and-sale-badge-wrapper"><span class="price wc-block-components-product-price"><span class="wc-block-formatted-money-amount wc-block-components-formatted-money-amount wc-block-components-product-price__value">' + fmt(i.totals.line_total) + '</span></span></div></td></tr>';
    }).join('');
    var rates = cart.shipping_rates[0].shipping_rates.map(function (r) {
      var id = 'radio-control-0-' + r.rate_id;
      return '<label class="wc-block-components-radio-control__option' + (r.selected ? ' wc-block-components-radio-control__option-checked' : '') + '" for="' + id + '">' +
        '<input id="' + id + '" class="wc-block-components-radio-control__input" type="radio" name="radio-control-0" aria-describedby="' + id + '__secondary-label" value="' + r.rate_id + '"' + (r.selected ? ' checked' : '') + '>' +
        '<div class="wc-block-components-radio-control__option-layout"><div class="wc-block-components-radio-control__label-group"><span id="' + id + '__label" class="wc-block-components-radio-control__label">' + r.name + '</span>' +
        '<span id="' + id + '__secondary-label" class="wc-block-components-radio-control__secondary-label">' + (r.price === '0' ? 'Gratuit' : fmt(r.price)) + '</span></div></div></label>';
    }).join('');
    var remaining = 5000 - parseInt(cart.totals.total_items, 10);
    root.innerHTML = '<div class="wc-block-components-sidebar-layout wc-block-cart wp-block-woocommerce-filled-cart-block">' +
      '<div class="wc-block-components-main wc-block-cart__main wp-block-woocommerce-cart-items-block"><table class="wc-block-cart-items wp-block-woocommerce-cart-line-items-block" tabindex="-1">' +
      '<thead><tr class="wc-block-cart-items__header"><th class="wc-block-cart-items__header-image"><span>Produit</span></th><th class="wc-block-cart-items__header-product"><span>Détails</span></th><th class="wc-block-cart-items__header-total"><span>Total</span></th></tr></thead><tbody>' + rows + '</tbody></table></div>' +
      '<div class="wc-block-components-sidebar wc-block-cart__sidebar wp-block-woocommerce-cart-totals-block"><div class="wp-block-woocommerce-cart-order-summary-block">' +
      '<div class="wc-block-components-totals-wrapper"><h2 class="wc-block-cart__totals-title">Total panier</h2></div>' +
      '<div class="wc-block-components-totals-wrapper"><div class="wc-block-components-totals-item"><span class="wc-block-components-totals-item__label">Sous-total</span><span class="wc-block-formatted-money-amount wc-block-components-formatted-money-amount wc-block-components-totals-item__value">' + fmt(cart.totals.total_items) + '</span></div></div>' +
      '<div class="wc-block-components-totals-wrapper"><div class="wc-block-components-totals-item wc-block-components-totals-shipping"><span class="wc-block-components-totals-item__label">Livraison</span><span class="wc-block-components-totals-item__value">' + (cart.totals.total_shipping === '0' ? 'Gratuit' : fmt(cart.totals.total_shipping)) + '</span>' +
      '<div class="wc-block-components-totals-item__description"><div class="wc-block-components-totals-shipping__options"><div class="wc-block-components-radio-control">' + rates + '</div></div>' +
      '<p class="wc-block-components-totals-shipping__via">Livraison estimée sous 2 à 4 jours ouvrés en France métropolitaine.</p></div></div></div>' +
      (remaining > 0 ? '<div class="wc-block-components-totals-wrapper"><p class="free-shipping-notice">Plus que ' + fmt(remaining) + ' pour la livraison offerte (dès 50&nbsp;€).</p></div>' : '') +
      '<div class="wc-block-components-totals-wrapper"><div class="wc-block-components-totals-item wc-block-components-totals-footer-item"><span class="wc-block-components-totals-item__label">Total estimé</span><div class="wc-block-components-totals-item__value"><span class="wc-block-formatted-money-amount wc-block-components-formatted-money-amount wc-block-components-totals-footer-item-tax-value">' + fmt(cart.totals.total_price) + '</span></div>' +
      '<div class="wc-block-components-totals-item__description"><p class="wc-block-components-totals-footer-item-tax">Comprend <span class="wc-block-formatted-money-amount">' + fmt(cart.totals.total_tax) + '</span> de TVA</p></div></div></div></div>' +
      '<div class="wc-block-cart__submit wp-block-woocommerce-proceed-to-checkout-block"><div class="wc-block-cart__submit-container"><a href="/commande/" class="wc-block-components-button wp-element-button wc-block-cart__submit-button contained"><div class="wc-block-components-button__text">Valider la commande</div></a></div></div>' +
      '<div class="wc-block-cart__payment-options wp-block-woocommerce-cart-express-payment-block"></div></div></div>';
  }
  var cartRoot = document.querySelector('.wp-block-woocommerce-cart');
  if (cartRoot) {
    api('cart').then(function (cart) { cartRoot.classList.remove('is-loading'); renderCart(cartRoot, cart); });
    cartRoot.addEventListener('change', function (e) {
      if (e.target.name === 'radio-control-0') {
        api('cart/select-shipping-rate', {package_id: 0, rate_id: e.target.value}).then(function (cart) { renderCart(cartRoot, cart); });
      }
    });
    cartRoot.addEventListener('click', function (e) {
      var rm = e.target.closest('.wc-block-cart-item__remove-link');
      if (rm) api('cart/remove-item', {key: rm.dataset.key}).then(function (cart) { renderCart(cartRoot, cart); });
    });
  }
  var checkoutRoot = document.querySelector('.wp-block-woocommerce-checkout');
  if (checkoutRoot) {
    var settings = JSON.parse(document.getElementById('wc-settings-checkout').textContent);
    setTimeout(function () {
      checkoutRoot.classList.remove('is-loading');
      var tpl = document.getElementById(settings.customerId ? 'wc-block-checkout-form-template' : 'wc-block-checkout-login-template');
      checkoutRoot.innerHTML = tpl.innerHTML;
    }, 450);
  }
})();
</script>
"""


def cart_page(shop: wp.WooShop, req: Request) -> Response:
    body = """<article id="post-7" class="post-7 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Panier</h1></header>
<div class="entry-content">
<div class="wp-block-woocommerce-cart alignwide is-loading">
<div class="wp-block-woocommerce-filled-cart-block"><div class="wc-block-components-skeleton" aria-hidden="true"
 style="height:320px;background:linear-gradient(90deg,#eee,#f7f7f7,#eee)"></div></div>
</div></div></article>"""
    doc = wp.page(shop, req, "Panier", body, "page-template-default page woocommerce-cart woocommerce-page",
                  footer_extra=BLOCKS_JS, head_extra='<meta name="wc-store-api-nonce" content="4b2c9e1f0a">')
    return kit.html_response(doc)


LOGIN_TEMPLATE = """
<div class="wc-block-checkout wc-block-checkout--login-required">
<div class="wc-block-components-notice-banner is-info" role="status"><div class="wc-block-components-notice-banner__content">
Vous devez être connecté pour commander. <a href="/mon-compte/?redirect_to=%2Fcommande%2F">Cliquez ici pour vous connecter.</a></div></div>
<div class="wc-block-checkout__login-form"><h2 class="wc-block-components-title">Se connecter</h2>
<form class="woocommerce-form woocommerce-form-login login" method="post" action="/mon-compte/">
<p class="woocommerce-form-row form-row"><label for="username">Identifiant ou e-mail&nbsp;<span class="required" aria-hidden="true">*</span></label>
<input type="text" class="woocommerce-Input woocommerce-Input--text input-text" name="username" id="username" autocomplete="username" required aria-required="true"></p>
<p class="woocommerce-form-row form-row"><label for="password">Mot de passe&nbsp;<span class="required" aria-hidden="true">*</span></label>
<input class="woocommerce-Input woocommerce-Input--text input-text" type="password" name="password" id="password" autocomplete="current-password" required aria-required="true"></p>
<input type="hidden" name="redirect" value="/commande/">
<p class="form-row"><button type="submit" class="woocommerce-button button woocommerce-form-login__submit wp-element-button" name="login" value="Se connecter">Se connecter</button></p>
<p class="woocommerce-LostPassword lost_password"><a href="/mon-compte/mot-de-passe-perdu/">Mot de passe perdu&nbsp;?</a></p></form>
<p class="wc-block-checkout__create-account">Pas encore de compte&nbsp;? <a href="/mon-compte/#creer-un-compte">Créer un compte</a></p></div>
</div>"""


def text_input(field_id: str, label: str, autocomplete: str, input_type: str = "text", required: bool = True) -> str:
    return (f'<div class="wc-block-components-text-input wc-block-components-address-form__{field_id.split("-")[-1]}">'
            f'<input type="{input_type}" id="{field_id}" autocomplete="{autocomplete}" aria-label="{label}"'
            f'{" required" if required else ""} aria-invalid="false" value="">'
            f'<label for="{field_id}">{label}</label></div>')


def checkout_form_template(shop: wp.WooShop, req: Request) -> str:
    cart = store_cart(shop, req)
    rates = "".join(
        f'<label class="wc-block-components-radio-control__option" for="radio-control-0-{r["rate_id"]}">'
        f'<input id="radio-control-0-{r["rate_id"]}" class="wc-block-components-radio-control__input" type="radio" name="radio-control-0" value="{r["rate_id"]}"{" checked" if r["selected"] else ""}>'
        f'<span class="wc-block-components-radio-control__label">{esc(r["name"])}</span> '
        f'<span class="wc-block-components-radio-control__secondary-label">{"Gratuit" if r["price"] == "0" else kit.euros(int(r["price"]))}</span></label>'
        for r in cart["shipping_rates"][0]["shipping_rates"])
    return f"""
<div class="wc-block-components-sidebar-layout wc-block-checkout">
<div class="wc-block-components-main wc-block-checkout__main">
<form class="wc-block-components-form wc-block-checkout__form">
<div class="wc-block-components-express-payment wc-block-components-express-payment--checkout"><div class="wc-block-components-express-payment__title-container"><h2 class="wc-block-components-express-payment__title">Paiement express</h2></div>
<div class="wc-block-components-express-payment__content"><ul class="wc-block-components-express-payment__event-buttons"><li><button type="button" aria-label="Payer avec Klarna">Klarna</button></li></ul></div></div>
<fieldset class="wc-block-checkout__contact-fields wp-block-woocommerce-checkout-contact-information-block wc-block-components-checkout-step" id="contact-fields"><legend class="screen-reader-text">Coordonnées</legend>
<div class="wc-block-components-checkout-step__heading"><h2 class="wc-block-components-title wc-block-components-checkout-step__title">Coordonnées</h2></div>
<div class="wc-block-components-checkout-step__container">{text_input("email", "Adresse e-mail", "email", "email")}</div></fieldset>
<fieldset class="wc-block-checkout__shipping-fields wc-block-components-checkout-step" id="shipping-fields"><legend class="screen-reader-text">Adresse de livraison</legend>
<div class="wc-block-components-checkout-step__heading"><h2 class="wc-block-components-title wc-block-components-checkout-step__title">Adresse de livraison</h2></div>
<div class="wc-block-components-address-form">
{text_input("shipping-first_name", "Prénom", "given-name")}{text_input("shipping-last_name", "Nom", "family-name")}
{text_input("shipping-address_1", "Adresse", "address-line1")}{text_input("shipping-postcode", "Code postal", "postal-code")}
{text_input("shipping-city", "Ville", "address-level2")}{text_input("shipping-phone", "Téléphone (facultatif)", "tel", "tel", False)}</div></fieldset>
<fieldset class="wc-block-checkout__shipping-option wc-block-components-checkout-step" id="shipping-option"><legend class="screen-reader-text">Options de livraison</legend>
<h2 class="wc-block-components-title wc-block-components-checkout-step__title">Options de livraison</h2>
<div class="wc-block-components-radio-control">{rates}</div></fieldset>
<fieldset class="wc-block-checkout__payment-method wc-block-components-checkout-step" id="payment-method"><legend class="screen-reader-text">Options de paiement</legend>
<h2 class="wc-block-components-title wc-block-components-checkout-step__title">Options de paiement</h2>
<div class="wc-block-components-radio-control">
<div class="wc-block-components-radio-control-accordion-option"><label class="wc-block-components-radio-control__option" for="radio-control-wc-payment-method-options-stripe"><input id="radio-control-wc-payment-method-options-stripe" class="wc-block-components-radio-control__input" type="radio" name="radio-control-wc-payment-method-options" value="stripe" checked><span class="wc-block-components-radio-control__label">Carte bancaire</span></label></div>
<div class="wc-block-components-radio-control-accordion-option"><label class="wc-block-components-radio-control__option" for="radio-control-wc-payment-method-options-klarna_payments"><input id="radio-control-wc-payment-method-options-klarna_payments" class="wc-block-components-radio-control__input" type="radio" name="radio-control-wc-payment-method-options" value="klarna_payments"><span class="wc-block-components-radio-control__label">Payer en 3 fois sans frais avec Klarna</span></label></div>
</div></fieldset>
<div class="wc-block-checkout__actions wp-block-woocommerce-checkout-actions-block"><div class="wc-block-checkout__actions_row">
<a href="/panier/" class="wc-block-components-checkout-return-to-cart-button">Retour au panier</a>
<button type="button" class="wc-block-components-button wp-element-button wc-block-components-checkout-place-order-button contained" data-fixture-final="1"><span class="wc-block-components-button__text"><div class="wc-block-components-checkout-place-order-button__text">Commander</div></span></button>
</div></div></form></div>
<div class="wc-block-components-sidebar wc-block-checkout__sidebar"><div class="wp-block-woocommerce-checkout-order-summary-block"><h2 class="wc-block-components-title">Récapitulatif de commande</h2>
<div class="wc-block-components-totals-item wc-block-components-totals-footer-item"><span class="wc-block-components-totals-item__label">Total</span><span class="wc-block-components-totals-item__value">{kit.euros(int(cart["totals"]["total_price"]))}</span></div></div></div>
</div>"""


def checkout_page(shop: wp.WooShop, req: Request) -> Response:
    if not req.session.get("cart"):
        return kit.redirect("/panier/")
    customer = 7 if req.session.get("logged_in") else 0
    settings = {"customerId": customer, "checkoutAllowsGuest": False, "checkoutAllowsSignup": False,
                "loginUrl": "/mon-compte/?redirect_to=%2Fcommande%2F", "isCheckoutBlock": True}
    body = f"""<article id="post-8" class="post-8 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Commande</h1></header>
<div class="entry-content">
<div class="wp-block-woocommerce-checkout alignwide wc-block-checkout is-loading">
<div class="wc-block-components-skeleton" aria-hidden="true" style="height:420px;background:linear-gradient(90deg,#eee,#f7f7f7,#eee)"></div>
</div></div></article>
<script type="application/json" id="wc-settings-checkout">{json.dumps(settings)}</script>
<template id="wc-block-checkout-login-template">{LOGIN_TEMPLATE}</template>
<template id="wc-block-checkout-form-template">{checkout_form_template(shop, req) if customer else ""}</template>"""
    doc = wp.page(shop, req, "Commande", body, "page-template-default page woocommerce-checkout woocommerce-page",
                  footer_extra=BLOCKS_JS,
                  head_extra=kit.FINAL_BUTTON_SPY + '<meta name="wc-store-api-nonce" content="4b2c9e1f0a">')
    return kit.html_response(doc)


def make_app() -> kit.ShopApp:
    app = wp.WooApp("woocommerce_blocks")
    shop = wp.WooShop(
        name=NAME, tagline="Vestiaire masculin durable, confectionné en Europe", color="#cfd8d3", products=PRODUCTS,
        categories={"vetements": ("Vêtements", [31, 34, 37]), "accessoires": ("Accessoires", [40])},
        head_extra=ONETRUST_HEAD, product_extra={0: ""}, returns_html=RETURNS_HTML,
        returns_short="Retours gratuits sous 30 jours", phone="04 78 00 12 34",
        payment_blurb="Carte bancaire, paiement en 3 fois sans frais avec Klarna.")
    shop.product_extra = {p.id: KLARNA.format(amount=p.price_cents) for p in PRODUCTS}
    wp.register_common_routes(app, shop)
    app.route("GET", "/panier/", lambda req: cart_page(shop, req))
    app.route("GET", "/commande/", lambda req: checkout_page(shop, req))
    app.route("GET", "/wp-content/uploads/onetrust/scripttemplates/otSDKStub.js",
              lambda req: kit.Response(body=ONETRUST_SDK, content_type="application/javascript; charset=utf-8"))
    app.route("GET", "/wp-json/wc/store/v1/cart", lambda req: kit.json_response(store_cart(shop, req)))

    def select_rate(req: Request) -> Response:
        body = req.json_body or {}
        if body.get("rate_id"):
            req.session["chosen_shipping"] = body["rate_id"]
        return kit.json_response(store_cart(shop, req))

    def remove_item(req: Request) -> Response:
        key = (req.json_body or {}).get("key")
        req.session["cart"] = [i for i in req.session.get("cart", []) if i["key"] != key]
        return kit.json_response(store_cart(shop, req))

    def add_item(req: Request) -> Response:
        body = req.json_body or {}
        product = wp.find_product(shop, int(body.get("id", 0) or 0))
        if product is None or product.sizes:
            return kit.json_response({"code": "woocommerce_rest_cart_invalid_product",
                                      "message": "Ce produit ne peut pas être ajouté au panier."}, "400 Bad Request")
        wp.add_to_cart(shop, req, product, int(body.get("quantity", 1) or 1))
        return kit.json_response(store_cart(shop, req), "201 Created")

    app.route("POST", "/wp-json/wc/store/v1/cart/select-shipping-rate", select_rate)
    app.route("POST", "/wp-json/wc/store/v1/cart/remove-item", remove_item)
    app.route("POST", "/wp-json/wc/store/v1/cart/add-item", add_item)

    def place_order(req: Request) -> Response:
        app.record_order()
        return kit.json_response({"order_id": 1234, "status": "pending", "payment_result": {
            "payment_status": "success", "redirect_url": "/commande/order-received/1234/"}})

    app.route("POST", "/wp-json/wc/store/v1/checkout", place_order)

    def wc_ajax(req: Request) -> Response:
        endpoint = req.arg("wc-ajax")
        if endpoint == "add_to_cart":
            return wp.ajax_add_to_cart(shop, req)
        if endpoint == "get_refreshed_fragments":
            return kit.json_response({"fragments": wp.fragments(shop, req)})
        return kit.json_response(0, status="400 Bad Request")

    app.route("POST", "/", wc_ajax)
    return app


EXPECTED = {
    "platform": "woocommerce",
    "reached": "checkout",
    "stop_reason_contains": None,
    "guest_checkout": False,
    "forced_account_creation": True,
    "payment_methods": None,
    "bnpl_providers": {"klarna"},
    "return_policy": {"free_returns": True, "return_window_days": 30, "url_contains": "livraison-et-retours"},
    "cookie_banner": "onetrust",
    "checkout_steps": (1, 2),
    "checkout_form_fields": (0, 3),
}
