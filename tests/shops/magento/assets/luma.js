/* Luma storefront behaviours: customer-data sections (minicart, messages), navigation toggle,
   size swatches, AJAX add to cart (catalogAddToCart), cart page actions. */
(function () {
  'use strict';
  function $(s, c) { return (c || document).querySelector(s); }
  function $all(s, c) { return Array.prototype.slice.call((c || document).querySelectorAll(s)); }

  // ---- customer data
  function renderMessages(messages) {
    var box = $('[data-placeholder="messages"]');
    if (!box || !messages.length) { return; }
    box.innerHTML = '<div class="messages">' + messages.map(function (m) {
      return '<div class="message-' + m.type + ' ' + m.type + ' message" data-ui-id="message-' + m.type + '"><div>' + m.text + '</div></div>';
    }).join('') + '</div>';
  }
  function renderMinicart(cart) {
    $all('.minicart-wrapper').forEach(function (w) {
      var count = cart.summary_count || 0;
      var counter = $('.counter.qty', w);
      counter.classList.toggle('empty', !count);
      $('.counter-number', w).textContent = count;
      $('.counter-label', w).textContent = count ? count + ' article' + (count > 1 ? 's' : '') : '';
      $('.subtitle.empty', w).style.display = count ? 'none' : '';
      $('.items-total', w).style.display = count ? '' : 'none';
      $('.items-total .count', w).textContent = count;
      $('.subtotal', w).style.display = count ? '' : 'none';
      $('.subtotal .price', w).outerHTML = cart.subtotal || '<span class="price">0,00 €</span>';
      $('.block-content > .actions', w).style.display = count ? '' : 'none';
      $('#mini-cart', w).innerHTML = (cart.items || []).map(function (it) {
        return '<li class="item product product-item odd last" data-role="product-item"><div class="product">' +
          '<a class="product-item-photo" href="' + it.product_url + '"><img class="product-image-photo" src="' + it.product_image.src + '" alt="" width="75" height="75"></a>' +
          '<div class="product-item-details"><strong class="product-item-name"><a href="' + it.product_url + '">' + it.product_name + '</a></strong>' +
          (it.options.length ? '<div class="product options"><span class="toggle">Voir les détails</span><dl class="product options list"><dt class="label">Taille</dt><dd class="values">' + it.options[0].value + '</dd></dl></div>' : '') +
          '<div class="product-item-pricing"><div class="price-container">' + it.product_price + '</div><div class="details-qty qty"><label class="label">Qté</label> <span>' + it.qty + '</span></div></div></div></div></li>';
      }).join('');
    });
  }
  function loadSections() {
    return fetch('/customer/section/load/?sections=cart%2Cmessages&force_new_section_timestamp=true&_=' + Date.now(), {
      credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}
    }).then(function (r) { return r.json(); }).then(function (data) {
      renderMinicart(data.cart);
      renderMessages(data.messages.messages);
      return data;
    });
  }
  loadSections();

  // ---- navigation (mobile)
  var toggle = $('[data-action="toggle-nav"]');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var html = document.documentElement;
      var open = !html.classList.contains('nav-open');
      html.classList.toggle('nav-before-open', open);
      html.classList.toggle('nav-open', open);
    });
  }
  document.addEventListener('click', function (e) {
    if (document.documentElement.classList.contains('nav-open') && !e.target.closest('.nav-sections') && !e.target.closest('[data-action="toggle-nav"]')) {
      document.documentElement.classList.remove('nav-open', 'nav-before-open');
    }
  });

  // ---- minicart dropdown
  document.addEventListener('click', function (e) {
    var show = e.target.closest('.minicart-wrapper .action.showcart');
    var wrapper = $('.minicart-wrapper');
    if (show) {
      e.preventDefault();
      var open = !wrapper.classList.contains('active');
      wrapper.classList.toggle('active', open);
      $('.block-minicart', wrapper).style.display = open ? 'block' : 'none';
      return;
    }
    if (e.target.closest('#btn-minicart-close') || (wrapper && wrapper.classList.contains('active') && !e.target.closest('.minicart-wrapper'))) {
      wrapper.classList.remove('active');
      $('.block-minicart', wrapper).style.display = 'none';
    }
    if (e.target.closest('#top-cart-btn-checkout')) { window.location.href = window.checkout.checkoutUrl; }
  });

  // ---- swatches
  document.addEventListener('click', function (e) {
    var option = e.target.closest('.swatch-attribute .swatch-option');
    if (!option || option.classList.contains('disabled')) { return; }
    var attr = option.closest('.swatch-attribute');
    var selected = option.classList.contains('selected');
    $all('.swatch-option', attr).forEach(function (o) { o.classList.remove('selected'); o.setAttribute('aria-checked', 'false'); });
    var input = $('.swatch-input', attr);
    if (selected) {
      input.value = '';
      attr.removeAttribute('data-option-selected');
      $('.swatch-attribute-selected-option', attr).textContent = '';
    } else {
      option.classList.add('selected');
      option.setAttribute('aria-checked', 'true');
      input.value = option.getAttribute('data-option-id');
      attr.setAttribute('data-option-selected', option.getAttribute('data-option-id'));
      $('.swatch-attribute-selected-option', attr).textContent = option.getAttribute('data-option-label');
      var err = $('.mage-error', attr);
      if (err) { err.remove(); }
    }
    var form = document.getElementById('product_addtocart_form');
    if (form) { form.selected_configurable_option.value = input.value ? form.product.value + input.value : ''; }
  });

  // ---- add to cart
  var form = document.getElementById('product_addtocart_form');
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var missing = $all('.swatch-input', form).filter(function (i) { return !i.value; });
      if (missing.length) {
        missing.forEach(function (i) {
          var attr = i.closest('.swatch-attribute');
          if (!$('.mage-error', attr)) {
            var div = document.createElement('div');
            div.className = 'mage-error';
            div.id = i.name + '-error';
            div.textContent = 'Ce champ est obligatoire.';
            attr.appendChild(div);
          }
        });
        return;
      }
      var button = $('#product-addtocart-button');
      button.classList.add('disabled');
      button.disabled = true;
      $('span', button).textContent = 'Ajout en cours...';
      fetch(form.action, {
        method: 'POST', credentials: 'same-origin',
        headers: {'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8'},
        body: new URLSearchParams(new FormData(form)).toString()
      }).then(function (r) { return r.json(); }).then(function (res) {
        if (res.backUrl) { window.location.href = res.backUrl; return; }
        $('span', button).textContent = 'Ajouté';
        return loadSections().then(function () {
          window.scrollTo({top: 0, behavior: 'smooth'});
          setTimeout(function () {
            button.classList.remove('disabled');
            button.disabled = false;
            $('span', button).textContent = 'Ajouter au panier';
          }, 1000);
        });
      });
    });
  }

  // ---- cart page
  document.addEventListener('click', function (e) {
    var proceed = e.target.closest('[data-role="proceed-to-checkout"]');
    if (proceed) { e.preventDefault(); window.location.href = window.checkout.checkoutUrl; return; }
    var post = e.target.closest('[data-post]');
    if (post) {
      e.preventDefault();
      var cfg = JSON.parse(post.getAttribute('data-post'));
      var f = document.createElement('form');
      f.method = 'post';
      f.action = cfg.action;
      Object.keys(cfg.data).forEach(function (k) {
        var i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = cfg.data[k]; f.appendChild(i);
      });
      document.body.appendChild(f);
      f.submit();
      return;
    }
    var collapsible = e.target.closest('#block-shipping .title, #block-discount .title');
    if (collapsible) {
      var content = collapsible.nextElementSibling;
      if (content) { content.style.display = content.style.display === 'none' ? '' : 'none'; }
    }
  });
})();
