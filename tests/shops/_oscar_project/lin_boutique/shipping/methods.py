from decimal import Decimal as D

from oscar.apps.shipping.methods import *  # noqa: F401,F403 - fork: keep Oscar's methods
from oscar.apps.shipping.methods import FixedPrice
from oscar.core import prices

FREE_SHIPPING_FROM = D("60.00")


class Colissimo(FixedPrice):
    code = "colissimo-domicile"
    name = "Colissimo à domicile"
    description = "Livraison en 48 h ouvrées, offerte dès 60 € d'achat"
    charge_excl_tax = D("4.90")
    charge_incl_tax = D("4.90")

    def calculate(self, basket):
        if basket.total_incl_tax >= FREE_SHIPPING_FROM:
            return prices.Price(currency=basket.currency, excl_tax=D("0.00"), incl_tax=D("0.00"))
        return super().calculate(basket)


class PointRelais(FixedPrice):
    code = "point-relais"
    name = "Retrait en point relais"
    description = "Livraison en 3 à 5 jours ouvrés dans l'un de nos 7 000 points relais"
    charge_excl_tax = D("3.50")
    charge_incl_tax = D("3.50")
