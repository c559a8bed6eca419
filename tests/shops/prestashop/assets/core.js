/* Minimal re-implementation of PrestaShop's core.js behaviours (event bus, AJAX add to cart,
   combination refresh) for the fixture shop. */
(function () {
  var ps = window.prestashop = window.prestashop || {};
  var listeners = {};
  ps.on = function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); };
  ps.emit = function (name, data) { (listeners[name] || []).forEach(function (fn) { fn(data); }); };

  function post(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Accept': 'application/json, text/javascript, */*; q=0.01', 'X-Requested-With': 'XMLHttpRequest'},
      body: body
    }).then(function (r) { return r.json(); });
  }
  ps.post = post;

  function serialize(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function showError(messages) {
    var box = document.querySelector('#notifications .container');
    if (!box) { return; }
    box.innerHTML = '<article class="alert alert-danger" role="alert" data-alert="danger"><ul>' +
      messages.map(function (m) { return '<li>' + m + '</li>'; }).join('') + '</ul></article>';
    box.scrollIntoView({block: 'center'});
  }

  document.addEventListener('click', function (event) {
    var btn = event.target.closest('[data-button-action="add-to-cart"]');
    if (!btn) { return; }
    event.preventDefault();
    if (btn.disabled) { return; }
    var form = btn.closest('form');
    var qty = form.querySelector('#quantity_wanted');
    if (qty && (!qty.value || parseInt(qty.value, 10) < 1)) { qty.value = 1; }
    btn.disabled = true;
    var body = serialize(form) + '&add=1&action=update&ajax=1';
    post(form.getAttribute('action'), body).then(function (resp) {
      btn.disabled = false;
      if (resp.hasError) { showError(resp.errors || []); return; }
      ps.emit('updateCart', {
        reason: {idProduct: resp.id_product, idProductAttribute: resp.id_product_attribute,
                 idCustomization: resp.id_customization, linkAction: 'add-to-cart', cart: resp.cart},
        resp: resp
      });
    }).catch(function () { btn.disabled = false; showError(['Une erreur est survenue.']); });
  });

  function replace(selector, html) {
    var el = document.querySelector(selector);
    if (!el || !html) { return; }
    var tmp = document.createElement('div');
    tmp.innerHTML = html.trim();
    el.replaceWith(tmp.firstElementChild);
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches('[data-product-attribute], .js-product-variants input[type="radio"]')) { return; }
    var form = document.getElementById('add-to-cart-or-refresh');
    if (!form) { return; }
    var idProduct = form.querySelector('#product_page_product_id').value;
    var url = '/index.php?controller=product&token=' + encodeURIComponent(ps.static_token) +
      '&id_product=' + idProduct + '&id_customization=0';
    post(url, serialize(form) + '&quickview=0&ajax=1&action=refresh').then(function (data) {
      replace('.js-product-prices', data.product_prices);
      replace('.js-product-variants', data.product_variants);
      replace('.js-product-add-to-cart', data.product_add_to_cart);
      if (data.product_url) { window.history.replaceState({id_product_attribute: data.id_product_attribute}, '', data.product_url); }
      ps.emit('updatedProduct', data);
    });
  });

  document.addEventListener('click', function (event) {
    var spin = event.target.closest('.js-touchspin');
    if (!spin) { return; }
    var input = spin.closest('.bootstrap-touchspin').querySelector('input');
    var value = parseInt(input.value || '1', 10);
    value += spin.classList.contains('bootstrap-touchspin-up') ? 1 : -1;
    input.value = Math.max(1, value);
  });
})();
