// Used by crawler/walk/journey.py
((hooks) => { const out = {}; for (const [name, sel] of Object.entries(hooks)) {
                 for (const el of document.querySelectorAll(sel)) {
                   const r = el.getBoundingClientRect(); const st = getComputedStyle(el);
                   const shown = r.width > 0 && r.height > 0 && st.display !== 'none' && st.visibility !== 'hidden';
                   if (!out[name] || (shown && !out[name].visible)) out[name] = {visible: shown, box: [r.x, r.y, r.width, r.height]}; } }
               return out; })
