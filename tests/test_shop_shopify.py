"""The Shopify (Dawn + one-page checkout) fixture shop: pages over HTTP, then a scripted Chromium walk."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.conftest import walk_on_both_devices
from tests.shops import kit, shopify


@pytest.fixture(scope="module")
def shop():
    served = kit.serve("shopify", shopify.make_app())
    yield served
    served.stop()


def fetch(opener, url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    with opener.open(request, timeout=10) as response:
        return response.status, response.read().decode("utf-8"), response.url


def test_pages(shop):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    base = shop.url.rstrip("/")
    status, home, _ = fetch(opener, base + "/")
    assert status == 200
    assert 'class="card-wrapper product-card-wrapper' in home and 'class="full-unstyled-link"' in home
    assert 'id="cart-icon-bubble"' in home and "<cart-drawer" in home and "Livraison offerte dès 50" in home
    assert "Retours et échanges" in home and "/policies/refund-policy" in home
    first_variant = re.search(r'href="(/products/t-shirt-coton-bio\?variant=\d+)"', home).group(1)
    status, product, _ = fetch(opener, base + first_variant)
    assert "<product-form" in product and 'action="/cart/add"' in product and 'name="add"' in product
    assert "<variant-selects" in product
    assert 'class="js product-form__input product-form__input--pill"' in product
    assert 'class="shopify-payment-button"' in product and "Plus de moyens de paiement" in product
    assert re.search(r'<button id="ProductSubmitButton-[^"]+"[^>]*disabled>\s*<span>Épuisé', product)
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', product, re.S)
    group = json.loads(blocks[0])
    assert group["@type"] == "ProductGroup" and group["name"] == "T-shirt coton bio"
    offers = [v["offers"] for v in group["hasVariant"]]
    assert offers[0]["availability"].endswith("OutOfStock") and offers[1]["availability"].endswith("InStock")
    assert offers[1]["price"] == "29.90" and offers[1]["priceCurrency"] == "EUR"
    status, cap, _ = fetch(opener, base + "/products/casquette-lin")
    (single,) = [json.loads(b) for b in re.findall(r"ld\+json\">(.*?)</script>", cap)]
    assert single["@type"] == "Product" and single["offers"]["price"] == "25.00"
    status, robots, _ = fetch(opener, base + "/robots.txt")
    for rule in ("Disallow: /checkouts/", "Disallow: /cart", "Disallow: /account"):
        assert rule in robots
    status, refund, _ = fetch(opener, base + "/policies/refund-policy")
    assert "Politique de remboursement" in refund and "30 jours" in refund and "gratuits" in refund
    sold_out = int(re.search(r"variant=(\d+)", first_variant).group(1))
    body = json.dumps({"items": [{"id": sold_out, "quantity": 1}]}).encode()
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(opener, base + "/cart/add.js", body, {"Content-Type": "application/json"})
    assert refused.value.code == 422
    body = json.dumps({"items": [{"id": sold_out + 2, "quantity": 1}]}).encode()
    status, added, _ = fetch(opener, base + "/cart/add.js", body, {"Content-Type": "application/json"})
    assert json.loads(added)["items"][0]["variant_title"] == "M"
    status, cart_js, _ = fetch(opener, base + "/cart.js")
    assert json.loads(cart_js)["item_count"] == 1 and json.loads(cart_js)["currency"] == "EUR"
    status, cart, _ = fetch(opener, base + "/cart")
    assert 'id="checkout"' in cart and 'name="checkout"' in cart and "additional-checkout-buttons" in cart
    status, page, url = fetch(opener, base + "/cart", b"updates%5B%5D=1&checkout=")
    assert "/checkouts/cn/" in url and 'id="checkout-pay-button"' in page
    assert "Toutes les transactions sont sécurisées et chiffrées." in page and "Se connecter" in page
    for name in ("email", "firstName", "lastName", "address1", "postalCode", "city", "phone"):
        assert f'name="{name}"' in page
    assert 'autocomplete="shipping given-name"' in page and 'class="card-fields-iframe"' in page


def walk(browser, base: str, context_args: dict, label: str) -> None:
    context = browser.new_context(locale="fr-FR", **context_args)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(base + "/")
    page.locator(".card-wrapper a.full-unstyled-link", has_text="T-shirt coton bio").click()
    page.wait_for_url(re.compile(r"/products/t-shirt-coton-bio\?variant="))
    add = page.locator("product-form button[name=add]")
    assert add.is_disabled() and add.inner_text().strip() == "Épuisé"
    assert "disabled" in page.locator("variant-selects input[value=XS]").get_attribute("class")
    popup = page.locator('[role=dialog][aria-label="POPUP Form"]')
    popup.wait_for(state="visible", timeout=8_000)
    popup.locator("button[aria-label=Fermer]").click()
    popup.wait_for(state="detached")
    page.locator("variant-selects label", has_text="M").first.click()
    page.wait_for_function("!document.querySelector('product-form button[name=add]').disabled")
    assert "variant=" in page.url and add.inner_text().strip() == "Ajouter au panier"
    add.click()
    drawer = page.locator("cart-drawer.active")
    drawer.wait_for()
    assert drawer.locator(".cart-notification-added", has_text="Article ajouté au panier").is_visible()
    assert page.locator("#cart-icon-bubble .cart-count-bubble").inner_text().strip().startswith("1")
    drawer.locator(".drawer__close").first.click()
    page.goto(base + "/cart")
    checkout_button = page.locator("button#checkout[name=checkout]")
    assert checkout_button.inner_text().strip() == "Procéder au paiement"
    checkout_button.click()
    page.wait_for_url(re.compile(r"/checkouts/cn/"))
    assert page.get_by_role("link", name="Se connecter").is_visible()
    for wallet in ("Shop Pay", "PayPal", "Google Pay", "Apple Pay"):
        assert page.locator(f'#express-checkout button[aria-label="{wallet}"]').is_visible()
    assert page.locator("#shipping-methods ._placeholder").is_visible()
    page.fill("input[name=email]", "camille.martin@example.fr")
    page.fill("input[name=firstName]", "Camille")
    page.fill("input[name=lastName]", "Martin")
    page.fill("input[name=address1]", "12 rue de la République")
    page.fill("input[name=postalCode]", "44000")
    page.fill("input[name=city]", "Nantes")
    page.fill("input[name=phone]", "0612345678")
    page.locator("input[name=shipping_methods]").first.wait_for()
    page.locator("label[for=shipping_methods-mondial-relay]").click()
    assert page.locator("#shipping_methods-mondial-relay").is_checked()
    assert page.get_by_text("Toutes les transactions sont sécurisées et chiffrées.").is_visible()
    for method in ("creditCards", "paypal", "alma"):
        assert page.locator(f"#basic-{method}").is_visible()
    card = page.frame_locator('iframe[name^="card-fields-number"]').locator('input[autocomplete="cc-number"]')
    assert card.is_visible()
    page.locator("label[for=basic-alma]").click()
    assert page.get_by_text("Paiement en 3 ou 4 fois avec Alma").is_visible()
    assert page.locator("#checkout-pay-button").inner_text().strip() == "Payer maintenant"
    page.screenshot(path=f"/tmp/shopify-{label}.png", full_page=True)
    context.close()


@pytest.mark.e2e
def test_walk(shop):
    base = shop.url.rstrip("/")
    walk_on_both_devices(walk, base)
    stats = json.loads(urllib.request.urlopen(base + "/__fixture/stats", timeout=10).read())
    assert stats["final_button_clicks"] == 0 and stats["orders_placed"] == 0
    assert stats["card_numbers_seen"] == 0
