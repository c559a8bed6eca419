/* Newsletter popup module: a Bootstrap modal shown 3 s after the first page load of the visit. */
(function () {
  var COOKIE = 'ps_newsletterpopup';
  if (document.cookie.indexOf(COOKIE + '=') !== -1) { return; }
  setTimeout(function () {
    if (document.cookie.indexOf(COOKIE + '=') !== -1) { return; }
    document.cookie = COOKIE + '=1; path=/; SameSite=Lax';
    var tmp = document.createElement('div');
    tmp.innerHTML =
      '<div id="newsletter_block_popup" class="modal fade newsletter-popup" tabindex="-1" role="dialog" aria-labelledby="newsletter-popup-title">' +
        '<div class="modal-dialog modal-dialog-centered" role="document"><div class="modal-content">' +
          '<button type="button" class="close" data-dismiss="modal" aria-label="Fermer"><span aria-hidden="true">×</span></button>' +
          '<div class="modal-body">' +
            '<h4 id="newsletter-popup-title" class="h3">Inscrivez-vous à notre newsletter</h4>' +
            '<p>Recevez nos nouveautés, nos ventes privées et <strong>-10 % sur votre première commande</strong>.</p>' +
            '<form action="/" method="post" class="newsletter-popup-form">' +
              '<input type="email" name="email" placeholder="Votre adresse e-mail" aria-label="Votre adresse e-mail" autocomplete="email" required> ' +
              '<button type="submit" name="submitNewsletter" value="1" class="btn btn-primary">S’abonner</button>' +
            '</form>' +
            '<div class="newsletter-popup-footer">' +
              '<label><input type="checkbox" id="newsletter_popup_dont_show_again" value="1"> Ne plus afficher ce message</label>' +
              '<a href="#" class="newsletter-popup-decline" data-dismiss="modal">Non merci</a>' +
            '</div>' +
          '</div>' +
        '</div></div>' +
      '</div>';
    var modal = tmp.firstElementChild;
    document.body.appendChild(modal);
    window.prestashop.modal.show(modal);
  }, 3000);
})();
