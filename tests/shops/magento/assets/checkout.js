/* Magento_Checkout one-page checkout (vanilla re-implementation of the Knockout UI components):
   steps #shipping and #payment switched by the URL hash, guest-carts REST API calls. */
(function () {
  'use strict';
  var cfg = window.checkoutConfig;
  var cartId = cfg.quoteData.entity_id;
  var REST = '/rest/default/V1/guest-carts/' + cartId + '/';
  var root = document.getElementById('checkout');
  var state = {methods: [], shippingSaved: false, address: null, carrier: null, totals: null, payments: null};

  function $(s, c) { return (c || document).querySelector(s); }
  function $all(s, c) { return Array.prototype.slice.call((c || document).querySelectorAll(s)); }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  function uid() { return Math.random().toString(36).slice(2, 9).toUpperCase(); }
  function price(v) { return '<span class="price">' + Number(v).toFixed(2).replace('.', ',') + '\u00a0€</span>'; }
  function rest(method, path, body) {
    return fetch(path.charAt(0) === '/' ? path : REST + path, {
      method: method, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (d) { return {ok: r.ok, data: d}; }); });
  }
  function fullLoader(on) {
    var mask = document.getElementById('checkout-loader');
    if (on && !mask) {
      mask = document.createElement('div');
      mask.id = 'checkout-loader';
      mask.className = 'loading-mask';
      mask.setAttribute('data-role', 'loader');
      mask.innerHTML = '<div class="loader"><p>Veuillez patienter...</p></div>';
      document.body.appendChild(mask);
    } else if (!on && mask) {
      mask.remove();
    }
  }

  function field(name, label, opts) {
    opts = opts || {};
    var id = uid();
    var required = opts.required !== false;
    var control = opts.select ? '<select class="select" name="' + name + '" id="' + id + '"' + (opts.autocomplete ? ' autocomplete="' + opts.autocomplete + '"' : '') + (required ? ' aria-required="true"' : '') + '>' + opts.select + '</select>'
      : '<input class="input-text" type="' + (opts.type || 'text') + '" name="' + name + '" id="' + id + '"' + (opts.autocomplete ? ' autocomplete="' + opts.autocomplete + '"' : '') +
        (required ? ' aria-required="true"' : '') + ' aria-invalid="false">';
    var tooltip = opts.tooltip ? '<div class="field-tooltip toggle"><span class="field-tooltip-action action-help" tabindex="0" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"></span><div class="field-tooltip-content" data-target="dropdown">' + opts.tooltip + '</div></div>' : '';
    return '<div class="field' + (required ? ' _required' : '') + (opts.extra ? ' ' + opts.extra : '') + '" name="shippingAddress.' + name.replace('[', '.').replace(']', '') + '">' +
      '<label class="label" for="' + id + '"><span>' + label + '</span></label>' +
      '<div class="control' + (tooltip ? ' _with-tooltip' : '') + '">' + control + tooltip + '</div></div>';
  }

  function summary() {
    var t = state.totals;
    var items = cfg.quoteItemData;
    var count = items.reduce(function (n, i) { return n + i.qty; }, 0);
    var subtotal = t ? t.subtotal : null;
    var shippingRow = (t && state.carrier) ? price(t.shipping_amount) : '<span class="not-calculated">Pas encore calculé</span>';
    var subtotalHtml = subtotal !== null ? price(subtotal) : items.map(function (i) { return i.row_total; }).join(' + ');
    var grand = t ? price(t.grand_total) : subtotalHtml;
    return '<div class="opc-block-summary" data-bind="blockLoader: isLoading">' +
      '<span class="title">Récapitulatif de la commande</span>' +
      '<table class="data table table-totals"><caption class="table-caption">Récapitulatif de la commande</caption><tbody>' +
        '<tr class="totals sub"><th class="mark" scope="row">Sous-total du panier</th><td class="amount">' + subtotalHtml + '</td></tr>' +
        '<tr class="totals shipping excl"><th class="mark" scope="row"><span class="label">Livraison</span><span class="value">' + (state.carrier ? esc(state.carrier.carrier_title + ' - ' + state.carrier.method_title) : '') + '</span></th><td class="amount">' + shippingRow + '</td></tr>' +
        '<tr class="grand totals"><th class="mark" scope="row"><strong>Total de la commande</strong></th><td class="amount"><strong>' + grand + '</strong></td></tr>' +
      '</tbody></table>' +
      '<div class="block items-in-cart active" role="tablist"><div class="title" data-role="title" role="tab" aria-expanded="true"><strong role="heading" aria-level="1"><span>' + count + '</span> <span>article' + (count > 1 ? 's' : '') + ' dans le panier</span></strong></div>' +
      '<div class="content minicart-items" data-role="content"><div class="minicart-items-wrapper"><ol class="minicart-items">' + items.map(function (i) {
        return '<li class="product-item"><div class="product"><span class="product-image-container"><img src="' + i.image + '" width="75" height="75" alt="' + esc(i.name) + '"></span>' +
          '<div class="product-item-details"><div class="product-item-inner"><div class="product-item-name-block"><strong class="product-item-name">' + esc(i.name) + '</strong>' +
          '<div class="details-qty"><span class="label"><span>Qté</span></span> <span class="value">' + i.qty + '</span></div></div>' +
          '<div class="subtotal"><span class="price-excluding-tax"><span class="cart-price"><span class="price">' + i.row_total + '</span></span></span></div></div>' +
          (i.size ? '<div class="product options"><dl class="item-options"><dt class="label">Taille</dt><dd class="values">' + i.size + '</dd></dl></div>' : '') +
          '</div></div></li>';
      }).join('') + '</ol></div></div></div></div>' +
      (state.shippingSaved ? '<div class="opc-block-shipping-information"><div class="shipping-information">' +
        '<div class="ship-to"><div class="shipping-information-title"><span>Expédier à :</span><button class="action action-edit" type="button" data-goto="shipping"><span>modifier</span></button></div>' +
        '<div class="shipping-information-content">' + esc(state.address.firstname + ' ' + state.address.lastname) + '<br>' + esc(state.address.street[0]) + '<br>' + esc(state.address.postcode + ' ' + state.address.city) + '<br>France<br><a href="tel:' + esc(state.address.telephone) + '">' + esc(state.address.telephone) + '</a></div></div>' +
        '<div class="ship-via"><div class="shipping-information-title"><span>Mode de livraison :</span><button class="action action-edit" type="button" data-goto="shipping"><span>modifier</span></button></div>' +
        '<div class="shipping-information-content"><span class="value">' + esc(state.carrier.carrier_title + ' - ' + state.carrier.method_title) + '</span></div></div></div></div>' : '');
  }

  function renderSidebar() {
    $('.opc-sidebar .modal-content').innerHTML = summary();
    var est = $('.opc-estimated-wrapper .estimated-price');
    if (est) { est.innerHTML = state.totals ? price(state.totals.grand_total) : cfg.quoteItemData.map(function (i) { return i.row_total; }).join(' + '); }
  }

  function renderFrame() {
    var countries = '<option value="">Veuillez sélectionner un pays</option><option value="BE">Belgique</option><option value="FR" selected>France</option><option value="LU">Luxembourg</option><option value="CH">Suisse</option>';
    root.insertAdjacentHTML('beforeend',
      '<div class="authentication-wrapper" data-block="authentication"><button type="button" class="action action-auth-toggle" data-trigger="authentication"><span>Se connecter</span></button></div>' +
      '<ul class="opc-progress-bar">' +
        '<li class="opc-progress-bar-item" data-step="shipping"><span>Livraison</span></li>' +
        '<li class="opc-progress-bar-item" data-step="payment"><span>Vérifier et payer</span></li>' +
      '</ul>' +
      '<div class="opc-estimated-wrapper"><div class="estimated-block"><span class="estimated-label">Total de la commande estimé</span><span class="estimated-price"></span></div>' +
        '<div class="minicart-wrapper"><button type="button" class="action showcart" data-toggle="opc-summary"><span class="counter qty"><span class="counter-number">' + cfg.quoteData.items_qty + '</span></span></button></div></div>' +
      '<div class="opc-wrapper"><ol class="opc" id="checkoutSteps">' +
        '<li id="shipping" class="checkout-shipping-address">' +
          '<div class="step-title" data-role="title">Adresse de livraison</div>' +
          '<div id="checkout-step-shipping" class="step-content" data-role="content">' +
            '<form class="form form-login" data-role="email-with-possible-login" method="post" novalidate="novalidate">' +
              '<fieldset id="customer-email-fieldset" class="fieldset">' +
                '<div class="field required"><label class="label" for="customer-email"><span>Adresse e-mail</span></label>' +
                  '<div class="control _with-tooltip">' +
                    '<input class="input-text" type="email" name="username" data-validate="{required:true, \'validate-email\':true}" id="customer-email" autocomplete="email" aria-required="true">' +
                    '<div class="field-tooltip toggle"><span class="field-tooltip-action action-help" tabindex="0" data-toggle="dropdown"></span><div class="field-tooltip-content" data-target="dropdown">Nous vous enverrons la confirmation de commande ici.</div></div>' +
                    '<span class="note">Vous pouvez créer un compte après le paiement.</span>' +
                  '</div></div>' +
                '<fieldset class="fieldset hidden-fields" style="display:none">' +
                  '<div class="field"><label class="label" for="customer-password"><span>Mot de passe</span></label><div class="control"><input class="input-text" placeholder="mot de passe facultatif" type="password" name="password" id="customer-password" autocomplete="current-password">' +
                  '<span class="note">Vous avez déjà un compte chez nous. Connectez-vous ou continuez en tant qu\'invité.</span></div></div>' +
                  '<div class="actions-toolbar"><div class="primary"><button type="submit" class="action login primary"><span>Connexion</span></button></div></div>' +
                '</fieldset>' +
              '</fieldset>' +
            '</form>' +
            '<form class="form form-shipping-address" id="co-shipping-form" data-hasrequired="* Champs obligatoires">' +
              '<div id="shipping-new-address-form" class="fieldset address">' +
                field('firstname', 'Prénom', {autocomplete: 'given-name'}) +
                field('lastname', 'Nom', {autocomplete: 'family-name'}) +
                field('company', 'Société', {required: false, autocomplete: 'organization'}) +
                '<fieldset class="field street admin__control-fields required"><legend class="label"><span>Adresse</span></legend><div class="control">' +
                  field('street[0]', 'Adresse : ligne 1', {autocomplete: 'address-line1', extra: 'additional-first'}) +
                  field('street[1]', 'Adresse : ligne 2', {required: false, autocomplete: 'address-line2', extra: 'additional'}) +
                '</div></fieldset>' +
                field('country_id', 'Pays', {select: countries, autocomplete: 'country'}) +
                field('region', 'État/Province', {required: false, autocomplete: 'address-level1'}) +
                field('city', 'Ville', {autocomplete: 'address-level2'}) +
                field('postcode', 'Code postal', {autocomplete: 'postal-code'}) +
                field('telephone', 'Numéro de téléphone', {type: 'tel', autocomplete: 'tel', tooltip: 'Au cas où nous aurions besoin de vous contacter au sujet de votre commande.'}) +
              '</div>' +
            '</form>' +
          '</div>' +
        '</li>' +
        '<li id="opc-shipping_method" class="checkout-shipping-method" role="presentation">' +
          '<div class="checkout-shipping-method">' +
            '<div class="step-title" data-role="title">Mode de livraison</div>' +
            '<div id="checkout-step-shipping_method" class="step-content" data-role="content" role="tabpanel" aria-hidden="false">' +
              '<form class="form methods-shipping" id="co-shipping-method-form" novalidate="novalidate">' +
                '<div id="checkout-shipping-method-load"></div>' +
                '<div id="onepage-checkout-shipping-method-additional-load"></div>' +
                '<div role="alert" class="message notice" style="display:none"><span>Le mode de livraison est absent. Sélectionnez le mode de livraison et réessayez.</span></div>' +
                '<div class="actions-toolbar" id="shipping-method-buttons-container"><div class="primary">' +
                  '<button data-role="opc-continue" type="submit" class="button action continue primary"><span>Suivant</span></button>' +
                '</div></div>' +
              '</form>' +
            '</div>' +
          '</div>' +
        '</li>' +
        '<li id="payment" role="presentation" class="checkout-payment-method" style="display:none">' +
          '<div id="checkout-step-payment" class="step-content" data-role="content" role="tabpanel" aria-hidden="false">' +
            '<form id="co-payment-form" class="form payments" novalidate="novalidate">' +
              '<input type="hidden" name="form_key" value="' + (window.FORM_KEY || '') + '">' +
              '<fieldset class="fieldset"><legend class="legend"><span>Informations de paiement</span></legend><br>' +
                '<div class="payment-loading _block-content-loading"><div class="loading-mask" data-role="loader"><div class="loader"><p>Veuillez patienter...</p></div></div></div>' +
                '<div id="checkout-payment-method-load" class="opc-payment" style="display:none"></div>' +
                '<div class="no-quotes-block" style="display:none">Aucun mode de paiement n\'est disponible.</div>' +
              '</fieldset>' +
              '<div class="payment-option _collapsible opc-payment-additional discount-code" data-collapsible="true" role="tablist">' +
                '<div class="payment-option-title field choice" data-role="title" role="tab" aria-expanded="false"><span class="action action-toggle" id="block-discount-heading" role="heading" aria-level="2">Appliquer le code de réduction</span></div>' +
              '</div>' +
            '</form>' +
          '</div>' +
        '</li>' +
      '</ol></div>' +
      '<aside role="dialog" class="modal-custom opc-sidebar opc-summary-wrapper custom-slide" aria-describedby="modal-content-opc"><div class="modal-inner-wrap"><header class="modal-header"><button class="action-close" data-role="closeBtn" type="button"><span>Fermer</span></button></header>' +
        '<div id="modal-content-opc" class="modal-content" data-role="content"></div></div></aside>');
  }

  // ------------------------------------------------------------------ shipping methods
  function currentAddress() {
    var form = document.getElementById('co-shipping-form');
    var get = function (n) { var el = form.querySelector('[name="' + n + '"]'); return el ? el.value.trim() : ''; };
    return {firstname: get('firstname'), lastname: get('lastname'), company: get('company'), street: [get('street[0]'), get('street[1]')],
            country_id: get('country_id'), region: get('region'), city: get('city'), postcode: get('postcode'), telephone: get('telephone')};
  }
  function estimate() {
    var box = document.getElementById('checkout-shipping-method-load');
    box.classList.add('_block-content-loading');
    var address = currentAddress();
    return rest('POST', 'estimate-shipping-methods', {address: {country_id: address.country_id || 'FR', postcode: address.postcode, city: address.city}}).then(function (r) {
      box.classList.remove('_block-content-loading');
      state.methods = r.data;
      var selected = state.carrier ? state.carrier.carrier_code + '_' + state.carrier.method_code : '';
      var radioName = 'ko_unique_' + Math.floor(Math.random() * 9 + 1);
      box.innerHTML = '<table class="table-checkout-shipping-method"><thead><tr class="row">' +
        '<th class="col col-method">Sélectionner la méthode</th><th class="col col-price">Prix</th><th class="col col-method">Nom du mode</th><th class="col col-carrier">Transporteur</th>' +
        '</tr></thead><tbody>' + r.data.map(function (m) {
          var code = m.carrier_code + '_' + m.method_code;
          return '<tr class="row" data-code="' + code + '">' +
            '<td class="col col-method"><input type="radio" class="radio" value="' + code + '" name="' + radioName + '" id="s_method_' + code + '" aria-labelledby="label_method_' + m.method_code + '_' + m.carrier_code + ' label_carrier_' + m.method_code + '_' + m.carrier_code + '"' + (code === selected ? ' checked' : '') + '></td>' +
            '<td class="col col-price"><span class="price"><span class="price">' + (m.amount === 0 ? 'Gratuit' : Number(m.amount).toFixed(2).replace('.', ',') + '\u00a0€') + '</span></span></td>' +
            '<td class="col col-method" id="label_method_' + m.method_code + '_' + m.carrier_code + '">' + esc(m.method_title) + '</td>' +
            '<td class="col col-carrier" id="label_carrier_' + m.method_code + '_' + m.carrier_code + '">' + esc(m.carrier_title) + '</td></tr>';
        }).join('') + '</tbody></table>' +
        '<p class="free-shipping-note">Livraison offerte dès 60 € avec Colissimo et Mondial Relay.</p>';
    });
  }

  function validateShipping() {
    var ok = true;
    $all('.field-error').forEach(function (e) { e.remove(); });
    $all('._error').forEach(function (e) { e.classList.remove('_error'); });
    function fail(input, message) {
      ok = false;
      var f = input.closest('.field');
      f.classList.add('_error');
      input.setAttribute('aria-invalid', 'true');
      var div = document.createElement('div');
      div.className = 'field-error';
      div.id = 'error-' + input.id;
      div.innerHTML = '<span>' + message + '</span>';
      input.closest('.control').appendChild(div);
    }
    var email = document.getElementById('customer-email');
    if (!email.value.trim()) { fail(email, 'Ce champ est obligatoire.'); } else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value.trim())) {
      fail(email, 'Veuillez entrer une adresse email valide (Ex : johndoe@domain.com).');
    }
    $all('#co-shipping-form .field._required').forEach(function (f) {
      var input = $('input, select', f);
      if (!input.value.trim()) { fail(input, 'Ce champ est obligatoire.'); }
    });
    return ok;
  }

  // ------------------------------------------------------------------ payment step
  function paymentContent(code) {
    var billing = '<div class="payment-method-billing-address"><div class="checkout-billing-address"><div class="billing-address-same-as-shipping-block field choice">' +
      '<input type="checkbox" name="billing-address-same-as-shipping" id="billing-address-same-as-shipping-' + code + '" checked>' +
      '<label for="billing-address-same-as-shipping-' + code + '"><span>Mon adresse de facturation et mon adresse de livraison sont identiques</span></label></div>' +
      '<div class="billing-address-details">' + esc(state.address.firstname + ' ' + state.address.lastname) + '<br>' + esc(state.address.street[0]) + '<br>' + esc(state.address.postcode + ' ' + state.address.city) + '<br>France</div></div></div>';
    var specific = {
      adyen_cc: '<div class="adyen-checkout__card-input" id="adyen-cc-form">' +
          '<div class="adyen-checkout__card__brands"><span class="adyen-checkout__card__brands__brand-wrapper">CB</span><span class="adyen-checkout__card__brands__brand-wrapper">VISA</span><span class="adyen-checkout__card__brands__brand-wrapper">MC</span></div>' +
          '<div class="adyen-checkout__field adyen-checkout__field--cardNumber"><label class="adyen-checkout__label"><span class="adyen-checkout__label__text">Numéro de carte</span>' +
            '<span class="adyen-checkout__input-wrapper"><span class="adyen-checkout__input adyen-checkout__input--large adyen-checkout__card__cardNumber__input" data-cse="encryptedCardNumber"></span></span></label></div>' +
          '<div class="adyen-checkout__card__exp-cvc adyen-checkout__field-wrapper">' +
            '<div class="adyen-checkout__field adyen-checkout__field--50 adyen-checkout__field--expiryDate"><label class="adyen-checkout__label"><span class="adyen-checkout__label__text">Date d\'expiration</span>' +
              '<span class="adyen-checkout__input-wrapper"><span class="adyen-checkout__input adyen-checkout__input--small adyen-checkout__card__exp-date__input" data-cse="encryptedExpiryDate"></span></span></label></div>' +
            '<div class="adyen-checkout__field adyen-checkout__field--50 adyen-checkout__field__cvc adyen-checkout__field--securityCode"><label class="adyen-checkout__label"><span class="adyen-checkout__label__text">Code de sécurité</span>' +
              '<span class="adyen-checkout__input-wrapper"><span class="adyen-checkout__input adyen-checkout__input--small adyen-checkout__card__cvc__input" data-cse="encryptedSecurityCode"></span></span></label></div>' +
          '</div>' +
          '<div class="adyen-checkout__field adyen-checkout__card__holderName"><label class="adyen-checkout__label"><span class="adyen-checkout__label__text">Nom sur la carte</span>' +
            '<span class="adyen-checkout__input-wrapper"><input class="adyen-checkout__input adyen-checkout__input--text adyen-checkout__card__holderName__input" type="text" name="holderName" autocomplete="cc-name" placeholder="J. Dupont" aria-required="true"></span></label></div>' +
        '</div>',
      paypal_express: '<div class="paypal-review-note"><p>Vous serez redirigé vers le site de PayPal pour finaliser votre paiement.</p><a href="#" class="action action-help">Qu\'est-ce que PayPal ?</a></div>',
      floa_payment: '<div class="floa-payment"><p>Payez en 3 ou 4 fois par carte bancaire avec FLOA. Réponse immédiate, sans justificatif.</p>' +
        '<div class="field choice"><input type="radio" name="payment[floa_installments]" id="floa_3x" value="3" checked class="radio"><label for="floa_3x" class="label"><span>3 fois – 3 mensualités de ' + (state.totals.grand_total * 1.0225 / 3).toFixed(2).replace('.', ',') + '\u00a0€ (frais inclus)</span></label></div>' +
        '<div class="field choice"><input type="radio" name="payment[floa_installments]" id="floa_4x" value="4" class="radio"><label for="floa_4x" class="label"><span>4 fois – 4 mensualités de ' + (state.totals.grand_total * 1.0285 / 4).toFixed(2).replace('.', ',') + '\u00a0€ (frais inclus)</span></label></div>' +
        '<p class="floa-legal">Offre de financement sans assurance avec apport obligatoire, réservée aux particuliers, de 100 € à 3 000 €. Sous réserve d\'acceptation par FLOA.</p></div>',
      banktransfer: '<div class="payment-method-note"><p>Virement bancaire : nos coordonnées bancaires vous seront communiquées après validation de la commande. La commande est expédiée à réception du paiement.</p></div>'
    }[code] || '';
    return '<div class="payment-method-content"><div class="messages"></div>' + specific + billing +
      '<div class="checkout-agreements-block"></div>' +
      '<div class="actions-toolbar"><div class="primary"><button class="action primary checkout" type="submit" title="Passer la commande" data-fixture-final="1"><span>Passer la commande</span></button></div></div></div>';
  }

  function mountAdyen(block) {
    $all('[data-cse]', block).forEach(function (span) {
      if ($('iframe', span)) { return; }
      var titles = {encryptedCardNumber: 'Iframe pour le numéro de carte sécurisé', encryptedExpiryDate: 'Iframe pour la date d\'expiration de la carte sécurisée', encryptedSecurityCode: 'Iframe pour le code de sécurité de la carte sécurisée'};
      var placeholders = {encryptedCardNumber: '1234 5678 9012 3456', encryptedExpiryDate: 'MM/AA', encryptedSecurityCode: '3 chiffres'};
      var autocompletes = {encryptedCardNumber: 'cc-number', encryptedExpiryDate: 'cc-exp', encryptedSecurityCode: 'cc-csc'};
      var key = span.getAttribute('data-cse');
      var frame = document.createElement('iframe');
      frame.className = 'js-iframe';
      frame.title = titles[key];
      frame.setAttribute('allowtransparency', 'true');
      frame.setAttribute('referrerpolicy', 'origin');
      frame.setAttribute('tabindex', '0');
      frame.srcdoc = '<!doctype html><html lang="fr"><body style="margin:0"><input type="text" inputmode="numeric" data-fieldtype="' + key + '" autocomplete="' + autocompletes[key] + '" placeholder="' + placeholders[key] + '" aria-label="' + titles[key] + '" style="border:0;width:100%;height:38px;font:16px sans-serif;padding:0 8px;box-sizing:border-box"></body></html>';
      span.appendChild(frame);
    });
  }

  function renderPayments(methods) {
    var load = document.getElementById('checkout-payment-method-load');
    load.innerHTML = '<div class="items payment-methods"><div class="payment-group"><div class="step-title" data-role="title">Mode de paiement</div>' +
      methods.map(function (m) {
        return '<div class="payment-method" data-code="' + m.code + '"><div class="payment-method-title field choice">' +
          '<input type="radio" name="payment[method]" class="radio" id="' + m.code + '" value="' + m.code + '">' +
          '<label class="label" for="' + m.code + '"><span>' + esc(m.title) + '</span>' +
          (m.code === 'floa_payment' ? ' <span class="floa-logo">FLOA</span>' : '') +
          (m.code === 'paypal_express' ? ' <span class="paypal-logo">PayPal</span>' : '') + '</label></div>' +
          paymentContent(m.code) + '</div>';
      }).join('') + '</div></div>';
    load.style.display = '';
    $('.payment-loading').style.display = 'none';
  }

  function loadPayments() {
    $('.payment-loading').style.display = '';
    document.getElementById('checkout-payment-method-load').style.display = 'none';
    return rest('GET', 'payment-information').then(function (r) {
      state.totals = r.data.totals;
      state.payments = r.data.payment_methods;
      renderPayments(state.payments);
      renderSidebar();
    });
  }

  // ------------------------------------------------------------------ step navigation
  function show(step) {
    var onPayment = step === 'payment';
    document.getElementById('shipping').style.display = onPayment ? 'none' : '';
    document.getElementById('opc-shipping_method').style.display = onPayment ? 'none' : '';
    document.getElementById('payment').style.display = onPayment ? '' : 'none';
    $all('.opc-progress-bar-item').forEach(function (li) {
      var s = li.getAttribute('data-step');
      li.classList.toggle('_active', s === step);
      li.classList.toggle('_complete', onPayment && s === 'shipping');
    });
    renderSidebar();
    window.scrollTo(0, 0);
    if (onPayment) { loadPayments(); }
  }
  function onHash() {
    var step = (location.hash || '#shipping').slice(1);
    if (step === 'payment' && !state.shippingSaved) { location.replace('#shipping'); return; }
    show(step === 'payment' ? 'payment' : 'shipping');
  }

  function bind() {
    var emailTimer;
    document.getElementById('customer-email').addEventListener('input', function () {
      var value = this.value;
      clearTimeout(emailTimer);
      emailTimer = setTimeout(function () {
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) { return; }
        rest('POST', '/rest/default/V1/customers/isEmailAvailable', {customerEmail: value}).then(function (r) {
          $('#customer-email-fieldset .hidden-fields').style.display = r.data === true ? 'none' : '';
        });
      }, 500);
    });
    document.getElementById('co-shipping-form').addEventListener('change', function (e) {
      if (/country_id|postcode/.test(e.target.name)) { estimate(); }
    });
    document.getElementById('checkout-shipping-method-load').addEventListener('click', function (e) {
      var row = e.target.closest('tr.row[data-code]');
      if (!row) { return; }
      var radio = $('input.radio', row);
      radio.checked = true;
      $('#co-shipping-method-form .message.notice').style.display = 'none';
    });
    document.getElementById('co-shipping-method-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var valid = validateShipping();
      var checked = $('#checkout-shipping-method-load input.radio:checked');
      if (!checked) { $('#co-shipping-method-form .message.notice').style.display = ''; valid = false; }
      if (!valid) { var err = $('._error'); if (err) { err.scrollIntoView({block: 'center'}); } return; }
      var method = state.methods.filter(function (m) { return m.carrier_code + '_' + m.method_code === checked.value; })[0];
      var address = currentAddress();
      fullLoader(true);
      rest('POST', 'shipping-information', {addressInformation: {
        shipping_address: Object.assign({email: document.getElementById('customer-email').value.trim()}, address),
        billing_address: address, shipping_method_code: method.method_code, shipping_carrier_code: method.carrier_code, extension_attributes: {}
      }}).then(function (r) {
        fullLoader(false);
        if (!r.ok) {
          $('[data-placeholder="messages"]').innerHTML = '<div class="messages"><div class="message message-error error"><div>' + esc(r.data.message) + '</div></div></div>';
          return;
        }
        state.shippingSaved = true;
        state.address = address;
        state.carrier = method;
        state.totals = r.data.totals;
        location.hash = '#payment';
      });
    });
    document.getElementById('co-payment-form').addEventListener('change', function (e) {
      if (e.target.name !== 'payment[method]') { return; }
      $all('.payment-method').forEach(function (b) { b.classList.toggle('_active', b.getAttribute('data-code') === e.target.value); });
      var active = $('.payment-method._active');
      if (active && active.getAttribute('data-code') === 'adyen_cc') { mountAdyen(active); }
      rest('POST', 'set-payment-information', {email: document.getElementById('customer-email').value, paymentMethod: {method: e.target.value}});
    });
    document.getElementById('co-payment-form').addEventListener('submit', function (e) { e.preventDefault(); });
    document.getElementById('co-payment-form').addEventListener('click', function (e) {
      var button = e.target.closest('button.action.primary.checkout');
      if (!button) { return; }
      e.preventDefault();
      var method = $('input[name="payment[method]"]:checked');
      if (!method) { return; }
      fullLoader(true);
      rest('POST', 'payment-information', {email: document.getElementById('customer-email').value, paymentMethod: {method: method.value}}).then(function () {
        window.location.href = '/checkout/onepage/success/';
      });
    });
    document.addEventListener('click', function (e) {
      var goto = e.target.closest('[data-goto]');
      if (goto) { location.hash = '#' + goto.getAttribute('data-goto'); }
      var toggle = e.target.closest('.opc-estimated-wrapper .showcart');
      if (toggle) { $('.opc-sidebar').classList.add('_show'); document.body.classList.add('_has-modal-custom'); }
      if (e.target.closest('.opc-sidebar .action-close')) { $('.opc-sidebar').classList.remove('_show'); document.body.classList.remove('_has-modal-custom'); }
      var auth = e.target.closest('.action-auth-toggle');
      if (auth) {
        var modal = $('.block-authentication');
        if (!modal) {
          document.body.insertAdjacentHTML('beforeend', '<div class="block-authentication modal-popup _show" role="dialog" aria-modal="true"><div class="modal-inner-wrap">' +
            '<button class="action-close" type="button" data-role="closeBtn"><span>Fermer</span></button>' +
            '<div class="block block-customer-login"><div class="block-title"><strong id="block-customer-login-heading">Se connecter</strong></div>' +
            '<form class="form form-login" method="post" novalidate><div class="field email required"><label class="label" for="login-email"><span>Adresse e-mail</span></label><div class="control"><input type="email" class="input-text" id="login-email" name="username" autocomplete="email"></div></div>' +
            '<div class="field password required"><label for="login-password" class="label"><span>Mot de passe</span></label><div class="control"><input type="password" class="input-text" id="login-password" name="password" autocomplete="current-password"></div></div>' +
            '<div class="actions-toolbar"><div class="primary"><button type="submit" class="action action-login secondary"><span>Connexion</span></button></div></div></form></div></div></div>');
          modal = $('.block-authentication');
          modal.querySelector('.action-close').addEventListener('click', function () { modal.remove(); });
          modal.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); });
        }
      }
    });
    window.addEventListener('hashchange', onHash);
  }

  function start() {
    renderFrame();
    bind();
    estimate().then(function () {
      var loader = document.getElementById('checkout-loader');
      if (loader) { loader.remove(); }
      if (!location.hash) { history.replaceState(null, '', '#shipping'); }
      onHash();
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
