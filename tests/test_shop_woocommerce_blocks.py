"""The WooCommerce Blocks fixture shop (account required): pages over HTTP, then a scripted Chromium walk."""

from __future__ import annotations

import json
import re
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.conftest import walk_on_both_devices
from tests.shops import kit, woocommerce_blocks


@pytest.fixture(scope="module")
def shop():
    served = kit.serve("woocommerce_blocks", woocommerce_blocks.make_app())
    yield served
    served.stop()


def fetch(opener, url: str, data: bytes | None = None) -> tuple[int, str]:
    with opener.open(url, data=data, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def test_pages(shop):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    base = shop.url.rstrip("/")
    status, home = fetch(opener, base + "/")
    assert status == 200 and "a.woocommerce-LoopProduct-link" not in home
    assert "woocommerce-LoopProduct-link" in home and "otSDKStub.js" in home
    status, product = fetch(opener, base + "/produit/chemise-oxford/")
    assert '<klarna-placement data-key="credit-promotion-badge" data-locale="fr-FR"' in product
    assert "Payer en 3 fois sans frais avec Klarna" in product
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', product, re.S).group(1)
    node = next(n for n in json.loads(ld)["@graph"] if n["@type"] == "Product")
    assert node["offers"][0]["price"] == "59.00" and node["offers"][0]["priceCurrency"] == "EUR"
    status, page = fetch(opener, base + "/produit/chemise-oxford/", b"quantity=1&add-to-cart=34")
    assert "a été ajouté à votre panier" in page
    status, cart = fetch(opener, base + "/panier/")
    assert 'class="wp-block-woocommerce-cart alignwide is-loading"' in cart
    status, api = fetch(opener, base + "/wp-json/wc/store/v1/cart")
    data = json.loads(api)
    assert data["items_count"] == 1 and len(data["shipping_rates"][0]["shipping_rates"]) >= 2
    status, checkout = fetch(opener, base + "/commande/")
    assert "wp-block-woocommerce-checkout" in checkout
    assert "Vous devez être connecté pour commander" in checkout
    assert '"checkoutAllowsGuest": false' in checkout
    status, returns = fetch(opener, base + "/livraison-et-retours/")
    assert "30 jours" in returns and "gratuits" in returns
    status, robots = fetch(opener, base + "/robots.txt")
    assert "Disallow: /wp-admin/" in robots


def walk(browser, base: str, context_args: dict, label: str) -> None:
    context = browser.new_context(locale="fr-FR", **context_args)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(base + "/")
    page.locator("#onetrust-consent-sdk #onetrust-banner-sdk").wait_for(state="visible")
    page.click("#onetrust-reject-all-handler")
    page.locator("#onetrust-banner-sdk").wait_for(state="detached")
    assert page.evaluate("window.OnetrustActiveGroups") == ",C0001,"
    assert "OptanonAlertBoxClosed" in {c["name"] for c in context.cookies()}
    page.locator("ul.products li.product a.woocommerce-LoopProduct-link", has_text="Chemise oxford").click()
    page.wait_for_url("**/produit/chemise-oxford/")
    page.reload()
    assert page.locator("#onetrust-banner-sdk").count() == 0
    assert page.locator("klarna-placement", has_text="Payer en 3 fois sans frais avec Klarna").is_visible()
    page.click("form.cart button[name=add-to-cart]")
    page.locator(".woocommerce-message", has_text="a été ajouté à votre panier").wait_for()
    page.locator(".woocommerce-message a.wc-forward").click()
    page.wait_for_url("**/panier/")
    page.locator(".wp-block-woocommerce-cart .wc-block-cart-items__row", has_text="Chemise oxford").wait_for()
    options = page.locator(".wc-block-components-totals-shipping .wc-block-components-radio-control__option")
    assert options.count() >= 2
    options.filter(has_text="Point relais").click()
    page.locator("input[value='flat_rate:2']:checked").wait_for()
    submit = page.locator("a.wc-block-cart__submit-button")
    assert submit.inner_text().strip() == "Valider la commande"
    submit.click()
    page.wait_for_url("**/commande/")
    wall = page.locator(".wp-block-woocommerce-checkout", has_text="Vous devez être connecté pour commander")
    wall.wait_for()
    assert page.locator(".wp-block-woocommerce-checkout form.woocommerce-form-login #username").is_visible()
    assert page.get_by_role("link", name="Créer un compte").is_visible()
    assert page.locator(".wc-block-components-checkout-place-order-button").count() == 0
    page.screenshot(path=f"/tmp/woocommerce_blocks-{label}.png", full_page=True)
    context.close()


@pytest.mark.e2e
def test_walk(shop):
    base = shop.url.rstrip("/")
    walk_on_both_devices(walk, base)
    stats = json.loads(urllib.request.urlopen(base + "/__fixture/stats", timeout=10).read())
    assert stats["final_button_clicks"] == 0 and stats["orders_placed"] == 0
    assert stats["accounts_created"] == 0
