"""Hand-scripted walks (fixed selectors, no discovery) of two fixture shops: the benchmark's baseline.

They follow the same path as the generic walk (home → product → cart → checkout → payment), pause
the same time before each action and take a full-page screenshot per step, so that the comparison
measures what discovery costs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any


class Script:
    def __init__(self, page: Any, pause_s: float, shots: Path) -> None:
        self.page = page
        self.pause_s = pause_s
        self.shots = shots
        self.count = 0
        shots.mkdir(parents=True, exist_ok=True)

    async def step(self) -> None:
        await self.page.wait_for_load_state("load")
        await self.page.screenshot(
            path=str(self.shots / f"{self.count:02d}.jpg"), full_page=True, type="jpeg", quality=70, scale="css"
        )
        self.count += 1

    async def click(self, selector: str) -> None:
        await asyncio.sleep(self.pause_s)
        await self.page.click(selector)

    async def fill(self, selector: str, value: str) -> None:
        await self.page.fill(selector, value)


async def prestashop(page: Any, base: str, pause_s: float, shots: Path) -> None:
    s = Script(page, pause_s, shots)
    await page.goto(base + "/")
    await s.step()
    await s.click("#tarteaucitronPersonalize2")
    await asyncio.sleep(pause_s)
    await page.goto(base + "/femmes/2-pull-imprime-ours-brun.html")
    await s.step()
    await page.select_option("#group_1", "2")
    await page.wait_for_selector("button.add-to-cart:not([disabled])")
    await s.click("button.add-to-cart")
    await page.wait_for_selector("#blockcart-modal.in")
    await s.step()
    await s.click("#blockcart-modal a.btn-primary")
    await page.wait_for_url("**/commande")
    await s.step()
    await page.check("#customer-form input[name='customer_privacy']")
    await page.check("#customer-form input[name='psgdpr']")
    await s.fill("#customer-form input[name='firstname']", "Camille")
    await s.fill("#customer-form input[name='lastname']", "Martin")
    await s.fill("#customer-form input[name='email']", "camille.martin.audit@example.com")
    await s.click("#customer-form button[name='continue']")
    await page.wait_for_selector("#checkout-addresses-step.-current")
    await s.step()
    await s.fill(".js-address-form input[name='address1']", "12 rue des Essais")
    await s.fill(".js-address-form input[name='postcode']", "69002")
    await s.fill(".js-address-form input[name='city']", "Lyon")
    await s.fill(".js-address-form input[name='phone']", "0612345678")
    await s.click(".js-address-form button[name='confirm-addresses']")
    await page.wait_for_selector("#checkout-delivery-step.-current")
    await s.step()
    await s.click("#js-delivery button[name='confirmDeliveryOption']")
    await page.wait_for_selector("#checkout-payment-step.-current .payment-options")
    await s.step()


async def woocommerce(page: Any, base: str, pause_s: float, shots: Path) -> None:
    s = Script(page, pause_s, shots)
    await page.goto(base + "/")
    await page.locator(".axeptio_mount .axeptio_widget").wait_for(state="visible")
    await s.step()
    await s.click("button#axeptio_btn_acceptAll")
    await asyncio.sleep(pause_s)
    await page.goto(base + "/produit/sweat-a-capuche/")
    await s.step()
    await page.select_option("select#pa_taille", "m")
    await page.wait_for_function("!document.querySelector('.single_add_to_cart_button').classList.contains('disabled')")
    await s.click("button.single_add_to_cart_button")
    await page.locator(".woocommerce-message").wait_for()
    await s.step()
    await s.click(".woocommerce-message a.wc-forward")
    await page.wait_for_url("**/panier/")
    await s.step()
    await s.click("a.checkout-button")
    await page.wait_for_url("**/commande/")
    await page.locator("#payment ul.wc_payment_methods").wait_for()
    for field, value in (
        ("#billing_first_name", "Camille"),
        ("#billing_last_name", "Martin"),
        ("#billing_address_1", "12 rue des Essais"),
        ("#billing_postcode", "69002"),
        ("#billing_city", "Lyon"),
        ("#billing_phone", "0612345678"),
        ("#billing_email", "camille.martin.audit@example.com"),
    ):
        await s.fill(field, value)
    await s.step()


SCRIPTED: dict[str, Callable[[Any, str, float, Path], Awaitable[None]]] = {
    "prestashop": prestashop,
    "woocommerce": woocommerce,
}
