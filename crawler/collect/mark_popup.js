// Marks the chosen overlay (by its data-ca-overlay index) as the popup to close.
((index) => {
  document.querySelectorAll('[data-ca-popup]').forEach((e) => e.removeAttribute('data-ca-popup'));
  const overlay = document.querySelectorAll('[data-ca-overlay]')[index];
  if (overlay) overlay.setAttribute('data-ca-popup', '1');
})
