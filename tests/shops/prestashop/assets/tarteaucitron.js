/* tarteaucitron.js (simplified local copy): consent banner "AlertBig" at the bottom, with the
   click-blocking overlay drawn by #tarteaucitronRoot.tarteaucitronBeforeVisible:before. */
(function () {
  var COOKIE = 'tarteaucitron';
  var SERVICES = ['gtag', 'facebookpixel', 'youtube'];
  var tac = window.tarteaucitron = {
    version: 20240115,
    cdn: '/modules/tarteaucitronjs/js/tarteaucitron/',
    parameters: {orientation: 'bottom', showAlertSmall: false, cookieName: COOKIE, highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, mandatory: true},
    state: {},
    job: SERVICES.slice(),
    userInterface: {},
    hasResponse: function () { return document.cookie.indexOf(COOKIE + '=') !== -1; }
  };

  function save(status) {
    var value = SERVICES.map(function (s) { tac.state[s] = status; return '!' + s + '=' + status; }).join('');
    document.cookie = COOKIE + '=' + value + '; max-age=' + (365 * 24 * 3600) + '; path=/; SameSite=Lax';
  }
  function close() {
    var root = document.getElementById('tarteaucitronRoot');
    if (!root) { return; }
    root.classList.remove('tarteaucitronBeforeVisible');
    document.getElementById('tarteaucitronAlertBig').style.display = 'none';
    document.getElementById('tarteaucitron').style.display = 'none';
    document.getElementById('tarteaucitronBack').style.display = 'none';
    document.getElementById('tarteaucitronIcon').style.display = 'block';
    document.body.classList.remove('tarteaucitron-modal-open');
  }
  tac.userInterface.respondAll = function (status) { save(!!status); close(); };
  tac.userInterface.openPanel = function () {
    document.getElementById('tarteaucitron').style.display = 'block';
    document.getElementById('tarteaucitronBack').style.display = 'block';
  };
  tac.userInterface.closePanel = function () {
    document.getElementById('tarteaucitron').style.display = 'none';
    document.getElementById('tarteaucitronBack').style.display = 'none';
  };
  tac.userInterface.closeAlert = function () { tac.userInterface.openPanel(); };

  function build() {
    var visible = !tac.hasResponse();
    var root = document.createElement('div');
    root.id = 'tarteaucitronRoot';
    root.setAttribute('data-nosnippet', 'true');
    root.setAttribute('lang', 'fr');
    if (visible) { root.className = 'tarteaucitronBeforeVisible'; }
    root.innerHTML =
      '<div id="tarteaucitronBack" style="display:none"></div>' +
      '<div id="tarteaucitron" role="dialog" aria-modal="true" aria-labelledby="dialogTitle" style="display:none">' +
        '<button type="button" id="tarteaucitronClosePanel">Fermer</button>' +
        '<div id="tarteaucitronServices">' +
          '<div class="tarteaucitronMainLine" id="tarteaucitronMainLineOffset">' +
            '<span class="tarteaucitronH1" role="heading" aria-level="1" id="dialogTitle">Panneau de gestion des cookies</span>' +
            '<div id="tarteaucitronInfo">En autorisant ces services tiers, vous acceptez le dépôt et la lecture de cookies et l\'utilisation de technologies de suivi nécessaires à leur bon fonctionnement.</div>' +
            '<div class="tarteaucitronName"><span class="tarteaucitronH2" role="heading" aria-level="2">Préférences pour tous les services</span></div>' +
            '<div class="tarteaucitronAsk" id="tarteaucitronScrollbarAdjust">' +
              '<button type="button" id="tarteaucitronAllAllowed" class="tarteaucitronAllow"><span class="tarteaucitronCheck" aria-hidden="true"></span> Tout accepter</button> ' +
              '<button type="button" id="tarteaucitronAllDenied" class="tarteaucitronDeny"><span class="tarteaucitronCross" aria-hidden="true"></span> Tout refuser</button>' +
            '</div>' +
          '</div>' +
        '</div>' +
      '</div>' +
      '<div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom" role="dialog" aria-modal="true" aria-labelledby="tac_title" style="display:' + (visible ? 'block' : 'none') + '">' +
        '<span id="tarteaucitronDisclaimerAlert" role="paragraph">' +
          '<span id="tac_title" class="tac_visually-hidden">Gestion des cookies</span>' +
          'Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer' +
        '</span>' +
        '<span>' +
          '<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2"><span class="tarteaucitronCheck" aria-hidden="true"></span> Autoriser</button>' +
          '<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2" aria-label="Refuser"><span class="tarteaucitronCross" aria-hidden="true"></span> Refuser</button>' +
          '<button type="button" id="tarteaucitronCloseAlert" aria-label="Personnaliser" title="Personnaliser">Personnaliser</button>' +
        '</span>' +
      '</div>' +
      '<div id="tarteaucitronPercentage"></div>';
    document.body.appendChild(root);
    var icon = document.createElement('div');
    icon.id = 'tarteaucitronIcon';
    icon.className = 'tarteaucitronIconBottomRight';
    icon.style.display = visible ? 'none' : 'block';
    icon.innerHTML = '<button type="button" id="tarteaucitronManager" aria-label="Gestion des cookies">🍪</button>';
    document.body.appendChild(icon);
    if (visible) { document.body.classList.add('tarteaucitron-modal-open'); }

    document.getElementById('tarteaucitronPersonalize2').addEventListener('click', function () { tac.userInterface.respondAll(true); });
    document.getElementById('tarteaucitronAllDenied2').addEventListener('click', function () { tac.userInterface.respondAll(false); });
    document.getElementById('tarteaucitronCloseAlert').addEventListener('click', tac.userInterface.closeAlert);
    document.getElementById('tarteaucitronAllAllowed').addEventListener('click', function () { tac.userInterface.respondAll(true); });
    document.getElementById('tarteaucitronAllDenied').addEventListener('click', function () { tac.userInterface.respondAll(false); });
    document.getElementById('tarteaucitronClosePanel').addEventListener('click', tac.userInterface.closePanel);
    document.getElementById('tarteaucitronManager').addEventListener('click', function () {
      root.classList.add('tarteaucitronBeforeVisible');
      document.getElementById('tarteaucitronAlertBig').style.display = 'block';
      icon.style.display = 'none';
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', build); } else { build(); }
})();
