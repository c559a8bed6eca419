// Navigation timings of the current document (ms from navigation start) and the LCP seen so far.
(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const r = (v) => (v === undefined || v === null || v <= 0 ? null : Math.round(v * 10) / 10);
  return {
    ttfb_ms: nav ? r(nav.responseStart - nav.startTime) : null,
    dom_content_loaded_ms: nav ? r(nav.domContentLoadedEventEnd - nav.startTime) : null,
    load_ms: nav ? r(nav.loadEventEnd - nav.startTime) : null,
    lcp_ms: r(window.__caLcp),
    lcp_element: window.__caLcpElement || null,
    lcp_in_banner: window.__caLcp === null || window.__caLcp === undefined ? null : !!window.__caLcpInBanner,
    since_last_mutation_ms: performance.now() - (window.__caLastMutation || 0),
    now_ms: performance.now(),
    ready_state: document.readyState,
  };
})()
