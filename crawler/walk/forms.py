"""Checkout forms: name each field by what a shopper reads, and fill it with a fake identity.

Fields are recognised from their autocomplete token, type, name, id, label and placeholder, in
French and English. Passwords are never typed unless an account was explicitly allowed; card
numbers never: card fields are not in this table at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crawler.text import norm


@dataclass(frozen=True)
class Identity:
    """A fake French shopper. Never real data: example.com mail, an invented street."""

    email: str = "camille.martin.audit@example.com"
    given_name: str = "Camille"
    family_name: str = "Martin"
    street: str = "12 rue des Essais"
    postal_code: str = "69002"
    city: str = "Lyon"
    country: str = "France"
    country_code: str = "FR"
    phone: str = "0612345678"
    password: str | None = None  # only set when account creation is explicitly allowed

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


# Field kinds, tried in order; each has (autocomplete tokens, regex on name/id/label/placeholder).
KINDS: list[tuple[str, tuple[str, ...], str]] = [
    ("email", ("email", "username"), r"e-?mail|courriel|adresse electronique|mail"),
    ("password", ("current-password", "new-password"), r"mot de passe|password|passwd"),
    (
        "card",
        ("cc-number", "cc-exp", "cc-csc", "cc-name"),
        r"card ?number|numero de (la )?carte|cardnumber|cc-?num|cvv|cvc|cryptogramme|expiration",
    ),
    ("given_name", ("given-name",), r"first.?name|prenom|given|fname|firstname|first_name"),
    (
        "family_name",
        ("family-name",),
        r"last.?name|nom de famille|family|lname|lastname|surname|last_name|^nom\b|\bnom\b",
    ),
    ("full_name", ("name",), r"full.?name|nom complet|^name$|nom et prenom"),
    ("company", ("organization",), r"company|societe|entreprise|raison sociale"),
    ("address2", ("address-line2",), r"address.?2|address_2|complement|line2|street\[1\]|batiment|appartement"),
    (
        "address1",
        ("address-line1", "street-address"),
        r"address.?1|address_1|street|adresse|\brue\b|address-line1|line1|street\[0\]|^address$|voie",
    ),
    ("postal_code", ("postal-code",), r"post.?code|postal|zip|code postal|\bcp\b|postalcode"),
    ("city", ("address-level2",), r"\bcity\b|ville|locality|commune"),
    ("state", ("address-level1",), r"state|region|province|departement"),
    ("country", ("country", "country-name"), r"country|pays|id_country|country_id"),
    ("phone", ("tel", "tel-national", "mobile"), r"phone|telephone|\btel\b|mobile|portable"),
    ("birthday", ("bday",), r"birth|naissance|anniversaire"),
    ("coupon", (), r"coupon|code promo|bon de reduction|voucher|discount|code de reduction|gift"),
    ("search", (), r"search|recherche|rechercher|\bq\b"),
    ("quantity", (), r"qty|quantit"),
    ("newsletter", (), r"newsletter|optin|offres|promotions|inscri"),
]
TEXT_TYPES = {"text", "email", "tel", "number", "password", "search", "url", "date", "select", "textarea"}
CONSENT_CHECKBOX = re.compile(
    r"j'accepte|accepte les|conditions|cgv|politique de confidentialite|privacy|terms|"
    r"donnees personnelles|psgdpr|customer_privacy|j'ai lu|i agree|i accept"
)
SKIP_CHECKBOX = re.compile(
    r"newsletter|optin|offres|partenaires|promotions|creer un compte|create an account|"
    r"createaccount|enregistrer mes|save my|differente|different|facturation|billing"
)


def field_kind(field: dict[str, Any]) -> str | None:
    tokens = norm(field.get("autocomplete")).split()
    blob = norm(" ".join(str(field.get(k) or "") for k in ("name", "id", "label", "placeholder")))
    ftype = field.get("type")
    if ftype == "email":
        return "email"
    if ftype == "password":
        return "password"
    if ftype == "tel":
        return "phone"
    for kind, autocompletes, _pattern in KINDS:
        if any(token in autocompletes for token in tokens):
            return kind
    for kind, _autocompletes, pattern in KINDS:
        if re.search(pattern, blob):
            return kind
    return None


def counts_as_checkout_field(field: dict[str, Any]) -> bool:
    """A field the shopper has to deal with in a checkout form (not search, newsletter, quantity)."""
    if field.get("type") not in TEXT_TYPES:
        return False
    if re.search(r"\b(header|footer|nav)\b", norm(field.get("context"))):
        return False
    return field_kind(field) not in ("search", "quantity", "newsletter", "coupon")


def value_for(kind: str, identity: Identity, field: dict[str, Any]) -> str | None:
    return {
        "email": identity.email,
        "given_name": identity.given_name,
        "family_name": identity.family_name,
        "full_name": identity.full_name,
        "address1": identity.street,
        "postal_code": identity.postal_code,
        "city": identity.city,
        "country": identity.country,
        "phone": identity.phone,
        "password": identity.password,
    }.get(kind)


def choose_option(field: dict[str, Any], kind: str | None, identity: Identity) -> str | None:
    """The option value to pick in a select: France for countries, else the first real option."""
    options = [o for o in field.get("options") or [] if not o.get("disabled")]
    if kind == "country":
        for option in options:
            if norm(option["text"]) == norm(identity.country) or option["value"].upper() == identity.country_code:
                return option["value"]
    if field.get("value") and not re.search(r"^(0|-1|choisir|select|--)", norm(field.get("value"))):
        return None  # already chosen
    if not field.get("required") and kind not in ("country", "state"):
        return None
    for option in options:
        if option["value"] and not re.search(r"^(choisir|selection|select|--|veuillez)", norm(option["text"])):
            return option["value"]
    return None
