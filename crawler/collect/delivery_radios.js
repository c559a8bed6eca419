// Used by crawler/walk/journey.py
(() => [...document.querySelectorAll('input[type=radio]')].filter((r) => {
                 const lab = (r.labels && r.labels[0]) || r.closest('label'); const el = lab || r;
                 const b = el.getBoundingClientRect(); return b.width > 0 && !r.disabled; })
               .map((r) => { let n = r.parentElement, ctx = '', d = 0; while (n && d < 6) { ctx += ' ' + n.id + ' ' + (typeof n.className === 'string' ? n.className : ''); n = n.parentElement; d++; }
                 const lab = (r.labels && r.labels[0]) || r.closest('label') || r.closest('li, tr, div');
                 return {name: r.name, value: r.value, id: r.id, checked: r.checked, ctx: (r.name + ' ' + r.id + ctx).toLowerCase(), text: ((lab && lab.innerText) || '').slice(0, 120)}; }))
