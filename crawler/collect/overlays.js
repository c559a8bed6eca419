// Fixed or modal overlays covering part of the screen, tagged data-ca-overlay.
(() => {
  document.querySelectorAll('[data-ca-overlay]').forEach((e) => e.removeAttribute('data-ca-overlay'));
  const out = []; const vw = innerWidth, vh = innerHeight;
  document.querySelectorAll('body *').forEach((d) => {
    const st = getComputedStyle(d);
    const modal = d.matches('dialog[open], [role=dialog], [aria-modal=true]');
    if (!modal && st.position !== 'fixed') return;
    if (st.display === 'none' || st.visibility === 'hidden' || parseFloat(st.opacity) < 0.1) return;
    const r = d.getBoundingClientRect();
    if (r.width < 150 || r.height < 80) return;
    if (d.parentElement && d.parentElement.closest('[data-ca-overlay]')) return;
    const fraction = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0)) / (vw * vh);
    d.setAttribute('data-ca-overlay', String(out.length));
    out.push({index: out.length, text: (d.innerText || '').replace(/\s+/g, ' ').slice(0, 300), id: d.id,
              cls: String(d.className).slice(0, 120), selector: d.id ? '#' + d.id : d.tagName.toLowerCase() + (d.className ? '.' + String(d.className).trim().split(/\s+/)[0] : ''),
              fraction: Math.round(fraction * 1000) / 1000});
  });
  return out; })
