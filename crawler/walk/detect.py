"""Recognisers that turn what a page shows into named facts (payment methods, providers,
consent managers, bot walls, return-policy terms). They name what is there; they do not judge it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crawler.items import Evidence, PaymentMarker
from crawler.schema import payment_methods
from crawler.text import norm

PAYMENT_METHODS = payment_methods()  # the contract's own list (crawler/schema)

# Method markers on normalised text (labels, alt texts, section texts) ...
METHOD_TEXT: dict[str, re.Pattern[str]] = {
    "card": re.compile(
        r"carte (bancaire|de credit|de paiement|cb|bleue)|\bcb\b|credit card|debit card|"
        r"\bvisa\b|mastercard|paiement par carte|payer par carte|american express|\bamex\b|"
        r"\bcartes? bancaires?\b|card payment|pay by card|\bcarte\b"
    ),
    "paypal": re.compile(r"paypal"),
    "pay_in_3x": re.compile(
        r"\b3 ?x\b|\bx ?3\b|\b3 fois|trois fois|3 (versements|mensualites|echeances)|3xcb|"
        r"\b3 ou 4 ?(x|fois)|\b3x ou 4x"
    ),
    "pay_in_4x": re.compile(
        r"\b4 ?x\b|\bx ?4\b|\b4 fois|quatre fois|4 (versements|mensualites|echeances)|4xcb|"
        r"\b3 ou 4 ?(x|fois)|\b3x ou 4x|pay in 4|\bin 4 (interest|payments)"
    ),
    "pay_later": re.compile(
        r"payer (plus tard|dans 30 jours|en 30 jours|a 30 jours)|pay later|paiement differe|"
        r"pay in 30 days|paiement a 30 jours"
    ),
    "paylib": re.compile(r"paylib"),
    "wero": re.compile(r"\bwero\b"),
    "apple_pay": re.compile(r"apple ?pay|apple-pay|applepay"),
    "google_pay": re.compile(r"google ?pay|\bg ?pay\b|google-pay|pay\.google\.com"),
    "bank_transfer": re.compile(r"virement|bank transfer|wire transfer|\bbacs\b|bank wire|bankwire"),
}
# ... and in markup (script URLs, iframe names, custom elements, selectors).
METHOD_MARKUP: dict[str, re.Pattern[str]] = {
    "card": re.compile(
        r"__privatestripeframe|encryptedcardnumber|kr-embedded|kr-pan|js\.stripe\.com|adyen|"
        r"card-fields|cardnumber|card-number|payzen|systempay|lyra|monetico|sips|hipay|payplug|mollie"
    ),
    "paypal": re.compile(r"paypal|data-pp-message"),
    "apple_pay": re.compile(r"apple-pay|applepay|apple_pay"),
    "google_pay": re.compile(r"google-pay|gpay|pay\.google\.com|googlepay|google_pay"),
}
PROVIDERS: dict[str, re.Pattern[str]] = {
    "oney": re.compile(r"\boney\b|oneycta|oney_type|oney-versions"),
    "alma": re.compile(r"\balma\b|alma-widget|@alma/|alma\.eu|alma-payment"),
    "klarna": re.compile(r"klarna"),
    "scalapay": re.compile(r"scalapay"),
    "floa": re.compile(r"\bfloa\b|floapay|floa-"),
    "cofidis": re.compile(r"cofidis"),
    "younited": re.compile(r"younited"),
    "pledg": re.compile(r"\bpledg\b"),
    "paypal": re.compile(
        r"paypal (4 ?x|en 4 fois|pay in 4|paiement en 4)|4 ?x paypal|"
        r"(4 ?x|4 fois)( sans frais)? (avec|par) paypal|data-pp-message"
    ),
}
# What a control's surroundings (name, id, ancestors' ids and classes) say it belongs to.
SHIPPING_CONTEXT = re.compile(r"shipping|livraison|delivery|carrier|transporteur|expedition")
PAYMENT_CONTEXT = re.compile(r"pay|paiement|method|moyen|module")


def radio_context(radio: dict[str, Any]) -> str:
    return norm(f"{radio.get('name')} {radio.get('id')} {radio.get('context')}")


def is_payment_radio(radio: dict[str, Any]) -> bool:
    """A radio of a payment-method group (not a delivery option)."""
    ctx = radio_context(radio)
    return bool(PAYMENT_CONTEXT.search(ctx)) and not SHIPPING_CONTEXT.search(ctx)


def is_delivery_radio(radio: dict[str, Any]) -> bool:
    """A radio of a delivery-option group (not a payment method)."""
    ctx = radio_context(radio)
    return bool(SHIPPING_CONTEXT.search(ctx)) and not re.search(r"payment|paiement", norm(radio.get("name")))


INSTALMENT_CONTEXT = re.compile(
    r"\b[34] ?x\b|\b[34] fois|plusieurs fois|versements|mensualites|echeances|"
    r"pay in [34]|sans frais|instal"
)


@dataclass
class Seen:
    """One piece of page content to classify, with where it was."""

    text: str
    source: str
    selector: str | None = None
    box: list[float] | None = None


def _methods_in(text: str, markup: bool) -> set[str]:
    table = METHOD_MARKUP if markup else METHOD_TEXT
    return {method for method, pattern in table.items() if pattern.search(text)}


def _providers_in(text: str) -> set[str]:
    found = {name for name, pattern in PROVIDERS.items() if pattern.search(text)}
    # "paypal" as a BNPL provider only with an instalment context; plain PayPal is a wallet.
    if "paypal" in found and not INSTALMENT_CONTEXT.search(text) and "data-pp-message" not in text:
        found.discard("paypal")
    return found


def payment_markers(facts: dict[str, Any], step: int, stage: str, scope: str) -> list[PaymentMarker]:
    """Payment methods and providers shown on a page.

    scope "payment": only what sits in payment-like areas (radios of payment groups, payment sections,
    payment widgets, card iframes, express buttons). scope "advert": anything on the page, footer logos
    included, to know what is advertised before the checkout.
    """
    url = facts.get("url")
    items: list[Seen] = []
    for radio in facts.get("radios", []):
        ctx = radio_context(radio)
        label = norm(" ".join([radio.get("label") or "", *radio.get("imgs", []), radio.get("value") or ""]))
        names_a_method = _methods_in(label, markup=False) or _providers_in(label)
        if scope == "advert" or PAYMENT_CONTEXT.search(ctx) or names_a_method:
            if scope == "payment" and SHIPPING_CONTEXT.search(ctx):
                continue
            items.append(Seen(label, "radio", radio.get("selector"), radio.get("box")))
    for button in facts.get("buttons", []):
        # Wallet buttons often show a logo and name themselves only in aria-label ("Apple Pay").
        blob = norm(f"{button.get('aria')} {button.get('text')} {button.get('id')} {button.get('cls')}")
        if re.search(r"apple ?pay|google ?pay|g ?pay|paypal|shop ?pay|klarna|alma|scalapay|oney", blob) and (
            scope == "advert" or re.search(r"express|wallet|payment|paiement|checkout", norm(button.get("context")))
        ):
            items.append(Seen(blob, "button", button.get("selector"), button.get("box")))
    for section in facts.get("sections", []):
        key = section.get("key", "")
        if re.search(r"payment|paiement|payer|express", key) and not re.search(r"shipping|livraison|delivery", key):
            items.append(Seen(norm(section.get("text")), "section", section.get("selector"), section.get("box")))
    for marker in facts.get("markers", []):
        if marker.get("visible") or scope == "advert":
            blob = norm(f"{marker.get('tag')} {marker.get('attrs')} {marker.get('text')}")
            items.append(Seen(blob, "widget", marker.get("selector"), marker.get("box")))
    for frame in facts.get("iframes", []):
        blob = norm(f"{frame.get('src')} {frame.get('name')} {frame.get('title')}")
        if frame.get("visible") or scope == "advert":
            items.append(Seen(blob, "iframe", None, None))
    for tag in facts.get("custom_tags", {}):
        if re.search(r"pay|klarna|scalapay|alma|oney", tag):
            items.append(Seen(tag, "widget", tag, None))
    if scope == "advert":
        for image in facts.get("images", []):
            items.append(
                Seen(norm(f"{image.get('alt')} {image.get('title')} {image.get('src')}"), "img", None, image.get("box"))
            )
        for script_url in facts.get("scripts", []):
            if _providers_in(norm(script_url)):
                items.append(Seen(norm(script_url), "script"))
        text = norm(facts.get("text"))
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if INSTALMENT_CONTEXT.search(sentence) or _providers_in(sentence) or "paypal" in sentence:
                items.append(Seen(sentence[:200], "text"))
    markers: list[PaymentMarker] = []
    for seen in items:
        is_markup = seen.source in ("iframe", "script", "widget")
        methods = _methods_in(seen.text, markup=False) | (_methods_in(seen.text, markup=True) if is_markup else set())
        providers = _providers_in(seen.text)
        if providers - {"paypal"} and not methods & {"pay_in_3x", "pay_in_4x", "pay_later"}:
            # A BNPL provider's widget is an instalment offer even when the count is not written.
            methods.add("pay_in_4x" if "scalapay" in providers or "klarna" in providers else "pay_in_3x")
        if seen.source == "section" and len(seen.text) > 600:
            # Long section texts (a whole checkout column) only count for explicit method names.
            methods &= {"paypal", "paylib", "wero", "apple_pay", "google_pay", "bank_transfer", "card"}
        evidence = Evidence(
            step=step,
            stage=stage,
            url=url,
            text=seen.text[:200],
            selector=seen.selector,
            source=seen.source,
            box=seen.box,
        )
        for method in sorted(methods):
            provider = next(iter(sorted(providers)), None) if method.startswith("pay_") else None
            markers.append(PaymentMarker(method=method, provider=provider, evidence=evidence))
        for provider in sorted(providers):
            if not methods:
                markers.append(PaymentMarker(method=None, provider=provider, evidence=evidence))
    return markers


def payment_options_visible(facts: dict[str, Any]) -> bool:
    """True when the page shows payment options a shopper can choose from."""
    for radio in facts.get("radios", []):
        ctx = radio_context(radio)
        if re.search(r"payment|paiement", ctx) and not SHIPPING_CONTEXT.search(ctx):
            return True
        if _methods_in(norm(radio.get("label")), markup=False) - {"card"} and not SHIPPING_CONTEXT.search(ctx):
            return True
    for frame in facts.get("iframes", []):
        if frame.get("visible") and METHOD_MARKUP["card"].search(norm(f"{frame.get('src')} {frame.get('name')}")):
            return True
    for section in facts.get("sections", []):
        key = section.get("key", "")
        if re.search(r"payment|paiement", key) and not re.search(r"shipping|livraison|summary|recap", key):
            text = norm(section.get("text"))
            if section.get("radios", 0) >= 1 and _methods_in(text, markup=False):
                return True
    return False


def express_buttons(facts: dict[str, Any], step: int, stage: str) -> list[Evidence]:
    """Express checkout buttons (Apple Pay, Google Pay, PayPal, Shop Pay...) shown on the page."""
    found: list[Evidence] = []
    for marker in facts.get("markers", []):
        sel = marker.get("selector", "")
        if not marker.get("visible"):
            continue
        if re.search(
            r"shopify-payment-button|additional-checkout-buttons|express|apple-pay|gpay|google-pay|"
            r"paypal-button|data-funding-source|paypal-buttons",
            sel,
        ):
            found.append(
                Evidence(
                    step=step,
                    stage=stage,
                    url=facts.get("url"),
                    text=marker.get("text"),
                    selector=sel,
                    source="widget",
                    box=marker.get("box"),
                )
            )
    for button in facts.get("buttons", []):
        text = norm(button.get("text"))
        if re.search(
            r"^(acheter|payer|buy|pay|check out) (avec|with) |^(apple|google|shop) ?pay$|^paypal$|"
            r"paiement express|express checkout",
            text,
        ):
            found.append(
                Evidence(
                    step=step,
                    stage=stage,
                    url=facts.get("url"),
                    text=button.get("text"),
                    selector=button.get("selector"),
                    source="button",
                    box=button.get("box"),
                )
            )
    return found


# Consent managers: DOM hooks that name the CMP (used when the rule set could not name it).
CMP_HOOKS: dict[str, str] = {
    "didomi": "#didomi-host, #didomi-notice",
    "axeptio": ".axeptio_mount, .axeptio_widget",
    "onetrust": "#onetrust-consent-sdk, #onetrust-banner-sdk",
    "tarteaucitron": "#tarteaucitronRoot, #tarteaucitronAlertBig",
    "cookiebot": "#CybotCookiebotDialog",
    "sirdata": "#sd-cmp",
    "usercentrics": "#usercentrics-root, #usercentrics-cmp-ui",
    "commanders_act": "#footer_tc_privacy, #privacy-iframe",
    "complianz": "#cmplz-cookiebanner-container, .cmplz-cookiebanner",
    "cookieyes": ".cky-consent-container, #cookie-law-info-bar",
    "iubenda": "#iubenda-cs-banner",
    "quantcast": ".qc-cmp2-container",
    "consentmanager": "#cmpbox",
    "shopify": "#shopify-pc__banner",
}


def cmp_name(raw: str | None) -> str | None:
    """Our lowercase name for a consent manager named by the rule set ('Cybotcookiebot' -> 'cookiebot')."""
    if not raw:
        return None
    key = norm(raw)
    for name in (
        "didomi",
        "axeptio",
        "onetrust",
        "tarteaucitron",
        "cookiebot",
        "sirdata",
        "usercentrics",
        "complianz",
        "cookieyes",
        "iubenda",
        "quantcast",
        "consentmanager",
        "klaro",
        "sourcepoint",
        "trustarc",
        "osano",
        "termly",
        "cookiefirst",
        "borlabs",
        "moove",
        "cookie-notice",
        "shopify",
    ):
        if name in key:
            return name
    if "cybot" in key:
        return "cookiebot"
    if "commanders" in key or "trustcommander" in key or "tagcommander" in key:
        return "commanders_act"
    return re.sub(r"[^a-z0-9]+", "_", key).strip("_") or None


BOT_WALL_TEXT = re.compile(
    r"just a moment|checking your browser|verify(ing)? you are (a )?human|verification (que vous etes|de securite)|"
    r"attention required|access denied|acces refuse|pardon our interruption|press (&|and) hold|incapsula incident|"
    r"request unsuccessful|are you a robot|etes-vous un robot|vous etes un robot|"
    r"please enable (js|javascript) and cookies|"
    r"unusual traffic|trafic inhabituel|bot protection|ddos protection|activite suspecte"
)
CAPTCHA_MARKUP = re.compile(
    r"recaptcha|hcaptcha|turnstile|captcha-delivery|geo\.captcha|arkoselabs|funcaptcha|"
    r"challenges\.cloudflare|captcha"
)


def bot_wall(facts: dict[str, Any], status: int | None) -> tuple[str, str] | None:
    """('captcha' | 'bot_wall', what was seen) when the page is a challenge instead of the shop."""
    text = norm(f"{facts.get('title')} {facts.get('text', '')[:3000]}")
    frames = " ".join(norm(f"{f.get('src')} {f.get('title')}") for f in facts.get("iframes", []) if f.get("visible"))
    small_page = facts.get("text_length", 0) < 2500 and len(facts.get("links", [])) < 25
    captcha = CAPTCHA_MARKUP.search(frames) or re.search(r"\bcaptcha\b", text)
    wall_text = BOT_WALL_TEXT.search(text)
    if captcha and (small_page or wall_text or (status or 200) in (403, 429, 503)):
        return "captcha", (captcha.group(0) if captcha else "captcha")
    if wall_text and (small_page or (status or 200) in (403, 429, 503)):
        return "bot_wall", wall_text.group(0)
    return None


RETURN_LINK_TEXT = re.compile(
    r"retour|rembours|echange|rétractation|retractation|returns?|refund|livraison et retours|"
    r"satisfait ou rembourse"
)
CGV_LINK_TEXT = re.compile(r"\bcgv\b|conditions generales|conditions de vente|terms|conditions d'utilisation")
DELIVERY_LINK_TEXT = re.compile(r"livraison|delivery|shipping|expedition")
CONTACT_LINK_TEXT = re.compile(r"contact|service client|aide|help|faq|nous joindre|sav")

FREE_RETURNS = re.compile(
    r"retours? (gratuits?|offerts?)|(retour|retours|renvoi) (est |sont )?(gratuit|gratuits|offert|offerts)|"
    r"frais de retour (offerts|gratuits|pris en charge par nos soins|a notre charge|sont offerts)|free returns?|"
    r"retour gratuit|retournez gratuitement|gratuitement (vos|votre|les) (articles?|produits?|commandes?)|"
    r"etiquette de retour (prepayee|gratuite)|retour (est )?a nos frais"
)
PAID_RETURNS = re.compile(
    r"frais de retour (sont |restent |seront )?(a (votre|la) charge|a la charge du client|payants?|factures?)|"
    r"(a la charge|aux frais) (du client|de l'acheteur|du consommateur)|retours? payants?|"
    r"return shipping (costs? )?(is|are) (paid by|at) (the customer|your)|customer pays? (for )?return|"
    r"(cout|couts|frais) du retour (sont |restent )?a votre charge|retour a vos frais|a vos frais"
)
DAYS = re.compile(r"(\d{1,3})\s*(jours|days|j\b)")
RETURN_CONTEXT = re.compile(r"retour|retourner|rembours|changer d'avis|retractation|echange|return|refund|renvoyer")


def return_terms(text: str) -> tuple[bool | None, int | None, str | None]:
    """(free returns, return window in days, the sentence that says so) from a policy text.

    Sentences are cut on the original text (lines and full stops) so that the excerpt is what
    the shop wrote, not a normalised copy.
    """
    raw_sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text or "") if s.strip()]
    sentences = [(raw, norm(raw)) for raw in raw_sentences]
    clean = " ".join(n for _raw, n in sentences)
    free: bool | None = None
    if FREE_RETURNS.search(clean):
        free = True
    elif PAID_RETURNS.search(clean):
        free = False
    days: int | None = None
    excerpt: str | None = None
    for raw, sentence in sentences:
        if not RETURN_CONTEXT.search(sentence):
            continue
        for match in DAYS.finditer(sentence):
            value = int(match.group(1))
            if 7 <= value <= 365 and (days is None or value > days):
                days, excerpt = value, raw[:300]
    if excerpt is None and free is not None:
        pattern = FREE_RETURNS if free else PAID_RETURNS
        excerpt = next((raw[:300] for raw, sentence in sentences if pattern.search(sentence)), None)
    return free, days, excerpt
