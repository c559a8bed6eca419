"""The django-oscar fixture shops: the real Oscar, in French, in two child processes.

Checks key pages over HTTP, then walks them by hand in Chromium (desktop and Pixel 7):
oscar_guest from the home page to the payment-details page, oscar_account up to the login wall.
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.shops import oscar_account, oscar_guest
from tests.shops.kit import serve

CHROMIUM = os.environ.get("CHECKOUT_AUDIT_CHROMIUM", "/usr/lib/chromium/chromium")
PRODUCT_PATH = "/catalogue/tshirt-lin-homme_5/"


@pytest.fixture(scope="module")
def shops():
    apps = {"oscar_guest": oscar_guest.make_app(), "oscar_account": oscar_account.make_app()}
    served = {name: serve(name, app) for name, app in apps.items()}
    started = time.monotonic()
    try:
        for app in apps.values():
            app.wait_ready()
        print(f"Oscar shops ready in {time.monotonic() - started:.1f} s:",
              {name: app.info for name, app in apps.items()})
        yield served
    finally:
        for name, shop in served.items():
            shop.stop()
            apps[name].close()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A tiny urllib client with cookies, no redirect following."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        cookies = urllib.request.HTTPCookieProcessor(CookieJar())
        self.opener = urllib.request.build_opener(cookies, _NoRedirect)

    def request(self, path: str, data: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            response = self.opener.open(urllib.request.Request(self.base + path, data=body), timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        return response.status, dict(response.headers), response.read().decode("utf-8")

    def add_to_basket(self) -> None:
        _, _, page = self.request(PRODUCT_PATH)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form_action = re.search(r'id="add_to_basket_form" action="([^"]+)"', page).group(1)
        status, headers, _ = self.request(form_action, {"csrfmiddlewaretoken": token, "quantity": "1"})
        assert status == 302, status


def stats(shop) -> dict:
    with urllib.request.urlopen(shop.url + "__fixture/stats", timeout=30) as response:
        return json.loads(response.read())


def test_key_pages_in_french(shops):
    for name, shop in shops.items():
        client = Browser(shop.url)
        status, headers, _ = client.request("/")
        assert (status, headers["Location"]) == (302, "/catalogue/")
        status, _, home = client.request("/catalogue/")
        assert status == 200
        assert '<html lang="fr"' in home and "La Boutique du Lin" in home
        # Oscar lists the newest product first: the out-of-stock one.
        first = home.index("product_pod")
        assert "Drap housse en lin" in home[first:first + 1500]
        assert "Non disponible" in home[first:first + 3000]
        assert "29,90\xa0€" in home and 'href="/livraison-retours/"' in home
        status, _, product = client.request(PRODUCT_PATH)
        assert status == 200 and "Ajouter au panier" in product and "35,00\xa0€" in product
        status, _, returns = client.request("/livraison-retours/")
        assert status == 200
        if name == "oscar_guest":
            assert "Retours gratuits sous 30 jours" in returns
        else:
            assert "Vous disposez de 14 jours pour retourner un article" in returns
            assert "les frais de retour sont à votre charge" in returns
        status, _, css = client.request("/static/oscar/css/styles.css")
        assert status == 200 and len(css) > 10_000
        assert stats(shop)["config"] == name.removeprefix("oscar_")


def test_gateway_and_login_wall_over_http(shops):
    guest = Browser(shops["oscar_guest"].url)
    guest.add_to_basket()
    status, _, gateway = guest.request("/checkout/")
    assert status == 200
    assert "Qui êtes-vous ?" in gateway
    assert "Je suis nouveau client et je veux payer en tant qu&#x27;invité" in gateway

    account = Browser(shops["oscar_account"].url)
    account.add_to_basket()
    status, headers, _ = account.request("/checkout/")
    assert (status, headers["Location"]) == (302, "/accounts/login/?next=/checkout/")
    status, _, login = account.request("/accounts/login/?next=/checkout/")
    assert status == 200 and 'name="login-username"' in login and 'name="registration-email"' in login


def _walk_to_basket(page, base: str) -> None:
    page.goto(base)
    assert page.url.endswith("/catalogue/")
    page.get_by_role("link", name="T-shirt en lin").first.click()
    page.wait_for_url(f"**{PRODUCT_PATH}")
    page.get_by_role("button", name="Ajouter au panier").click()
    page.wait_for_load_state()
    page.locator(".alert").get_by_role("link", name="Voir le panier").click()
    page.wait_for_url("**/basket/")
    assert page.get_by_text("T-shirt en lin").first.is_visible()


def _guest_walk(page, base: str) -> list[str]:
    urls = []
    _walk_to_basket(page, base)
    urls.append(page.url)
    page.get_by_role("link", name="Procéder au paiement").click()
    page.wait_for_url("**/checkout/")
    urls.append(page.url)
    page.get_by_label("Mon adresse e-mail est").fill("camille.martin@example.fr")
    assert page.get_by_label("Je suis nouveau client et je veux payer en tant qu'invité").is_checked()
    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**/checkout/shipping-address/")
    urls.append(page.url)
    page.get_by_label("Prénom").fill("Camille")
    page.get_by_label("Nom", exact=True).fill("Martin")
    page.get_by_label("Première ligne d'adresse").fill("12 rue de la Paix")
    page.get_by_label("Ville").fill("Paris")
    page.get_by_label("Code postal").fill("75002")
    page.get_by_label("Numéro de téléphone").fill("06 12 34 56 78")
    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**/checkout/shipping-method/")
    urls.append(page.url)
    assert page.get_by_text("Colissimo à domicile").is_visible()
    relay = page.locator("form", has=page.locator('input[value="point-relais"]'))
    relay.get_by_role("button", name="Choisir cette option").click()
    page.wait_for_url("**/checkout/payment-details/")
    urls.append(page.url)
    for label in ("Carte bancaire", "PayPal", "Virement bancaire"):
        radio = page.get_by_role("radio", name=label)
        assert radio.is_visible(), label
    for logo in ("CB", "Visa", "Mastercard"):
        assert page.get_by_role("img", name=logo, exact=True).is_visible(), logo
    assert page.get_by_role("button", name="Continuer").is_visible()
    assert page.locator("[data-fixture-final]").count() == 0
    return urls


def _account_walk(page, base: str) -> list[str]:
    _walk_to_basket(page, base)
    urls = [page.url]
    page.get_by_role("link", name="Procéder au paiement").click()
    page.wait_for_url("**/accounts/login/?next=/checkout/")
    urls.append(page.url)
    assert page.locator('input[name="login-username"]').is_visible()
    assert page.locator('input[name="registration-email"]').is_visible()
    assert page.get_by_role("button", name="Connexion").first.is_visible()
    return urls


@pytest.mark.e2e
def test_hand_scripted_walks(shops):
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    walked = {}
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        try:
            viewports = {"desktop": {"viewport": {"width": 1366, "height": 768}, "locale": "fr-FR"},
                         "mobile": {**p.devices["Pixel 7"], "locale": "fr-FR"}}
            for viewport, options in viewports.items():
                for name, walk in (("oscar_guest", _guest_walk), ("oscar_account", _account_walk)):
                    context = browser.new_context(**options)
                    page = context.new_page()
                    page.set_default_timeout(15_000)
                    try:
                        walked[(name, viewport)] = walk(page, shops[name].url)
                    finally:
                        context.close()
        finally:
            browser.close()
    print(json.dumps({f"{name} {viewport}": urls for (name, viewport), urls in walked.items()}, indent=1))
    for shop in shops.values():
        counters = stats(shop)
        assert counters["final_button_clicks"] == 0
        assert counters["orders_placed"] == 0
        assert counters["card_numbers_seen"] == 0


def test_safety_counters_do_count():
    """On a throwaway guest shop: the counters the walks assert at zero really move."""
    app = oscar_guest.make_app()
    shop = serve("oscar_guest_counters", app)
    try:
        app.wait_ready()
        client = Browser(shop.url)
        client.add_to_basket()

        def post(path: str, data: dict[str, str]) -> tuple[int, dict[str, str], str]:
            _, _, page = client.request(path)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            return client.request(path, {"csrfmiddlewaretoken": token, **data})

        assert post("/checkout/", {"username": "lea.dubois@example.fr", "options": "anonymous"})[0] == 302
        address = {"first_name": "Léa", "last_name": "Dubois", "line1": "3 place Bellecour", "line4": "Lyon",
                   "postcode": "69002", "country": "FR", "phone_number": "0612345678"}
        assert post("/checkout/shipping-address/", address)[0] == 302
        assert post("/checkout/shipping-method/", {"method_code": "colissimo-domicile"})[0] == 302
        # The payment-details form posts to the preview page (a card number must be counted).
        status, _, preview = post("/checkout/preview/",
                                  {"payment_method": "card", "card_number": "4111 1111 1111 1111"})
        assert status == 200 and 'data-fixture-final="1"' in preview and "sendBeacon" in preview
        status, headers, _ = post("/checkout/preview/", {"action": "place_order"})
        assert (status, headers["Location"]) == (302, "/checkout/thank-you/")
        client.request("/__fixture/final-click", {"beacon": "1"})
        registration = {"registration-email": "hugo.bernard@example.fr", "registration_submit": "1",
                        "registration-password1": "Lin-2024-x!", "registration-password2": "Lin-2024-x!"}
        assert post("/accounts/login/", registration)[0] == 302
        counters = stats(shop)
        assert counters["orders_placed"] == 1
        assert counters["final_button_clicks"] == 1
        assert counters["accounts_created"] == 1
        assert counters["card_numbers_seen"] == 1
    finally:
        shop.stop()
        app.close()
