from urllib.parse import quote

from django.conf import settings

from tests.shops.kit import FINAL_BUTTON_SPY

_LOGO_COLOURS = {"CB": ("#1b4f9c", "#fff"), "Visa": ("#1a1f71", "#f7b600"), "Mastercard": ("#222", "#f79e1b")}


def _logo(name: str) -> dict[str, str]:
    background, ink = _LOGO_COLOURS.get(name, ("#555", "#fff"))
    if name == "Mastercard":
        mark = ("<circle cx='19' cy='15' r='9' fill='#eb001b'/><circle cx='29' cy='15' r='9' fill='#f79e1b' "
                "fill-opacity='0.85'/>")
    else:
        mark = (f"<text x='24' y='20' font-family='Arial' font-size='11' font-weight='bold' "
                f"text-anchor='middle' fill='{ink}'>{name}</text>")
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='30' viewBox='0 0 48 30'>"
        f"<rect width='48' height='30' rx='4' fill='{background}'/>{mark}</svg>"
    )
    return {"alt": name, "src": "data:image/svg+xml," + quote(svg)}


def fixture(request):
    options = [{**option, "logo_images": [_logo(name) for name in option["logos"]]}
               for option in settings.FIXTURE_PAYMENT_OPTIONS]
    return {
        "fixture_payment_options": options,
        "fixture_returns": settings.FIXTURE_RETURNS,
        "fixture_final_button_spy": FINAL_BUTTON_SPY,
    }
