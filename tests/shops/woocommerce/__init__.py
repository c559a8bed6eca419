# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""WooCommerce shop, Storefront theme, CLASSIC shortcode checkout (`[woocommerce_checkout]`).

Behaviours: Axeptio consent banner (injected by its SDK after load); a variable product whose size must be
chosen (size L out of stock) with the Alma widget under the price; guest checkout with an optional
"Créer un compte ?"; classic one-page checkout at /commande/ that is slow (~1.2 s) and re-renders the order
review and the payment box through `?wc-ajax=update_order_review` right after load and on every address
or shipping change; payment by Stripe card element (iframe), PayPal Payments, Alma 3x/4x and bank transfer;
final button "Commander"; returns in 14 days at the customer's expense.
"""

from __future__ import annotations

import secrets

from .. import kit
from ..kit import Request, Response, esc
from . import wp

NAME = "Atelier Lison"

PRODUCTS = wp.make_products([
    (12, "sweat-a-capuche", "Sweat à capuche", 4990,
     [("S", True), ("M", True), ("L", False), ("XL", True)],
     "Sweat à capuche en molleton de coton bio, coupe unisexe, fabriqué au Portugal."),
    (15, "t-shirt-col-rond", "T-shirt col rond", 1990, [],
     "T-shirt en jersey de coton bio 180 g/m², sérigraphié à Lyon."),
    (18, "casquette-brodee", "Casquette brodée", 2490, [], "Casquette six panneaux en sergé de coton, brodée."),
    (21, "tote-bag-coton", "Tote bag en coton", 1490, [], "Sac cabas en toile de coton épaisse, anses longues."),
])

ALMA_WIDGET = """
<div class="alma-pp-container"><div id="alma-widget" class="alma-widget-container" data-price="4990"
 data-settings='{"purchaseAmount":4990,"plans":[{"installmentsCount":3},{"installmentsCount":4}],"locale":"fr"}'>
<div class="alma-payment-plans-container"><div class="alma-payment-plans-eligibility-line">
<span class="alma-logo" aria-label="Alma" style="font-weight:700;color:#fa5022">alma</span>
<span class="alma-payment-plans-eligibility-options"><span class="alma-payment-plans-payment-plan">3x</span>
<span class="alma-payment-plans-payment-plan">4x</span></span></div>
<p class="alma-payment-plans-eligibility-txt">Payer en 3x ou 4x avec Alma&nbsp;: 3 × 16,63&nbsp;€ sans frais</p>
</div></div></div>
"""

RETURNS_HTML = """
<h2>Livraison</h2>
<p>Nos commandes sont expédiées sous 24h ouvrées depuis notre atelier lyonnais.</p>
<ul><li>Colissimo à domicile (48h) : 4,90&nbsp;€</li><li>Point relais : 3,90&nbsp;€</li>
<li>Livraison gratuite dès 50&nbsp;€ d’achat</li></ul>
<h2>Retours</h2>
<p>Vous disposez d’un délai de 14 jours à compter de la réception de votre commande pour exercer votre droit de
rétractation et nous retourner un article. Les frais de retour sont à votre charge. Le remboursement est effectué
sous 14 jours après réception du colis.</p>
"""

AXEPTIO_SDK = """
(function () {
  function getCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function setCookie(name, value) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + (182 * 24 * 3600) + '; SameSite=Lax';
  }
  var vendors = ['google_analytics', 'facebook_pixel', 'hotjar'];
  function save(accepted) {
    var choice = {'$$token': Math.random().toString(36).slice(2), '$$date': new Date().toISOString(),
      '$$cookiesVersion': {name: window.axeptioSettings.cookiesVersion, identifier: '65a1b2c3'},
      '$$completed': true};
    vendors.forEach(function (v) { choice[v] = accepted; });
    setCookie('axeptio_cookies', encodeURIComponent(JSON.stringify(choice)));
    setCookie('axeptio_all_vendors', encodeURIComponent(',' + vendors.join(',') + ','));
    setCookie('axeptio_authorized_vendors', encodeURIComponent(accepted ? ',' + vendors.join(',') + ',' : ',,'));
    close();
    (window._axcb || []).forEach(function (cb) { try { cb(window.axeptioSDK); } catch (e) {} });
  }
  function close() {
    var overlay = document.getElementById('axeptio_overlay');
    if (overlay) overlay.remove();
    var mount = document.querySelector('.axeptio_mount');
    mount.insertAdjacentHTML('beforeend',
      '<button id="axeptio_main_button" class="axeptio_main_button" aria-label="Gérer mes cookies" ' +
      'style="position:fixed;left:12px;bottom:12px;width:44px;height:44px;border-radius:50%;border:0;' +
      'background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);z-index:99">🍪</button>');
  }
  function render() {
    var mount = document.createElement('div');
    mount.className = 'axeptio_mount';
    document.body.appendChild(mount);
    if (getCookie('axeptio_cookies')) { close(); return; }
    mount.innerHTML =
      '<div id="axeptio_overlay" class="axeptio_overlay" style="position:fixed;left:0;right:0;bottom:0;' +
      'z-index:2147483600;pointer-events:none">' +
      '<div class="axeptio_widget axeptio-widget--open" role="dialog" aria-modal="false" ' +
      'aria-label="Gestion des cookies" style="pointer-events:auto;position:relative;margin:0 0 16px 16px;' +
      'max-width:380px;width:calc(100% - 32px);background:#fff;border-radius:16px;' +
      'box-shadow:0 4px 24px rgba(0,0,0,.25);padding:20px;font-family:sans-serif;color:#212121">' +
      '<div class="axeptio_widget_content"><div class="axeptio_header"><h2 class="axeptio_title" ' +
      'style="font-size:20px;margin:0 0 8px">Ce site utilise des cookies 🍪</h2></div>' +
      '<p class="axeptio_description" style="font-size:14px">Nous utilisons des cookies pour mesurer ' +
      'l’audience et personnaliser nos publicités. Vous pouvez changer d’avis à tout moment.</p>' +
      '<div class="axeptio_btns" style="display:flex;gap:8px;flex-wrap:wrap">' +
      '<button id="axeptio_btn_dismiss" class="axeptio_btn axeptio_btn_dismiss" type="button" ' +
      'style="flex:1;padding:10px;border-radius:8px;border:1px solid #ccc;background:#fff;color:#212121">' +
      'Non merci</button>' +
      '<button id="axeptio_btn_configure" class="axeptio_btn axeptio_btn_configure" type="button" ' +
      'style="flex:1;padding:10px;border-radius:8px;border:1px solid #ccc;background:#fff;color:#212121">' +
      'Je choisis</button>' +
      '<button id="axeptio_btn_acceptAll" class="axeptio_btn axeptio_btn_acceptAll" type="button" ' +
      'style="flex:1;padding:10px;border-radius:8px;border:0;background:#f7d046;color:#212121">' +
      'OK pour moi</button></div>' +
      '<p style="font-size:11px;margin:8px 0 0"><a href="https://www.axeptio.eu" rel="noopener" ' +
      'style="pointer-events:none;color:#999">Consentements certifiés par axeptio</a></p></div></div></div>';
    document.getElementById('axeptio_btn_acceptAll').addEventListener('click', function () { save(true); });
    document.getElementById('axeptio_btn_dismiss').addEventListener('click', function () { save(false); });
    document.getElementById('axeptio_btn_configure').addEventListener('click', function () { save(false); });
  }
  window.axeptioSDK = {openCookies: render};
  setTimeout(render, 600);
})();
"""

AXEPTIO_HEAD = """<script>
window.axeptioSettings = {clientId: "6489f0c2a1b2c3d4e5f60718", cookiesVersion: "atelier-lison-fr-EU",
  googleConsentMode: {default: {analytics_storage: "denied", ad_storage: "denied"}}};
</script>
<script async src="/wp-content/plugins/axeptio-sdk-integration/dist/sdk.js"></script>
"""

STRIPE_INNER = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Cadre sécurisé de paiement</title>
<style>body{margin:0;font-family:sans-serif;font-size:15px}label{display:block;margin:6px 0 2px;color:#30313d}
input{width:100%;box-sizing:border-box;padding:10px;border:1px solid #e6e6e6;border-radius:5px;font-size:15px}
.Row{display:flex;gap:10px}.Row>div{flex:1}</style></head><body>
<form class="p-PaymentForm" autocomplete="on" novalidate onsubmit="return false">
<div><label for="Field-numberInput">Numéro de carte</label><input id="Field-numberInput" name="number"
 autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234" aria-label="Numéro de carte"></div>
<div class="Row"><div><label for="Field-expiryInput">Date d’expiration</label><input id="Field-expiryInput"
 name="expiry" autocomplete="cc-exp" inputmode="numeric" placeholder="MM / AA" aria-label="Date d’expiration"></div>
<div><label for="Field-cvcInput">Code de sécurité</label><input id="Field-cvcInput" name="cvc" autocomplete="cc-csc"
 inputmode="numeric" placeholder="CVC" aria-label="Code de sécurité"></div></div>
</form></body></html>"""

PAYPAL_BUTTONS = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>PayPal</title>
<style>body{margin:0;font-family:sans-serif}.paypal-button{display:block;width:100%;height:45px;border:0;
border-radius:4px;background:#ffc439;font-weight:700;font-size:16px;color:#003087;margin-bottom:8px;cursor:pointer}
.paypal-button-card{background:#2c2e2f;color:#fff}</style></head><body>
<div class="paypal-button-container"><button type="button" class="paypal-button paypal-button-color-gold"
 aria-label="PayPal">PayPal</button><button type="button" class="paypal-button paypal-button-card"
 aria-label="Carte de débit ou de crédit">Carte de débit ou de crédit</button>
<div class="paypal-powered-by">Optimisé par PayPal</div></div></body></html>"""

COUNTRIES = [("BE", "Belgique"), ("FR", "France"), ("LU", "Luxembourg"), ("CH", "Suisse")]


def field(name: str, label: str, autocomplete: str, classes: str = "form-row-wide", required: bool = True,
          input_type: str = "text", priority: int = 10, placeholder: str = "", extra_class: str = "",
          label_class: str = "") -> str:
    req_cls = " validate-required" if required else ""
    if name.endswith("_postcode"):
        req_cls += " validate-postcode"
    if name.endswith("_email"):
        req_cls += " validate-email"
    if name.endswith("_phone"):
        req_cls += " validate-phone"
    marker = ('&nbsp;<span class="required" aria-hidden="true">*</span>' if required
              else '&nbsp;<span class="optional">(facultatif)</span>')
    aria = ' aria-required="true"' if required else ""
    lab_cls = ("required_field " if required else "") + label_class
    return (f'<p class="form-row {classes} {extra_class}{req_cls}" id="{name}_field" data-priority="{priority}">'
            f'<label for="{name}" class="{lab_cls.strip()}">{label}{marker}</label>'
            f'<span class="woocommerce-input-wrapper"><input type="{input_type}" class="input-text " name="{name}" '
            f'id="{name}" placeholder="{placeholder}" value=""{aria} autocomplete="{autocomplete}"></span></p>')


def country_field(prefix: str) -> str:
    options = "".join(f'<option value="{code}"{" selected" if code == "FR" else ""}>{label}</option>'
                      for code, label in COUNTRIES)
    return (f'<p class="form-row form-row-wide address-field update_totals_on_change validate-required" '
            f'id="{prefix}_country_field" data-priority="40"><label for="{prefix}_country" class="required_field">'
            f'Pays/région&nbsp;<span class="required" aria-hidden="true">*</span></label>'
            f'<span class="woocommerce-input-wrapper"><select name="{prefix}_country" id="{prefix}_country" '
            f'class="country_to_state country_select select2-hidden-accessible" autocomplete="country" '
            f'data-placeholder="Sélectionnez un pays / une région…" data-label="Pays/région" aria-required="true" '
            f'tabindex="-1" aria-hidden="true"><option value="">Sélectionnez un pays / une région…</option>'
            f'{options}</select></span></p>')


def address_fields(prefix: str) -> str:
    return "".join([
        field(f"{prefix}_first_name", "Prénom", "given-name", "form-row-first", priority=10),
        field(f"{prefix}_last_name", "Nom", "family-name", "form-row-last", priority=20),
        field(f"{prefix}_company", "Nom de l’entreprise", "organization", required=False, priority=30),
        country_field(prefix),
        field(f"{prefix}_address_1", "Numéro et nom de rue", "address-line1", extra_class="address-field",
              priority=50, placeholder="Numéro de voie et nom de la rue"),
        field(f"{prefix}_address_2", "Appartement, suite, unité, etc.", "address-line2", required=False,
              extra_class="address-field", priority=60, placeholder="Bâtiment, appartement, lot, etc. (facultatif)",
              label_class="screen-reader-text"),
        field(f"{prefix}_postcode", "Code postal", "postal-code", extra_class="address-field", priority=65),
        field(f"{prefix}_city", "Ville", "address-level2", extra_class="address-field", priority=70),
        (f'<p class="form-row form-row-wide address-field" id="{prefix}_state_field" style="display:none">'
         f'<input type="hidden" id="{prefix}_state" name="{prefix}_state" value="" autocomplete="address-level1" '
         f'data-input-classes="" class="hidden"></p>'),
    ])


def alma_plans(total: int) -> str:
    rows = []
    for count in (3, 4):
        share = total // count
        first = total - share * (count - 1)
        rows.append(
            f'<div class="alma_woocommerce_gateway_checkout_plan" id="alma-checkout-plan-details-{count}">'
            f'<label><input type="radio" name="alma_fee_plan" value="general_{count}_0_0" '
            f'id="alma_fee_plan_general_{count}_0_0"{" checked" if count == 3 else ""}> {count}x sans frais : '
            f'aujourd’hui {wp.price_html(first)} puis {count - 1} × {wp.price_html(share)}</label></div>')
    return "".join(rows)


def payment_html(shop: wp.WooShop, req: Request, chosen: str) -> str:
    total = wp.totals(shop, req)[2]
    frame = f"__privateStripeFrame{secrets.randbelow(9000) + 1000}"
    gateways = [
        ("stripe", 'Carte de crédit/débit <span class="wc-stripe-card-icons">Visa · Mastercard · CB</span>',
         f'<fieldset id="wc-stripe-upe-form" class="wc-upe-form wc-payment-form">'
         f'<div class="wc-stripe-upe-element StripeElement" data-payment-method-type="card">'
         f'<div class="__PrivateStripeElement" style="margin:0;padding:0;border:none;display:block;background:'
         f'transparent;position:relative;opacity:1;"><iframe name="{frame}" frameborder="0" allowtransparency="true"'
         f' scrolling="no" role="presentation" allow="payment *" title="Cadre sécurisé pour la saisie des '
         f'informations de paiement" src="/wp-content/plugins/woocommerce-gateway-stripe/build/'
         f'elements-inner-payment.html?locale=fr"></iframe></div></div>'
         f'<div class="wc-stripe-upe-errors" role="alert"></div>'
         f'<input id="wc-stripe-payment-method-upe" type="hidden" name="wc-stripe-payment-method-upe" value="">'
         f'</fieldset><p class="wc-stripe-save-source"><label><input type="checkbox" id="wc-stripe-new-payment-'
         f'method" name="wc-stripe-new-payment-method" value="true"> Enregistrer les informations de paiement sur '
         f'mon compte pour les prochains achats.</label></p>', ""),
        ("ppcp-gateway", "PayPal",
         "<p>Payez via PayPal&nbsp;; vous pouvez payer avec votre carte bancaire si vous n’avez pas de compte "
         "PayPal.</p>", "Payer avec PayPal"),
        ("alma", 'Paiement en 3 ou 4 fois par carte bancaire <span class="alma-logo" '
                 'style="color:#fa5022;font-weight:700">Alma</span>',
         f'<p>Payez en 3 ou 4 fois sans frais avec Alma, par carte bancaire.</p>{alma_plans(total)}', ""),
        ("bacs", "Virement bancaire",
         "<p>Effectuez le paiement directement depuis votre compte bancaire. Veuillez utiliser l’ID de votre "
         "commande comme référence du paiement. Votre commande ne sera pas expédiée tant que les fonds ne seront "
         "pas reçus.</p>", ""),
    ]
    items = []
    for gid, label, box, button_text in gateways:
        checked = gid == chosen
        checked_attr = " checked='checked'" if checked else ""
        box_style = "" if checked else ' style="display:none;"'
        items.append(
            f'<li class="wc_payment_method payment_method_{gid}">'
            f'<input id="payment_method_{gid}" type="radio" class="input-radio" name="payment_method" value="{gid}"'
            f'{checked_attr} data-order_button_text="{esc(button_text)}">'
            f'<label for="payment_method_{gid}">{label}</label>'
            f'<div class="payment_box payment_method_{gid}"{box_style}>'
            f'{box}</div></li>')
    paypal_visible = chosen == "ppcp-gateway"
    return f"""<div id="payment" class="woocommerce-checkout-payment">
<ul class="wc_payment_methods payment_methods methods">{"".join(items)}</ul>
<div class="form-row place-order">
<noscript>Votre navigateur ne prend pas en charge JavaScript ou celui-ci est désactivé&nbsp;; assurez-vous de cliquer
 sur le bouton <em>Mettre à jour les totaux</em> avant de passer commande.<br><button type="submit"
 class="button alt" name="woocommerce_checkout_update_totals" value="Mettre à jour les totaux">Mettre à jour les
 totaux</button></noscript>
<div class="woocommerce-terms-and-conditions-wrapper">
<div class="woocommerce-privacy-policy-text"><p>Vos données personnelles seront utilisées pour le traitement de votre
 commande, vous accompagner au cours de votre visite du site web, et pour d’autres raisons décrites dans notre
 <a href="/politique-de-confidentialite/" class="woocommerce-privacy-policy-link" target="_blank">politique de
 confidentialité</a>.</p></div>
<p class="form-row validate-required"><label class="woocommerce-form__label woocommerce-form__label-for-checkbox
 checkbox"><input type="checkbox" class="woocommerce-form__input woocommerce-form__input-checkbox input-checkbox"
 name="terms" id="terms"><span class="woocommerce-terms-and-conditions-checkbox-text">J’ai lu et j’accepte les
 <a href="/conditions-generales-de-vente/" class="woocommerce-terms-and-conditions-link" target="_blank">conditions
 générales</a> du site</span>&nbsp;<span class="required" aria-hidden="true">*</span></label>
<input type="hidden" name="terms-field" value="1"></p></div>
<button type="submit" class="button alt wp-element-button" name="woocommerce_checkout_place_order" id="place_order"
 value="Commander" data-value="Commander" data-fixture-final="1"{' style="display:none;"' if paypal_visible else ''}>
Commander</button>
<div id="ppc-button-ppcp-gateway" class="ppcp-button-wrapper"{'' if paypal_visible else ' style="display:none;"'}>
<div class="paypal-buttons paypal-buttons-context-iframe paypal-buttons-label-paypal paypal-buttons-layout-vertical">
<iframe name="__zoid__paypal_buttons__fixture" title="PayPal" allowtransparency="true" scrolling="no"
 style="width:100%;height:110px;border:0"
 src="/wp-content/plugins/woocommerce-paypal-payments/modules/ppcp-button/smart-buttons.html"></iframe></div></div>
<input type="hidden" id="woocommerce-process-checkout-nonce" name="woocommerce-process-checkout-nonce"
 value="3f9a2b7c1d"><input type="hidden" name="_wp_http_referer" value="/?wc-ajax=update_order_review">
</div></div>"""


def review_table(shop: wp.WooShop, req: Request) -> str:
    subtotal, _ship, total, vat = wp.totals(shop, req)
    rows = "".join(
        f'<tr class="cart_item"><td class="product-name">{esc(line["name"])}&nbsp;<strong class="product-quantity">'
        f'&times;&nbsp;{line["qty"]}</strong></td><td class="product-total">{wp.price_html(line["line_cents"])}</td>'
        f'</tr>' for line in wp.cart_lines(shop, req))
    return f"""<table class="shop_table woocommerce-checkout-review-order-table">
<thead><tr><th class="product-name">Produit</th><th class="product-total">Sous-total</th></tr></thead>
<tbody>{rows}</tbody>
<tfoot><tr class="cart-subtotal"><th>Sous-total</th><td>{wp.price_html(subtotal)}</td></tr>
<tr class="woocommerce-shipping-totals shipping"><th>Expédition</th><td data-title="Expédition">
{wp.shipping_list_html(shop, req)}</td></tr>
<tr class="order-total"><th>Total</th><td><strong>{wp.price_html(total)}</strong>
<small class="includes_tax">(comprend {wp.price_html(vat)} TVA)</small></td></tr></tfoot></table>"""


CHECKOUT_JS = """
<script>
/* checkout.js equivalent (jQuery-free) */
(function () {
  var form = document.querySelector('form.checkout');
  var review = document.getElementById('order_review');
  function toggle(sel) { var el = document.querySelector(sel);
    el.style.display = el.style.display === 'none' ? '' : 'none'; }
  document.querySelector('.showlogin').addEventListener('click', function (e) {
    e.preventDefault(); toggle('form.woocommerce-form-login'); });
  document.querySelector('.showcoupon').addEventListener('click', function (e) {
    e.preventDefault(); toggle('form.checkout_coupon'); });
  var create = document.getElementById('createaccount');
  if (create) create.addEventListener('change', function () {
    document.querySelector('div.create-account').style.display = create.checked ? '' : 'none'; });
  var ship = document.getElementById('ship-to-different-address-checkbox');
  ship.addEventListener('change', function () {
    document.querySelector('.shipping_address').style.display = ship.checked ? '' : 'none';
    trigger(); });

  /* selectWoo on the country selects */
  document.querySelectorAll('select.country_select').forEach(function (select) {
    var span = document.createElement('span');
    span.className = 'select2 select2-container select2-container--default';
    span.setAttribute('dir', 'ltr'); span.style.width = '100%';
    span.innerHTML = '<span class="selection"><span class="select2-selection select2-selection--single" ' +
      'role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-label="Pays/région" ' +
      'aria-labelledby="select2-' + select.id + '-container" style="display:block;padding:.6em;background:#f2f2f2">' +
      '<span class="select2-selection__rendered" id="select2-' + select.id + '-container" role="textbox" ' +
      'aria-readonly="true"></span><span class="select2-selection__arrow" role="presentation">▾</span></span>' +
      '</span>';
    select.style.cssText = 'position:absolute!important;width:1px!important;height:1px!important;' +
      'clip:rect(0 0 0 0);overflow:hidden;border:0;padding:0';
    select.after(span);
    var rendered = span.querySelector('.select2-selection__rendered');
    function sync() { rendered.textContent = select.options[select.selectedIndex].text;
      rendered.title = rendered.textContent; }
    sync();
    select.addEventListener('change', sync);
    span.querySelector('.select2-selection').addEventListener('click', function () {
      var open = document.querySelector('.select2-dropdown');
      if (open) { open.parentNode.remove(); return; }
      var drop = document.createElement('span');
      drop.className = 'select2-container select2-container--default select2-container--open';
      var items = Array.prototype.slice.call(select.options).filter(function (o) { return o.value; })
        .map(function (o) { return '<li class="select2-results__option" role="option" data-value="' + o.value +
          '" aria-selected="' + (o.selected ? 'true' : 'false') + '">' + o.text + '</li>'; }).join('');
      drop.innerHTML = '<span class="select2-dropdown select2-dropdown--below" dir="ltr" style="display:block;' +
        'background:#fff;border:1px solid #aaa"><span class="select2-results"><ul class="select2-results__options"' +
        ' role="listbox" style="list-style:none;margin:0;padding:0">' + items + '</ul></span></span>';
      span.after(drop);
      drop.addEventListener('click', function (ev) {
        var li = ev.target.closest('li'); if (!li) return;
        select.value = li.dataset.value; select.dispatchEvent(new Event('change', {bubbles: true}));
        drop.remove();
      });
    });
  });

  function bindPayment() {
    var button = document.getElementById('place_order');
    var ppcp = document.getElementById('ppc-button-ppcp-gateway');
    document.querySelectorAll('input[name="payment_method"]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        document.querySelectorAll('.payment_box').forEach(function (box) { box.style.display = 'none'; });
        var box = document.querySelector('.payment_box.payment_method_' + radio.value);
        if (box) box.style.display = '';
        var isPaypal = radio.value === 'ppcp-gateway';
        button.style.display = isPaypal ? 'none' : '';
        ppcp.style.display = isPaypal ? '' : 'none';
        var text = radio.dataset.order_button_text || button.dataset.value;
        button.textContent = text;
      });
    });
  }
  bindPayment();

  var timer = null, xhr = 0;
  function trigger() { clearTimeout(timer); timer = setTimeout(update, 300); }
  function update() {
    var mine = ++xhr;
    review.classList.add('processing');
    review.insertAdjacentHTML('beforeend',
      '<div class="blockUI" style="display:none"></div><div class="blockUI blockOverlay"></div>');
    var data = new FormData(form);
    var body = new URLSearchParams();
    body.append('security', '7d1e4c9b2a');
    body.append('payment_method', data.get('payment_method') || '');
    ['country', 'state', 'postcode', 'city', 'address_1', 'address_2'].forEach(function (k) {
      body.append(k === 'address_1' ? 'address' : k, data.get('billing_' + k) || '');
      body.append(k === 'address_1' ? 's_address' : 's_' + k, data.get('billing_' + k) || '');
    });
    body.append('has_full_address', data.get('billing_postcode') && data.get('billing_city') ? 'true' : 'false');
    var chosen = form.querySelector('input.shipping_method:checked');
    if (chosen) body.append('shipping_method[0]', chosen.value);
    fetch('/?wc-ajax=update_order_review', {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (r) { return r.json(); }).then(function (res) {
        if (mine !== xhr) return;
        var terms = document.getElementById('terms');
        var termsChecked = terms && terms.checked;
        Object.keys(res.fragments).forEach(function (sel) {
          var el = document.querySelector(sel); if (el) el.outerHTML = res.fragments[sel];
        });
        var newTerms = document.getElementById('terms'); if (newTerms) newTerms.checked = termsChecked;
        review.querySelectorAll('.blockUI').forEach(function (b) { b.remove(); });
        review.classList.remove('processing');
        bindPayment();
        document.body.dispatchEvent(new CustomEvent('updated_checkout'));
      });
  }
  form.addEventListener('change', function (e) {
    var t = e.target;
    if (t.matches('input.shipping_method, #billing_country, #shipping_country') ||
        (t.closest('.address-field') && t.matches('input'))) { trigger(); }
  });
  form.addEventListener('input', function (e) {
    if (e.target.matches('#billing_postcode, #billing_city')) trigger();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var errors = [];
    form.querySelectorAll('.validate-required').forEach(function (row) {
      var input = row.querySelector('input:not([type=hidden]), select');
      if (!input || row.offsetParent === null) return;
      var empty = input.type === 'checkbox' ? !input.checked : !input.value.trim();
      row.classList.toggle('woocommerce-invalid', empty);
      row.classList.toggle('woocommerce-invalid-required-field', empty);
      if (empty) {
        var label = row.querySelector('label');
        errors.push(input.id === 'terms' ? 'Veuillez prendre connaissance et accepter les conditions générales ' +
          'pour poursuivre votre commande.' : '<strong>' + label.childNodes[0].textContent.trim() +
          '</strong> est un champ obligatoire.');
      }
    });
    var old = document.querySelector('.woocommerce-NoticeGroup-checkout'); if (old) old.remove();
    if (errors.length) {
      form.insertAdjacentHTML('afterbegin', '<div class="woocommerce-NoticeGroup woocommerce-NoticeGroup-checkout">' +
        '<ul class="woocommerce-error" role="alert">' + errors.map(function (m) { return '<li>' + m + '</li>'; })
        .join('') + '</ul></div>');
      window.scrollTo(0, form.getBoundingClientRect().top + window.scrollY - 100);
      return;
    }
    form.classList.add('processing');
    fetch('/?wc-ajax=checkout', {method: 'POST', body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (res) {
        if (res.result === 'success') window.location = res.redirect;
      });
  });
  update();
})();
</script>
"""


def checkout_page(shop: wp.WooShop, req: Request) -> Response:
    if not req.session.get("cart"):
        return kit.redirect("/panier/")
    chosen_payment = req.session.get("chosen_payment", "stripe")
    body = f"""<article id="post-8" class="post-8 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Commande</h1></header>
<div class="entry-content"><div class="woocommerce">
<div class="woocommerce-notices-wrapper"></div>
<div class="woocommerce-form-login-toggle"><div class="woocommerce-info" role="status">Déjà client&nbsp;?
 <a href="#" class="showlogin">Cliquez ici pour vous connecter</a></div></div>
<form class="woocommerce-form woocommerce-form-login login" method="post" action="/mon-compte/" style="display:none;">
<p>Si vous avez déjà commandé avec nous, veuillez saisir vos informations de connexion ci-dessous. Si vous êtes un
 nouveau client, veuillez vous rendre dans la section Facturation.</p>
<p class="form-row form-row-first"><label for="username">Identifiant ou e-mail&nbsp;<span class="required"
 aria-hidden="true">*</span></label><input type="text" class="input-text" name="username" id="username"
 autocomplete="username" required aria-required="true"></p>
<p class="form-row form-row-last"><label for="password">Mot de passe&nbsp;<span class="required"
 aria-hidden="true">*</span></label><input class="input-text woocommerce-Input" type="password" name="password"
 id="password" autocomplete="current-password" required aria-required="true"></p>
<div class="clear"></div>
<p class="form-row"><label class="woocommerce-form__label woocommerce-form__label-for-checkbox
 woocommerce-form-login__rememberme"><input class="woocommerce-form__input woocommerce-form__input-checkbox"
 name="rememberme" type="checkbox" id="rememberme" value="forever"> <span>Se souvenir de moi</span></label>
<input type="hidden" name="redirect" value="/commande/"><button type="submit" class="woocommerce-button button
 woocommerce-form-login__submit" name="login" value="Connexion">Connexion</button></p>
<p class="lost_password"><a href="/mon-compte/mot-de-passe-perdu/">Mot de passe perdu&nbsp;?</a></p></form>
<div class="woocommerce-form-coupon-toggle"><div class="woocommerce-info" role="status">Vous avez un code
 promo&nbsp;? <a href="#" class="showcoupon">Cliquez ici pour saisir votre code</a></div></div>
<form class="checkout_coupon woocommerce-form-coupon" method="post" style="display:none">
<p>Si vous avez un code promo, veuillez l’appliquer ci-dessous.</p>
<p class="form-row form-row-first"><label for="coupon_code" class="screen-reader-text">Code promo&nbsp;:</label>
<input type="text" name="coupon_code" class="input-text" placeholder="Code promo" id="coupon_code" value=""></p>
<p class="form-row form-row-last"><button type="submit" class="button" name="apply_coupon"
 value="Appliquer le code promo">Appliquer le code promo</button></p><div class="clear"></div></form>
<div class="woocommerce-notices-wrapper"></div>
<form name="checkout" method="post" class="checkout woocommerce-checkout" action="/commande/"
 enctype="multipart/form-data" aria-label="Commande" novalidate="novalidate">
<div class="col2-set" id="customer_details">
<div class="col-1"><div class="woocommerce-billing-fields"><h3>Détails de facturation</h3>
<div class="woocommerce-billing-fields__field-wrapper">
{address_fields("billing")}
{field("billing_phone", "Téléphone", "tel", input_type="tel", priority=100)}
{field("billing_email", "Adresse e-mail", "email", input_type="email", priority=110)}
</div></div>
<div class="woocommerce-account-fields"><p class="form-row form-row-wide create-account">
<label class="woocommerce-form__label woocommerce-form__label-for-checkbox checkbox"><input
 class="woocommerce-form__input woocommerce-form__input-checkbox input-checkbox" id="createaccount" type="checkbox"
 name="createaccount" value="1"> <span>Créer un compte&nbsp;?</span></label></p>
<div class="create-account" style="display:none">
{field("account_password", "Créer un mot de passe pour le compte", "new-password", input_type="password")}
<div class="clear"></div></div></div>
</div>
<div class="col-2"><div class="woocommerce-shipping-fields">
<h3 id="ship-to-different-address"><label class="woocommerce-form__label woocommerce-form__label-for-checkbox
 checkbox"><input id="ship-to-different-address-checkbox" class="woocommerce-form__input
 woocommerce-form__input-checkbox input-checkbox" type="checkbox" name="ship_to_different_address" value="1">
 <span>Expédier à une adresse différente&nbsp;?</span></label></h3>
<div class="shipping_address" style="display:none"><div class="woocommerce-shipping-fields__field-wrapper">
{address_fields("shipping")}</div></div></div>
<div class="woocommerce-additional-fields"><h3>Informations complémentaires</h3>
<div class="woocommerce-additional-fields__field-wrapper"><p class="form-row notes" id="order_comments_field"
 data-priority=""><label for="order_comments" class="">Notes de commande&nbsp;<span class="optional">(facultatif)
</span></label><span class="woocommerce-input-wrapper"><textarea name="order_comments" class="input-text "
 id="order_comments" placeholder="Commentaires concernant votre commande, ex. : consignes de livraison." rows="2"
 cols="5"></textarea></span></p></div></div>
</div></div>
<h3 id="order_review_heading">Votre commande</h3>
<div id="order_review" class="woocommerce-checkout-review-order">
{review_table(shop, req)}
{payment_html(shop, req, chosen_payment)}
</div>
</form>
</div></div></article>"""
    doc = wp.page(shop, req, "Commande", body, "page-template-default page woocommerce-checkout woocommerce-page",
                  footer_extra=CHECKOUT_JS, head_extra=kit.FINAL_BUTTON_SPY)
    return kit.html_response(doc, delay_s=1.2)


def make_app() -> kit.ShopApp:
    app = wp.WooApp("woocommerce")
    shop = wp.WooShop(
        name=NAME, tagline="Vêtements en coton bio imprimés à Lyon", color="#d9c3b0", products=PRODUCTS,
        categories={"vetements": ("Vêtements", [12, 15]), "accessoires": ("Accessoires", [18, 21])},
        head_extra=AXEPTIO_HEAD, product_extra={12: ALMA_WIDGET}, returns_html=RETURNS_HTML)
    wp.register_common_routes(app, shop)
    app.route("GET", "/panier/", lambda req: wp.cart_page(shop, req))
    app.route("POST", "/panier/", lambda req: wp.cart_page(shop, req))
    app.route("GET", "/commande/", lambda req: checkout_page(shop, req))

    def static(body: str, content_type: str = "text/html; charset=utf-8"):
        return lambda req: kit.Response(body=body, content_type=content_type)

    app.route("GET", "/wp-content/plugins/axeptio-sdk-integration/dist/sdk.js",
              static(AXEPTIO_SDK, "application/javascript; charset=utf-8"))
    app.route("GET", "/wp-content/plugins/woocommerce-gateway-stripe/build/elements-inner-payment.html",
              static(STRIPE_INNER))
    app.route("GET", "/wp-content/plugins/woocommerce-paypal-payments/modules/ppcp-button/smart-buttons.html",
              static(PAYPAL_BUTTONS))

    def wc_ajax(req: Request) -> Response:
        endpoint = req.arg("wc-ajax")
        if endpoint == "add_to_cart":
            return wp.ajax_add_to_cart(shop, req)
        if endpoint == "get_refreshed_fragments":
            return kit.json_response({"fragments": wp.fragments(shop, req)})
        if endpoint == "update_shipping_method":
            return wp.update_shipping_method(shop, req)
        if endpoint == "update_order_review":
            if req.arg("shipping_method[0]"):
                req.session["chosen_shipping"] = req.arg("shipping_method[0]")
            if req.arg("payment_method"):
                req.session["chosen_payment"] = req.arg("payment_method")
            chosen = req.session.get("chosen_payment", "stripe")
            data = {"result": "success", "messages": "", "reload": False, "fragments": {
                ".woocommerce-checkout-review-order-table": review_table(shop, req),
                ".woocommerce-checkout-payment": payment_html(shop, req, chosen)}}
            response = kit.json_response(data)
            response.delay_s = 0.35
            return response
        if endpoint == "checkout":
            app.record_order()
            if req.arg("createaccount"):
                with app.lock:
                    app.stats["accounts_created"] += 1
            order = secrets.randbelow(9000) + 1000
            req.session["cart"] = []
            return kit.json_response({"result": "success", "order_id": order,
                                      "redirect": f"/commande/order-received/{order}/?key=wc_order_x"})
        return kit.json_response(0, status="400 Bad Request")

    app.route("POST", "/", wc_ajax)
    app.route("POST", "/commande/", lambda req: (app.record_order(), kit.redirect("/commande/"))[1])
    return app


EXPECTED = {
    "platform": "woocommerce",
    "reached": "payment",
    "stop_reason_contains": None,
    "guest_checkout": True,
    "forced_account_creation": False,
    "payment_methods": {"card", "paypal", "pay_in_3x", "pay_in_4x", "bank_transfer"},
    "bnpl_providers": {"alma"},
    "return_policy": {"free_returns": False, "return_window_days": 14, "url_contains": "livraison-et-retours"},
    "cookie_banner": "axeptio",
    "checkout_steps": (2, 2),
    "checkout_form_fields": (9, 18),
}
