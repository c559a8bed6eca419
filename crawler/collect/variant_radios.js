// Used by crawler/walk/journey.py
(() => { const groups = {};
              document.querySelectorAll('input[type=radio]').forEach((r) => {
                const lab = (r.labels && r.labels[0]) || r.closest('label'); if (!r.name) return;
                const box = (lab || r).getBoundingClientRect(); if (box.width === 0) return;
                if (r.closest('header, footer, nav')) return;
                (groups[r.name] = groups[r.name] || []).push({id: r.id, value: r.value, checked: r.checked,
                  disabled: r.disabled || /disabled|sold|epuise|unavailable/i.test((r.className || '') + ' ' + ((lab && lab.className) || '')),
                  text: ((lab && lab.innerText) || r.value || '').trim().slice(0, 60)}); });
              return groups; })
