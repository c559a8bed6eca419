// Lists the visible interactive elements of the page, as a shopper would see them, and tags each
// with data-ca-idx so that the walker can click exactly the one it chose. Walks open shadow roots.
(() => {
  const out = [];
  const SELECTOR = 'a[href], button, input[type=submit], input[type=button], input[type=radio], ' +
    'input[type=checkbox], [role=button], [role=tab], [role=link], [role=radio], [role=option], ' +
    'summary, label, select, [onclick], [tabindex]:not([tabindex="-1"]), li[data-value], .swatch-option';
  document.querySelectorAll('[data-ca-idx]').forEach((el) => el.removeAttribute('data-ca-idx'));
  const roots = [document];
  const seen = new Set();
  const vw = window.innerWidth, vh = window.innerHeight;
  const textOf = (el) => {
    let t = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
    if (!t && el.tagName === 'INPUT') t = el.value || '';
    return t.slice(0, 200);
  };
  const labelFor = (el) => {
    if (el.labels && el.labels.length) return textOf(el.labels[0]);
    const wrap = el.closest('label');
    return wrap ? textOf(wrap) : '';
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || parseFloat(style.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const context = (el) => {
    const parts = [];
    let node = el.parentElement, depth = 0;
    while (node && depth < 6) {
      if (node.id) parts.push('#' + node.id);
      if (typeof node.className === 'string' && node.className) parts.push(node.className.slice(0, 80));
      const tag = node.tagName.toLowerCase();
      if (['header', 'footer', 'nav', 'dialog', 'aside', 'main', 'form'].includes(tag)) parts.push(tag);
      const role = node.getAttribute('role');
      if (role) parts.push('role=' + role);
      node = node.parentElement; depth++;
    }
    return parts.join(' ').slice(0, 400);
  };
  const inDialog = (el) => !!el.closest('dialog, [role=dialog], [aria-modal=true], .modal, .popup, .drawer, cart-drawer, [class*=drawer], [class*=modal]');
  while (roots.length) {
    const root = roots.shift();
    root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) roots.push(el.shadowRoot); });
    root.querySelectorAll(SELECTOR).forEach((el) => {
      if (seen.has(el)) return;
      seen.add(el);
      const isChoice = el.type === 'radio' || el.type === 'checkbox';
      // Radios and checkboxes are often hidden behind a styled label: keep them if the label shows.
      let shown = visible(el);
      let box = el.getBoundingClientRect();
      if (!shown && isChoice) {
        const lab = el.labels && el.labels[0];
        if (lab && visible(lab)) { shown = true; box = lab.getBoundingClientRect(); }
      }
      if (!shown) return;
      const idx = out.length;
      el.setAttribute('data-ca-idx', String(idx));
      const style = getComputedStyle(el);
      out.push({
        idx,
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role') || '',
        type: el.getAttribute('type') || '',
        text: textOf(el),
        label: isChoice || el.tagName === 'SELECT' ? labelFor(el) : '',
        aria: (el.getAttribute('aria-label') || '').slice(0, 200),
        title: (el.getAttribute('title') || '').slice(0, 200),
        value: (el.getAttribute('value') || '').slice(0, 100),
        name: el.getAttribute('name') || '',
        id: el.id || '',
        cls: (typeof el.className === 'string' ? el.className : '').slice(0, 200),
        href: el.tagName === 'A' ? el.href : '',
        data_action: [...el.attributes].filter((a) => a.name.startsWith('data-') && !a.name.startsWith('data-ca')).map((a) => a.name + '=' + a.value).join(' ').slice(0, 300),
        disabled: !!(el.disabled || el.getAttribute('aria-disabled') === 'true' || /\bdisabled\b/.test(el.className || '')),
        checked: !!(el.checked || (el.control && el.control.checked)),
        control_type: el.tagName === 'LABEL' && el.control ? (el.control.type || '') : '',
        box: [box.x + window.scrollX, box.y + window.scrollY, box.width, box.height],
        in_viewport: box.bottom > 0 && box.top < vh && box.right > 0 && box.left < vw,
        font_size: parseFloat(style.fontSize) || 0,
        in_dialog: inDialog(el),
        in_popup: !!el.closest('[data-ca-popup]'),
        in_header: !!el.closest('header, [role=banner], .header, #header'),
        in_footer: !!el.closest('footer, [role=contentinfo], .footer, #footer'),
        context: context(el),
      });
    });
  }
  return out;
})()
