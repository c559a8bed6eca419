"""Builds the shop's database: Oscar's migrations, then a small French catalogue."""

import io
import time
from decimal import Decimal as D

from django.contrib.sites.models import Site
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model

# (slug, title, category, price, stock, colour, description) - the first one is out of stock and the
# newest product, so Oscar's catalogue (newest first) shows it first.
PRODUCTS = [
    ("taie-oreiller-lin-lave", "Taie d'oreiller en lin lavé", "Linge de lit > Taies d'oreiller",
     "24.90", 40, "#d8c9b4", "Taie d'oreiller 65 × 65 cm en lin lavé, fermeture portefeuille."),
    ("housse-de-couette-lin", "Housse de couette en lin lavé", "Linge de lit > Housses de couette",
     "129.00", 12, "#b9c4c9", "Housse de couette 240 × 220 cm en lin 100 % européen, lavé à la pierre."),
    ("nappe-lin-naturel", "Nappe en lin naturel", "Linge de table",
     "79.00", 8, "#e3d5c0", "Nappe 160 × 250 cm, lin naturel tissé dans le Nord."),
    ("serviettes-de-table-lin", "Serviettes de table en lin (lot de 4)", "Linge de table",
     "29.90", 25, "#c8b59a", "Quatre serviettes 45 × 45 cm, ourlet plat, coloris sable."),
    ("tshirt-lin-homme", "T-shirt en lin", "Vêtements",
     "35.00", 30, "#9fb3a2", "T-shirt col rond en jersey de lin, coupe droite."),
    ("drap-housse-lin-lave", "Drap housse en lin lavé", "Linge de lit > Draps",
     "59.00", 0, "#cbb8a9", "Drap housse 160 × 200 cm, bonnet 30 cm. Victime de son succès."),
]


def _png(label: str, colour: str) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 600), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((150, 150, 450, 450), outline="#ffffff", width=6)
    draw.text((190, 290), label[:28], fill="#333333")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def build() -> dict[str, float]:
    """Migrate the (empty) database named in the settings and load the catalogue; returns timings."""
    timings = {}
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    timings["migrate_s"] = round(time.monotonic() - started, 2)
    started = time.monotonic()
    with transaction.atomic():
        _load_catalogue()
    timings["catalogue_s"] = round(time.monotonic() - started, 2)
    return timings


def _load_catalogue() -> None:
    Site.objects.update_or_create(id=1, defaults={"domain": "127.0.0.1", "name": "La Boutique du Lin"})
    Country = get_model("address", "Country")
    Country.objects.update_or_create(
        iso_3166_1_a2="FR",
        defaults={"iso_3166_1_a3": "FRA", "iso_3166_1_numeric": "250", "printable_name": "France",
                  "name": "République française", "display_order": 1, "is_shipping_country": True},
    )
    ProductClass = get_model("catalogue", "ProductClass")
    Product = get_model("catalogue", "Product")
    ProductCategory = get_model("catalogue", "ProductCategory")
    ProductImage = get_model("catalogue", "ProductImage")
    Partner = get_model("partner", "Partner")
    StockRecord = get_model("partner", "StockRecord")

    product_class = ProductClass.objects.create(name="Linge de maison", slug="linge-de-maison",
                                                requires_shipping=True, track_stock=True)
    partner = Partner.objects.create(name="La Boutique du Lin", code="boutique-du-lin")
    for index, (slug, title, breadcrumbs, price, stock, colour, description) in enumerate(PRODUCTS):
        category = create_from_breadcrumbs(breadcrumbs)
        product = Product.objects.create(product_class=product_class, title=title, slug=slug,
                                         description=f"<p>{description}</p>", structure="standalone")
        ProductCategory.objects.create(product=product, category=category)
        StockRecord.objects.create(product=product, partner=partner, partner_sku=f"LIN-{index + 1:03d}",
                                   price_currency="EUR", price=D(price), num_in_stock=stock)
        image = ProductImage(product=product, caption=title, display_order=0)
        image.original.save(f"{slug}.png", ContentFile(_png(title, colour)), save=False)
        image.save()
