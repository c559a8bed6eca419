// Installed before any page script runs (add_init_script): records LCP with a buffered
// PerformanceObserver and the time of the last DOM mutation, so the walker can tell when a
// client-side screen has settled.
(() => {
  if (window.__caInit) return;
  window.__caInit = true;
  window.__caLcp = null;
  window.__caLcpElement = null;
  window.__caLastMutation = performance.now();
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__caLcp = entry.startTime;
        const el = entry.element;
        window.__caLcpElement = el ? (el.tagName + (el.id ? '#' + el.id : '')) : null;
        window.__caLcpInBanner = !!(el && el.closest && el.closest(
          '#didomi-host, .axeptio_mount, #onetrust-consent-sdk, #tarteaucitronRoot, #CybotCookiebotDialog, #sd-cmp, #usercentrics-root, [id*=cookie], [class*=cookie], [id*=consent], [class*=consent]'));
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) { /* older engines: LCP stays null (unknown) */ }
  const startObserver = () => {
    try {
      new MutationObserver(() => { window.__caLastMutation = performance.now(); })
        .observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    } catch (e) { /* no document yet */ }
  };
  if (document.documentElement) startObserver();
  else document.addEventListener('DOMContentLoaded', startObserver);
})();
// A new id for every document: tells a page load from a client-side screen change.
(() => { if (!window.__caDocId) window.__caDocId = Math.random().toString(36).slice(2); })();
