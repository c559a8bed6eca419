/* PayPlug / Oney simulation popin (local copy of the module's front script). */
(function () {
  function fmt(cents) { return (cents / 100).toFixed(2).replace('.', ',') + '\u00a0€'; }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.oneyCta_button');
    if (!button) {
      if (!event.target.closest('.oneyPopin')) { document.querySelectorAll('.oneyPopin').forEach(function (p) { p.remove(); }); }
      return;
    }
    event.preventDefault();
    var cta = button.closest('.oneyCta');
    var amount = parseInt(cta.getAttribute('data-amount'), 10);
    var existing = cta.querySelector('.oneyPopin');
    if (existing) { existing.remove(); return; }
    var popin = document.createElement('div');
    popin.className = 'oneyPopin oneyPopin-open';
    popin.innerHTML = '<button type="button" class="oneyPopin_close" aria-label="Fermer">×</button>' +
      '<p class="oneyPopin_title">Payez en 3x ou 4x par carte bancaire avec Oney</p>' +
      '<ul class="oneyPopin_options">' +
      '<li class="oneyPopin_option" data-type="x3_with_fees">3x : apport de ' + fmt(Math.round(amount * 1.0224 / 3)) + ' puis 2 mensualités</li>' +
      '<li class="oneyPopin_option" data-type="x4_with_fees">4x : apport de ' + fmt(Math.round(amount * 1.0292 / 4)) + ' puis 3 mensualités</li>' +
      '</ul><p class="oneyPopin_legal">Offre de financement réservée aux particuliers, de 100 € à 3 000 €. Sous réserve d\'acceptation par Oney Bank.</p>';
    cta.appendChild(popin);
    cta.setAttribute('data-oney-loaded', '1');
    popin.querySelector('.oneyPopin_close').addEventListener('click', function () { popin.remove(); });
  });
})();
