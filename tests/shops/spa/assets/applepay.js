/* Apple Pay JS SDK (local stand-in): defines the <apple-pay-button> custom element. */
(function () {
  if (customElements.get('apple-pay-button')) { return; }
  class ApplePayButton extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot || this.attachShadow({mode: 'open'});
      const style = this.getAttribute('buttonstyle') || 'black';
      root.innerHTML = '<style>:host{display:inline-block;min-width:200px;height:44px}button{width:100%;height:100%;border:0;border-radius:6px;font:600 16px system-ui,sans-serif;cursor:pointer;' +
        (style === 'black' ? 'background:#000;color:#fff' : 'background:#fff;color:#000;border:1px solid #000') + '}</style>' +
        '<button type="button" aria-label="Payer avec Apple Pay" part="button">Payer avec \uF8FF Pay</button>';
    }
  }
  customElements.define('apple-pay-button', ApplePayButton);
})();
