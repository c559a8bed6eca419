/* Didomi Web SDK (local stand-in): consent notice in "popup" format inside #didomi-host. */
(function () {
  var PURPOSES = ['cookies', 'select_basic_ads', 'measure_ad_performance', 'market_research', 'improve_products'];
  var listeners = {};
  var status = null;

  function readToken() {
    var m = document.cookie.match(/(?:^|; )didomi_token=([^;]*)/);
    if (!m) { return null; }
    try { return JSON.parse(atob(decodeURIComponent(m[1]))); } catch (e) { return null; }
  }
  function writeToken(enabled) {
    var token = {user_id: Math.random().toString(16).slice(2), created: new Date().toISOString(), updated: new Date().toISOString(),
                 purposes: enabled ? {enabled: PURPOSES} : {disabled: PURPOSES}, version: 2};
    var maxAge = '; max-age=' + (182 * 24 * 3600) + '; path=/; SameSite=Lax';
    document.cookie = 'didomi_token=' + encodeURIComponent(btoa(JSON.stringify(token))) + maxAge;
    document.cookie = 'euconsent-v2=' + (enabled ? 'CQAAAAAQAAAAAAGABCFRBKFgAP_gAEPgAAqIKVtV_G__bWlr8X73aftkeY1P9_h77sQxBhbJE-4FzLvW_JwXx2E5NAz6tqIKmRIAu3TBIQNlHJDURVCgaogVryDMaEyUoTNKJ6BkiFMRI2dYCFxvm4tjeQCY5vr991d52R-t7dr83dzyy4hHn3a5_2S1WJCdA58tDfv9bROb-9IOd_x8v4v4_F7pE2-eS1l_tWvp7D9-cts__XW99_fbff9Pn_-uB_-_X_vf_H34KwAKmhoRAEMRABAUAEEAAAAQGICAKAAAAAAABCAAEAAACAQBgAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' : 'CQAAAAAQAAAAAAGABCFRBKFgAAAAAAAAAAqIAAAAAAAA') + maxAge;
  }

  var Didomi = window.Didomi = {
    version: '1.0.0-fixture',
    notice: {
      isVisible: function () { var n = document.getElementById('didomi-notice'); return !!n && n.offsetParent !== null; },
      show: function () { build(true); },
      hide: function () { hide(); }
    },
    preferences: {show: function () { build(true); }},
    isConsentRequired: function () { return true; },
    shouldConsentBeCollected: function () { return status === null; },
    getCurrentUserStatus: function () {
      var purposes = {};
      PURPOSES.forEach(function (p) { purposes[p] = {id: p, enabled: status === true}; });
      return {purposes: purposes, vendors: {}, regulation: 'gdpr', created: '', updated: ''};
    },
    getUserConsentStatusForAll: function () {
      return status === null ? {purposes: {enabled: [], disabled: []}, vendors: {enabled: [], disabled: []}}
        : status ? {purposes: {enabled: PURPOSES.slice(), disabled: []}, vendors: {enabled: [], disabled: []}}
          : {purposes: {enabled: [], disabled: PURPOSES.slice()}, vendors: {enabled: [], disabled: []}};
    },
    setUserAgreeToAll: function () { decide(true); },
    setUserDisagreeToAll: function () { decide(false); },
    on: function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); }
  };

  function emit(name, data) { (listeners[name] || []).forEach(function (fn) { fn(data); }); }

  function decide(enabled) {
    status = enabled;
    writeToken(enabled);
    hide();
    emit('consent.changed', {});
  }

  function hide() {
    var host = document.getElementById('didomi-host');
    if (!host) { return; }
    host.innerHTML = '';
    host.setAttribute('aria-hidden', 'true');
    document.body.classList.remove('didomi-popup-open');
    emit('notice.hidden', {});
  }

  function build(force) {
    var host = document.getElementById('didomi-host');
    if (!host) {
      host = document.createElement('div');
      host.id = 'didomi-host';
      host.setAttribute('data-nosnippet', 'true');
      document.body.appendChild(host);
    }
    if (!force && status !== null) { host.setAttribute('aria-hidden', 'true'); return; }
    host.removeAttribute('aria-hidden');
    host.innerHTML =
      '<div id="didomi-popup" class="didomi-popup-notice didomi-popup-notice-with-data-processing">' +
        '<div class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop">' +
          '<div class="didomi-popup-container didomi-popup-notice didomi-popup__dialog" role="dialog" aria-modal="true" aria-labelledby="didomi-notice-title">' +
            '<div id="didomi-notice" class="didomi-popup-notice-text-container didomi-notice-popup didomi-regular-notice">' +
              '<div class="didomi-popup-notice-logo-container"><span class="didomi-popup-notice-logo">LUMEN</span></div>' +
              '<h1 id="didomi-notice-title" class="didomi-popup-notice-title">Bienvenue sur Lumen Paris</h1>' +
              '<div id="didomi-notice-text" class="didomi-popup-notice-text">' +
                '<p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. ' +
                'Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l\'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.</p>' +
                '<p>Avec nos partenaires, nous traitons les données suivantes : Mesure d\'audience, Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, données d\'audience et développement de produit.</p>' +
              '</div>' +
              '<div class="didomi-popup-notice-buttons didomi-buttons" id="buttons">' +
                '<button id="didomi-notice-learn-more-button" type="button" class="didomi-components-button didomi-button didomi-button-standard standard-button"><span>En savoir plus</span></button>' +
                '<button id="didomi-notice-disagree-button" type="button" class="didomi-components-button didomi-button didomi-disagree-button didomi-button-standard standard-button" aria-label="Continuer sans accepter : Refuser notre traitement des données et fermer"><span>Continuer sans accepter</span></button>' +
                '<button id="didomi-notice-agree-button" type="button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-highlight highlight-button" aria-label="Accepter &amp; Fermer : Accepter notre traitement des données et fermer"><span>Accepter &amp; Fermer</span></button>' +
              '</div>' +
            '</div>' +
          '</div>' +
        '</div>' +
      '</div>';
    document.body.classList.add('didomi-popup-open');
    document.getElementById('didomi-notice-agree-button').addEventListener('click', function () { Didomi.setUserAgreeToAll(); });
    document.getElementById('didomi-notice-disagree-button').addEventListener('click', function () { Didomi.setUserDisagreeToAll(); });
    document.getElementById('didomi-notice-learn-more-button').addEventListener('click', function () {
      document.getElementById('didomi-notice-text').innerHTML = '<p>Paramétrez vos choix par finalité. Vous pouvez à tout moment « Continuer sans accepter ».</p>';
    });
    emit('notice.shown', {});
  }

  var token = readToken();
  if (token) { status = !!(token.purposes && token.purposes.enabled && token.purposes.enabled.length); }
  function init() {
    build(false);
    var ready = window.didomiOnReady || [];
    ready.forEach(function (fn) { try { fn(Didomi); } catch (e) { /* ignore */ } });
    window.didomiOnReady = {push: function (fn) { fn(Didomi); }};
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
