from django.shortcuts import render
from lin_boutique.fixture import bump
from oscar.apps.checkout.views import PaymentDetailsView as OscarPaymentDetailsView

PAGES = {
    "cgv": {
        "title": "Conditions générales de vente",
        "body": [
            "Les présentes conditions générales de vente régissent les ventes conclues sur le site "
            "de La Boutique du Lin, SAS au capital de 10 000 €, 12 rue des Tisserands, 59000 Lille.",
            "Les prix sont indiqués en euros toutes taxes comprises. Le contrat de vente est conclu "
            "lors de la validation de la commande.",
            "Droit de rétractation : conformément à l'article L221-18 du Code de la consommation, "
            "vous disposez d'un délai de 14 jours pour exercer votre droit de rétractation.",
        ],
    },
    "contact": {
        "title": "Nous contacter",
        "body": [
            "Notre service client répond du lundi au vendredi, de 9 h à 18 h.",
            "E-mail : bonjour@boutique-du-lin.example — Téléphone : 03 20 00 00 00 (appel non surtaxé).",
        ],
    },
}


def content_page(request, slug):
    return render(request, "lin_boutique/page.html", {"page": PAGES[slug]})


def returns_page(request):
    return render(request, "lin_boutique/returns.html")


class PaymentDetailsView(OscarPaymentDetailsView):
    """Oscar's view, counting "Passer commande" submissions: the crawler must never get there."""

    def handle_place_order_submission(self, request):
        bump("orders_placed")
        return super().handle_place_order_submission(request)
