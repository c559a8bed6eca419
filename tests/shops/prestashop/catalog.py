"""Catalogue, carriers and payment modules of the PrestaShop fixture shop."""

from __future__ import annotations

from dataclasses import dataclass

from .. import kit

SHOP_NAME = "Atelier Colibri"
PHONE = "04 78 42 18 90"
FREE_SHIPPING_CENTS = 6000

# id_category, link_rewrite, name
CATEGORIES = [
    (3, "vetements", "Vêtements"),
    (4, "hommes", "Hommes"),
    (5, "femmes", "Femmes"),
    (6, "accessoires", "Accessoires"),
    (8, "maison", "Maison"),
]
CATEGORY_BY_SLUG = {slug: (cid, name) for cid, slug, name in CATEGORIES}

# PrestaShop demo attribute ids for the "Taille" group (id_attribute_group = 1)
SIZE_IDS = {"S": 1, "M": 2, "L": 3, "XL": 4}


def _sizes(*sold_out: str) -> list[kit.Variant]:
    return [kit.Variant(label, label not in sold_out) for label in SIZE_IDS]


@dataclass
class PsProduct:
    product: kit.Product
    category: str
    color: str
    reference: str

    @property
    def id(self) -> int:
        return self.product.id

    def url(self, size: str | None = None) -> str:
        p = self.product
        if size:
            ipa = self.ipa(size)
            return f"/{self.category}/{p.id}-{ipa}-{p.slug}.html#/{SIZE_IDS[size]}-taille-{size.lower()}"
        return f"/{self.category}/{p.id}-{p.slug}.html"

    def ipa(self, size: str | None) -> int:
        """id_product_attribute of a combination (0 when the product has none)."""
        if not size:
            return 0
        return self.product.id * 10 + SIZE_IDS[size]

    def size_of(self, ipa: int) -> str | None:
        for label, aid in SIZE_IDS.items():
            if self.product.id * 10 + aid == ipa:
                return label
        return None

    def size_in_stock(self, size: str | None) -> bool:
        if not self.product.in_stock:
            return False
        if not self.product.sizes:
            return True
        return any(v.label == size and v.in_stock for v in self.product.sizes)


PRODUCTS = [
    PsProduct(kit.Product(1, "t-shirt-imprime-colibri", "T-shirt imprimé colibri", 1990, in_stock=False,
                          sizes=_sizes(), description="T-shirt en coton bio, coupe droite, imprimé colibri "
                          "sérigraphié à la main dans notre atelier lyonnais."), "hommes", "#b9d7c8", "demo_1"),
    PsProduct(kit.Product(2, "pull-imprime-ours-brun", "Pull imprimé ours brun", 3590, sizes=_sizes("XL"),
                          description="Pull en maille douce 100 % coton, col rond, imprimé ours brun."),
              "femmes", "#c9a27e", "demo_2"),
    PsProduct(kit.Product(3, "sweat-a-capuche-renard", "Sweat à capuche renard", 4990, sizes=_sizes("S"),
                          description="Sweat molletonné à capuche, poche kangourou, broderie renard."),
              "hommes", "#e3a36b", "demo_3"),
    PsProduct(kit.Product(4, "mug-the-best-is-yet-to-come", "Mug The best is yet to come", 1190,
                          description="Mug en céramique blanche 32 cl, passe au lave-vaisselle."),
              "maison", "#e8e1d3", "demo_4"),
    PsProduct(kit.Product(5, "affiche-encadree-the-adventure-begins", "Affiche encadrée The adventure begins",
                          2900, description="Affiche imprimée sur papier mat 200 g, cadre en chêne 40 x 60 cm."),
              "maison", "#9fb7c9", "demo_5"),
    PsProduct(kit.Product(6, "coussin-ours-brun", "Coussin ours brun", 1890,
                          description="Coussin 45 x 45 cm, housse en lin lavé, garnissage inclus."),
              "maison", "#d8c3a5", "demo_6"),
    PsProduct(kit.Product(7, "carnet-de-notes-renard", "Carnet de notes renard", 1290,
                          description="Carnet A5 120 pages lignées, couverture rigide."),
              "accessoires", "#f0c987", "demo_7"),
    PsProduct(kit.Product(8, "tote-bag-colibri", "Tote bag colibri", 1590,
                          description="Sac en toile de coton épaisse, anses longues, imprimé colibri."),
              "accessoires", "#a7c4a0", "demo_8"),
]
PRODUCT_BY_ID = {p.id: p for p in PRODUCTS}


@dataclass
class Carrier:
    id: int
    name: str
    delay: str
    price_cents: int
    free_over_threshold: bool = False

    def cost(self, subtotal_cents: int) -> int:
        if self.free_over_threshold and subtotal_cents >= FREE_SHIPPING_CENTS:
            return 0
        return self.price_cents

    def label(self, subtotal_cents: int) -> str:
        cost = self.cost(subtotal_cents)
        return "Gratuit" if cost == 0 else f"{kit.euros(cost)} TTC"


CARRIERS = [
    Carrier(1, "Retrait en boutique", "Retrait sous 24h dans notre boutique de Lyon 2e", 0),
    Carrier(2, "Colissimo", "Livraison en 48h", 490, free_over_threshold=True),
    Carrier(3, "Mondial Relay", "Livraison en point relais sous 3 à 5 jours", 390, free_over_threshold=True),
    Carrier(4, "Chronopost", "Livraison express en 24h", 990),
]
CARRIER_BY_ID = {c.id: c for c in CARRIERS}
DEFAULT_CARRIER = 2
