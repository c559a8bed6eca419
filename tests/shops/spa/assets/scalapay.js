/* Scalapay widget loader (local stand-in): <scalapay-widget number-of-installments="4"> */
class ScalapayWidget extends HTMLElement {
  static get observedAttributes() { return ['amount', 'number-of-installments']; }
  connectedCallback() { this.render(); }
  attributeChangedCallback() { if (this.shadowRoot) { this.render(); } }
  amount() {
    let raw = this.getAttribute('amount');
    const selectors = this.getAttribute('amount-selectors');
    if (!raw && selectors) {
      try {
        for (const sel of JSON.parse(selectors)) {
          const el = document.querySelector(sel);
          if (el) { raw = el.textContent.replace(/[^0-9,.]/g, '').replace(',', '.'); break; }
        }
      } catch (e) { raw = null; }
    }
    return parseFloat(raw || '0');
  }
  render() {
    const n = parseInt(this.getAttribute('number-of-installments') || '4', 10);
    const per = (this.amount() / n).toFixed(2).replace('.', ',');
    const root = this.shadowRoot || this.attachShadow({mode: 'open'});
    root.innerHTML = `<style>:host{display:block;margin:.5rem 0;font:14px/1.4 system-ui,sans-serif;color:#222}
      .sp{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}.logo{background:#ffc0cb;color:#000;border-radius:4px;padding:0 .35rem;font-weight:700}
      button{background:none;border:0;text-decoration:underline;cursor:pointer;color:#555;padding:0}</style>
      <div class="sp" part="container"><span class="text">ou ${n} versements de <b>${per}&nbsp;€</b> sans frais avec</span>
      <span class="logo" aria-label="Scalapay">scalapay</span><button type="button" class="info">En savoir plus</button></div>`;
  }
}
if (!customElements.get('scalapay-widget')) { customElements.define('scalapay-widget', ScalapayWidget); }
