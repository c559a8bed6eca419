/* ps_shoppingcart: refreshes the header cart and opens #blockcart-modal after an add to cart. */
(function () {
  var ps = window.prestashop;
  ps.blockcart = ps.blockcart || {};
  ps.blockcart.showModal = function (html) {
    var old = document.getElementById('blockcart-modal');
    if (old) { old.remove(); }
    var tmp = document.createElement('div');
    tmp.innerHTML = html.trim();
    var modal = tmp.firstElementChild;
    document.body.appendChild(modal);
    ps.modal.show(modal);
  };
  ps.on('updateCart', function (event) {
    var cart = document.querySelector('.blockcart');
    if (!cart) { return; }
    var url = cart.getAttribute('data-refresh-url');
    var reason = event.reason || {};
    var body = 'id_customization=' + (reason.idCustomization || 0) + '&id_product_attribute=' + (reason.idProductAttribute || 0) +
      '&id_product=' + (reason.idProduct || 0) + '&action=' + (reason.linkAction || 'refresh');
    ps.post(url, body).then(function (resp) {
      var tmp = document.createElement('div');
      tmp.innerHTML = resp.preview.trim();
      document.querySelectorAll('.blockcart').forEach(function (el) { el.replaceWith(tmp.firstElementChild.cloneNode(true)); });
      if (resp.modal) { ps.blockcart.showModal(resp.modal); }
    });
  });
})();
