// Used by crawler/walk/journey.py
(() => { const els = [...document.querySelectorAll('[class*=cart] [class*=count], [class*=cart-count], [class*=counter], [class*=badge], [id*=cart-count], .count, [class*=qty], [class*=panier] span, [data-cart-count]')]
                .filter((e) => e.closest('header, [role=banner], .header, #header, nav, [class*=header]'));
              for (const e of els) { const m = (e.innerText || e.textContent || '').match(/\d+/); if (m) return parseInt(m[0], 10); }
              const link = [...document.querySelectorAll('header a, [class*=header] a')].find((a) => /panier|cart|basket/i.test(a.href + ' ' + a.innerText + ' ' + (a.getAttribute('aria-label') || '')));
              if (link) { const m = (link.innerText + ' ' + (link.getAttribute('aria-label') || '')).match(/\d+/); if (m) return parseInt(m[0], 10); return 0; }
              return null; })
