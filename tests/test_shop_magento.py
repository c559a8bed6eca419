"""Fixture shop "magento" (Magento 2 Luma): key pages over HTTP, then a hand-scripted Playwright walk
from the home page to the payment step (#payment) on desktop and mobile."""

from __future__ import annotations

import json
import re
import time
import urllib.request

import pytest

from tests.conftest import fetch, module_shop, scripted_page

shop = module_shop("magento")


def test_key_pages(shop):
    status, home = fetch(shop.url)
    assert status == 200 and "minicart-wrapper" in home and "counter-number" in home
    assert "Cookiebot/uc.js" in home and "Livraison offerte dès 60 €" in home
    status, category = fetch(shop.url + "femmes/hauts.html")
    assert status == 200 and "product-item-link" in category
    status, product = fetch(shop.url + "sweat-capuche-juliette.html")
    for marker in ('id="product_addtocart_form"', 'id="product-addtocart-button"', 'class="swatch-attribute size"',
                   'class="swatch-option text disabled"', 'name="super_attribute[144]"'):
        assert marker in product
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', product).group(1))
    assert ld["@type"] == "Product" and ld["offers"]["price"] == "59.00" and ld["offers"]["priceCurrency"] == "EUR"
    status, cart = fetch(shop.url + "checkout/cart/")
    assert "Vous n'avez pas d'articles dans votre panier." in cart
    status, returns = fetch(shop.url + "livraison-et-retours")
    assert "Les frais de retour sont à la charge du client" in returns and "14 jours" in returns
    status, robots = fetch(shop.url + "robots.txt")
    assert "Disallow: /checkout/" in robots
    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(shop.url + "nothing-here.html")
    assert err.value.code == 404


def walk(page, shop, mobile: bool) -> None:
    page.goto(shop.url)
    page.wait_for_selector("#CybotCookiebotDialog", state="visible")
    assert page.evaluate("!Cookiebot.hasResponse && Cookiebot.dialog.visible === true")
    page.click("#CybotCookiebotDialogBodyButtonDecline")
    page.wait_for_selector("#CybotCookiebotDialog", state="hidden")
    assert page.evaluate("Cookiebot.declined === true")
    assert page.locator("#CybotCookiebotDialogBodyUnderlay").count() == 0

    if mobile:
        page.click("[data-action='toggle-nav']")
        page.click(".nav-sections .submenu a:has-text('Hauts')")
    else:
        page.hover(".navigation .level0 > a:has-text('Femmes')")
        page.click(".navigation .submenu a:has-text('Hauts')")
    page.wait_for_url("**/femmes/hauts.html")
    page.click(".product-item-link:text('Sweat à capuche Juliette')")
    page.wait_for_url("**/sweat-capuche-juliette.html")
    assert "Cookiebot" not in page.evaluate("document.body.className")

    page.click("#product-addtocart-button")
    page.wait_for_selector(".swatch-attribute.size .mage-error")  # size is required
    sold_out = page.locator(".swatch-attribute.size .swatch-option.text.disabled")
    assert sold_out.count() == 1 and sold_out.get_attribute("data-option-label") == "M"
    page.click(".swatch-attribute.size .swatch-option.text[data-option-label='L']")
    assert page.input_value("input[name='super_attribute[144]']") == "169"
    page.click("#product-addtocart-button")
    page.wait_for_selector(".message-success")
    assert "Vous avez ajouté Sweat à capuche Juliette à votre panier." in page.inner_text(".message-success")
    assert page.inner_text(".minicart-wrapper .counter-number") == "1"

    page.click(".minicart-wrapper .action.showcart")
    page.click(".block-minicart a.action.viewcart")
    page.wait_for_url("**/checkout/cart/")
    assert page.locator("#shopping-cart-table tbody.cart.item").count() == 1
    started = time.monotonic()
    page.click("button[data-role='proceed-to-checkout']")
    page.wait_for_url("**/checkout/#shipping", timeout=15000)
    assert time.monotonic() - started >= 1.4  # the checkout is slow to answer
    page.wait_for_selector("#checkout-shipping-method-load input.radio")
    assert page.inner_text("#customer-email-fieldset .note") == "Vous pouvez créer un compte après le paiement."
    assert page.locator(".opc-progress-bar-item._active").inner_text() == "Livraison"

    page.fill("#customer-email", "camille.durand@example.fr")
    page.fill("#co-shipping-form input[name='firstname']", "Camille")
    page.fill("#co-shipping-form input[name='lastname']", "Durand")
    page.fill("#co-shipping-form input[name='street[0]']", "4 rue Crébillon")
    page.fill("#co-shipping-form input[name='city']", "Nantes")
    page.fill("#co-shipping-form input[name='postcode']", "44000")
    page.fill("#co-shipping-form input[name='telephone']", "0612345678")
    rows = page.locator("#checkout-shipping-method-load tbody tr.row")
    assert rows.count() == 3
    page.click("button[data-role='opc-continue']")
    page.wait_for_selector("#co-shipping-method-form .message.notice", state="visible")  # no method chosen yet
    page.click("#checkout-shipping-method-load tr.row:has-text('Mondial Relay') input.radio")
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None)
    page.click("button[data-role='opc-continue']")
    page.wait_for_url("**/checkout/#payment")
    page.wait_for_selector(".payment-loading .loading-mask", state="visible")
    page.wait_for_selector("#checkout-payment-method-load .payment-method", timeout=5000)
    titles = page.locator("#checkout-payment-method-load .payment-method-title label > span:first-child")
    titles = titles.all_inner_texts()
    assert titles == ["Carte bancaire", "PayPal", "Payer en 3 ou 4 fois avec Floa", "Virement bancaire"]
    for index in range(4):
        assert page.locator("#checkout-payment-method-load .payment-method").nth(index).is_visible()
    page.check("#adyen_cc")
    page.wait_for_selector("[data-cse='encryptedCardNumber'] iframe", state="visible")
    page.check("#floa_payment")
    final = page.locator(".payment-method._active button.action.primary.checkout")
    assert final.is_visible() and final.inner_text() == "Passer la commande"
    assert all(url.split("#")[0].endswith("/checkout/") for url in navigations)  # no page load between steps


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "mobile"])
def test_walk_to_payment(shop, mobile):
    with scripted_page(mobile) as page:
        walk(page, shop, mobile)
    stats = json.loads(fetch(shop.url + "__fixture/stats")[1])
    assert stats["final_button_clicks"] == 0 and stats["orders_placed"] == 0
