"""Fixture shop "prestashop" (PrestaShop 8 classic): key pages over HTTP, then a hand-scripted
Playwright walk from the home page to the payment step on desktop and mobile."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from tests.conftest import fetch, module_shop, scripted_page

shop = module_shop("prestashop")


def stats(shop) -> dict:
    return json.loads(fetch(shop.url + "__fixture/stats")[1])


def test_key_pages(shop):
    status, home = fetch(shop.url)
    assert status == 200
    assert "Produits populaires" in home and 'class="blockcart cart-preview inactive"' in home
    assert home.index("Rupture de stock") < home.index('data-id-product="2"')  # first tile is sold out
    assert "/modules/tarteaucitronjs/" in home and 'id="menu-icon"' in home

    status, product = fetch(shop.url + "femmes/2-pull-imprime-ours-brun.html")
    assert status == 200
    for marker in ('id="add-to-cart-or-refresh"', 'id="group_1"', 'name="group[1]"', 'id="quantity_wanted"',
                   'data-button-action="add-to-cart"', "blockreassurance_product", "oneyCta_button"):
        assert marker in product
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', product, re.S).group(1))
    assert ld["@type"] == "Product" and ld["offers"]["priceCurrency"] == "EUR"
    assert ld["offers"]["price"] == "35.90" and ld["offers"]["availability"].endswith("InStock")

    status, sold_out = fetch(shop.url + "hommes/1-t-shirt-imprime-colibri.html")
    assert "Rupture de stock" in sold_out and "OutOfStock" in sold_out

    status, cart = fetch(shop.url + "panier?action=show")
    assert status == 200 and "Il n'y a plus d'articles dans votre panier" in cart

    status, cms = fetch(shop.url + "content/1-livraison")
    assert "Retours gratuits sous 30 jours" in cms and "Livraison offerte dès 60 €" in cms

    status, robots = fetch(shop.url + "robots.txt")
    assert "Disallow: /*?order=" in robots and "Disallow: /*commande" in robots

    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(shop.url + "nope/99-nothing.html")
    assert err.value.code == 404


def walk(page, shop, mobile: bool) -> None:
    page.goto(shop.url)
    # tarteaucitron: bottom banner plus an overlay that blocks clicks on the page
    page.wait_for_selector("#tarteaucitronAlertBig", state="visible")
    from playwright.sync_api import TimeoutError as PwTimeout

    with pytest.raises(PwTimeout):
        page.locator(".product-miniature .product-title a").nth(1).click(timeout=800, trial=True)
    page.click("#tarteaucitronAllDenied2")
    page.wait_for_selector("#tarteaucitronAlertBig", state="hidden")
    assert "false" in next(c["value"] for c in page.context.cookies() if c["name"] == "tarteaucitron")

    # the newsletter popup shows up 3 s after the first page load
    page.wait_for_selector("#newsletter_block_popup.in", timeout=6000)
    assert "Inscrivez-vous à notre newsletter" in page.inner_text("#newsletter_block_popup")
    page.click("#newsletter_block_popup .newsletter-popup-decline")
    page.wait_for_selector("#newsletter_block_popup", state="hidden")

    first = page.locator(".featured-products .product-miniature").first
    assert "Rupture de stock" in first.text_content()

    if mobile:
        page.click("#menu-icon")
        page.wait_for_selector("#mobile_top_menu_wrapper #top-menu", state="visible")
        page.click("#mobile_top_menu_wrapper a:text('Femmes')")
    else:
        page.click("#top-menu a:text('Femmes')")
    page.wait_for_url("**/5-femmes")
    page.click(".product-miniature .product-title a:text('Pull imprimé ours brun')")
    page.wait_for_url("**/femmes/2-pull-imprime-ours-brun.html")

    add = page.locator("button.add-to-cart[data-button-action='add-to-cart']")
    assert add.is_disabled()  # a size must be picked first
    page.select_option("#group_1", "4")  # XL is sold out
    page.wait_for_selector("#product-availability:has-text('Rupture de stock')")
    assert page.locator("button.add-to-cart").is_disabled()
    page.select_option("#group_1", "2")
    page.wait_for_selector("button.add-to-cart:not([disabled])")
    assert page.url.endswith("#/2-taille-m")
    page.click("button.add-to-cart")
    page.wait_for_selector("#blockcart-modal.in")
    assert "Produit ajouté au panier avec succès" in page.inner_text("#blockcart-modal")
    assert page.inner_text(".blockcart .cart-products-count") == "(1)"
    page.click("#blockcart-modal button[data-dismiss='modal'].btn-secondary")
    page.click(".blockcart a")
    page.wait_for_url("**/panier?action=show")
    assert page.locator(".cart-item").count() == 1
    page.click(".cart-detailed-actions a.btn-primary")
    page.wait_for_url("**/commande")

    # personal information: guest tab is the default
    assert page.locator("#checkout-personal-information-step.-current").count() == 1
    assert page.is_visible("#checkout-guest-form #customer-form")
    page.check("#field-id_gender-2")
    page.fill("#customer-form input[name='firstname']", "Camille")
    page.fill("#customer-form input[name='lastname']", "Durand")
    page.fill("#customer-form input[name='email']", "camille.durand@example.fr")
    page.check("#customer-form input[name='customer_privacy']")
    page.check("#customer-form input[name='psgdpr']")
    page.click("#customer-form button[name='continue']")
    page.wait_for_selector("#checkout-addresses-step.-current")

    page.fill(".js-address-form input[name='address1']", "8 rue de la République")
    page.fill(".js-address-form input[name='postcode']", "69001")
    page.fill(".js-address-form input[name='city']", "Lyon")
    page.fill(".js-address-form input[name='phone']", "0612345678")
    page.click(".js-address-form button[name='confirm-addresses']")
    page.wait_for_selector("#checkout-delivery-step.-current")

    options = page.locator(".delivery-option input[name^='delivery_option']")
    assert options.count() == 4
    page.click("label[for='delivery_option_3']")
    assert page.is_checked("#delivery_option_3")
    page.click("#js-delivery button[name='confirmDeliveryOption']")
    page.wait_for_selector("#checkout-payment-step.-current")

    labels = page.locator(".payment-options .payment-option label").all_inner_texts()
    assert labels == ["Payer par carte bancaire", "PayPal", "Payer en 3x ou 4x avec Oney",
                      "Payer par virement bancaire"]
    for index in range(4):
        assert page.locator(".payment-options .payment-option").nth(index).is_visible()
    page.click("label[for='payment-option-3']")
    page.wait_for_selector("input[name='oney_type'][value='x4_with_fees']", state="visible")
    final = page.locator("#payment-confirmation button[type='submit']")
    assert final.text_content().strip() == "Commander avec obligation de paiement"
    assert final.is_disabled()
    page.check("#conditions_to_approve\\[terms-and-conditions\\]")
    assert final.is_enabled()  # ready, but the walk never clicks it


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "mobile"])
def test_walk_to_payment(shop, mobile):
    with scripted_page(mobile) as page:
        walk(page, shop, mobile)
    counters = stats(shop)
    assert counters["final_button_clicks"] == 0 and counters["orders_placed"] == 0
