# ruff: noqa: E501  (long lines of HTML/JS markup reproduced from the platform)
"""Shopify storefront with the Dawn theme (sections, custom elements, French locale strings)."""

from __future__ import annotations

import json

from .. import kit
from ..kit import Product, Request, Response, Variant, esc

SHOP_NAME = "Maison Céleste"
SECTION = "template--18364521545986__main"
THEME_ASSETS = "/cdn/shop/t/12/assets"
FREE_SHIPPING_CENTS = 5000

PRODUCTS = [
    Product(11, "t-shirt-coton-bio", "T-shirt coton bio", 2990,
            sizes=[Variant("XS", False), Variant("S"), Variant("M"), Variant("L"), Variant("XL")],
            description="T-shirt coupe droite en jersey de coton biologique certifié GOTS, teint en France."),
    Product(12, "sweat-col-rond", "Sweat col rond", 5900, sizes=[Variant("S"), Variant("M"), Variant("L")],
            description="Sweat en molleton gratté, coton bio et polyester recyclé."),
    Product(13, "casquette-lin", "Casquette en lin", 2500, description="Casquette légère en lin lavé, boucle laiton."),
    Product(14, "chaussettes-rayees", "Chaussettes rayées", 1200, description="Chaussettes en coton peigné, rayures marinières."),
]


def variants(product: Product) -> list[dict]:
    sizes = product.sizes or [Variant("Default Title", product.in_stock)]
    out = []
    for i, size in enumerate(sizes):
        vid = 44700000000000 + product.id * 100 + i
        out.append({"id": vid, "title": size.label, "option1": size.label, "option2": None, "option3": None,
                    "sku": f"{product.slug.upper()}-{size.label}", "requires_shipping": True, "taxable": True,
                    "featured_image": None, "available": size.in_stock, "name": product.name + (
                        f" - {size.label}" if product.sizes else ""),
                    "public_title": size.label if product.sizes else None, "options": [size.label],
                    "price": product.price_cents, "weight": 250, "compare_at_price": None,
                    "inventory_management": "shopify", "barcode": "", "requires_selling_plan": False,
                    "selling_plan_allocations": []})
    return out


def find_variant(vid: int) -> tuple[Product, dict] | None:
    for product in PRODUCTS:
        for variant in variants(product):
            if variant["id"] == vid:
                return product, variant
    return None


def money(cents: int) -> str:
    return esc(kit.euros(cents))


# --------------------------------------------------------------------------- cart

def cart_items(req: Request) -> list[dict]:
    items = []
    for index, line in enumerate(req.session.get("cart", []), start=1):
        found = find_variant(line["variant_id"])
        if not found:
            continue
        product, variant = found
        items.append({
            "id": variant["id"], "properties": {}, "quantity": line["qty"], "variant_id": variant["id"],
            "key": f"{variant['id']}:5e1c{variant['id'] % 100000:05d}", "title": variant["name"],
            "price": product.price_cents, "original_price": product.price_cents,
            "presentment_price": product.price_cents / 100,
            "discounted_price": product.price_cents, "line_price": product.price_cents * line["qty"],
            "original_line_price": product.price_cents * line["qty"], "total_discount": 0, "discounts": [],
            "sku": variant["sku"], "grams": 250, "vendor": SHOP_NAME, "taxable": True,
            "product_id": 8100000000000 + product.id, "product_has_only_default_variant": not product.sizes,
            "gift_card": False, "final_price": product.price_cents,
            "final_line_price": product.price_cents * line["qty"],
            "url": f"/products/{product.slug}?variant={variant['id']}", "featured_image": {
                "url": kit.product_svg(product.name), "alt": product.name},
            "image": kit.product_svg(product.name), "handle": product.slug, "requires_shipping": True,
            "product_type": "Vêtements", "product_title": product.name,
            "product_description": product.description,
            "variant_title": variant["title"] if product.sizes else None,
            "variant_options": [variant["title"]],
            "options_with_values": [{"name": "Taille" if product.sizes else "Title", "value": variant["title"]}],
            "line_level_discount_allocations": [], "line_level_total_discount": 0, "index": index,
            "_product": product})
    return items


def cart_json(req: Request) -> dict:
    items = cart_items(req)
    total = sum(i["line_price"] for i in items)
    return {"token": req.session.setdefault("cart_token", "Z2NwLWV1cm9wZS13ZXN0NDowMUo5"),
            "note": "", "attributes": {}, "original_total_price": total, "total_price": total,
            "total_discount": 0, "total_weight": 250 * len(items), "item_count": sum(i["quantity"] for i in items),
            "items": [{k: v for k, v in i.items() if not k.startswith("_")} for i in items],
            "requires_shipping": bool(items), "currency": "EUR", "items_subtotal_price": total,
            "cart_level_discount_applications": []}


def add_variant(req: Request, vid: int, qty: int) -> dict | None:
    found = find_variant(vid)
    if not found or not found[1]["available"]:
        return None
    cart = req.session.setdefault("cart", [])
    for line in cart:
        if line["variant_id"] == vid:
            line["qty"] += qty
            break
    else:
        cart.append({"variant_id": vid, "qty": qty})
    return next(i for i in cart_items(req) if i["variant_id"] == vid)


# --------------------------------------------------------------------------- layout

CSS = """
:root{--font-body-family:Assistant,sans-serif;--color-foreground:18,18,18;--color-button:18,18,18;--page-width:120rem}
*{box-sizing:border-box}html{font-size:62.5%}body{margin:0;font-family:var(--font-body-family);font-size:1.6rem;
color:rgb(var(--color-foreground));letter-spacing:.06rem;line-height:1.8}a{color:inherit}
.page-width{max-width:var(--page-width);margin:0 auto;padding:0 1.5rem}@media screen and (min-width:750px){.page-width{padding:0 5rem}}
.visually-hidden{position:absolute!important;overflow:hidden;width:1px;height:1px;margin:-1px;padding:0;border:0;clip:rect(0 0 0 0);word-wrap:normal!important}
.hidden{display:none!important}.announcement-bar{background:#121212;color:#fff;text-align:center;font-size:1.3rem;padding:1rem 0}
.announcement-bar__message{margin:0}
.header-wrapper{background:#fff;border-bottom:.1rem solid rgba(18,18,18,.08)}
.header{display:grid;grid-template-areas:"heading navigation icons";grid-template-columns:auto 1fr auto;align-items:center;padding-top:2rem;padding-bottom:2rem;gap:2rem}
.header__heading-link{text-decoration:none;font-size:2.4rem;font-weight:600}.header__heading{margin:0}
.header__inline-menu{grid-area:navigation}.list-menu--inline{display:flex;gap:2rem;list-style:none;margin:0;padding:0}
.header__menu-item{text-decoration:none;padding:1.2rem 0;display:block}.header__icons{display:flex;gap:1rem;align-items:center;grid-area:icons}
.header__icon{display:flex;align-items:center;justify-content:center;width:4.4rem;height:4.4rem;text-decoration:none;position:relative;cursor:pointer}
.header__icon svg{width:2rem;height:2rem}.cart-count-bubble{position:absolute;background:#121212;color:#fff;height:1.7rem;width:1.7rem;border-radius:100%;display:flex;justify-content:center;align-items:center;font-size:.9rem;bottom:.8rem;left:2.2rem}
header-drawer{display:none}summary{list-style:none;cursor:pointer}summary::-webkit-details-marker{display:none}
.menu-drawer{position:fixed;top:0;left:0;bottom:0;width:85vw;max-width:36rem;background:#fff;z-index:100;padding:2rem;box-shadow:0 0 2rem rgba(0,0,0,.2)}
.menu-drawer__menu{list-style:none;padding:0}.menu-drawer__menu-item{display:block;padding:1.1rem 0;text-decoration:none;font-size:1.8rem}
.search-modal{position:fixed;inset:0 0 auto 0;background:#fff;padding:2rem;z-index:101;box-shadow:0 2px 10px rgba(0,0,0,.2)}
.search__input{width:100%;padding:1.2rem;font-size:1.6rem;border:1px solid #121212}
.button{display:inline-flex;justify-content:center;align-items:center;min-height:4.5rem;min-width:12rem;padding:0 3rem;border:0;background:#121212;color:#fff;font-size:1.5rem;letter-spacing:.1rem;cursor:pointer;text-decoration:none;font-family:inherit}
.button--secondary{background:#fff;color:#121212;box-shadow:0 0 0 .1rem #121212}.button--full-width{display:flex;width:100%}
.button:disabled,.button[aria-disabled=true]{cursor:not-allowed;opacity:.5}.button--tertiary{background:none;color:#121212;min-width:4.4rem;padding:0}
.grid{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;gap:.8rem}.grid__item{width:calc(25% - .6rem)}
.product-grid .grid__item{width:calc(25% - .6rem)}.card-wrapper{position:relative;display:block}
.card__inner{position:relative}.card__media img{width:100%;height:auto;display:block}.card__heading{font-size:1.5rem;margin:.8rem 0 .2rem;font-weight:400}
.full-unstyled-link{text-decoration:none;color:inherit}.full-unstyled-link::after{content:"";position:absolute;inset:0}
.badge{border:1px solid transparent;border-radius:4rem;display:inline-block;font-size:1.2rem;padding:.5rem 1.3rem;background:#121212;color:#fff}
.card__badge{position:absolute;left:1rem;bottom:1rem}.price{font-size:1.6rem}.price-item--regular{font-size:1.6rem}
.title{font-size:3rem;font-weight:400;margin:3rem 0 2rem}.banner{background:#e9e3da;padding:6rem 2rem;text-align:center;margin-bottom:4rem}
.product{display:flex;gap:4rem;padding:3rem 0}.product__media-wrapper{width:55%}.product__media-wrapper img{width:100%}
.product__info-wrapper{width:45%}.product__title h1{font-size:3.2rem;font-weight:400;margin:0 0 1rem}.product__tax{font-size:1.3rem;color:rgba(18,18,18,.75)}
.product-form__input{border:0;padding:0;margin:0 0 1.5rem;display:flex;flex-wrap:wrap;gap:.8rem}.product-form__input .form__label{width:100%;font-size:1.4rem;margin-bottom:.4rem}
.product-form__input--pill input[type=radio]{clip:rect(0,0,0,0);overflow:hidden;position:absolute;height:1px;width:1px}
.product-form__input--pill input[type=radio]+label{border:.1rem solid rgba(18,18,18,.55);border-radius:4rem;padding:1rem 2rem;cursor:pointer;display:inline-block;font-size:1.4rem}
.product-form__input--pill input[type=radio]:checked+label{background:#121212;color:#fff}
.product-form__input--pill input[type=radio].disabled+label{border-color:rgba(18,18,18,.1);color:rgba(18,18,18,.6);text-decoration:line-through}
.product-form__input--pill input[type=radio].disabled:checked+label{color:#fff;background:rgba(18,18,18,.6)}
.product-form__buttons{max-width:44rem;display:flex;flex-direction:column;gap:1rem}
.shopify-payment-button__button{width:100%;min-height:4.6rem;border:0;border-radius:4px;cursor:pointer;font-size:1.6rem}
.shopify-payment-button__button--branded{background:#5a31f4;color:#fff}.shopify-payment-button__more-options{background:none;border:0;text-decoration:underline;cursor:pointer;font-size:1.4rem;padding:.8rem}
.product-form__error-message-wrapper{color:#b00020;font-size:1.3rem;margin:1rem 0}
.alma-badge{border:1px solid #e9e3da;border-radius:8px;padding:1rem 1.4rem;margin:1.5rem 0;font-size:1.4rem}
.product__reassurance{list-style:none;padding:0;font-size:1.4rem}
cart-drawer{position:fixed;inset:0;visibility:hidden;z-index:1000}cart-drawer.active{visibility:visible}
.cart-drawer__overlay{position:absolute;inset:0;background:rgba(18,18,18,.5)}
.drawer__inner{position:absolute;top:0;right:0;height:100%;width:40rem;max-width:calc(100vw - 3rem);background:#fff;padding:0 1.5rem;display:flex;flex-direction:column;transform:translateX(100%);transition:transform .25s ease}
cart-drawer.active .drawer__inner{transform:translateX(0)}.drawer__header{display:flex;justify-content:space-between;align-items:center;padding:1.5rem 0}
.drawer__heading{font-size:2rem;margin:0;font-weight:400}.drawer__close{background:none;border:0;width:4.4rem;height:4.4rem;cursor:pointer;font-size:2.4rem}
cart-drawer-items{flex:1;overflow:auto}.drawer__footer{border-top:.1rem solid rgba(18,18,18,.2);padding:1.5rem 0}
.cart-items{width:100%;border-collapse:collapse}.cart-items td,.cart-items th{padding:1rem .5rem;text-align:left;vertical-align:top;font-size:1.4rem}
.cart-item__image{width:8rem}.cart-item__name{text-decoration:none;font-weight:600}.quantity{display:inline-flex;border:.1rem solid #121212}
.quantity__button{width:3.5rem;background:none;border:0;cursor:pointer}.quantity__input{width:4rem;text-align:center;border:0}
.totals{display:flex;justify-content:space-between;align-items:center}.totals__total{font-size:1.6rem;margin:0}.totals__total-value{font-size:1.8rem;margin:0}
.tax-note{font-size:1.3rem;display:block;margin:.5rem 0 1.5rem}.cart__ctas{display:flex;gap:1rem}.cart__checkout-button{flex:1;max-width:none}
.cart-notification-added{font-size:1.4rem;margin:0 0 .5rem;display:flex;gap:.5rem;align-items:center}
.cart__footer{display:flex;justify-content:flex-end;padding:3rem 0}.cart__blocks{width:38rem}.additional-checkout-buttons{margin-top:1rem;display:flex;flex-direction:column;gap:.8rem}
.additional-checkout-buttons button{min-height:4.2rem;border:0;border-radius:4px;cursor:pointer;font-weight:700}
.shipping-estimate{background:#f3f3f3;padding:1.2rem 1.5rem;font-size:1.4rem;margin:1rem 0}
.footer{border-top:.1rem solid rgba(18,18,18,.08);margin-top:5rem;padding:4rem 0;background:#f3f3f3;font-size:1.4rem}
.footer__content-top{display:grid;grid-template-columns:repeat(4,1fr);gap:3rem}.footer-block__heading{font-size:1.6rem;font-weight:600}
.footer-block__details-content{list-style:none;padding:0}.footer-block__details-content a{text-decoration:none;line-height:2.4}
.policies{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.5rem;font-size:1.2rem}
.reassurance-bar{display:flex;justify-content:space-around;flex-wrap:wrap;gap:1rem;padding:2rem 0;font-size:1.4rem}
.rte h2{font-weight:400}
@media screen and (max-width:989px){.header{grid-template-areas:"left-icons heading icons";grid-template-columns:1fr 2fr 1fr;padding-top:1rem;padding-bottom:1rem}
header-drawer{display:block;grid-area:left-icons}.header__inline-menu{display:none}.header__heading{text-align:center;grid-area:heading}
.small-hide{display:none!important}.product{flex-direction:column;gap:1.5rem}.product__media-wrapper,.product__info-wrapper{width:100%}
.product-grid .grid__item,.grid__item{width:calc(50% - .4rem)}.footer__content-top{grid-template-columns:1fr}.cart__blocks{width:100%}
.cart-items thead{display:none}.cart-items td{display:block}.cart-items tr{display:grid;grid-template-columns:9rem 1fr;border-bottom:1px solid #eee}
.cart-item__media{grid-row:1 / 4}.header__heading-link{font-size:1.9rem}}
"""

THEME_JS = r"""
/* Dawn: global.js, product-form.js, cart-drawer.js, variant picker, header drawer (condensed) */
class HeaderDrawer extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    details.querySelector('summary').addEventListener('click', (e) => {
      e.preventDefault();
      const open = details.hasAttribute('open');
      if (open) { details.removeAttribute('open'); document.body.classList.remove('overflow-hidden-tablet'); }
      else { details.setAttribute('open', ''); document.body.classList.add('overflow-hidden-tablet'); }
      details.querySelector('summary').setAttribute('aria-expanded', String(!open));
    });
  }
}
customElements.define('header-drawer', HeaderDrawer);

class DetailsModal extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    details.querySelector('summary').addEventListener('click', (e) => {
      e.preventDefault();
      details.toggleAttribute('open');
      if (details.hasAttribute('open')) this.querySelector('input[type="search"]').focus();
    });
    this.querySelectorAll('.modal__close-button').forEach((b) => b.addEventListener('click', () => details.removeAttribute('open')));
  }
}
customElements.define('details-modal', DetailsModal);

class CartDrawer extends HTMLElement {
  connectedCallback() {
    this.addEventListener('keyup', (evt) => evt.code === 'Escape' && this.close());
    this.querySelector('#CartDrawer-Overlay').addEventListener('click', this.close.bind(this));
    const cartLink = document.querySelector('#cart-icon-bubble');
    if (cartLink) cartLink.addEventListener('click', (event) => { event.preventDefault(); this.open(cartLink); });
  }
  open(triggeredBy) {
    setTimeout(() => { this.classList.add('animate', 'active'); });
    document.body.classList.add('overflow-hidden');
    const inner = this.querySelector('.drawer__inner');
    setTimeout(() => inner && inner.focus(), 300);
  }
  close() { this.classList.remove('active'); document.body.classList.remove('overflow-hidden'); }
  renderContents(parsedState) {
    this.classList.remove('is-empty');
    this.productId = parsedState.id;
    const drawer = new DOMParser().parseFromString(parsedState.sections['cart-drawer'], 'text/html');
    this.querySelector('#CartDrawer').innerHTML = drawer.querySelector('#CartDrawer').innerHTML;
    const bubble = new DOMParser().parseFromString(parsedState.sections['cart-icon-bubble'], 'text/html');
    document.getElementById('cart-icon-bubble').innerHTML = bubble.querySelector('.shopify-section').innerHTML;
    this.querySelector('#CartDrawer-Overlay').addEventListener('click', this.close.bind(this));
    this.open();
  }
  getSectionsToRender() { return [{id: 'cart-drawer'}, {id: 'cart-icon-bubble'}]; }
}
customElements.define('cart-drawer', CartDrawer);
customElements.define('cart-drawer-items', class extends HTMLElement {});

class QuantityInput extends HTMLElement {
  connectedCallback() {
    this.input = this.querySelector('input');
    this.querySelectorAll('button').forEach((b) => b.addEventListener('click', (event) => {
      event.preventDefault();
      const previous = this.input.value;
      event.currentTarget.name === 'plus' ? this.input.stepUp() : this.input.stepDown();
      if (previous !== this.input.value) this.input.dispatchEvent(new Event('change', {bubbles: true}));
    }));
  }
}
customElements.define('quantity-input', QuantityInput);

function changeLine(line, quantity) {
  return fetch(routes.cart_change_url, {method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify({line: line, quantity: quantity, sections: 'cart-drawer,cart-icon-bubble,main-cart-items', sections_url: window.location.pathname})})
    .then((r) => r.json()).then(() => window.location.reload());
}
document.addEventListener('change', (e) => {
  if (e.target.matches('cart-items .quantity__input, cart-drawer-items .quantity__input')) changeLine(e.target.dataset.index, e.target.value);
});
document.addEventListener('click', (e) => {
  const remove = e.target.closest('cart-remove-button');
  if (remove) { e.preventDefault(); changeLine(remove.dataset.index, 0); }
});

class VariantSelects extends HTMLElement {
  connectedCallback() {
    this.variantData = JSON.parse(this.querySelector('script[type="application/json"][data-variants]').textContent);
    this.addEventListener('change', this.onVariantChange.bind(this));
  }
  onVariantChange(event) {
    const options = Array.from(this.querySelectorAll('fieldset')).map((fs) => fs.querySelector('input:checked').value);
    this.currentVariant = this.variantData.find((v) => v.options.every((o, i) => o === options[i]));
    this.querySelectorAll('fieldset').forEach((fs) => {
      const label = fs.querySelector('[data-selected-value]');
      if (label) label.textContent = fs.querySelector('input:checked').value;
    });
    if (!this.currentVariant) return;
    window.history.replaceState({}, '', `${this.dataset.url}?variant=${this.currentVariant.id}`);
    const section = this.dataset.section;
    document.querySelectorAll(`#product-form-${section} input[name="id"], #product-form-installment-${section} input[name="id"]`)
      .forEach((input) => { input.value = this.currentVariant.id; input.dispatchEvent(new Event('change', {bubbles: true})); });
    const button = document.getElementById(`ProductSubmitButton-${section}`);
    const badge = document.querySelector(`#price-${section} .price`);
    if (this.currentVariant.available) {
      button.removeAttribute('disabled'); button.querySelector('span').textContent = window.variantStrings.addToCart;
      badge.classList.remove('price--sold-out');
    } else {
      button.setAttribute('disabled', 'disabled'); button.querySelector('span').textContent = window.variantStrings.soldOut;
      badge.classList.add('price--sold-out');
    }
    document.querySelectorAll(`[data-shopify="payment-button"] button`).forEach((b) => {
      b.disabled = !this.currentVariant.available; });
  }
}
customElements.define('variant-selects', VariantSelects);

class ProductForm extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form');
    this.form.querySelector('[name=id]').disabled = false;
    this.cart = document.querySelector('cart-notification') || document.querySelector('cart-drawer');
    this.submitButton = this.querySelector('[type="submit"]');
    this.form.addEventListener('submit', this.onSubmitHandler.bind(this));
  }
  onSubmitHandler(evt) {
    evt.preventDefault();
    if (this.submitButton.getAttribute('aria-disabled') === 'true') return;
    this.handleErrorMessage();
    this.submitButton.setAttribute('aria-disabled', true);
    this.submitButton.classList.add('loading');
    this.querySelector('.loading__spinner').classList.remove('hidden');
    const formData = new FormData(this.form);
    formData.append('sections', this.cart.getSectionsToRender().map((s) => s.id));
    formData.append('sections_url', window.location.pathname);
    fetch(`${routes.cart_add_url}`, {method: 'POST', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/javascript'}, body: formData})
      .then((response) => response.json())
      .then((response) => {
        if (response.status) { this.handleErrorMessage(response.description); return; }
        this.cart.renderContents(response);
      })
      .finally(() => {
        this.submitButton.classList.remove('loading');
        this.submitButton.removeAttribute('aria-disabled');
        this.querySelector('.loading__spinner').classList.add('hidden');
      });
  }
  handleErrorMessage(errorMessage = false) {
    const wrapper = this.querySelector('.product-form__error-message-wrapper');
    wrapper.toggleAttribute('hidden', !errorMessage);
    if (errorMessage) wrapper.querySelector('.product-form__error-message').textContent = errorMessage;
  }
}
customElements.define('product-form', ProductForm);

/* shopify-payment-button (dynamic checkout): buy now goes straight to checkout with this variant */
document.addEventListener('click', (e) => {
  const b = e.target.closest('.shopify-payment-button__button, .shopify-payment-button__more-options');
  if (!b) return;
  e.preventDefault();
  const id = b.closest('form').querySelector('input[name=id]').value;
  window.location.href = `/cart/${id}:1?payment=${b.dataset.payment || 'checkout'}`;
});
document.addEventListener('click', (e) => {
  const b = e.target.closest('.additional-checkout-buttons [data-testid]');
  if (!b) return;
  e.preventDefault();
  window.location.href = '/checkout';
});
"""

KLAVIYO_JS = r"""
/* Klaviyo onsite forms (signup popup, shown 3 s after load until closed) */
(function () {
  if (document.cookie.indexOf('__kla_popup_closed=') !== -1) return;
  function close() {
    document.cookie = '__kla_popup_closed=1; path=/; max-age=' + 30 * 24 * 3600 + '; SameSite=Lax';
    var el = document.querySelector('.kl-private-reset-css-Xuajs1[role="dialog"]');
    if (el) el.remove();
  }
  setTimeout(function () {
    var root = document.createElement('div');
    root.className = 'needsclick kl-private-reset-css-Xuajs1';
    root.setAttribute('role', 'dialog'); root.setAttribute('aria-modal', 'true');
    root.setAttribute('aria-label', 'POPUP Form');
    root.style.cssText = 'position:fixed;inset:0;z-index:90000;display:flex;align-items:center;justify-content:center;background:rgba(20,20,20,.6)';
    root.innerHTML =
      '<div class="needsclick kl-private-reset-css-Xuajs1" style="position:relative;background:#fff;width:min(440px,92vw);padding:36px 28px;border-radius:4px;font-family:Assistant,sans-serif;text-align:center">' +
      '<form class="needsclick klaviyo-form klaviyo-form-version-cid_1 kl-private-reset-css-Xuajs1" novalidate data-testid="klaviyo-form-UxW7pQ">' +
      '<p style="font-size:26px;margin:0 0 8px;font-weight:700">-10&nbsp;% sur votre première commande</p>' +
      '<p style="font-size:15px;margin:0 0 18px">Inscrivez-vous à notre newsletter et recevez votre code de bienvenue.</p>' +
      '<input class="needsclick" type="email" name="email" id="email_klaviyo_UxW7pQ" autocomplete="email" placeholder="Adresse e-mail" aria-label="Adresse e-mail" style="width:100%;height:44px;padding:0 12px;border:1px solid #bbb;margin-bottom:10px">' +
      '<button type="button" class="needsclick go3894874857 kl-private-reset-css-Xuajs1" style="width:100%;height:44px;background:#121212;color:#fff;border:0;font-weight:700">S’inscrire</button>' +
      '</form>' +
      '<button class="needsclick klaviyo-close-form kl-private-reset-css-Xuajs1" aria-label="Fermer" type="button" style="position:absolute;top:8px;right:8px;width:36px;height:36px;background:none;border:0;cursor:pointer;font-size:22px">' +
      '<svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true"><path d="M2 2L18 18M18 2L2 18" stroke="#333" stroke-width="2"/></svg></button></div>';
    document.body.appendChild(root);
    root.querySelector('.klaviyo-close-form').addEventListener('click', close);
    root.querySelector('form button').addEventListener('click', close);
  }, 3000);
})();
"""

ICON_CART = '<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-cart" fill="none" viewBox="0 0 40 40"><path fill="currentColor" fill-rule="evenodd" d="M20.5 6.5a4.75 4.75 0 00-4.75 4.75v.56h-3.16l-.77 11.6a5 5 0 004.99 5.34h7.38a5 5 0 004.99-5.33l-.77-11.6h-3.16v-.57A4.75 4.75 0 0020.5 6.5zm3.75 5.31v-.56a3.75 3.75 0 10-7.5 0v.56h7.5z"/></svg>'
ICON_SEARCH = '<svg class="icon icon-search" aria-hidden="true" focusable="false" viewBox="0 0 18 19"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 112.85 3.5a5.784 5.784 0 018.18 8.18zm.26 1.12a6.78 6.78 0 11.72-.7l5.4 5.4a.5.5 0 11-.71.7l-5.41-5.4z" fill="currentColor"/></svg>'
ICON_ACCOUNT = '<svg class="icon icon-account" aria-hidden="true" focusable="false" viewBox="0 0 18 19"><path fill-rule="evenodd" d="M6 4.5a3 3 0 116 0 3 3 0 01-6 0zm3-4a4 4 0 100 8 4 4 0 000-8zm5.58 12.15c1.12.82 1.83 2.24 1.91 4.85H1.51c.08-2.6.79-4.03 1.9-4.85C4.66 11.75 6.5 11.5 9 11.5s4.35.26 5.58 1.15z" fill="currentColor"/></svg>'
ICON_MENU = '<svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 100 1h15.71a.5.5 0 000-1H1zM.5 8a.5.5 0 01.5-.5h15.71a.5.5 0 010 1H1A.5.5 0 01.5 8zm0 7a.5.5 0 01.5-.5h15.71a.5.5 0 010 1H1a.5.5 0 01-.5-.5z" fill="currentColor"/></svg>'

MENU = [("Accueil", "/"), ("Catalogue", "/collections/all"), ("Nouveautés", "/collections/nouveautes"),
        ("Notre histoire", "/pages/notre-histoire"), ("Contact", "/pages/contact")]


def bubble_html(req: Request) -> str:
    count = sum(line["qty"] for line in req.session.get("cart", []))
    if not count:
        return f'{ICON_CART}<span class="visually-hidden">Panier</span>'
    word = "article" if count == 1 else "articles"
    return (f'{ICON_CART}<span class="visually-hidden">Panier</span><div class="cart-count-bubble">'
            f'<span aria-hidden="true">{count}</span><span class="visually-hidden">{count} {word}</span></div>')


def cart_rows(req: Request, prefix: str) -> str:
    rows = []
    for item in cart_items(req):
        product = item["_product"]
        option = (f'<dl><div class="product-option"><dt>Taille&nbsp;: </dt><dd>{esc(item["variant_title"])}</dd></div></dl>'
                  if item["variant_title"] else "")
        rows.append(f"""<tr id="{prefix}-Item-{item['index']}" class="cart-item" role="row">
<td class="cart-item__media" role="cell" headers="{prefix}-ColumnProductImage"><a href="{item['url']}" class="cart-item__link" tabindex="-1" aria-hidden="true"> </a>
<img src="{kit.product_svg(product.name, '#e9e3da')}" class="cart-item__image" alt="" loading="lazy" width="150" height="150"></td>
<td class="cart-item__details" role="cell" headers="{prefix}-ColumnProduct"><a href="{item['url']}" class="cart-item__name h4 break">{esc(product.name)}</a>
<div class="product-option">{money(item['price'])}</div>{option}</td>
<td class="cart-item__quantity" role="cell" headers="{prefix}-ColumnQuantity"><div class="cart-item__quantity-wrapper quantity-popover-wrapper">
<label class="visually-hidden" for="{prefix}-quantity-{item['index']}">Quantité</label>
<quantity-input class="quantity cart-quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Réduire la quantité de {esc(product.name)}</span>−</button>
<input class="quantity__input" data-quantity-variant-id="{item['variant_id']}" type="number" name="updates[]" value="{item['quantity']}" data-cart-quantity="{item['quantity']}" min="0" step="1" aria-label="Quantité de {esc(product.name)}" id="{prefix}-quantity-{item['index']}" data-index="{item['index']}">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Augmenter la quantité de {esc(product.name)}</span>+</button></quantity-input>
<cart-remove-button id="{prefix}-Remove-{item['index']}" data-index="{item['index']}"><button type="button" class="button button--tertiary cart-remove-button" aria-label="Supprimer {esc(item['title'])}" data-variant-id="{item['variant_id']}">✕</button></cart-remove-button></div></td>
<td class="cart-item__totals right" role="cell" headers="{prefix}-ColumnTotal"><div class="cart-item__price-wrapper"><span class="price price--end">{money(item['line_price'])}</span></div></td>
</tr>""")
    return "".join(rows)


def cart_drawer_html(req: Request, just_added: bool = False) -> str:
    data = cart_json(req)
    empty = not data["items"]
    added = ('<p class="cart-notification-added" role="status">✓ Article ajouté au panier</p>' if just_added else "")
    if empty:
        inner = ('<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">'
                 '<h2 class="cart__empty-text">Votre panier est vide</h2><button class="drawer__close" type="button" '
                 'onclick="this.closest(\'cart-drawer\').close()" aria-label="Fermer">✕</button>'
                 '<a href="/collections/all" class="button">Continuer les achats</a></div></div></div>')
    else:
        inner = f"""<div class="drawer__header"><h2 class="drawer__heading">Votre panier</h2>
<button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="Fermer">✕</button></div>
{added}
<cart-drawer-items><form action="/cart" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post">
<div id="CartDrawer-CartItems" class="drawer__contents js-contents"><div class="drawer__cart-items-wrapper">
<table class="cart-items" role="table"><thead role="rowgroup"><tr role="row">
<th id="CartDrawer-ColumnProductImage" role="columnheader"><span class="visually-hidden">Image du produit</span></th>
<th id="CartDrawer-ColumnProduct" class="caption-with-letter-spacing" scope="col" role="columnheader">Produit</th>
<th id="CartDrawer-ColumnQuantity" role="columnheader"><span class="visually-hidden">Quantité</span></th>
<th id="CartDrawer-ColumnTotal" class="right caption-with-letter-spacing" scope="col" role="columnheader">Total</th></tr></thead>
<tbody role="rowgroup">{cart_rows(req, "CartDrawer")}</tbody></table></div>
<p id="CartDrawer-LiveRegionText" class="visually-hidden" role="status"></p></div>
<div id="CartDrawer-CartErrors" role="alert"></div></form></cart-drawer-items>
<div class="drawer__footer">
<div class="cart-drawer__footer"><div class="totals" role="status"><h2 class="totals__total">Total estimé</h2>
<p class="totals__total-value">{money(data['total_price'])} EUR</p></div>
<small class="tax-note caption-large rte">Taxes incluses. Réductions et <a href="/policies/shipping-policy">frais d'expédition</a> calculés à l'étape du paiement.</small></div>
<div class="cart__ctas"><button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button" name="checkout" form="CartDrawer-Form">Procéder au paiement</button></div>
<p style="font-size:1.3rem;text-align:center;margin-top:1rem"><a href="/cart">Voir le panier</a></p>
</div>"""
    return f"""<div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Votre panier" tabindex="-1">{inner}</div></div>"""


def page(req: Request, title: str, body: str, template: str, head_extra: str = "", body_extra: str = "",
         popup: bool = True) -> str:
    host = req.headers.get("host", "127.0.0.1")
    menu = "".join(f'<li><a href="{href}" class="header__menu-item list-menu__item link link--text focus-inset"><span>{esc(label)}</span></a></li>'
                   for label, href in MENU)
    drawer_menu = "".join(f'<li><a href="{href}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">{esc(label)}</a></li>'
                          for label, href in MENU)
    empty = " is-empty" if not req.session.get("cart") else ""
    shopify_js = {"shop": "maison-celeste.myshopify.com", "locale": "fr", "currency": {"active": "EUR", "rate": "1.0"},
                  "country": "FR", "theme": {"name": "Dawn", "id": 137892954370, "schema_name": "Dawn",
                                             "schema_version": "15.2.0", "theme_store_id": 887, "role": "main"},
                  "routes": {"root": "/"}, "cdnHost": f"{host}/cdn"}
    return f"""<!doctype html>
<html class="js" lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
<link rel="canonical" href="http://{host}{esc(req.path)}">
<title>{esc(title)} &ndash; {SHOP_NAME}</title>
<meta property="og:site_name" content="{SHOP_NAME}">
<meta property="og:title" content="{esc(title)}">
<meta name="shopify-checkout-api-token" content="c2a7e1b9d0f34e5a8b6c7d8e9f0a1b2c">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/64873725954/digital_wallets/dialog">
<meta name="shopify-requires-components" content="true" product-ids="">
<script>var Shopify = Shopify || {{}};
Object.assign(Shopify, {json.dumps(shopify_js)});
Shopify.designMode = false;
window.routes = {{cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'}};
window.cartStrings = {{error: `Une erreur s'est produite lors de l'actualisation de votre panier. Veuillez réessayer.`, quantityError: `Vous ne pouvez pas ajouter plus de [quantity] de cet article à votre panier.`}};
window.variantStrings = {{addToCart: `Ajouter au panier`, soldOut: `Épuisé`, unavailable: `Non disponible`, unavailable_with_option: `[value] - Non disponible`}};
window.accessibilityStrings = {{shareSuccess: `Lien copié dans le presse-papiers`}};
</script>
<script id="shopify-features" type="application/json">{{"accessToken":"c2a7e1b9d0f34e5a8b6c7d8e9f0a1b2c","betas":["rich-media-storefront-analytics"],"domain":"{host}","predictiveSearch":true,"shopId":64873725954,"locale":"fr"}}</script>
<style data-shopify>{CSS}</style>
<script src="{THEME_ASSETS}/global.js?v=176423489" defer="defer"></script>
{head_extra}
</head>
<body class="gradient template-{template}">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Ignorer et passer au contenu</a>
<cart-drawer class="drawer{empty}">{cart_drawer_html(req)}</cart-drawer>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--18364521218306__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Annonce">
<p class="announcement-bar__message h5"><span>Livraison offerte dès 50&nbsp;€ &middot; Retours gratuits sous 30 jours</span></p></div></div></div></div>
<div id="shopify-section-sections--18364521218306__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu" aria-expanded="false">
<span>{ICON_MENU}</span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">{drawer_menu}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">{ICON_ACCOUNT} Connexion</a></div>
</div></div></div></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{SHOP_NAME}</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{menu}</ul></nav>
<div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Recherche">
<span>{ICON_SEARCH}</span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Recherche">
<div class="modal-overlay"></div><div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<predictive-search class="search-modal__form" data-loading-text="Chargement…"><form action="/search" method="get" role="search" class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Recherche" role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-controls="predictive-search-results" aria-haspopup="listbox" aria-autocomplete="list" autocorrect="off" autocomplete="off" autocapitalize="off" spellcheck="false">
<label class="field__label visually-hidden" for="Search-In-Modal">Recherche</label><input type="hidden" name="options[prefix]" value="last">
<button type="submit" class="search__button field__button" aria-label="Recherche">{ICON_SEARCH}</button></div></form></predictive-search>
<button type="button" class="search-modal__close-button modal__close-button link link--text focus-inset" aria-label="Fermer">✕</button>
</div></div></details></details-modal>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">{ICON_ACCOUNT}<span class="visually-hidden">Connexion</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">{bubble_html(req)}</a></div>
</div></header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{body}
</main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--18364521185538__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--18364521185538__footer-padding"><div class="page-width">
<div class="reassurance-bar" role="list"><span role="listitem">🚚 Livraison offerte dès 50&nbsp;€</span><span role="listitem">↩ Retours gratuits sous 30 jours</span>
<span role="listitem">🔒 Paiement sécurisé</span><span role="listitem">🇫🇷 Service client basé à Nantes</span></div>
<div class="footer__content-top"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Aide</h2>
<ul class="footer-block__details-content list-unstyled"><li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">Retours et échanges</a></li>
<li><a href="/pages/livraison" class="link link--text list-menu__item list-menu__item--link">Livraison</a></li>
<li><a href="/pages/faq" class="link link--text list-menu__item list-menu__item--link">FAQ</a></li>
<li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Nous contacter</a></li></ul></div>
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Informations</h2>
<ul class="footer-block__details-content list-unstyled"><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">Conditions générales de vente</a></li>
<li><a href="/pages/mentions-legales" class="link link--text list-menu__item list-menu__item--link">Mentions légales</a></li>
<li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link">Politique de confidentialité</a></li></ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Service client</h2>
<div class="footer-block__details-content rte"><p>Du lundi au vendredi, 9h30-17h30<br><a href="tel:+33240000000">02 40 00 00 00</a><br>bonjour@maison-celeste.fr</p></div></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Newsletter</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--18364521185538__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mail" required>
<label class="field__label visually-hidden" for="NewsletterForm--sections--18364521185538__footer">E-mail</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="S'inscrire">→</button></div></div></form></div>
</div>
<div class="footer__content-bottom"><div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2024, <a href="/" title="">{SHOP_NAME}</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://fr.shopify.com?utm_campaign=poweredby" style="pointer-events:none">Commerce électronique propulsé par Shopify</a></small>
<ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Politique de remboursement</a></small></li>
<li><small class="copyright__content"><a href="/policies/privacy-policy">Politique de confidentialité</a></small></li>
<li><small class="copyright__content"><a href="/policies/terms-of-service">Conditions d'utilisation</a></small></li>
<li><small class="copyright__content"><a href="/policies/shipping-policy">Politique d'expédition</a></small></li>
<li><small class="copyright__content"><a href="/policies/contact-information">Coordonnées</a></small></li></ul></div></div></div>
</div></footer></div>
<!-- END sections: footer-group -->
{body_extra}
{'<script src="/apps/klaviyo/onsite/js/klaviyo.js?company_id=UxW7pQ" async></script>' if popup else ''}
</body>
</html>"""


def card(product: Product, index: int, link_variant: bool) -> str:
    first = variants(product)[0]
    sold_out = not any(v["available"] for v in variants(product))
    href = f"/products/{product.slug}" + (f"?variant={first['id']}" if link_variant and product.sizes else "")
    badge = ('<div class="card__badge bottom left"><span id="Badge-template--18364521447682__featured_collection-'
             f'{product.id}" class="badge badge--bottom-left color-scheme-3">Épuisé</span></div>' if sold_out else "")
    return f"""<li class="grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: {index};">
<div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media" style="--ratio-percent: 125.0%;"><div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 125.0%;">
<div class="card__media"><div class="media media--transparent media--hover-effect"><img src="{kit.product_svg(product.name, '#e9e3da')}" alt="{esc(product.name)}" class="motion-reduce" loading="lazy" width="600" height="600"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-template--18364521447682__featured_collection-{product.id}">
<a href="{href}" id="CardLink-template--18364521447682__featured_collection-{product.id}" class="full-unstyled-link" aria-labelledby="CardLink-template--18364521447682__featured_collection-{product.id} Badge-template--18364521447682__featured_collection-{product.id}">{esc(product.name)}</a></h3>
<div class="card-information"><span class="caption-large light"></span><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Prix habituel</span><span class="price-item price-item--regular">{money(product.price_cents)}</span></div></div></div></div></div>{badge}</div></div></div></li>"""


def grid(link_variant: bool) -> str:
    return ('<ul id="product-grid" class="grid product-grid contains-card contains-card--product contains-card--standard grid--4-col-desktop grid--2-col-tablet-down" role="list">'
            + "".join(card(p, i, link_variant) for i, p in enumerate(PRODUCTS, start=1)) + "</ul>")


def home(req: Request) -> Response:
    body = f"""<div id="shopify-section-template--18364521447682__image_banner" class="shopify-section section">
<div class="banner banner--content-align-center"><h2 class="banner__heading inline-richtext h0">L’essentiel, en coton bio</h2>
<p>Des basiques durables, fabriqués en Europe.</p><a href="/collections/all" class="button button--primary">Découvrir la collection</a></div></div>
<div id="shopify-section-template--18364521447682__featured_collection" class="shopify-section section"><div class="color-scheme-1 isolate gradient">
<div class="collection section-template--18364521447682__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2">Nos best-sellers</h2></div>
<slider-component class="slider-mobile-gutter page-width page-width-desktop">{grid(True)}</slider-component>
<div class="center collection__view-all"><a href="/collections/all" class="button" aria-labelledby="ViewAll">Tout afficher</a></div></div></div></div>"""
    return kit.html_response(page(req, SHOP_NAME, body, "index"))


def collection(req: Request) -> Response:
    body = f"""<div class="page-width"><h1 class="collection-hero__title">Catalogue</h1>
<div id="ProductGridContainer"><div class="collection page-width">{grid(False)}</div></div></div>"""
    return kit.html_response(page(req, "Catalogue", body, "collection"))


def structured_data(product: Product, base: str) -> dict:
    url = f"{base}/products/{product.slug}"
    image = kit.product_svg(product.name, "#e9e3da")
    offers = []
    for v in variants(product):
        offers.append({"@id": f"{url}?variant={v['id']}#offer", "@type": "Offer",
                       "availability": "http://schema.org/" + ("InStock" if v["available"] else "OutOfStock"),
                       "price": f"{product.price_cents / 100:.2f}", "priceCurrency": "EUR",
                       "url": f"{url}?variant={v['id']}"})
    if not product.sizes:
        return {"@context": "http://schema.org/", "@id": f"{url}#product", "@type": "Product",
                "brand": {"@type": "Brand", "name": SHOP_NAME}, "category": "Vêtements",
                "description": product.description, "image": image, "name": product.name,
                "offers": offers[0], "sku": variants(product)[0]["sku"], "url": url}
    return {"@context": "http://schema.org/", "@id": f"{url}#product", "@type": "ProductGroup",
            "brand": {"@type": "Brand", "name": SHOP_NAME}, "category": "Vêtements",
            "description": product.description,
            "hasVariant": [{"@id": f"{url}?variant={v['id']}#variant", "@type": "Product", "image": image,
                            "name": v["name"], "offers": offer, "sku": v["sku"]}
                           for v, offer in zip(variants(product), offers, strict=True)],
            "name": product.name, "productGroupID": str(8100000000000 + product.id), "url": url,
            "variesBy": ["https://schema.org/size"]}


def product_page(req: Request) -> Response:
    slug = req.path.rstrip("/").split("/")[-1]
    product = next((p for p in PRODUCTS if p.slug == slug), None)
    if product is None:
        return kit.not_found()
    all_variants = variants(product)
    wanted = req.query.get("variant", [""])[0]
    selected = next((v for v in all_variants if str(v["id"]) == wanted), None)
    if selected is None:
        selected = next((v for v in all_variants if v["available"]), all_variants[0])
    base = "http://" + req.headers.get("host", "127.0.0.1")
    picker = ""
    if product.sizes:
        inputs = []
        for i, v in enumerate(all_variants):
            input_id = f"{SECTION}-1-{i}"
            checked = " checked" if v is selected else ""
            disabled = "disabled" if not v["available"] else ""
            inputs.append(f'<input type="radio" id="{input_id}" name="Taille-1" value="{v["title"]}" form="product-form-{SECTION}"{checked} class="{disabled}" data-product-url="" data-option-value-id="{2400000000 + v["id"] % 1000}">'
                          f'<label for="{input_id}">{v["title"]}<span class="visually-hidden label-unavailable">Variante épuisée ou indisponible</span></label>')
        picker = f"""<variant-selects id="variant-selects-{SECTION}" data-section="{SECTION}" data-url="/products/{product.slug}">
<fieldset class="js product-form__input product-form__input--pill"><legend class="form__label form__label--flex">Taille&nbsp;: <span class="option-name-label" data-selected-value>{selected['title']}</span></legend>
{"".join(inputs)}</fieldset>
<script type="application/json" data-selected-variant>{json.dumps(selected)}</script>
<script type="application/json" data-variants>{json.dumps(all_variants)}</script>
</variant-selects>"""
    sold = not selected["available"]
    installments = selected["price"] // 3
    body = f"""<section id="shopify-section-{SECTION}" class="shopify-section section">
<section id="MainProduct-{SECTION}" class="page-width section-{SECTION}-padding" data-section="{SECTION}">
<div class="product product--large product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-{SECTION}" role="region" class="product__column-sticky" aria-label="Visionneuse de la galerie">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><img src="{kit.product_svg(product.name, '#e9e3da')}" alt="{esc(product.name)}" width="900" height="900" fetchpriority="high"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item scroll-trigger animate--slide-in"><product-info id="ProductInfo-{SECTION}" data-section="{SECTION}" data-url="/products/{product.slug}" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">{SHOP_NAME}</p>
<div class="product__title"><h1>{esc(product.name)}</h1></div>
<div id="price-{SECTION}" role="status"><div class="price price--large price--show-badge{' price--sold-out' if sold else ''}"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Prix habituel</span><span class="price-item price-item--regular">{money(product.price_cents)}</span></div></div>
<span class="badge price__badge-sold-out color-scheme-3">Épuisé</span></div></div>
<div class="product__tax caption rte">Taxes incluses. <a href="/policies/shipping-policy">Frais d'expédition</a> calculés lors du paiement.</div>
<form method="post" action="/cart/add" id="product-form-installment-{SECTION}" accept-charset="UTF-8" class="installment caption-large" enctype="multipart/form-data"><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="id" value="{selected['id']}"></form>
<div id="shopify-block-alma_pay_in_installments_badge" class="shopify-app-block"><div class="alma-badge" id="alma-badge" data-purchase-amount="{product.price_cents}" data-plans="3,4">
<strong style="color:#fa5022">alma</strong> &nbsp;Payez en 3x ou 4x sans frais&nbsp;: 3 × {money(installments)}</div></div>
{picker}
<div id="Quantity-Form-{SECTION}" class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-{SECTION}">Quantité</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Réduire la quantité de {esc(product.name)}</span>−</button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-{SECTION}" data-cart-quantity="0" data-min="1" min="1" step="1" value="1" form="product-form-{SECTION}">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Augmenter la quantité de {esc(product.name)}</span>+</button></quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false" data-section-id="{SECTION}">
<div class="product-form__error-message-wrapper" role="alert" hidden><span class="product-form__error-message"></span></div>
<form method="post" action="/cart/add" id="product-form-{SECTION}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form">
<input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">
<input type="hidden" name="id" value="{selected['id']}" disabled class="product-variant-id">
<div class="product-form__buttons">
<button id="ProductSubmitButton-{SECTION}" type="submit" name="add" class="product-form__submit button button--full-width button--secondary"{' disabled' if sold else ''}>
<span>{'Épuisé' if sold else 'Ajouter au panier'}</span><div class="loading__spinner hidden">…</div></button>
<div data-shopify="payment-button" class="shopify-payment-button"><shopify-accelerated-checkout recommended="{{&quot;name&quot;:&quot;shop_pay&quot;}}" fallback="{{&quot;name&quot;:&quot;buy_it_now&quot;}}" access-token="c2a7e1b9d0f34e5a8b6c7d8e9f0a1b2c" buyer-country="FR" buyer-locale="fr" buyer-currency="EUR" variant-params="[]" shop-id="64873725954">
<div class="shopify-payment-button__button" role="button" style="display:none"></div>
<button type="button" class="shopify-payment-button__button shopify-payment-button__button--branded" data-payment="shop_pay" aria-label="Acheter avec ShopPay"{' disabled' if sold else ''}>Acheter avec <strong>ShopPay</strong></button>
<button type="button" class="shopify-payment-button__more-options shopify-payment-button__button--hidden" aria-hidden="false"{' disabled' if sold else ''}>Plus de moyens de paiement</button>
</shopify-accelerated-checkout></div>
</div></form></product-form></div>
<ul class="product__reassurance"><li>🚚 Livraison offerte dès 50&nbsp;€, sinon à partir de 3,90&nbsp;€ (Mondial Relay)</li>
<li>📦 Expédié sous 24/48h depuis Nantes</li><li>↩ <a href="/policies/refund-policy">Retours gratuits sous 30 jours</a></li></ul>
<div class="product__description rte quick-add-hidden"><p>{esc(product.description)}</p></div>
</product-info></div></div></section>
<script type="application/ld+json">{json.dumps(structured_data(product, base), ensure_ascii=False)}</script>
</section>"""
    return kit.html_response(page(req, product.name, body, "product"))


def cart_page(req: Request) -> Response:
    data = cart_json(req)
    if not data["items"]:
        body = """<div class="page-width"><cart-items class="is-empty"><div class="cart__warnings"><h1 class="cart__empty-text">Votre panier est vide</h1>
<a href="/collections/all" class="button">Continuer les achats</a></div></cart-items></div>"""
        return kit.html_response(page(req, "Votre panier", body, "cart"))
    subtotal = data["total_price"]
    remaining = FREE_SHIPPING_CENTS - subtotal
    free = (f"Plus que {money(remaining)} pour profiter de la livraison offerte&nbsp;!" if remaining > 0
            else "Bonne nouvelle&nbsp;: la livraison vous est offerte&nbsp;!")
    body = f"""<div id="shopify-section-template--18364521316610__cart-items" class="shopify-section">
<cart-items class="gradient color-scheme-1 isolate section-template--18364521316610__cart-items-padding"><div class="page-width">
<div class="title-wrapper-with-link"><h1 class="title title--primary">Votre panier</h1><a href="/collections/all" class="underlined-link">Continuer les achats</a></div>
<form action="/cart" class="cart__contents critical-hidden" method="post" id="cart">
<div class="cart__items" id="main-cart-items" data-id="template--18364521316610__cart-items"><div class="js-contents">
<table class="cart-items"><caption class="visually-hidden">Votre panier</caption><thead><tr>
<th id="CartItems-ColumnProductImage" class="caption-with-letter-spacing" colspan="2" scope="col">Produit</th>
<th class="medium-hide large-up-hide right caption-with-letter-spacing" colspan="1" scope="col">Total</th>
<th class="cart-items__heading--wide cart-items__heading--quantity small-hide caption-with-letter-spacing" colspan="1" scope="col">Quantité</th>
<th class="small-hide right caption-with-letter-spacing" colspan="1" scope="col">Total</th></tr></thead>
<tbody>{cart_rows(req, "CartItem")}</tbody></table></div></div>
<p class="visually-hidden" id="cart-live-region-text" aria-live="polite" role="status"></p></form></div></cart-items></div>
<div id="shopify-section-template--18364521316610__cart-footer" class="shopify-section cart__footer-wrapper"><div class="page-width" id="main-cart-footer" data-id="template--18364521316610__cart-footer">
<div><div class="cart__footer isolate section-template--18364521316610__cart-footer-padding"><div class="cart__blocks">
<div class="shipping-estimate" role="note"><strong>Livraison</strong> &mdash; {free}<br>
Colissimo à domicile&nbsp;: 4,90&nbsp;€ (2 à 3 jours ouvrés) &middot; Mondial Relay en point relais&nbsp;: 3,90&nbsp;€ (3 à 5 jours ouvrés).<br>
Livraison offerte dès 50&nbsp;€ d’achat. Livraison estimée&nbsp;: sous 2 à 5 jours ouvrés.</div>
<div class="js-contents"><div class="totals"><h2 class="totals__total">Total estimé</h2><p class="totals__total-value">{money(subtotal)} EUR</p></div>
<small class="tax-note caption-large rte">Taxes incluses. Réductions et <a href="/policies/shipping-policy">frais d'expédition</a> calculés à l'étape du paiement.</small></div>
<div class="cart__ctas"><noscript><button type="submit" class="cart__update-button button button--secondary" form="cart">Mettre à jour</button></noscript>
<button type="submit" id="checkout" class="cart__checkout-button button" name="checkout" form="cart">Procéder au paiement</button></div>
<div class="cart__dynamic-checkout-buttons additional-checkout-buttons"><div class="dynamic-checkout__content" id="dynamic-checkout-cart" data-shopify="dynamic-checkout-cart">
<shopify-accelerated-checkout-cart wallet-configs="[{{&quot;name&quot;:&quot;shop_pay&quot;}},{{&quot;name&quot;:&quot;paypal&quot;}},{{&quot;name&quot;:&quot;google_pay&quot;}}]" access-token="c2a7e1b9d0f34e5a8b6c7d8e9f0a1b2c" buyer-country="FR" buyer-locale="fr" buyer-currency="EUR" shop-id="64873725954" cart-id="gid://shopify/Cart/{data['token']}">
<button type="button" data-testid="ShopifyPay-button" aria-label="Shop Pay" style="background:#5a31f4;color:#fff">Shop Pay</button>
<button type="button" data-testid="PayPal-button" aria-label="PayPal" style="background:#ffc439;color:#003087">PayPal</button>
<button type="button" data-testid="GooglePay-button" aria-label="Google Pay" style="background:#000;color:#fff">G Pay</button>
</shopify-accelerated-checkout-cart></div></div>
</div></div></div></div></div>"""
    return kit.html_response(page(req, "Votre panier", body, "cart"))


POLICIES = {
    "refund-policy": ("Politique de remboursement", """<h2>Retours gratuits sous 30 jours</h2>
<p>Vous disposez de 30 jours à compter de la réception de votre commande pour nous retourner un article. Les retours sont gratuits&nbsp;:
une étiquette de retour prépayée Colissimo vous est fournie. Les articles doivent être neufs, non portés et dans leur emballage d’origine.</p>
<h2>Échanges</h2><p>Pour échanger un article contre une autre taille, effectuez un retour puis passez une nouvelle commande.</p>
<h2>Remboursements</h2><p>Nous vous remboursons sous 10 jours après réception et contrôle de votre retour, sur le moyen de paiement utilisé.</p>
<p>Pour toute question&nbsp;: bonjour@maison-celeste.fr ou 02 40 00 00 00.</p>"""),
    "shipping-policy": ("Politique d'expédition", "<p>Colissimo à domicile 4,90&nbsp;€ (2 à 3 jours ouvrés), Mondial Relay 3,90&nbsp;€, Chronopost 9,90&nbsp;€. Offerte dès 50&nbsp;€.</p>"),
    "privacy-policy": ("Politique de confidentialité", "<p>Nous collectons vos données pour traiter vos commandes.</p>"),
    "terms-of-service": ("Conditions d'utilisation", "<p>Conditions générales de vente de Maison Céleste SAS, RCS Nantes 901 234 567. Droit de rétractation de 14 jours.</p>"),
    "contact-information": ("Coordonnées", "<p>Maison Céleste SAS, 4 quai de la Fosse, 44000 Nantes. 02 40 00 00 00.</p>"),
}


def policy(req: Request) -> Response:
    handle = req.path.rstrip("/").split("/")[-1]
    if handle not in POLICIES:
        return kit.not_found()
    title, text = POLICIES[handle]
    body = f"""<div class="shopify-policy__container"><div class="shopify-policy__title"><h1>{esc(title)}</h1></div>
<div class="shopify-policy__body"><div class="rte">{text}</div></div></div>"""
    return kit.html_response(page(req, title, f'<div class="page-width">{body}</div>', "policy"))


PAGES = {
    "contact": ("Contact", "<p>Écrivez-nous à bonjour@maison-celeste.fr ou appelez le 02 40 00 00 00 (lundi-vendredi 9h30-17h30).</p>"),
    "mentions-legales": ("Mentions légales", "<p>Maison Céleste SAS au capital de 5&nbsp;000&nbsp;€ - RCS Nantes 901 234 567. Hébergement&nbsp;: Shopify Inc.</p>"),
    "livraison": ("Livraison", "<p>Colissimo 4,90&nbsp;€, Mondial Relay 3,90&nbsp;€, offerte dès 50&nbsp;€. Expédition sous 24/48h.</p>"),
    "faq": ("FAQ", "<p>Les retours sont gratuits sous 30 jours, voir notre <a href=\"/policies/refund-policy\">politique de remboursement</a>.</p>"),
    "notre-histoire": ("Notre histoire", "<p>Une marque nantaise de basiques en coton bio.</p>"),
}


def static_page(req: Request) -> Response:
    handle = req.path.rstrip("/").split("/")[-1]
    if handle not in PAGES:
        return kit.not_found()
    title, text = PAGES[handle]
    return kit.html_response(page(req, title, f'<div class="page-width"><h1 class="main-page-title page-title h0">{esc(title)}</h1><div class="rte">{text}</div></div>', "page"))


def robots(req: Request) -> Response:
    host = req.headers.get("host", "127.0.0.1")
    text = f"""# we use Shopify as our ecommerce platform

# Google adsbot ignores robots.txt unless specifically named!
User-agent: adsbot-google
Disallow: /checkouts/
Disallow: /checkout
Disallow: /carts
Disallow: /orders
Disallow: /64873725954/checkouts
Disallow: /64873725954/orders
Disallow: /*?*oseid=*
Disallow: /*preview_theme_id*
Disallow: /*preview_script_id*
Disallow: /cdn/wpm/*.js

User-agent: *
Disallow: /a/downloads/-/*
Disallow: /admin
Disallow: /cart
Disallow: /orders
Disallow: /checkouts/
Disallow: /checkout
Disallow: /64873725954/checkouts
Disallow: /64873725954/orders
Disallow: /carts
Disallow: /account
Disallow: /collections/*sort_by*
Disallow: /*/collections/*sort_by*
Disallow: /collections/*+*
Disallow: /collections/*%2B*
Disallow: /collections/*%2b*
Disallow: /*/collections/*+*
Disallow: /*/collections/*%2B*
Disallow: /*/collections/*%2b*
Disallow: */collections/*filter*&*filter*
Disallow: /blogs/*+*
Disallow: /blogs/*%2B*
Disallow: /blogs/*%2b*
Disallow: /*/blogs/*+*
Disallow: /*/blogs/*%2B*
Disallow: /*/blogs/*%2b*
Disallow: /*?*oseid=*
Disallow: /*preview_theme_id*
Disallow: /*preview_script_id*
Disallow: /policies/
Disallow: /*/policies/
Disallow: /*/*?*ls=*&ls=*
Disallow: /*/*?*ls%3D*%3Fls%3D*
Disallow: /*/*?*ls%3d*%3fls%3d*
Disallow: /search
Allow: /search/
Disallow: /search/?*
Disallow: /apple-app-site-association
Disallow: /.well-known/shopify/monorail
Disallow: /cdn/wpm/*.js
Disallow: /recommendations/products
Disallow: /*/recommendations/products
Sitemap: http://{host}/sitemap.xml

User-agent: Nutch
Disallow: /

User-agent: AhrefsBot
Crawl-delay: 10
Disallow: /a/downloads/-/*
Disallow: /admin
Disallow: /cart
Disallow: /orders
Disallow: /checkouts/
Disallow: /checkout
Disallow: /carts
Disallow: /account

User-agent: Pinterest
Crawl-delay: 1
"""
    return kit.Response(body=text, content_type="text/plain; charset=utf-8")
