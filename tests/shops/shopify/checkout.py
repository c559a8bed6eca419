# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""Shopify's one-page checkout (/checkouts/cn/<token>): Contact, Livraison, Mode d'expédition (appears once
the address is complete, fetched client-side), Paiement (card fields in iframes, PayPal, Alma) and the
express checkout buttons at the top."""

from __future__ import annotations

from .. import kit
from ..kit import Request, Response, esc
from . import theme

SHIPPING = [("colissimo-domicile", "Colissimo - Livraison à domicile", 490, "2 à 3 jours ouvrés"),
            ("mondial-relay", "Mondial Relay - Point relais", 390, "3 à 5 jours ouvrés"),
            ("chronopost", "Chronopost - Express", 990, "1 jour ouvré")]


def rates(subtotal: int) -> list[dict]:
    out = []
    for handle, title, cents, estimate in SHIPPING:
        amount = 0 if handle == "colissimo-domicile" and subtotal >= theme.FREE_SHIPPING_CENTS else cents
        out.append({"handle": handle, "title": title, "amount": amount,
                     "amountLabel": "GRATUIT" if amount == 0 else kit.euros(amount), "estimate": estimate})
    return out


CARD_FIELD = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Champ de paiement sécurisé</title><style>body{{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif}}
input{{width:100%;box-sizing:border-box;height:46px;padding:14px 11px 0;border:0;font-size:14px;outline:0;background:transparent}}
label{{position:absolute;top:4px;left:11px;font-size:12px;color:#707070}}</style></head><body>
<form novalidate onsubmit="return false"><label for="{field}">{label}</label>
<input id="{field}" name="{field}" type="text" autocomplete="{autocomplete}" inputmode="{inputmode}" aria-label="{label}" placeholder="" data-current-field="{field}">
</form></body></html>"""

CARD_FIELDS = {
    "number": ("Numéro de carte", "cc-number", "numeric"),
    "expiry": ("Date d'expiration (MM / AA)", "cc-exp", "numeric"),
    "verification_value": ("Code de sécurité", "cc-csc", "numeric"),
    "name": ("Nom figurant sur la carte", "cc-name", "text"),
}


def card_field(req: Request) -> Response:
    field = req.arg("field", "number")
    label, autocomplete, inputmode = CARD_FIELDS.get(field, CARD_FIELDS["number"])
    return kit.html_response(CARD_FIELD.format(field=field, label=label, autocomplete=autocomplete,
                                               inputmode=inputmode))


CSS = """
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#000;background:#fff}
a{color:#1773b0}.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
._header{border-bottom:1px solid #dedede;padding:21px}._header-inner{max-width:1080px;margin:0 auto;display:flex;justify-content:space-between;align-items:center}
._header a.logo{font-size:24px;text-decoration:none;color:#000;font-weight:600}
._layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);min-height:100vh}
._main{padding:38px 38px 60px;display:flex;justify-content:flex-end}._main-inner{width:100%;max-width:540px}
._summary{background:#f5f5f5;border-left:1px solid #dedede;padding:38px}._summary-inner{max-width:440px;position:sticky;top:38px}
section{margin-bottom:32px}h2{font-size:21px;font-weight:600;margin:0 0 14px}
._row{display:flex;gap:14px;margin-bottom:14px}._row>*{flex:1}
._field{position:relative}._field input,._field select{width:100%;height:48px;border:1px solid #dedede;border-radius:5px;padding:20px 11px 4px;font-size:14px;background:#fff}
._field label{position:absolute;top:5px;left:12px;font-size:12px;color:#707070;pointer-events:none}
._field.invalid input,._field.invalid select{border-color:#dd1d1d;box-shadow:0 0 0 1px #dd1d1d}._error{color:#dd1d1d;font-size:12px;margin-top:4px;display:flex;gap:4px}
._check{display:flex;align-items:center;gap:8px;margin:10px 0}._check input{width:18px;height:18px}
._express{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}._express button{height:48px;border:0;border-radius:5px;font-weight:700;font-size:16px;cursor:pointer}
._divider{display:flex;align-items:center;gap:12px;color:#707070;margin:22px 0;font-size:13px}._divider::before,._divider::after{content:"";flex:1;border-top:1px solid #dedede}
._radio-group{border:1px solid #dedede;border-radius:5px;overflow:hidden}._radio-option{border-bottom:1px solid #dedede}._radio-option:last-child{border-bottom:0}
._radio-option>label{display:flex;align-items:center;gap:12px;padding:16px;cursor:pointer}._radio-option>label input{width:18px;height:18px;margin:0}
._radio-option.selected>label{background:#f0f5ff;box-shadow:inset 0 0 0 1px #1773b0}
._radio-option ._grow{flex:1}._radio-detail{background:#f5f5f5;padding:16px;border-top:1px solid #dedede}
._card-iframe{width:100%;height:48px;border:1px solid #dedede;border-radius:5px;background:#fff;display:block}
._placeholder{background:#f5f5f5;color:#707070;border-radius:5px;padding:16px}
._pay{width:100%;height:58px;background:#1773b0;color:#fff;border:0;border-radius:5px;font-size:19px;font-weight:600;cursor:pointer;margin-top:10px}
._line{display:flex;gap:14px;align-items:center;margin-bottom:16px}._line img{width:64px;height:64px;border-radius:8px;border:1px solid #dedede}
._line ._grow{flex:1}._totals div{display:flex;justify-content:space-between;margin:8px 0}._total{font-size:19px;font-weight:600}
._policies{border-top:1px solid #dedede;margin-top:40px;padding-top:16px;display:flex;flex-wrap:wrap;gap:14px;font-size:12px}
._summary-toggle{display:none}
._discount{display:flex;gap:10px;margin-bottom:20px}._discount button{border:1px solid #dedede;background:#ededed;border-radius:5px;padding:0 16px;font-weight:600}
@media (max-width:999px){._layout{display:block}._main{padding:20px 16px 40px;justify-content:center}._summary{display:none;border-left:0;padding:16px}
._summary.open{display:block}._summary-toggle{display:flex;justify-content:space-between;width:100%;background:#f5f5f5;border:0;border-bottom:1px solid #dedede;padding:16px;font-size:14px;color:#1773b0;cursor:pointer}
._row{flex-direction:column;gap:14px}._express{grid-template-columns:1fr}}
"""


def field(name: str, label: str, autocomplete: str, field_id: str, required: bool = True, input_type: str = "text",
          extra: str = "") -> str:
    req = ' aria-required="true" required' if required else ""
    return (f'<div class="_field" data-field="{name}"><label for="{field_id}">{label}</label>'
            f'<input id="{field_id}" name="{name}" type="{input_type}" placeholder="{label}" autocomplete="{autocomplete}"'
            f'{req} aria-invalid="false" {extra}></div>')


def summary(req: Request) -> str:
    data = theme.cart_json(req)
    lines = "".join(
        f'<div class="_line" role="row"><img src="{kit.product_svg(i["product_title"], "#e9e3da")}" alt="{esc(i["product_title"])}">'
        f'<div class="_grow"><p style="margin:0;font-weight:600">{esc(i["product_title"])}</p>'
        f'<p style="margin:0;color:#707070">{esc(i["variant_title"] or "")}</p><p style="margin:0;color:#707070">Quantité&nbsp;: {i["quantity"]}</p></div>'
        f'<span>{theme.money(i["line_price"])}</span></div>' for i in data["items"])
    total = data["total_price"]
    vat = round(total - total / 1.2)
    return f"""<div role="table" aria-label="Panier d'achat">{lines}</div>
<div class="_discount"><div class="_field" style="flex:1"><label for="ReductionsInput0">Code de réduction ou carte-cadeau</label>
<input id="ReductionsInput0" name="reductions" type="text" placeholder="Code de réduction ou carte-cadeau" autocomplete="off"></div>
<button type="button" aria-label="Valider le code de réduction" disabled>Valider</button></div>
<div class="_totals" role="table" aria-label="Récapitulatif des coûts">
<div role="row"><span role="rowheader">Sous-total · {data['item_count']} article{'s' if data['item_count'] > 1 else ''}</span><span data-subtotal="{total}">{theme.money(total)}</span></div>
<div role="row"><span role="rowheader">Expédition</span><span id="summary-shipping">Saisir l’adresse d’expédition</span></div>
<div role="row" class="_total"><span role="rowheader">Total</span><span><small style="font-weight:400;color:#707070">EUR</small> <strong id="summary-total">{theme.money(total)}</strong></span></div>
<div role="row" style="color:#707070;font-size:13px"><span>Taxes de <span id="summary-vat">{theme.money(vat)}</span> incluses</span></div></div>"""


CHECKOUT_JS = r"""
<script>
(function () {
  var form = document.getElementById('Form0');
  var subtotal = parseInt(document.querySelector('[data-subtotal]').dataset.subtotal, 10);
  var fmt = function (c) { return (c / 100).toFixed(2).replace('.', ',') + '\u00a0€'; };
  var toggle = document.querySelector('._summary-toggle');
  toggle.addEventListener('click', function () {
    var s = document.querySelector('._summary'); var open = s.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
    toggle.querySelector('span').textContent = open ? 'Masquer le récapitulatif de la commande' : 'Afficher le récapitulatif de la commande';
  });
  /* delivery options are negotiated client-side once the address is complete */
  var shippingBox = document.getElementById('shipping-methods');
  var lastKey = null, timer = null;
  function addressComplete() {
    return ['address1', 'postalCode', 'city', 'lastName'].every(function (n) { return form.elements[n].value.trim().length > 1; });
  }
  function refreshRates() {
    if (!addressComplete()) return;
    var key = ['countryCode', 'address1', 'postalCode', 'city'].map(function (n) { return form.elements[n].value; }).join('|');
    if (key === lastKey) return; lastKey = key;
    shippingBox.setAttribute('aria-busy', 'true');
    shippingBox.innerHTML = '<div class="_placeholder" role="status">Chargement des modes d’expédition…</div>';
    fetch('/checkouts/unstable/graphql?operationName=Proposal', {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify({operationName: 'Proposal',
        variables: {delivery: {countryCode: form.elements.countryCode.value, postalCode: form.elements.postalCode.value}}})})
      .then(function (r) { return r.json(); }).then(function (res) {
        var strategies = res.data.session.negotiate.result.sellerProposal.delivery.deliveryLines[0].availableDeliveryStrategies;
        shippingBox.innerHTML = '<fieldset id="shipping_methods" style="border:0;padding:0;margin:0"><legend class="visually-hidden">Choisissez un mode d’expédition</legend><div class="_radio-group">' +
          strategies.map(function (s, i) {
            return '<div class="_radio-option' + (i === 0 ? ' selected' : '') + '"><label for="shipping_methods-' + s.handle + '">' +
              '<input type="radio" name="shipping_methods" id="shipping_methods-' + s.handle + '" value="' + s.handle + '" data-amount="' + s.amount + '"' + (i === 0 ? ' checked' : '') + '>' +
              '<span class="_grow"><span style="display:block">' + s.title + '</span><small style="color:#707070">' + s.estimate + '</small></span>' +
              '<strong>' + s.amountLabel + '</strong></label></div>';
          }).join('') + '</div></fieldset>';
        shippingBox.removeAttribute('aria-busy');
        updateTotals();
      });
  }
  function updateTotals() {
    var chosen = form.querySelector('input[name="shipping_methods"]:checked');
    if (!chosen) return;
    var amount = parseInt(chosen.dataset.amount, 10);
    document.getElementById('summary-shipping').textContent = amount ? fmt(amount) : 'GRATUIT';
    document.getElementById('summary-total').textContent = fmt(subtotal + amount);
    toggle.querySelector('strong').textContent = fmt(subtotal + amount);
    document.getElementById('summary-vat').textContent = fmt(Math.round((subtotal + amount) - (subtotal + amount) / 1.2));
    form.querySelectorAll('input[name="shipping_methods"]').forEach(function (r) { r.closest('._radio-option').classList.toggle('selected', r.checked); });
  }
  form.addEventListener('input', function (e) {
    if (e.target.closest('#shipping-address')) { clearTimeout(timer); timer = setTimeout(refreshRates, 500); }
  });
  form.addEventListener('change', function (e) {
    if (e.target.name === 'shipping_methods') updateTotals();
    if (e.target.closest('#shipping-address')) { clearTimeout(timer); timer = setTimeout(refreshRates, 200); }
    if (e.target.name === 'basic') {
      form.querySelectorAll('input[name="basic"]').forEach(function (r) {
        var opt = r.closest('._radio-option'); opt.classList.toggle('selected', r.checked);
        var detail = opt.querySelector('._radio-detail'); if (detail) detail.hidden = !r.checked;
      });
      var pay = document.getElementById('checkout-pay-button');
      pay.textContent = e.target.value === 'paypal' ? 'Payer avec PayPal' : 'Payer maintenant';
    }
  });
  var messages = {email: 'Saisissez une adresse e-mail', lastName: 'Saisissez un nom', address1: 'Saisissez une adresse',
    postalCode: 'Saisissez un code postal', city: 'Saisissez une ville'};
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var firstInvalid = null;
    form.querySelectorAll('._error').forEach(function (el) { el.remove(); });
    Object.keys(messages).forEach(function (name) {
      var input = form.elements[name]; var box = input.closest('._field');
      var bad = !input.value.trim(); box.classList.toggle('invalid', bad); input.setAttribute('aria-invalid', String(bad));
      if (bad) { box.insertAdjacentHTML('afterend', '<p class="_error" id="error-for-' + input.id + '">⚠ ' + messages[name] + '</p>');
        firstInvalid = firstInvalid || input; }
    });
    if (firstInvalid) { firstInvalid.focus(); return; }
    document.getElementById('checkout-pay-button').setAttribute('aria-busy', 'true');
    fetch('/checkouts/unstable/graphql?operationName=SubmitForCompletion', {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify({operationName: 'SubmitForCompletion'})})
      .then(function (r) { return r.json(); }).then(function (res) { window.location = res.data.receiptUrl; });
  });
  document.querySelectorAll('._express button').forEach(function (b) {
    b.addEventListener('click', function (e) { e.preventDefault(); });
  });
})();
</script>
"""


def checkout_page(req: Request) -> Response:
    data = theme.cart_json(req)
    if not data["items"]:
        return kit.redirect("/cart")
    token = req.path.rstrip("/").split("/")[-1]
    total = data["total_price"]
    card_fields = "".join(
        f'<div style="margin-bottom:14px"><iframe class="card-fields-iframe" frameborder="0" allowtransparency="true" '
        f'id="card-fields-{name}-{token[:12]}" name="card-fields-{name}-{token[:12]}" title="Champ de paiement sécurisé" '
        f'src="/checkouts/card-fields?field={name}&amp;identifier={token[:12]}&amp;locale=fr" style="height:48px"></iframe></div>'
        for name in ("number", "expiry", "verification_value", "name"))
    body = f"""<!doctype html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, height=device-height, minimum-scale=1.0">
<meta name="referrer" content="origin">
<meta name="robots" content="noindex, nofollow">
<title>Paiement - {theme.SHOP_NAME}</title>
<meta name="serialized-graphql-endpoint" content="/checkouts/unstable/graphql">
<style>{CSS}</style>
{kit.FINAL_BUTTON_SPY}
</head>
<body>
<div id="app">
<header class="_header" role="banner"><div class="_header-inner"><a class="logo" href="/">{theme.SHOP_NAME}</a>
<a href="/cart" aria-label="Panier">{theme.ICON_CART.replace('class="icon icon-cart"', 'class="icon icon-cart" width="24" height="24"')}</a></div></header>
<button type="button" class="_summary-toggle" aria-expanded="false" aria-controls="order-summary"><span>Afficher le récapitulatif de la commande</span><strong>{theme.money(total)}</strong></button>
<div class="_layout">
<main class="_main" id="checkout-main"><div class="_main-inner">
<form action="" method="POST" id="Form0" novalidate>
<section aria-label="Paiement express"><h2 class="visually-hidden">Paiement express</h2>
<p style="text-align:center;color:#707070;margin:0 0 10px">Paiement express</p>
<div class="_express" id="express-checkout" data-express-checkout>
<button type="button" aria-label="Shop Pay" data-wallet="shop_pay" style="background:#5a31f4;color:#fff">shop<span style="font-weight:400">Pay</span></button>
<button type="button" aria-label="PayPal" data-wallet="paypal" style="background:#ffc439;color:#003087">PayPal</button>
<button type="button" aria-label="Google Pay" data-wallet="google_pay" style="background:#000;color:#fff">G Pay</button>
<button type="button" aria-label="Apple Pay" data-wallet="apple_pay" style="background:#000;color:#fff">&#63743; Pay</button>
</div><div class="_divider">OU</div></section>

<section aria-label="Contact"><div style="display:flex;justify-content:space-between;align-items:baseline"><h2 id="contact-heading">Contact</h2>
<a href="/account/login?checkout_url=%2Fcheckouts%2Fcn%2F{token}">Se connecter</a></div>
{field("email", "E-mail ou numéro de téléphone portable", "shipping email", "email", input_type="email")}
<label class="_check" for="marketing_opt_in"><input type="checkbox" id="marketing_opt_in" name="marketing_opt_in"> Envoyez-moi les nouvelles et les offres par e-mail</label>
</section>

<section aria-label="Livraison" id="shipping-address"><h2>Livraison</h2>
<div class="_row"><div class="_field"><label for="Select0">Pays/région</label><select id="Select0" name="countryCode" autocomplete="shipping country" required>
<option value="BE">Belgique</option><option value="FR" selected>France</option><option value="LU">Luxembourg</option><option value="CH">Suisse</option></select></div></div>
<div class="_row">{field("firstName", "Prénom (facultatif)", "shipping given-name", "TextField0", required=False)}
{field("lastName", "Nom", "shipping family-name", "TextField1")}</div>
<div class="_row">{field("address1", "Adresse", "shipping address-line1", "shipping-address1", extra='role="combobox" aria-autocomplete="list" aria-expanded="false"')}</div>
<div class="_row">{field("address2", "Appartement, suite, etc. (facultatif)", "shipping address-line2", "TextField2", required=False)}</div>
<div class="_row">{field("postalCode", "Code postal", "shipping postal-code", "TextField3", extra='inputmode="numeric"')}
{field("city", "Ville", "shipping address-level2", "TextField4")}</div>
<div class="_row">{field("phone", "Téléphone (facultatif)", "shipping tel", "TextField5", required=False, input_type="tel")}</div>
<label class="_check" for="save_shipping_information"><input type="checkbox" id="save_shipping_information" name="save_shipping_information"> Sauvegarder mes coordonnées pour la prochaine fois</label>
</section>

<section aria-label="Mode d'expédition"><h2>Mode d'expédition</h2>
<div id="shipping-methods" aria-live="polite"><div class="_placeholder">Saisissez votre adresse d'expédition pour voir les modes d'expédition disponibles.</div></div>
</section>

<section aria-label="Paiement"><h2>Paiement</h2>
<p style="color:#707070;margin:-8px 0 14px">Toutes les transactions sont sécurisées et chiffrées.</p>
<fieldset id="basic" style="border:0;padding:0;margin:0"><legend class="visually-hidden">Choisissez un mode de paiement</legend><div class="_radio-group">
<div class="_radio-option selected"><label for="basic-creditCards"><input type="radio" id="basic-creditCards" name="basic" value="creditCards" checked>
<span class="_grow">Carte de crédit</span><span aria-label="Visa, Mastercard, American Express, Cartes Bancaires" style="font-size:11px;color:#707070">VISA · MC · AMEX · CB</span></label>
<div class="_radio-detail" id="basic-creditCards-collapsible">{card_fields}
<label class="_check" for="billingAddressSameAsShipping"><input type="checkbox" id="billingAddressSameAsShipping" name="billingAddressSameAsShipping" checked> Utiliser l'adresse d'expédition comme adresse de facturation</label></div></div>
<div class="_radio-option"><label for="basic-paypal"><input type="radio" id="basic-paypal" name="basic" value="paypal"><span class="_grow">PayPal</span><strong style="color:#003087">PayPal</strong></label>
<div class="_radio-detail" hidden><p style="margin:0">Après avoir cliqué sur «&nbsp;Payer avec PayPal&nbsp;», vous serez redirigé(e) vers PayPal pour finaliser votre achat de manière sécurisée.</p></div></div>
<div class="_radio-option"><label for="basic-alma"><input type="radio" id="basic-alma" name="basic" value="alma"><span class="_grow">Paiement en 3 ou 4 fois avec Alma</span><strong style="color:#fa5022">alma</strong></label>
<div class="_radio-detail" hidden><p style="margin:0">Payez en 3 ou 4 fois sans frais par carte bancaire. Après avoir cliqué sur «&nbsp;Payer maintenant&nbsp;», vous serez redirigé(e) vers Alma pour finaliser votre achat de manière sécurisée.</p></div></div>
</div></fieldset></section>

<section aria-label="Se souvenir de moi"><h2 style="font-size:17px">Se souvenir de moi</h2>
<label class="_check" for="RememberMe-RememberMeCheckbox"><input type="checkbox" id="RememberMe-RememberMeCheckbox" name="remember_me"> Sauvegarder mes coordonnées pour payer plus rapidement avec Shop Pay</label></section>

<button type="submit" id="checkout-pay-button" class="_pay" data-fixture-final="1">Payer maintenant</button>
<p style="font-size:12px;color:#707070">Votre commande sera traitée par {theme.SHOP_NAME}. En finalisant votre commande, vous acceptez nos <a href="/policies/terms-of-service">conditions générales de vente</a>.</p>
</form>
<footer class="_policies" role="contentinfo"><a href="/policies/refund-policy">Politique de remboursement</a><a href="/policies/shipping-policy">Expédition</a>
<a href="/policies/privacy-policy">Politique de confidentialité</a><a href="/policies/terms-of-service">Conditions d'utilisation</a><a href="/policies/contact-information">Coordonnées</a></footer>
</div></main>
<aside class="_summary" id="order-summary" aria-label="Récapitulatif de la commande"><div class="_summary-inner"><h2 class="visually-hidden">Récapitulatif de la commande</h2>{summary(req)}</div></aside>
</div></div>
{CHECKOUT_JS}
</body></html>"""
    return kit.html_response(body)


def graphql(app: kit.ShopApp, req: Request) -> Response:
    operation = req.arg("operationName")
    if operation == "SubmitForCompletion":
        app.record_order()
        req.session["cart"] = []
        return kit.json_response({"data": {"receiptUrl": "/checkouts/cn/thank-you"}})
    subtotal = theme.cart_json(req)["total_price"]
    strategies = [{"handle": r["handle"], "title": r["title"], "amount": r["amount"], "amountLabel": r["amountLabel"],
                   "estimate": r["estimate"]} for r in rates(subtotal)]
    response = kit.json_response({"data": {"session": {"negotiate": {"result": {"sellerProposal": {"delivery": {
        "deliveryLines": [{"availableDeliveryStrategies": strategies}]}}}}}}})
    response.delay_s = 0.4
    return response
