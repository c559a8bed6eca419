"""The WooCommerce (classic checkout) fixture shop: pages over HTTP, then a hand-scripted walk in Chromium."""

from __future__ import annotations

import json
import re
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.conftest import walk_on_both_devices
from tests.shops import kit, woocommerce


@pytest.fixture(scope="module")
def shop():
    served = kit.serve("woocommerce", woocommerce.make_app())
    yield served
    served.stop()


def fetch(opener, url: str, data: bytes | None = None) -> tuple[int, str]:
    with opener.open(url, data=data, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def jsonld_products(html: str) -> list[dict]:
    found = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        for node in data.get("@graph", [data]):
            if node.get("@type") == "Product":
                found.append(node)
    return found


def test_pages(shop):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    base = shop.url.rstrip("/")
    status, home = fetch(opener, base + "/")
    assert status == 200
    assert 'class="woocommerce-LoopProduct-link woocommerce-loop-product__link"' in home
    assert "/produit/sweat-a-capuche/" in home and 'class="cart-contents"' in home
    assert "axeptio-sdk-integration" in home and "Livraison offerte dès 50" in home
    status, product = fetch(opener, base + "/produit/sweat-a-capuche/")
    assert status == 200
    assert 'form class="variations_form cart"' in product and 'name="attribute_pa_taille"' in product
    assert "Choisir une option" in product and "wc-variation-selection-needed" in product
    assert 'id="alma-widget"' in product and "Payer en 3x ou 4x avec Alma" in product
    (node,) = jsonld_products(product)
    assert node["name"] == "Sweat à capuche"
    assert node["offers"][0]["price"] == "49.90" and node["offers"][0]["priceCurrency"] == "EUR"
    assert node["offers"][0]["availability"].endswith("InStock")
    status, robots = fetch(opener, base + "/robots.txt")
    assert "Disallow: /wp-admin/" in robots
    status, returns = fetch(opener, base + "/livraison-et-retours/")
    assert "14 jours" in returns and "frais de retour sont à votre charge" in returns
    # add a size that is out of stock: refused; an available one: added
    form = b"attribute_pa_taille=l&quantity=1&add-to-cart=12&product_id=12&variation_id=0"
    status, page = fetch(opener, base + "/produit/sweat-a-capuche/", form)
    assert "rupture de stock" in page and "woocommerce-error" in page
    status, page = fetch(opener, base + "/produit/sweat-a-capuche/", form.replace(b"=l&", b"=m&"))
    assert "a été ajouté à votre panier" in page and "Voir le panier" in page
    status, cart = fetch(opener, base + "/panier/")
    assert "woocommerce-cart-form" in cart and "cart_totals" in cart and "checkout-button" in cart
    assert "Sweat à capuche - M" in cart and 'id="shipping_method"' in cart
    status, checkout = fetch(opener, base + "/commande/")
    assert 'class="checkout woocommerce-checkout"' in checkout and 'id="place_order"' in checkout
    for name in ("billing_first_name", "billing_postcode", "billing_email", "createaccount"):
        assert f'name="{name}"' in checkout
    for gateway in ("stripe", "ppcp-gateway", "alma", "bacs"):
        assert f'id="payment_method_{gateway}"' in checkout
    status, stats = fetch(opener, base + "/__fixture/stats")
    assert json.loads(stats)["orders_placed"] == 0


def walk(browser, base: str, context_args: dict, label: str) -> None:
    context = browser.new_context(locale="fr-FR", **context_args)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(base + "/")
    page.locator(".axeptio_mount .axeptio_widget").wait_for(state="visible")
    page.click("button#axeptio_btn_dismiss")
    page.locator(".axeptio_widget").wait_for(state="detached")
    cookies = {c["name"]: c["value"] for c in context.cookies()}
    assert cookies["axeptio_authorized_vendors"] == "%2C%2C"
    tiles = page.locator("ul.products li.product a.woocommerce-LoopProduct-link")
    tiles.filter(has_text="Sweat à capuche").first.click()
    page.wait_for_url("**/produit/sweat-a-capuche/")
    button = page.locator("button.single_add_to_cart_button")
    assert "wc-variation-selection-needed" in button.get_attribute("class")
    page.select_option("select#pa_taille", "l")
    page.locator(".woocommerce-variation-availability", has_text="Rupture de stock").wait_for()
    assert "wc-variation-is-unavailable" in button.get_attribute("class")
    page.select_option("select#pa_taille", "m")
    page.wait_for_function("!document.querySelector('.single_add_to_cart_button').classList.contains('disabled')")
    button.click()
    page.locator(".woocommerce-message", has_text="a été ajouté à votre panier").wait_for()
    if label == "desktop":
        assert page.locator("#site-header-cart .cart-contents .count").inner_text() == "1 article"
    else:
        assert page.locator(".storefront-handheld-footer-bar .count").inner_text() == "1"
    page.locator(".woocommerce-message a.wc-forward", has_text="Voir le panier").click()
    page.wait_for_url("**/panier/")
    assert page.locator(".cart_totals").is_visible()
    page.locator(".cart_totals label", has_text="Point relais").click()
    page.locator(".cart_totals input#shipping_method_0_flat_rate2:checked").wait_for()
    page.click("a.checkout-button")
    page.wait_for_url("**/commande/")
    page.locator("#order_review:not(.processing) #payment").wait_for()
    assert page.locator(".woocommerce-form-login-toggle").is_visible()
    page.fill("#billing_first_name", "Camille")
    page.fill("#billing_last_name", "Martin")
    page.fill("#billing_address_1", "12 rue de la République")
    page.fill("#billing_postcode", "69002")
    page.fill("#billing_city", "Lyon")
    page.fill("#billing_phone", "0612345678")
    page.fill("#billing_email", "camille.martin@example.fr")
    page.locator("#shipping_method label", has_text="Colissimo").click()
    page.wait_for_function("!document.querySelector('#order_review').classList.contains('processing')")
    page.locator("#order_review:not(.processing) #shipping_method_0_flat_rate1:checked").wait_for()
    for gateway in ("stripe", "ppcp-gateway", "alma", "bacs"):
        assert page.locator(f"#payment li.wc_payment_method input#payment_method_{gateway}").is_visible()
    assert page.locator('iframe[name^="__privateStripeFrame"]').is_visible()
    stripe = page.frame_locator('iframe[name^="__privateStripeFrame"]')
    assert stripe.locator('input[autocomplete="cc-number"]').is_visible()
    page.locator("label[for=payment_method_alma]").click()
    page.locator(".payment_box.payment_method_alma", has_text="4x sans frais").wait_for()
    page.locator("label[for=payment_method_ppcp-gateway]").click()
    assert page.locator("#ppc-button-ppcp-gateway").is_visible()
    assert not page.locator("#place_order").is_visible()
    page.locator("label[for=payment_method_bacs]").click()
    page.locator(".payment_box.payment_method_bacs", has_text="compte bancaire").wait_for()
    assert page.locator("button#place_order").inner_text().strip() == "Commander"
    page.screenshot(path=f"/tmp/woocommerce-{label}.png", full_page=True)
    context.close()


@pytest.mark.e2e
def test_walk(shop):
    base = shop.url.rstrip("/")
    walk_on_both_devices(walk, base)
    stats = json.loads(urllib.request.urlopen(base + "/__fixture/stats", timeout=10).read())
    assert stats["final_button_clicks"] == 0 and stats["orders_placed"] == 0
    assert stats["card_numbers_seen"] == 0
