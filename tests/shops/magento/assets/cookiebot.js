/* Cookiebot uc.js (local stand-in): Swift "popup" dialog #CybotCookiebotDialog + window.Cookiebot. */
(function () {
  var COOKIE = 'CookieConsent';
  function read() {
    var m = document.cookie.match(/(?:^|; )CookieConsent=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : null;
  }
  function write(pref, stat, mkt, method) {
    var value = "{stamp:'" + Math.random().toString(36).slice(2) + "',necessary:true,preferences:" + pref + ",statistics:" + stat +
      ",marketing:" + mkt + ",method:'" + method + "',ver:1,utc:" + Date.now() + ",region:'fr'}";
    document.cookie = COOKIE + '=' + encodeURIComponent(value) + '; max-age=' + (365 * 24 * 3600) + '; path=/; SameSite=Lax';
  }
  var existing = read();
  var CB = window.Cookiebot = window.CookieConsent = {
    consent: {necessary: true, preferences: false, statistics: false, marketing: false, method: null, stamp: '0'},
    consented: false, declined: false, hasResponse: !!existing, doNotTrack: false, changed: false,
    dialog: {visible: false},
    serial: '7e3b1c2a-5d4f-4e6a-9b8c-0a1b2c3d4e5f',
    show: function () { render(); },
    renew: function () { render(); },
    hide: function () {
      var d = document.getElementById('CybotCookiebotDialog');
      var u = document.getElementById('CybotCookiebotDialogBodyUnderlay');
      if (d) { d.style.display = 'none'; d.classList.remove('CybotCookiebotDialogActive'); }
      if (u) { u.remove(); }
      CB.dialog.visible = false;
      document.body.classList.remove('CybotCookiebotDialogOpen');
    },
    submitCustomConsent: function (pref, stat, mkt) { decide(!!pref, !!stat, !!mkt); },
    withdraw: function () { decide(false, false, false); },
    getScript: function () {}
  };
  if (existing) {
    var all = /marketing:true/.test(existing);
    CB.consent.preferences = CB.consent.statistics = CB.consent.marketing = all;
    CB.consented = all; CB.declined = !all;
  }

  function decide(pref, stat, mkt) {
    var any = pref || stat || mkt;
    CB.consent.preferences = pref; CB.consent.statistics = stat; CB.consent.marketing = mkt;
    CB.consent.method = 'explicit';
    CB.consented = any; CB.declined = !any; CB.hasResponse = true; CB.changed = true;
    write(pref, stat, mkt, 'explicit');
    CB.hide();
    window.dispatchEvent(new Event(any ? 'CookiebotOnAccept' : 'CookiebotOnDecline'));
  }

  function render() {
    if (document.getElementById('CybotCookiebotDialog')) {
      document.getElementById('CybotCookiebotDialog').style.display = 'flex';
    } else {
      var underlay = document.createElement('div');
      underlay.id = 'CybotCookiebotDialogBodyUnderlay';
      underlay.className = 'CybotCookiebotDialogActive';
      document.body.appendChild(underlay);
      var d = document.createElement('div');
      d.id = 'CybotCookiebotDialog';
      d.setAttribute('name', 'CybotCookiebotDialog');
      d.setAttribute('role', 'dialog');
      d.setAttribute('aria-modal', 'true');
      d.setAttribute('aria-labelledby', 'CybotCookiebotDialogBodyContentTitle');
      d.setAttribute('tabindex', '-1');
      d.setAttribute('lang', 'fr');
      d.setAttribute('data-template', 'popup');
      d.className = 'CybotCookiebotDialogActive CybotEdge CybotCookiebotDialogContentWrapper';
      d.innerHTML =
        '<div class="CybotCookiebotDialogContentWrapper">' +
          '<div id="CybotCookiebotDialogHeader" class="CybotCookiebotScrollContainer"><div id="CybotCookiebotDialogHeaderLogosWrapper">' +
            '<span id="CybotCookiebotDialogPoweredbyCybot"><span>Cookiebot by Usercentrics</span></span></div></div>' +
          '<nav id="CybotCookiebotDialogNav" role="tablist"><ul class="CybotCookiebotDialogNavItems">' +
            '<li class="CybotCookiebotDialogNavItem"><a id="CybotCookiebotDialogNavDeclaration" class="CybotCookiebotDialogNavItemLink CybotCookiebotDialogActive" href="#" role="tab">Consentement</a></li>' +
            '<li class="CybotCookiebotDialogNavItem"><a id="CybotCookiebotDialogNavDetails" class="CybotCookiebotDialogNavItemLink" href="#" role="tab">Détails</a></li>' +
            '<li class="CybotCookiebotDialogNavItem"><a id="CybotCookiebotDialogNavAbout" class="CybotCookiebotDialogNavItemLink" href="#" role="tab">À propos</a></li>' +
          '</ul></nav>' +
          '<div id="CybotCookiebotDialogTabContent"><div id="CybotCookiebotDialogTabContentDeclaration" class="CybotCookiebotDialogTabPanel">' +
            '<div id="CybotCookiebotDialogBody"><div id="CybotCookiebotDialogBodyContent">' +
              '<h2 id="CybotCookiebotDialogBodyContentTitle" lang="fr">Ce site utilise des cookies</h2>' +
              '<div id="CybotCookiebotDialogBodyContentText" lang="fr">Nous utilisons des cookies pour personnaliser le contenu et les publicités, pour fournir des fonctionnalités relatives aux médias sociaux et pour analyser notre trafic. ' +
              'Nous partageons également des informations sur l\'utilisation de notre site avec nos partenaires de médias sociaux, de publicité et d\'analyse.</div>' +
            '</div>' +
            '<div id="CybotCookiebotDialogBodyLevelWrapper" class="CybotCookiebotDialogBodyLevelWrapper" style="display:none"><div id="CybotCookiebotDialogBodyLevelButtonsTable">' +
              '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonNecessary" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelButtonNecessary" checked disabled> Nécessaires</label>' +
              '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonPreferences" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelButtonPreferences"> Préférences</label>' +
              '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonStatistics" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelButtonStatistics"> Statistiques</label>' +
              '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonMarketing" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelButtonMarketing"> Marketing</label>' +
            '</div></div></div>' +
          '</div></div>' +
          '<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtons"><div id="CybotCookiebotDialogBodyButtonsWrapper">' +
            '<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton" type="button">Refuser</button>' +
            '<button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton" type="button">Personnaliser</button>' +
            '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton" type="button" style="display:none">Autoriser la sélection</button>' +
            '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton" type="button" data-focus="">Autoriser tous les cookies</button>' +
          '</div></div></div>' +
        '</div>';
      document.body.appendChild(d);
      d.querySelector('#CybotCookiebotDialogBodyButtonDecline').addEventListener('click', function () { decide(false, false, false); });
      d.querySelector('#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll').addEventListener('click', function () { decide(true, true, true); });
      d.querySelector('#CybotCookiebotDialogBodyLevelButtonCustomize').addEventListener('click', function () {
        d.querySelector('#CybotCookiebotDialogBodyLevelWrapper').style.display = 'block';
        d.querySelector('#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection').style.display = '';
        this.style.display = 'none';
      });
      d.querySelector('#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection').addEventListener('click', function () {
        decide(d.querySelector('#CybotCookiebotDialogBodyLevelButtonPreferences').checked,
               d.querySelector('#CybotCookiebotDialogBodyLevelButtonStatistics').checked,
               d.querySelector('#CybotCookiebotDialogBodyLevelButtonMarketing').checked);
      });
    }
    CB.dialog.visible = true;
    document.body.classList.add('CybotCookiebotDialogOpen');
  }

  function init() { if (!CB.hasResponse) { render(); } }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
