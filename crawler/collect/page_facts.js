// Reads what a shopper can see on the page, as plain data: texts, links, prices, forms, payment
// and delivery options, widgets, dialogs. No judgement here: the walker and the audits decide.
(() => {
  const clip = (s, n) => (s || '').replace(/\s+/g, ' ').trim().slice(0, n);
  const visible = (el) => {
    if (!el || !el.getBoundingClientRect) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const boxOf = (el) => { const r = el.getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, r.width, r.height]; };
  const cssPath = (el) => {
    if (el.id) return '#' + CSS.escape(el.id);
    const parts = [];
    let node = el;
    while (node && node.nodeType === 1 && parts.length < 4) {
      let part = node.tagName.toLowerCase();
      if (node.id) { parts.unshift('#' + CSS.escape(node.id) + ' > ' + part); break; }
      const cls = (typeof node.className === 'string' ? node.className : '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
      if (cls.length) part += '.' + cls.map((c) => CSS.escape(c)).join('.');
      parts.unshift(part);
      node = node.parentElement;
    }
    return parts.join(' > ');
  };
  const all = (sel, root) => { try { return [...(root || document).querySelectorAll(sel)]; } catch (e) { return []; } };
  const ctxOf = (el) => {
    const parts = [];
    let node = el.parentElement, depth = 0;
    while (node && depth < 8) {
      if (node.id) parts.push(node.id);
      if (typeof node.className === 'string') parts.push(node.className.slice(0, 60));
      const name = node.getAttribute && node.getAttribute('name'); if (name) parts.push(name);
      node = node.parentElement; depth++;
    }
    return parts.join(' ').toLowerCase().slice(0, 300);
  };
  const labelText = (el) => {
    let t = '';
    if (el.labels && el.labels.length) t = [...el.labels].map((l) => l.innerText).join(' ');
    if (!t && el.getAttribute('aria-label')) t = el.getAttribute('aria-label');
    if (!t && el.getAttribute('aria-labelledby')) {
      t = el.getAttribute('aria-labelledby').split(/\s+/).map((id) => (document.getElementById(id) || {}).innerText || '').join(' ');
    }
    if (!t) { const wrap = el.closest('label'); if (wrap) t = wrap.innerText; }
    return clip(t, 200);
  };
  const body = document.body;
  const text = body ? body.innerText || '' : '';

  const jsonld = [];
  all('script[type="application/ld+json"]').forEach((s) => {
    try { const d = JSON.parse(s.textContent); (Array.isArray(d) ? d : [d]).forEach((x) => jsonld.push(x)); } catch (e) { /* invalid JSON-LD */ }
  });
  const meta = {};
  all('meta[property], meta[name]').forEach((m) => {
    const k = m.getAttribute('property') || m.getAttribute('name');
    if (/^(og:|product:|twitter:data)/.test(k) || k === 'generator') meta[k] = clip(m.getAttribute('content'), 200);
  });
  const microdata = all('[itemtype*="schema.org/Product"]').length;

  const links = all('a[href]').filter(visible).slice(0, 600).map((a) => ({
    text: clip(a.innerText || a.getAttribute('aria-label') || a.title, 120),
    href: a.href,
    in_footer: !!a.closest('footer, [role=contentinfo], .footer, #footer'),
    in_header: !!a.closest('header, [role=banner], .header, #header'),
    box: boxOf(a),
  }));

  const priceRe = /(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})*(?:[.,]\d{2})?)\s?(€|EUR)|€\s?(\d+(?:[.,]\d{2})?)/;
  const prices = [];
  all('body *').forEach((el) => {
    if (prices.length >= 120 || el.children.length > 2) return;
    const own = clip(el.innerText, 140);
    if (!own || own.length > 140 || !priceRe.test(own) || !visible(el)) return;
    if (el.parentElement && prices.length && prices[prices.length - 1].el === el.parentElement) return;
    prices.push({ el, text: own, cls: (el.className && typeof el.className === 'string' ? el.className : '') + ' ' + (el.id || ''), context: ctxOf(el), box: boxOf(el), selector: cssPath(el) });
  });

  const fields = [];
  const forms = [];
  const fieldSel = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea';
  const formRoots = all('form').filter(visible);
  const loose = all(fieldSel).filter((f) => !f.form && visible(f));
  const describe = (f) => ({
    tag: f.tagName.toLowerCase(), type: f.tagName === 'INPUT' ? (f.getAttribute('type') || 'text') : null,
    name: f.getAttribute('name'), id: f.id || null, autocomplete: f.getAttribute('autocomplete'),
    inputmode: f.getAttribute('inputmode'), label: labelText(f), placeholder: f.getAttribute('placeholder'),
    required: !!(f.required || f.getAttribute('aria-required') === 'true'), visible: visible(f) || (f.labels && f.labels[0] && visible(f.labels[0])) || false,
  });
  formRoots.forEach((form) => {
    const fs = all(fieldSel, form).map(describe);
    forms.push({ selector: cssPath(form), action: form.getAttribute('action'), method: form.getAttribute('method'), fields: fs, context: ctxOf(form) + ' ' + (form.id || '') + ' ' + (form.className || '') });
  });
  if (loose.length) forms.push({ selector: null, action: null, method: null, fields: loose.map(describe), context: 'no-form' });

  const radios = all('input[type=radio]').map((r) => {
    const lab = (r.labels && r.labels[0]) || r.closest('label');
    const shown = visible(r) || (lab && visible(lab));
    const container = r.closest('li, .payment-option, .payment-method, .wc_payment_method, .radio, div');
    return shown ? {
      name: r.name, value: r.value, id: r.id, checked: r.checked, disabled: r.disabled,
      label: labelText(r) || clip(container ? container.innerText : '', 200),
      context: ctxOf(r), selector: cssPath(r), box: boxOf(lab && visible(lab) ? lab : r),
      imgs: container ? all('img', container).map((i) => clip(i.alt || i.title || i.src.split('/').pop(), 80)) : [],
    } : null;
  }).filter(Boolean);

  const images = all('img').filter(visible).slice(0, 300).map((i) => ({ alt: clip(i.alt, 120), src: (i.currentSrc || i.src || '').slice(0, 200), title: clip(i.title, 80), context: ctxOf(i), box: boxOf(i) }));
  const iframes = all('iframe').map((f) => ({ src: (f.src || '').slice(0, 300), name: (f.name || '').slice(0, 120), title: clip(f.title, 120), visible: visible(f), context: ctxOf(f) }));
  const scripts = all('script[src]').map((s) => s.src.slice(0, 300));
  const customTags = {};
  all('body *').forEach((el) => { const t = el.tagName.toLowerCase(); if (t.includes('-')) customTags[t] = (customTags[t] || 0) + 1; });
  const markerSelectors = ['#alma-widget', '.alma-payment-plans-container', '[data-pp-message]', '.oneyCta_button', '.oneyPopin', 'input[name=oney_type]', '#oney-versions-3xcb',
    '.kr-embedded', '.kr-pan', '[data-cse]', 'iframe[name^="__privateStripeFrame"]', '.shopify-payment-button', '.additional-checkout-buttons',
    '.wc-block-components-express-payment', 'klarna-placement', 'scalapay-widget', 'apple-pay-button', '.apple-pay-button', '[class*=apple-pay]', 'google-pay-button', '.gpay-button', '[class*=gpay]',
    '#paypal-button-container', '[data-funding-source]', '.paypal-buttons', '[class^=floa-], [class*=" floa-"], [class*=floapay]', '[class*=cofidis]', '[class*=younited]', '[class*=scalapay]', '[class*=klarna]',
    '[class^=alma], [class*=" alma"]', '[class^=oney], [class*=" oney"]', '[id^=oney], [id^=alma], [id^=floa]'];
  const markers = [];
  markerSelectors.forEach((sel) => {
    all(sel).slice(0, 3).forEach((el) => markers.push({ selector: sel, tag: el.tagName.toLowerCase(), text: clip(el.innerText || el.getAttribute('aria-label') || '', 160), visible: visible(el), box: boxOf(el), attrs: [...el.attributes].map((a) => a.name + '=' + a.value).join(' ').slice(0, 200) }));
  });

  const sections = [];
  all('section, fieldset, div, form, ul').forEach((el) => {
    if (sections.length >= 40) return;
    const key = ((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '')).toLowerCase();
    if (!/payment|paiement|payer|shipping[-_]?method|delivery|livraison|carrier|transporteur|express|reassurance|trust|avis|review/.test(key) || !visible(el)) return;
    sections.push({ key: key.slice(0, 160), selector: cssPath(el), text: clip(el.innerText, 1500), radios: all('input[type=radio]', el).length, box: boxOf(el) });
  });

  const buttons = all('button, input[type=submit], input[type=button], a.button, a.btn, [role=button]').filter(visible).slice(0, 200).map((b) => ({
    text: clip(b.innerText || b.value || b.getAttribute('aria-label'), 120), aria: clip(b.getAttribute('aria-label'), 80),
    type: b.getAttribute('type'), id: b.id || null, context: ctxOf(b),
    name: b.getAttribute('name'), cls: (typeof b.className === 'string' ? b.className : '').slice(0, 120), selector: cssPath(b), box: boxOf(b),
    disabled: !!b.disabled, in_form: !!b.closest('form'),
  }));

  const dialogs = all('dialog[open], [role=dialog], [aria-modal=true], .modal.show, .modal.in, .modal[style*="block"], [class*=popup], [class*=modal], [class*=newsletter], [id*=popup], [id*=modal], [id*=newsletter]')
    .filter((d) => { if (!visible(d)) return false; const r = d.getBoundingClientRect(); return r.width > 120 && r.height > 60; })
    .slice(0, 10).map((d) => ({ selector: cssPath(d), text: clip(d.innerText, 400), box: boxOf(d), fixed: getComputedStyle(d).position === 'fixed' }));

  const headings = all('h1, h2').filter(visible).slice(0, 20).map((h) => clip(h.innerText, 160));
  const tel = all('a[href^="tel:"]').map((a) => ({ href: a.getAttribute('href'), text: clip(a.innerText, 60), visible: visible(a) }));

  return {
    url: location.href, title: document.title, lang: document.documentElement.lang || null,
    text: text.slice(0, 40000), text_length: text.length, jsonld, meta, microdata_products: microdata,
    links, prices: prices.map(({ el, ...rest }) => rest), forms, radios, images, iframes, scripts, custom_tags: customTags,
    markers, sections, buttons, dialogs, headings, tel,
    password_fields: all('input[type=password]').filter(visible).length,
    viewport: [innerWidth, innerHeight], page_height: document.documentElement.scrollHeight,
  };
})()
