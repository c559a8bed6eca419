"""Shops that go wrong, for the bad-input tests: each case is its own small WSGI app.

Not discovered as demo shops (the package name starts with '_').
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from tests.shops.kit import ShopApp, html_response, product_svg, redirect

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>{body}</body></html>"""


def page(title: str, body: str, head: str = "") -> str:
    return PAGE.format(title=title, body=body, head=head)


def server_error() -> ShopApp:
    app = ShopApp("http_500")
    app.route("GET", "/", lambda req: html_response(page("Erreur", "<h1>Erreur interne du serveur</h1>"),
                                                    status="500 Internal Server Error"))
    return app


def redirect_loop() -> ShopApp:
    app = ShopApp("redirect_loop")
    app.route("GET", "/", lambda req: redirect("/boutique"))
    app.route("GET", "/boutique", lambda req: redirect("/"))
    return app


def not_a_shop() -> ShopApp:
    app = ShopApp("not_a_shop")
    body = ("<header><a href='/'>Le blog de Camille</a> <a href='/a-propos'>À propos</a></header>"
            "<main><h1>Mes randonnées dans le Vercors</h1><p>Récit de voyage, photos et conseils.</p>"
            "<a href='/article/col-de-la-croix'>Lire l'article</a></main>")
    app.route("GET", "/", lambda req: html_response(page("Le blog de Camille", body)))
    app.route("GET", "/a-propos", lambda req: html_response(page("À propos", "<h1>À propos</h1>")))
    app.route("GET", "/article/col-de-la-croix", lambda req: html_response(page("Col", "<h1>Col de la Croix</h1>")))
    return app


def no_add_to_cart() -> ShopApp:
    """A shop whose products can only be bought in store: no add-to-cart button anywhere."""
    app = ShopApp("no_add_to_cart")
    home = ("<header><a href='/'>Maison Bérard</a> <a href='/panier'>Panier (0)</a></header><main><h1>Nos meubles</h1>"
            "<ul class='products'><li class='product'><a href='/produit/fauteuil-club'>"
            f"<img src='{product_svg('Fauteuil')}' width='300' height='300' alt='Fauteuil club'>Fauteuil club</a>"
            "<span class='price'>890,00 €</span></li></ul></main>")
    ld = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": "Fauteuil club",
                     "offers": {"@type": "Offer", "price": "890.00", "priceCurrency": "EUR",
                                "availability": "https://schema.org/InStoreOnly"}})
    product = ("<header><a href='/'>Maison Bérard</a> <a href='/panier'>Panier (0)</a></header><main>"
               f"<h1>Fauteuil club</h1><img src='{product_svg('Fauteuil')}' width='500' height='500' alt=''>"
               "<p class='price'>890,00 €</p><p>Disponible uniquement en magasin : venez l'essayer à Lyon.</p>"
               "<a href='/magasins'>Trouver un magasin</a></main>")
    app.route("GET", "/", lambda req: html_response(page("Maison Bérard", home)))
    app.route("GET", "/produit/fauteuil-club", lambda req: html_response(
        page("Fauteuil club", product, f"<script type='application/ld+json'>{ld}</script>")))
    return app


def bot_wall() -> ShopApp:
    """A challenge page like the ones bot-protection services serve (403, 'Just a moment...')."""
    app = ShopApp("bot_wall")
    body = ("<div class='main-wrapper'><h1>127.0.0.1</h1><h2>Checking your browser before accessing the site.</h2>"
            "<p>Just a moment...</p><p>Please enable JavaScript and cookies to continue.</p></div>")
    app.route("GET", "/", lambda req: html_response(page("Just a moment...", body), status="403 Forbidden"))
    return app


def captcha() -> ShopApp:
    """A captcha interstitial: an iframe from a captcha service path, little else."""
    app = ShopApp("captcha")
    body = ("<h1>Vous êtes un robot ?</h1><p>Nous avons détecté une activité suspecte. Merci de résoudre le captcha.</p>"
            "<iframe src='/captcha-delivery/captcha?initialCid=xyz' title='DataDome CAPTCHA' width='400' height='300'>"
            "</iframe>")
    app.route("GET", "/", lambda req: html_response(page("Vérification de sécurité", body)))
    app.route("GET", "/captcha-delivery/captcha", lambda req: html_response(page("captcha", "<div>Glissez</div>")))
    return app


def never_settles() -> Callable[[dict[str, Any], Callable], Iterable[bytes]]:
    """Sends the start of a page, then nothing for a long time: the document never finishes loading."""

    def app(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/__fixture/stats":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b"{}"]
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])

        def body() -> Iterable[bytes]:
            yield b"<!doctype html><html lang='fr'><head><title>Chargement</title></head><body><h1>Bienvenue"
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                time.sleep(0.5)
                yield b" "

        return body()

    return app


CASES: dict[str, Callable[[], Any]] = {
    "http_500": server_error,
    "redirect_loop": redirect_loop,
    "not_a_shop": not_a_shop,
    "no_add_to_cart": no_add_to_cart,
    "bot_wall": bot_wall,
    "captcha": captcha,
    "never_settles": never_settles,
}
