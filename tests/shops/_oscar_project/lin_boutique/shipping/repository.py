from lin_boutique.shipping.methods import Colissimo, PointRelais
from oscar.apps.shipping import repository


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        # Fresh instances: Colissimo's charge depends on the basket.
        return [Colissimo(), PointRelais()]
