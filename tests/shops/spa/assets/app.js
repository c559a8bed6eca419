/* Lumen Paris storefront – home-made vanilla JS single-page app (history.pushState router). */
(function () {
  'use strict';

  var BOOT = window.__LUMEN__ || {};
  var root = document.getElementById('root');
  var cart = {lines: [], count: 0};
  var cache = {};

  // ------------------------------------------------------------------ helpers
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function $(sel, ctx) { return (ctx || document).querySelector(sel); }
  function $all(sel, ctx) { return Array.prototype.slice.call((ctx || document).querySelectorAll(sel)); }
  function api(method, url, body) {
    var opts = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
    if (body !== undefined) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
    return fetch(url, opts).then(function (r) {
      return r.json().then(function (data) { return {ok: r.ok, status: r.status, data: data}; });
    });
  }
  function getCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function euros(cents) {
    return (cents / 100).toFixed(2).replace('.', ',') + '\u00a0€';
  }
  function setTitle(t) { document.title = t ? t + ' – ' + BOOT.shop : BOOT.shop + ' – Mode responsable, fabriquée en Europe'; }
  function setJsonLd(data) {
    var el = document.getElementById('ld-product');
    if (!data) { if (el) { el.remove(); } return; }
    if (!el) {
      el = document.createElement('script');
      el.type = 'application/ld+json';
      el.id = 'ld-product';
      document.head.appendChild(el);
    }
    el.textContent = JSON.stringify(data);
  }

  // ------------------------------------------------------------------ layout
  function renderLayout() {
    var cats = BOOT.categories || {};
    var nav = Object.keys(cats).map(function (slug) {
      return '<li><a href="/c/' + slug + '" class="main-nav__link">' + esc(cats[slug]) + '</a></li>';
    }).join('');
    root.innerHTML =
      '<a class="skip-link" href="#main">Aller au contenu</a>' +
      '<div class="announcement-bar">Livraison offerte dès 60 € · 60 jours pour changer d\'avis, retour gratuit</div>' +
      '<header class="site-header">' +
        '<div class="site-header__inner">' +
          '<button class="burger" type="button" aria-label="Ouvrir le menu" aria-controls="main-nav" aria-expanded="false"><span></span><span></span><span></span></button>' +
          '<a href="/" class="logo" aria-label="' + esc(BOOT.shop) + ' – accueil">LUMEN<small>PARIS</small></a>' +
          '<nav class="main-nav" id="main-nav" aria-label="Navigation principale"><ul>' + nav +
            '<li><a href="/pages/retours" class="main-nav__link main-nav__link--muted">Retours</a></li></ul></nav>' +
          '<form class="search-form" role="search" action="/recherche">' +
            '<input type="search" name="q" placeholder="Rechercher un article" aria-label="Rechercher un article">' +
            '<button type="submit" aria-label="Lancer la recherche">⌕</button></form>' +
          '<a href="/compte" class="header-icon account-link" aria-label="Mon compte">Compte</a>' +
          '<button type="button" class="header-icon cart-toggle" aria-label="Ouvrir le panier" aria-controls="cart-drawer" aria-expanded="false">' +
            'Panier <span class="cart-count" data-count="0">0</span></button>' +
        '</div>' +
      '</header>' +
      '<main id="main" class="site-main" tabindex="-1"></main>' +
      '<footer class="site-footer">' +
        '<ul class="reassurance">' +
          '<li><strong>Livraison offerte dès 60 €</strong><span>Colissimo, Mondial Relay</span></li>' +
          '<li><strong>60 jours pour changer d\'avis, retour gratuit</strong><span>Étiquette prépayée</span></li>' +
          '<li><strong>Paiement sécurisé</strong><span>CB, PayPal, Wero, Apple Pay, 4x Scalapay</span></li>' +
          '<li><strong>Service client</strong><span>' + esc(BOOT.phone) + '</span></li>' +
        '</ul>' +
        '<div class="footer-links">' +
          '<div><h3>Aide</h3><ul>' +
            '<li><a href="/pages/livraison">Livraison</a></li>' +
            '<li><a href="/pages/retours">Retours &amp; échanges</a></li>' +
            '<li><a href="/pages/contact">Nous contacter</a></li></ul></div>' +
          '<div><h3>Informations légales</h3><ul>' +
            '<li><a href="/pages/cgv">CGV</a></li>' +
            '<li><a href="/pages/mentions-legales">Mentions légales</a></li>' +
            '<li><a href="#" class="didomi-preferences" onclick="window.Didomi && window.Didomi.preferences.show(); return false;">Gestion des cookies</a></li></ul></div>' +
          '<div><h3>' + esc(BOOT.shop) + '</h3><p>27 rue de Charonne, 75011 Paris<br>Du lundi au vendredi, 9h-18h<br>' +
            '<a href="tel:+33184601234">' + esc(BOOT.phone) + '</a></p></div>' +
        '</div>' +
        '<p class="copyright">© 2025 ' + esc(BOOT.shop) + '</p>' +
      '</footer>' +
      '<div class="drawer-overlay" hidden></div>' +
      '<aside id="cart-drawer" class="cart-drawer" role="dialog" aria-modal="true" aria-labelledby="cart-drawer-title" aria-hidden="true">' +
        '<div class="cart-drawer__header"><h2 id="cart-drawer-title">Mon panier</h2>' +
        '<button type="button" class="cart-drawer__close" aria-label="Fermer le panier">×</button></div>' +
        '<div class="cart-drawer__body"></div><div class="cart-drawer__footer"></div>' +
      '</aside>' +
      '<div class="toast" role="status" aria-live="polite" hidden></div>';
  }

  function freeShippingBar(c) {
    if (c.free_shipping_reached) { return '<p class="free-shipping free-shipping--ok">Bravo, la livraison vous est offerte !</p>'; }
    var pct = Math.min(100, Math.round(c.subtotal_cents / 60));
    return '<p class="free-shipping">Plus que <strong>' + c.free_shipping_remaining + '</strong> pour profiter de la livraison offerte dès 60 €</p>' +
      '<div class="free-shipping__bar"><span style="width:' + pct + '%"></span></div>';
  }

  function updateCartUi() {
    $all('.cart-count').forEach(function (el) { el.textContent = cart.count; el.setAttribute('data-count', cart.count); });
    var toggle = $('.cart-toggle');
    if (toggle) { toggle.setAttribute('aria-label', 'Ouvrir le panier (' + cart.count + ' article' + (cart.count > 1 ? 's' : '') + ')'); }
    var body = $('.cart-drawer__body');
    var foot = $('.cart-drawer__footer');
    if (!body) { return; }
    $('#cart-drawer-title').textContent = 'Mon panier (' + cart.count + ')';
    if (!cart.count) {
      body.innerHTML = '<p class="empty">Votre panier est vide.</p>';
      foot.innerHTML = '';
      return;
    }
    body.innerHTML = cart.lines.map(function (l) {
      return '<div class="drawer-line"><img src="' + l.image + '" alt="" width="64" height="64">' +
        '<div><a href="/produit/' + l.slug + '">' + esc(l.name) + '</a><p>' + (l.size ? 'Taille ' + esc(l.size) + ' · ' : '') + 'Qté ' + l.qty + '</p></div>' +
        '<strong>' + l.line_total + '</strong></div>';
    }).join('');
    foot.innerHTML = freeShippingBar(cart) +
      '<p class="drawer-subtotal"><span>Sous-total</span><strong>' + cart.subtotal + '</strong></p>' +
      '<a href="/panier" class="btn btn-secondary">Voir mon panier</a>' +
      '<a href="/commande/identification" class="btn btn-primary">Commander</a>';
  }

  function refreshCart() {
    return api('GET', '/api/cart').then(function (r) { cart = r.data; updateCartUi(); return cart; });
  }

  function openDrawer() {
    var d = $('#cart-drawer');
    d.classList.add('is-open');
    d.setAttribute('aria-hidden', 'false');
    $('.drawer-overlay').hidden = false;
    $('.cart-toggle').setAttribute('aria-expanded', 'true');
    document.body.classList.add('no-scroll');
  }
  function closeDrawer() {
    var d = $('#cart-drawer');
    if (!d) { return; }
    d.classList.remove('is-open');
    d.setAttribute('aria-hidden', 'true');
    $('.drawer-overlay').hidden = true;
    $('.cart-toggle').setAttribute('aria-expanded', 'false');
    document.body.classList.remove('no-scroll');
  }
  function closeMenu() {
    document.body.classList.remove('nav-open');
    var b = $('.burger');
    if (b) { b.setAttribute('aria-expanded', 'false'); b.setAttribute('aria-label', 'Ouvrir le menu'); }
  }
  function toast(msg) {
    var t = $('.toast');
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 2500);
  }

  // ------------------------------------------------------------------ screens
  function tile(p) {
    return '<li class="product-card"><a href="/produit/' + p.slug + '" class="product-card__link">' +
      '<img src="' + p.image + '" alt="' + esc(p.name) + '" width="300" height="375" loading="lazy">' +
      '<span class="product-card__name">' + esc(p.name) + '</span>' +
      '<span class="product-card__price">' + p.price + '</span></a></li>';
  }

  function loadProducts(query) {
    return api('GET', '/api/products' + (query || '')).then(function (r) { return r.data.items; });
  }

  function screenHome(main) {
    setTitle('');
    return loadProducts('').then(function (items) {
      main.innerHTML =
        '<section class="hero"><div class="hero__text"><h1>La collection d\'été</h1>' +
        '<p>Des matières naturelles, fabriquées en Europe. Livraison offerte dès 60 €.</p>' +
        '<a href="/c/robes" class="btn btn-primary">Découvrir les robes</a></div></section>' +
        '<section class="home-section"><h2>Nouveautés</h2><ul class="product-grid">' + items.map(tile).join('') + '</ul></section>';
    });
  }

  function screenCategory(main, slug) {
    var name = (BOOT.categories || {})[slug];
    if (!name) { return screenNotFound(main); }
    setTitle(name);
    return loadProducts('?category=' + slug).then(function (items) {
      main.innerHTML = '<nav class="breadcrumbs" aria-label="Fil d\'Ariane"><a href="/">Accueil</a> / <span>' + esc(name) + '</span></nav>' +
        '<h1 class="page-title">' + esc(name) + '</h1><p class="results-count">' + items.length + ' articles</p>' +
        '<ul class="product-grid">' + items.map(tile).join('') + '</ul>';
    });
  }

  function screenSearch(main) {
    var q = new URLSearchParams(location.search).get('q') || '';
    setTitle('Recherche');
    return loadProducts('?q=' + encodeURIComponent(q)).then(function (items) {
      main.innerHTML = '<h1 class="page-title">Résultats pour « ' + esc(q) + ' »</h1>' +
        (items.length ? '<ul class="product-grid">' + items.map(tile).join('') + '</ul>' : '<p>Aucun résultat.</p>');
    });
  }

  function screenProduct(main, slug) {
    return api('GET', '/api/products/' + slug).then(function (r) {
      if (!r.ok) { return screenNotFound(main); }
      var p = r.data;
      setTitle(p.name);
      setJsonLd(p.jsonld);
      var sizes = '';
      if (p.sizes.length) {
        sizes = '<fieldset class="size-picker"><legend>Taille : <span class="size-picker__selected">choisissez votre taille</span></legend>' +
          '<div class="size-options">' + p.sizes.map(function (s) {
            return '<button type="button" class="size-option' + (s.in_stock ? '' : ' size-option--sold-out') + '" data-size="' + s.label + '" aria-pressed="false"' +
              (s.in_stock ? '' : ' disabled aria-disabled="true" title="Épuisé"') + '>' + s.label +
              (s.in_stock ? '' : '<span class="visually-hidden"> – épuisé</span>') + '</button>';
          }).join('') + '</div><a href="#" class="size-guide">Guide des tailles</a></fieldset>';
      } else {
        sizes = '<p class="size-unique">Taille unique</p>';
      }
      main.innerHTML =
        '<nav class="breadcrumbs" aria-label="Fil d\'Ariane"><a href="/">Accueil</a> / <a href="/c/' + p.category + '">' + esc(p.category_name) + '</a> / <span>' + esc(p.name) + '</span></nav>' +
        '<div class="pdp" data-product-id="' + p.id + '">' +
          '<div class="pdp__gallery"><img src="' + p.image + '" alt="' + esc(p.name) + '" width="600" height="750"></div>' +
          '<div class="pdp__info">' +
            '<h1 class="pdp__title">' + esc(p.name) + '</h1>' +
            '<p class="pdp__price product-price" data-price-cents="' + p.price_cents + '">' + p.price + '</p>' +
            '<scalapay-widget amount="' + (p.price_cents / 100).toFixed(2) + '" amount-selectors=\'[".pdp__price"]\' number-of-installments="4" locale="fr" environment="production" merchant-token="LUMEN-FR"></scalapay-widget>' +
            sizes +
            '<p class="form-error" role="alert" hidden></p>' +
            '<button type="button" class="btn btn-primary btn-block add-to-cart" id="add-to-cart">Ajouter au panier</button>' +
            '<ul class="pdp__reassurance"><li>Livraison offerte dès 60 €</li><li>60 jours pour changer d\'avis, retour gratuit</li><li>Paiement sécurisé · 4x sans frais avec Scalapay</li></ul>' +
            '<div class="pdp__description"><h2>Description</h2><p>' + esc(p.description) + '</p></div>' +
          '</div>' +
        '</div>';
      var selected = null;
      $all('.size-option', main).forEach(function (b) {
        b.addEventListener('click', function () {
          if (b.disabled) { return; }
          selected = b.getAttribute('data-size');
          $all('.size-option', main).forEach(function (o) { o.classList.remove('is-selected'); o.setAttribute('aria-pressed', 'false'); });
          b.classList.add('is-selected');
          b.setAttribute('aria-pressed', 'true');
          $('.size-picker__selected', main).textContent = selected;
          $('.form-error', main).hidden = true;
        });
      });
      $('#add-to-cart', main).addEventListener('click', function () {
        var err = $('.form-error', main);
        if (p.sizes.length && !selected) {
          err.textContent = 'Veuillez sélectionner une taille.';
          err.hidden = false;
          return;
        }
        var btn = this;
        btn.disabled = true;
        btn.textContent = 'Ajout en cours…';
        api('POST', '/api/cart/items', {product_id: p.id, size: selected, qty: 1}).then(function (res) {
          btn.disabled = false;
          btn.textContent = 'Ajouter au panier';
          if (!res.ok) { err.textContent = res.data.error; err.hidden = false; return; }
          cart = res.data;
          updateCartUi();
          openDrawer();
        });
      });
    });
  }

  function cartSummary(c, shippingLabel) {
    return '<div class="summary-line"><span>Sous-total</span><span class="summary-subtotal">' + c.subtotal + '</span></div>' +
      '<div class="summary-line"><span>Livraison</span><span class="summary-shipping">' + shippingLabel + '</span></div>' +
      '<div class="summary-line summary-line--total"><span>Total TTC</span><span class="summary-total">' + c.total + '</span></div>';
  }

  function screenCart(main) {
    setTitle('Mon panier');
    return refreshCart().then(function (c) {
      if (!c.count) {
        main.innerHTML = '<h1 class="page-title">Mon panier</h1><p class="empty">Votre panier est vide.</p><a href="/" class="btn btn-primary">Continuer mes achats</a>';
        return;
      }
      main.innerHTML = '<h1 class="page-title">Mon panier <small>(' + c.count + ' article' + (c.count > 1 ? 's' : '') + ')</small></h1>' +
        '<div class="cart-layout"><ul class="cart-lines">' + c.lines.map(function (l) {
          return '<li class="cart-line" data-line-id="' + l.line_id + '"><img src="' + l.image + '" alt="" width="96" height="120">' +
            '<div class="cart-line__info"><a href="/produit/' + l.slug + '" class="cart-line__name">' + esc(l.name) + '</a>' +
            (l.size ? '<p class="cart-line__size">Taille : ' + esc(l.size) + '</p>' : '') +
            '<p class="cart-line__unit">' + l.unit_price + '</p>' +
            '<div class="qty"><button type="button" class="qty__minus" aria-label="Diminuer la quantité">−</button>' +
            '<input type="number" class="qty__input" value="' + l.qty + '" min="1" inputmode="numeric" aria-label="Quantité">' +
            '<button type="button" class="qty__plus" aria-label="Augmenter la quantité">+</button></div>' +
            '<button type="button" class="cart-line__remove">Supprimer</button></div>' +
            '<strong class="cart-line__total">' + l.line_total + '</strong></li>';
        }).join('') + '</ul>' +
        '<aside class="cart-summary"><h2>Récapitulatif</h2>' + freeShippingBar(c) +
        cartSummary(c, 'Calculée à l\'étape suivante') +
        '<button type="button" class="btn btn-primary btn-block checkout-button">Passer commande</button>' +
        '<p class="secure-note">Paiement 100 % sécurisé · CB, PayPal, Wero, Apple Pay, 4x sans frais</p></aside></div>';
      $all('.cart-line', main).forEach(function (li) {
        var id = li.getAttribute('data-line-id');
        var input = $('.qty__input', li);
        function update(q) { api('POST', '/api/cart/items/' + id, {qty: q}).then(function () { route(); }); }
        $('.qty__minus', li).addEventListener('click', function () { update(Math.max(0, +input.value - 1)); });
        $('.qty__plus', li).addEventListener('click', function () { update(+input.value + 1); });
        input.addEventListener('change', function () { update(Math.max(0, +input.value)); });
        $('.cart-line__remove', li).addEventListener('click', function () { update(0); });
      });
      $('.checkout-button', main).addEventListener('click', function () { navigate('/commande/identification'); });
    });
  }

  function progress(step) {
    var steps = ['Identification', 'Livraison', 'Paiement'];
    return '<ol class="checkout-progress">' + steps.map(function (s, i) {
      return '<li class="' + (i === step ? 'is-active' : (i < step ? 'is-done' : '')) + '"' + (i === step ? ' aria-current="step"' : '') + '>' + s + '</li>';
    }).join('') + '</ol>';
  }

  function field(name, label, opts) {
    opts = opts || {};
    var id = 'f-' + name;
    var attrs = ' id="' + id + '" name="' + name + '" type="' + (opts.type || 'text') + '"' +
      (opts.autocomplete ? ' autocomplete="' + opts.autocomplete + '"' : '') +
      (opts.inputmode ? ' inputmode="' + opts.inputmode + '"' : '') +
      (opts.required ? ' required aria-required="true"' : '') +
      (opts.placeholder ? ' placeholder="' + esc(opts.placeholder) + '"' : '') +
      ' value="' + esc(opts.value || '') + '"';
    return '<div class="field' + (opts.wide ? ' field--wide' : '') + '"><label for="' + id + '">' + label + (opts.required ? ' <abbr title="obligatoire">*</abbr>' : '') + '</label>' +
      '<input' + attrs + '>' + (opts.hint ? '<small class="field__hint">' + opts.hint + '</small>' : '') +
      '<small class="field__error" hidden></small></div>';
  }

  function requireCart() {
    return refreshCart().then(function (c) {
      if (!c.count) { navigate('/panier', true); return false; }
      return true;
    });
  }

  function screenIdentification(main) {
    setTitle('Identification');
    return requireCart().then(function (ok) {
      if (!ok) { return; }
      main.innerHTML = progress(0) +
        '<div class="auth-grid">' +
          '<section class="auth-card"><h2>Déjà client ?</h2>' +
            '<form id="login-form" novalidate>' +
              field('login_email', 'Adresse e-mail', {type: 'email', autocomplete: 'email', required: true}) +
              field('login_password', 'Mot de passe', {type: 'password', autocomplete: 'current-password', required: true}) +
              '<a href="/compte/mot-de-passe" class="forgot">Mot de passe oublié ?</a>' +
              '<p class="form-error" role="alert" hidden></p>' +
              '<button type="submit" class="btn btn-primary btn-block">Se connecter</button>' +
            '</form></section>' +
          '<section class="auth-card"><h2>Nouveau client ?</h2>' +
            '<p>Créez votre compte pour suivre vos commandes et profiter d\'offres exclusives.</p>' +
            '<form id="register-form" novalidate>' +
              field('firstName', 'Prénom', {autocomplete: 'given-name', required: true}) +
              field('lastName', 'Nom', {autocomplete: 'family-name', required: true}) +
              field('register_email', 'Adresse e-mail', {type: 'email', autocomplete: 'email', required: true}) +
              field('register_password', 'Mot de passe', {type: 'password', autocomplete: 'new-password', required: true, hint: '8 caractères minimum'}) +
              '<label class="checkbox"><input type="checkbox" name="newsletter" value="1"> Je souhaite recevoir les offres ' + esc(BOOT.shop) + '</label>' +
              '<p class="form-error" role="alert" hidden></p>' +
              '<button type="submit" class="btn btn-primary btn-block">Créer mon compte</button>' +
            '</form></section>' +
        '</div>' +
        '<p class="guest-checkout"><a href="/commande/livraison" class="guest-link">Continuer sans créer de compte</a></p>';
      $('#login-form', main).addEventListener('submit', function (e) {
        e.preventDefault();
        var f = e.target;
        api('POST', '/api/auth/login', {email: f.login_email.value, password: f.login_password.value}).then(function (r) {
          var err = $('.form-error', f);
          err.textContent = r.data.error || 'Connexion impossible';
          err.hidden = false;
        });
      });
      $('#register-form', main).addEventListener('submit', function (e) {
        e.preventDefault();
        var f = e.target;
        api('POST', '/api/auth/register', {firstName: f.firstName.value, lastName: f.lastName.value,
          email: f.register_email.value, password: f.register_password.value}).then(function (r) {
          if (!r.ok) { var err = $('.form-error', f); err.textContent = r.data.error; err.hidden = false; return; }
          navigate('/commande/livraison');
        });
      });
      $('.guest-link', main).addEventListener('click', function (e) {
        e.preventDefault();
        e.stopPropagation();
        api('POST', '/api/checkout/guest', {}).then(function () { navigate('/commande/livraison'); });
      });
    });
  }

  function screenShipping(main) {
    setTitle('Livraison');
    return requireCart().then(function (ok) {
      if (!ok) { return null; }
      return Promise.all([api('GET', '/api/checkout'), api('GET', '/api/checkout/shipping-methods')]);
    }).then(function (res) {
      if (!res) { return; }
      var st = res[0].data;
      if (!st.customer) { navigate('/commande/identification', true); return; }
      var data = res[1].data;
      var a = st.address || {};
      var methods = data.methods.map(function (m) {
        var checked = st.shipping === m.id ? ' checked' : '';
        return '<label class="shipping-method" data-method="' + m.id + '"><input type="radio" name="shipping" value="' + m.id + '"' + checked + '>' +
          '<span class="shipping-method__name">' + esc(m.name) + '</span>' +
          '<span class="shipping-method__delay">' + esc(m.delay) + '</span>' +
          '<span class="shipping-method__price">' + m.cost + '</span></label>' +
          (m.needs_relay ? '<div class="relay-picker" hidden><p>Choisissez votre point relais près de chez vous :</p>' + data.relays.map(function (rl) {
            return '<label class="relay"><input type="radio" name="relay" value="' + rl.id + '"' + (st.relay === rl.id ? ' checked' : '') + '>' +
              '<span><strong>' + esc(rl.name) + '</strong><br>' + esc(rl.address) + '</span></label>';
          }).join('') + '</div>' : '');
      }).join('');
      main.innerHTML = progress(1) +
        '<div class="checkout-layout"><form id="shipping-form" class="checkout-form" novalidate>' +
          '<section class="checkout-section"><h2>Adresse de livraison</h2><div class="field-grid">' +
            field('firstName', 'Prénom', {autocomplete: 'given-name', required: true, value: a.firstName}) +
            field('lastName', 'Nom', {autocomplete: 'family-name', required: true, value: a.lastName}) +
            field('email', 'Adresse e-mail', {type: 'email', autocomplete: 'email', required: true, value: a.email || st.email, hint: 'Pour recevoir la confirmation et le suivi de votre commande', wide: true}) +
            field('phone', 'Téléphone mobile', {type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, value: a.phone, hint: 'Le transporteur vous prévient par SMS'}) +
            field('street', 'Adresse', {autocomplete: 'address-line1', required: true, value: a.street, placeholder: 'Numéro et nom de rue', wide: true}) +
            field('street2', 'Complément d\'adresse', {autocomplete: 'address-line2', value: a.street2, placeholder: 'Bâtiment, étage, digicode (facultatif)', wide: true}) +
            field('zip', 'Code postal', {autocomplete: 'postal-code', inputmode: 'numeric', required: true, value: a.zip}) +
            field('city', 'Ville', {autocomplete: 'address-level2', required: true, value: a.city}) +
            '<div class="field"><label for="f-country">Pays</label><select id="f-country" name="country" autocomplete="country">' +
              '<option value="FR" selected>France métropolitaine</option><option value="BE">Belgique</option><option value="LU">Luxembourg</option><option value="CH">Suisse</option></select></div>' +
          '</div></section>' +
          '<section class="checkout-section"><h2>Mode de livraison</h2><div class="shipping-methods" role="radiogroup" aria-label="Mode de livraison">' + methods + '</div></section>' +
          '<p class="form-error" role="alert" hidden></p>' +
          '<button type="submit" class="btn btn-primary btn-block">Continuer vers le paiement</button>' +
        '</form>' +
        '<aside class="cart-summary"><h2>Ma commande</h2>' + freeShippingBar(st.cart) + cartSummary(st.cart, 'Selon le mode choisi') + '</aside></div>';
      var form = $('#shipping-form', main);
      function syncRelay() {
        var chosen = form.querySelector('input[name="shipping"]:checked');
        var picker = $('.relay-picker', form);
        if (picker) { picker.hidden = !(chosen && chosen.value === 'mondial_relay'); }
        $all('.shipping-method', form).forEach(function (l) { l.classList.toggle('is-selected', !!chosen && l.getAttribute('data-method') === chosen.value); });
      }
      form.addEventListener('change', syncRelay);
      syncRelay();
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var fd = new FormData(form);
        var address = {};
        ['firstName', 'lastName', 'email', 'phone', 'street', 'street2', 'zip', 'city', 'country'].forEach(function (k) { address[k] = (fd.get(k) || '').trim(); });
        $all('.field__error', form).forEach(function (el) { el.hidden = true; });
        $all('.field', form).forEach(function (el) { el.classList.remove('has-error'); });
        var btn = form.querySelector('button[type="submit"]');
        btn.disabled = true;
        api('POST', '/api/checkout/shipping', {address: address, shipping: fd.get('shipping'), relay: fd.get('relay')}).then(function (r) {
          btn.disabled = false;
          if (r.ok) { navigate('/commande/paiement'); return; }
          var errors = r.data.errors || {};
          var general = [];
          Object.keys(errors).forEach(function (k) {
            var input = form.querySelector('[name="' + k + '"]');
            var box = input && input.closest('.field');
            if (box) { box.classList.add('has-error'); var s = $('.field__error', box); s.textContent = errors[k]; s.hidden = false; } else { general.push(errors[k]); }
          });
          var err = $('.form-error', form);
          err.textContent = general.length ? general.join('. ') : 'Veuillez corriger les champs en rouge.';
          err.hidden = false;
        });
      });
    });
  }

  function screenPayment(main) {
    setTitle('Paiement');
    return requireCart().then(function (ok) {
      if (!ok) { return null; }
      return Promise.all([api('GET', '/api/checkout'), api('GET', '/api/checkout/payment-methods')]);
    }).then(function (res) {
      if (!res) { return; }
      var st = res[0].data;
      if (!st.address || !st.shipping) { navigate(st.customer ? '/commande/livraison' : '/commande/identification', true); return; }
      var pm = res[1].data;
      var contents = {
        card: '<div class="card-form">' +
          field('cc_name', 'Titulaire de la carte', {autocomplete: 'cc-name', wide: true}) +
          field('cc_number', 'Numéro de carte', {autocomplete: 'cc-number', inputmode: 'numeric', placeholder: '1234 1234 1234 1234', wide: true}) +
          field('cc_exp', 'Date d\'expiration', {autocomplete: 'cc-exp', inputmode: 'numeric', placeholder: 'MM / AA'}) +
          field('cc_csc', 'Cryptogramme', {autocomplete: 'cc-csc', inputmode: 'numeric', placeholder: '3 chiffres'}) + '</div>',
        paypal: '<p>Vous serez redirigé vers PayPal pour finaliser votre paiement en toute sécurité.</p>',
        wero: '<p>Validez le paiement depuis l\'application de votre banque avec Wero (anciennement Paylib).</p>',
        scalapay: '<scalapay-widget amount="' + (pm.total_cents / 100).toFixed(2) + '" number-of-installments="4" locale="fr" hide-price="false"></scalapay-widget>' +
          '<p>4 versements de ' + pm.installment + ' sans frais, le premier aujourd\'hui.</p>',
        applepay: '<apple-pay-button buttonstyle="black" type="pay" locale="fr-FR"></apple-pay-button>'
      };
      var list = pm.methods.map(function (m) {
        return '<li class="payment-method" data-method="' + m.id + '"><label class="payment-method__header">' +
          '<input type="radio" name="payment" value="' + m.id + '">' +
          '<span class="payment-method__label">' + esc(m.label) + '</span>' +
          '<span class="payment-method__detail">' + esc(m.detail) + '</span></label>' +
          '<div class="payment-method__content" hidden>' + contents[m.id] + '</div></li>';
      }).join('');
      var lines = st.cart.lines.map(function (l) {
        return '<li><span>' + esc(l.name) + (l.size ? ' – ' + esc(l.size) : '') + ' × ' + l.qty + '</span><span>' + l.line_total + '</span></li>';
      }).join('');
      var a = st.address;
      main.innerHTML = progress(2) +
        '<div class="checkout-layout"><section class="checkout-section payment-section"><h2>Moyen de paiement</h2>' +
          '<ul class="payment-methods">' + list + '</ul>' +
          '<label class="checkbox terms"><input type="checkbox" id="terms" name="terms"> J\'ai lu et j\'accepte les <a href="/pages/cgv">conditions générales de vente</a></label>' +
          '<p class="form-error" role="alert" hidden></p>' +
          '<button type="button" id="pay-button" class="btn btn-primary btn-block btn-pay" data-fixture-final="1">Payer</button>' +
          '<p class="secure-note">Paiement sécurisé · Vos données bancaires sont chiffrées.</p>' +
        '</section>' +
        '<aside class="cart-summary"><h2>Récapitulatif</h2><ul class="summary-lines">' + lines + '</ul>' +
          '<p class="summary-address"><strong>Livraison :</strong> ' + esc(a.firstName + ' ' + a.lastName) + ', ' + esc(a.street) + ', ' + esc(a.zip + ' ' + a.city) +
          ' <a href="/commande/livraison">Modifier</a></p>' +
          cartSummary(st.cart, st.cart.shipping) + '</aside></div>';
      var section = $('.payment-section', main);
      section.addEventListener('change', function (e) {
        if (e.target.name !== 'payment') { return; }
        $all('.payment-method', section).forEach(function (li) {
          var on = li.getAttribute('data-method') === e.target.value;
          li.classList.toggle('is-selected', on);
          $('.payment-method__content', li).hidden = !on;
        });
      });
      $('#pay-button', main).addEventListener('click', function () {
        var err = $('.form-error', section);
        var method = section.querySelector('input[name="payment"]:checked');
        if (!method) { err.textContent = 'Veuillez choisir un moyen de paiement.'; err.hidden = false; return; }
        if (!$('#terms', section).checked) { err.textContent = 'Veuillez accepter les conditions générales de vente.'; err.hidden = false; return; }
        api('POST', '/api/orders', {payment: method.value}).then(function () {
          main.innerHTML = '<h1 class="page-title">Merci pour votre commande !</h1>';
          refreshCart();
        });
      });
    });
  }

  function screenPage(main, slug) {
    return api('GET', '/api/pages/' + slug).then(function (r) {
      if (!r.ok) { return screenNotFound(main); }
      setTitle(r.data.title);
      main.innerHTML = '<article class="cms-page"><h1 class="page-title">' + esc(r.data.title) + '</h1>' + r.data.html + '</article>';
    });
  }

  function screenAccount(main) {
    setTitle('Mon compte');
    main.innerHTML = '<h1 class="page-title">Mon compte</h1><p>Connectez-vous pour accéder à vos commandes.</p>' +
      '<a href="/commande/identification" class="btn btn-secondary">Se connecter</a>';
    return Promise.resolve();
  }

  function screenNotFound(main) {
    setTitle('Page introuvable');
    main.innerHTML = '<h1 class="page-title">Oups, cette page n\'existe pas</h1><a href="/" class="btn btn-primary">Retour à l\'accueil</a>';
    return Promise.resolve();
  }

  // ------------------------------------------------------------------ router
  var routes = [
    [/^\/$/, screenHome],
    [/^\/c\/([a-z-]+)\/?$/, screenCategory],
    [/^\/produit\/([a-z0-9-]+)\/?$/, screenProduct],
    [/^\/panier\/?$/, screenCart],
    [/^\/commande\/?$/, function (main) { navigate('/commande/identification', true); return Promise.resolve(); }],
    [/^\/commande\/identification\/?$/, screenIdentification],
    [/^\/commande\/livraison\/?$/, screenShipping],
    [/^\/commande\/paiement\/?$/, screenPayment],
    [/^\/pages\/([a-z-]+)\/?$/, screenPage],
    [/^\/recherche\/?$/, screenSearch],
    [/^\/compte(\/.*)?$/, screenAccount]
  ];
  var renderId = 0;

  function route() {
    var path = location.pathname;
    var main = document.getElementById('main');
    closeDrawer();
    closeMenu();
    if (!/^\/produit\//.test(path)) { setJsonLd(null); }
    var id = ++renderId;
    main.setAttribute('aria-busy', 'true');
    main.classList.add('is-loading');
    document.body.setAttribute('data-route', path);
    for (var i = 0; i < routes.length; i++) {
      var m = path.match(routes[i][0]);
      if (m) {
        var p = routes[i][1](main, m[1]);
        return Promise.resolve(p).then(function () {
          if (id !== renderId) { return; }
          main.removeAttribute('aria-busy');
          main.classList.remove('is-loading');
        });
      }
    }
    return screenNotFound(main).then(function () { main.removeAttribute('aria-busy'); main.classList.remove('is-loading'); });
  }

  function navigate(url, replace) {
    if (replace) { history.replaceState({}, '', url); } else { history.pushState({}, '', url); }
    window.scrollTo(0, 0);
    return route();
  }
  window.lumenNavigate = navigate;

  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || a.target === '_blank') { return; }
    var href = a.getAttribute('href');
    if (!href || href.charAt(0) !== '/' || href.indexOf('//') === 0) { return; }
    e.preventDefault();
    if (href === location.pathname + location.search) { closeDrawer(); closeMenu(); return; }
    navigate(href);
  });
  window.addEventListener('popstate', route);

  // ------------------------------------------------------------------ promo popup (3 s after load)
  function promoPopup() {
    if (getCookie('lumen_promo')) { return; }
    setTimeout(function () {
      if (getCookie('lumen_promo')) { return; }
      document.cookie = 'lumen_promo=seen; path=/; max-age=2592000; SameSite=Lax';
      var wrap = document.createElement('div');
      wrap.className = 'promo-popup';
      wrap.innerHTML = '<div class="promo-popup__overlay"></div>' +
        '<div class="promo-popup__dialog" role="dialog" aria-modal="true" aria-labelledby="promo-title">' +
          '<button type="button" class="promo-popup__close" aria-label="Fermer">×</button>' +
          '<p class="promo-popup__eyebrow">Bienvenue chez ' + esc(BOOT.shop) + '</p>' +
          '<h2 id="promo-title">-10 % sur votre première commande</h2>' +
          '<p>Inscrivez-vous à notre newsletter et recevez votre code de bienvenue par e-mail.</p>' +
          '<form class="promo-popup__form"><input type="email" name="email" autocomplete="email" placeholder="Votre adresse e-mail" aria-label="Votre adresse e-mail" required>' +
          '<button type="submit" class="btn btn-primary">J\'en profite</button></form>' +
          '<p class="promo-popup__legal">Offre valable dès 50 € d\'achat, hors promotions.</p>' +
        '</div>';
      document.body.appendChild(wrap);
      document.body.classList.add('no-scroll');
      function close() { wrap.remove(); document.body.classList.remove('no-scroll'); }
      $('.promo-popup__close', wrap).addEventListener('click', close);
      $('.promo-popup__overlay', wrap).addEventListener('click', close);
      $('.promo-popup__form', wrap).addEventListener('submit', function (e) { e.preventDefault(); close(); toast('Merci ! Votre code arrive par e-mail.'); });
    }, 3000);
  }

  // ------------------------------------------------------------------ boot
  renderLayout();
  $('.burger').addEventListener('click', function () {
    var open = !document.body.classList.contains('nav-open');
    document.body.classList.toggle('nav-open', open);
    this.setAttribute('aria-expanded', open ? 'true' : 'false');
    this.setAttribute('aria-label', open ? 'Fermer le menu' : 'Ouvrir le menu');
  });
  $('.cart-toggle').addEventListener('click', openDrawer);
  $('.cart-drawer__close').addEventListener('click', closeDrawer);
  $('.drawer-overlay').addEventListener('click', closeDrawer);
  $('.search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    navigate('/recherche?q=' + encodeURIComponent(new FormData(e.target).get('q') || ''));
  });
  refreshCart();
  route();
  promoPopup();
  cache.booted = true;
})();
