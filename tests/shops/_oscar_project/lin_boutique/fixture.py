"""The safety log of the fixture shop: counters the tests assert stay at zero."""

import threading

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

STATS = {"final_button_clicks": 0, "orders_placed": 0, "accounts_created": 0, "requests": 0,
         "card_numbers_seen": 0, "config": settings.CONFIG}
_LOCK = threading.Lock()


def bump(counter: str, by: int = 1) -> None:
    with _LOCK:
        STATS[counter] += by


def stats_view(request):
    with _LOCK:
        return JsonResponse(dict(STATS))


@csrf_exempt
def final_click_view(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    bump("final_button_clicks")
    return JsonResponse({"ok": True})


def connect_signals() -> None:
    """Count every account created (registration page, gateway "new customer" path, ...)."""
    from django.contrib.auth import get_user_model
    from django.db.models.signals import post_save

    def on_user_saved(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            bump("accounts_created")

    post_save.connect(on_user_saved, sender=get_user_model(), weak=False,
                      dispatch_uid="fixture-accounts-created")
