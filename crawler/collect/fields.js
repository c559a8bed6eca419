// Lists the visible form fields with what a shopper reads next to them, tagged data-ca-field.
(() => {
  document.querySelectorAll('[data-ca-field]').forEach((el) => el.removeAttribute('data-ca-field'));
  const clip = (s, n) => (s || '').replace(/\s+/g, ' ').trim().slice(0, n);
  const visible = (el) => {
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const labelOf = (el) => {
    let t = '';
    if (el.labels && el.labels.length) t = [...el.labels].map((l) => l.innerText).join(' ');
    if (!t && el.getAttribute('aria-label')) t = el.getAttribute('aria-label');
    if (!t && el.getAttribute('aria-labelledby')) t = el.getAttribute('aria-labelledby').split(/\s+/).map((id) => (document.getElementById(id) || {}).innerText || '').join(' ');
    if (!t) { const w = el.closest('label'); if (w) t = w.innerText; }
    if (!t) { const f = el.closest('fieldset'); const lg = f && f.querySelector('legend'); if (lg) t = lg.innerText; }
    return clip(t, 160);
  };
  const ctx = (el) => { const p = []; let n = el.parentElement, d = 0; while (n && d < 7) { if (n.id) p.push(n.id); if (typeof n.className === 'string') p.push(n.className.slice(0, 60)); const tag = n.tagName.toLowerCase(); if (['header', 'footer', 'nav', 'aside'].includes(tag)) p.push(tag); n = n.parentElement; d++; } return p.join(' ').slice(0, 300); };
  const out = [];
  const roots = [document];
  while (roots.length) {
    const root = roots.shift();
    root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) roots.push(el.shadowRoot); });
    root.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea').forEach((el) => {
      const choice = el.type === 'radio' || el.type === 'checkbox';
      let shown = visible(el);
      if (!shown && choice) { const l = (el.labels && el.labels[0]) || el.closest('label'); shown = !!(l && visible(l)); }
      if (!shown || el.disabled || el.readOnly) return;
      const idx = out.length;
      el.setAttribute('data-ca-field', String(idx));
      out.push({
        idx, tag: el.tagName.toLowerCase(), type: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : el.tagName.toLowerCase(),
        name: el.getAttribute('name') || '', id: el.id || '', autocomplete: el.getAttribute('autocomplete') || '',
        inputmode: el.getAttribute('inputmode') || '', label: labelOf(el), placeholder: el.getAttribute('placeholder') || '',
        required: !!(el.required || el.getAttribute('aria-required') === 'true'), value: el.type === 'password' ? '' : (el.value || '').slice(0, 80),
        checked: !!el.checked, context: ctx(el), form: el.form ? (el.form.id || el.form.getAttribute('action') || 'form') : '',
        options: el.tagName === 'SELECT' ? [...el.options].map((o) => ({ value: o.value, text: clip(o.text, 60), disabled: o.disabled })) : null,
        in_viewport: (() => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })(),
      });
    });
  }
  return out;
})()
