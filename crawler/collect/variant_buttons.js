// Used by crawler/walk/journey.py
(() => { const out = []; const groups = new Map();
              document.querySelectorAll('[class*=swatch-option], [data-size], [data-option-value], [class*=size-option], [class*=variant-button], button[aria-pressed], [role=radio]').forEach((el) => {
                if (el.closest('header, footer, nav') || el.tagName === 'INPUT') return;
                const group = el.closest('[class*=swatch-attribute], [role=radiogroup], fieldset, [class*=sizes], [class*=variants], [class*=options]') || el.parentElement;
                if (!groups.has(group)) groups.set(group, []);
                groups.get(group).push(el); });
              let g = 0;
              groups.forEach((els, group) => {
                const selected = els.some((e) => e.getAttribute('aria-checked') === 'true' || e.getAttribute('aria-pressed') === 'true' || /\bselected\b|\bactive\b|is-selected/.test(e.className));
                const label = ((group.getAttribute && (group.getAttribute('aria-label') || group.getAttribute('data-attribute-code'))) || (group.innerText || '').slice(0, 40));
                els.forEach((e, i) => { e.setAttribute('data-ca-swatch', g + '-' + i); });
                out.push({group: g, label, selected, options: els.map((e, i) => ({key: g + '-' + i,
                  text: (e.innerText || e.getAttribute('aria-label') || e.getAttribute('data-option-label') || e.getAttribute('title') || '').trim().slice(0, 40),
                  disabled: !!(e.disabled || e.getAttribute('aria-disabled') === 'true' || /disabled|sold|unavailable|out-of-stock|epuise/i.test(e.className))}))});
                g++; });
              return out; })
