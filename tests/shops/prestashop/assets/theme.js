/* Classic theme behaviours: responsive swap of header blocks, burger menu, Bootstrap-like
   modals/tabs/collapse, checkout payment step. */
(function () {
  var ps = window.prestashop;

  // ---- responsive: move #_desktop_x children into #_mobile_x below 768px (classic responsive.js)
  ps.responsive = {min_width: 768};
  function swap(toMobile) {
    document.querySelectorAll(toMobile ? '*[id^="_desktop_"]' : '*[id^="_mobile_"]').forEach(function (src) {
      var target = document.getElementById(src.id.replace(toMobile ? '_desktop_' : '_mobile_', toMobile ? '_mobile_' : '_desktop_'));
      if (target) { while (src.firstChild) { target.appendChild(src.firstChild); } }
    });
  }
  function refreshResponsive() {
    var mobile = window.innerWidth < ps.responsive.min_width;
    if (mobile !== ps.responsive.mobile) { ps.responsive.mobile = mobile; swap(mobile); }
  }
  refreshResponsive();
  window.addEventListener('resize', refreshResponsive);

  // ---- burger menu
  var menuIcon = document.getElementById('menu-icon');
  if (menuIcon) {
    menuIcon.addEventListener('click', function () {
      var wrapper = document.getElementById('mobile_top_menu_wrapper');
      var open = wrapper.style.display === 'none';
      wrapper.style.display = open ? 'block' : 'none';
      document.body.classList.toggle('mobile-menu-open', open);
      menuIcon.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // ---- Bootstrap-like modal helper
  ps.modal = {
    show: function (modal) {
      var backdrop = document.createElement('div');
      backdrop.className = 'modal-backdrop fade in';
      backdrop.setAttribute('data-for', modal.id);
      document.body.appendChild(backdrop);
      modal.style.display = 'block';
      modal.removeAttribute('aria-hidden');
      modal.setAttribute('aria-modal', 'true');
      document.body.classList.add('modal-open');
      setTimeout(function () { modal.classList.add('in'); }, 10);
      modal.addEventListener('click', function (e) { if (e.target === modal) { ps.modal.hide(modal); } });
    },
    hide: function (modal) {
      modal.classList.remove('in');
      modal.style.display = 'none';
      modal.setAttribute('aria-hidden', 'true');
      document.querySelectorAll('.modal-backdrop[data-for="' + modal.id + '"]').forEach(function (b) { b.remove(); });
      if (!document.querySelector('.modal.in')) { document.body.classList.remove('modal-open'); }
      modal.dispatchEvent(new CustomEvent('hidden.bs.modal', {bubbles: true}));
    }
  };
  document.addEventListener('click', function (event) {
    var dismiss = event.target.closest('[data-dismiss="modal"]');
    if (dismiss) { event.preventDefault(); ps.modal.hide(dismiss.closest('.modal')); }
  });

  // ---- tabs and collapse
  document.addEventListener('click', function (event) {
    var tab = event.target.closest('[data-toggle="tab"]');
    if (tab) {
      event.preventDefault();
      var list = tab.closest('.nav');
      list.querySelectorAll('[data-toggle="tab"]').forEach(function (t) {
        t.classList.remove('active'); t.setAttribute('aria-selected', 'false');
        var pane = document.querySelector(t.getAttribute('href'));
        if (pane) { pane.classList.remove('active', 'in'); pane.setAttribute('aria-hidden', 'true'); }
      });
      tab.classList.add('active'); tab.setAttribute('aria-selected', 'true');
      var pane = document.querySelector(tab.getAttribute('href'));
      if (pane) { pane.classList.add('active', 'in'); pane.setAttribute('aria-hidden', 'false'); }
      return;
    }
    var collapse = event.target.closest('[data-toggle="collapse"]');
    if (collapse) {
      event.preventDefault();
      var target = document.querySelector(collapse.getAttribute('data-target') || collapse.getAttribute('href'));
      if (target) { target.classList.toggle('in'); }
    }
    var show = event.target.closest('[data-action="show-password"]');
    if (show) {
      var input = show.closest('.input-group').querySelector('input');
      var visible = input.type === 'text';
      input.type = visible ? 'password' : 'text';
      show.textContent = visible ? show.getAttribute('data-text-show') : show.getAttribute('data-text-hide');
    }
  });

  // ---- checkout: delivery options
  document.addEventListener('change', function (event) {
    var radio = event.target;
    if (radio.matches('.delivery-option input[type="radio"]')) {
      document.querySelectorAll('.js-carrier-extra-content').forEach(function (el) { el.style.display = 'none'; });
      var extra = radio.closest('.delivery-option').nextElementSibling;
      if (extra && extra.classList.contains('js-carrier-extra-content')) { extra.style.display = ''; }
    }
    if (radio.matches('input[name="payment-option"]')) {
      document.querySelectorAll('.js-additional-information, .js-payment-option-form').forEach(function (el) { el.classList.add('ps-hidden'); });
      var info = document.getElementById(radio.id + '-additional-information');
      if (info) { info.classList.remove('ps-hidden'); }
      var form = document.getElementById('pay-with-' + radio.id + '-form');
      if (form) { form.classList.remove('ps-hidden'); }
    }
    if (radio.matches('input[name="payment-option"], #conditions-to-approve input[type="checkbox"]')) {
      refreshConfirmation();
    }
  });

  function confirmationButton() { return document.querySelector('#payment-confirmation button'); }
  function refreshConfirmation() {
    var button = confirmationButton();
    if (!button) { return; }
    var option = document.querySelector('input[name="payment-option"]:checked');
    var terms = Array.prototype.every.call(document.querySelectorAll('#conditions-to-approve input[type="checkbox"]'), function (c) { return c.checked; });
    var ok = !!option && terms;
    button.disabled = !ok;
    button.classList.toggle('disabled', !ok);
    var alertBox = document.querySelector('.js-alert-payment-conditions');
    if (alertBox) { alertBox.style.display = ok ? 'none' : ''; }
  }
  refreshConfirmation();

  document.addEventListener('click', function (event) {
    var button = event.target.closest('#payment-confirmation button');
    if (!button) { return; }
    event.preventDefault();
    if (button.disabled) { return; }
    var option = document.querySelector('input[name="payment-option"]:checked');
    var form = option && document.querySelector('#pay-with-' + option.id + '-form form');
    if (form) { button.disabled = true; form.submit(); }
  });
})();
