"""Fixture shop "spa" (home-made vanilla JS single-page app): the shell and JSON API over HTTP,
then a hand-scripted Playwright walk from the home page to the payment screen on desktop and
mobile, checking that no page load happens after the first one."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import fetch, module_shop, scripted_page

shop = module_shop("spa")


def test_shell_and_api(shop):
    for path in ("", "panier", "commande/identification", "commande/livraison", "commande/paiement", "c/robes",
                 "pages/retours"):
        status, body = fetch(shop.url + path)
        assert status == 200 and '<div id="root">' in body and "/static/js/app.js" in body
        assert "/static/vendor/didomi/sdk.js" in body
    status, product = fetch(shop.url + "produit/robe-lin-camille")
    ld = json.loads(re.search(r'<script type="application/ld\+json" id="ld-product">(.*?)</script>', product).group(1))
    assert ld["@type"] == "Product" and ld["offers"]["price"] == "89.00" and ld["offers"]["priceCurrency"] == "EUR"
    status, cart = fetch(shop.url + "api/cart")
    assert json.loads(cart)["count"] == 0
    items = json.loads(fetch(shop.url + "api/products")[1])["items"]
    robe = next(i for i in items if i["slug"] == "robe-lin-camille")
    assert [s["label"] for s in robe["sizes"] if not s["in_stock"]] == ["XS", "L"]
    page = json.loads(fetch(shop.url + "api/pages/retours")[1])
    assert "60 jours pour changer d'avis, retour gratuit" in page["html"]
    status, robots = fetch(shop.url + "robots.txt")
    assert "Disallow: /commande/" in robots and "Disallow: /api/" in robots


def walk(page, shop, mobile: bool) -> None:
    loads: list[str] = []
    page.on("load", lambda: loads.append(page.url))
    page.goto(shop.url)
    page.wait_for_selector("#didomi-host #didomi-notice", state="visible")
    page.click("#didomi-notice-disagree-button")
    page.wait_for_selector("#didomi-notice", state="detached")
    assert page.get_attribute("#didomi-host", "aria-hidden") == "true"
    assert page.evaluate("Object.values(Didomi.getCurrentUserStatus().purposes).some(p => !p.enabled)")

    page.wait_for_selector(".promo-popup [role=dialog]", timeout=6000)
    assert "-10 % sur votre première commande" in page.inner_text(".promo-popup")
    page.click(".promo-popup button[aria-label='Fermer']")
    page.wait_for_selector(".promo-popup", state="detached")

    if mobile:
        page.click("button.burger")
        page.click("#main-nav a:text('Robes')")
    else:
        page.click("#main-nav a:text('Robes')")
    page.wait_for_url("**/c/robes")
    page.click(".product-card a:has-text('Robe en lin Camille')")
    page.wait_for_url("**/produit/robe-lin-camille")
    page.wait_for_selector(".pdp__title")
    assert page.evaluate("JSON.parse(document.getElementById('ld-product').textContent).name") == "Robe en lin Camille"
    assert page.locator("scalapay-widget[number-of-installments='4']").count() == 1
    assert page.is_disabled(".size-option[data-size='XS']") and page.is_disabled(".size-option[data-size='L']")
    page.click("#add-to-cart")
    assert page.inner_text(".pdp .form-error") == "Veuillez sélectionner une taille."
    page.click(".size-option[data-size='M']")
    page.click("#add-to-cart")
    page.wait_for_selector("#cart-drawer.is-open")
    assert page.inner_text(".site-header .cart-count") == "1"
    page.click("#cart-drawer a:text('Voir mon panier')")
    page.wait_for_url("**/panier")
    page.wait_for_selector(".cart-line")
    assert "Calculée à l'étape suivante" in page.inner_text(".cart-summary")
    page.click("button.checkout-button")
    page.wait_for_url("**/commande/identification")
    assert page.is_visible("#login-form") and page.is_visible("#register-form")
    page.click("a.guest-link:text('Continuer sans créer de compte')")
    page.wait_for_url("**/commande/livraison")
    page.wait_for_selector("#shipping-form")
    page.fill("#f-firstName", "Camille")
    page.fill("#f-lastName", "Durand")
    page.fill("#f-email", "camille.durand@example.fr")
    page.fill("#f-phone", "0612345678")
    page.fill("#f-street", "8 rue de la Roquette")
    page.fill("#f-zip", "75011")
    page.fill("#f-city", "Paris")
    names = page.locator(".shipping-method__name").all_inner_texts()
    assert "Point relais Mondial Relay" in names and "Colissimo à domicile" in names
    page.check("input[name='shipping'][value='mondial_relay']")
    page.click("#shipping-form button[type='submit']")
    page.wait_for_selector("#shipping-form .form-error:has-text('point relais')")
    page.check("input[name='relay'][value='MR-75011-0107']")
    page.click("#shipping-form button[type='submit']")
    page.wait_for_url("**/commande/paiement")
    page.wait_for_selector(".payment-methods")
    labels = page.locator(".payment-method__label").all_inner_texts()
    assert labels == ["Carte bancaire", "PayPal", "Wero (ex-Paylib)", "Payer en 4x sans frais avec Scalapay",
                      "Apple Pay"]
    for index in range(len(labels)):
        assert page.locator(".payment-method").nth(index).is_visible()
    page.click(".payment-method[data-method='applepay'] label")
    page.wait_for_selector("apple-pay-button", state="visible")
    page.click(".payment-method[data-method='scalapay'] label")
    page.wait_for_selector(".payment-method[data-method='scalapay'] scalapay-widget", state="visible")
    assert page.inner_text("#pay-button") == "Payer"
    assert len(loads) == 1, loads  # one page load, the rest is pushState


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "mobile"])
def test_walk_to_payment(shop, mobile):
    with scripted_page(mobile) as page:
        walk(page, shop, mobile)
    stats = json.loads(fetch(shop.url + "__fixture/stats")[1])
    assert stats["final_button_clicks"] == 0 and stats["orders_placed"] == 0
