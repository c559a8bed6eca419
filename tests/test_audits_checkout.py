"""Checkout audits on hand-built journeys: account wall, length, form fields, final button wording."""

from __future__ import annotations

import pytest

from tests.facts.builders import check, evidence, field, good_fields, journey, stopped_at

# --- guest_checkout -------------------------------------------------------------------------------


def test_guest_checkout_pass_with_primary_guest_path():
    result = check("guest_checkout", journey())
    assert result["status"] == "pass" and result["score"] == 1.0
    assert any(e["text"] == "Commander en tant qu'invité" and e["box"] for e in result["evidence"])
    assert result["recommendation"] is None


def test_guest_checkout_warn_when_guest_link_is_secondary():
    record = journey()
    record["guest_path"]["prominence"] = "secondary"
    result = check("guest_checkout", record)
    assert result["status"] == "warn" and result["score"] == 0.5
    assert "lien discret" in result["recommendation"]


def test_guest_checkout_fail_on_forced_account():
    record = stopped_at(
        "checkout",
        "login_required",
        "connexion obligatoire",
        guest_checkout=False,
        forced_account_creation=True,
        login_wall=evidence(4, "Connexion / Inscription"),
    )
    result = check("guest_checkout", record, "mobile")
    assert result["status"] == "fail" and result["score"] == 0.0
    assert result["evidence"][0]["screenshot"].endswith("04-checkout.jpg")
    assert "sans compte" in result["recommendation"]


def test_guest_checkout_unknown_before_checkout():
    result = check("guest_checkout", stopped_at("cart"))
    assert result["status"] == "unknown" and result["score"] is None
    assert "cart" in result["note"]


def test_guest_checkout_unknown_on_malformed_fact():
    result = check("guest_checkout", journey(guest_checkout="oui"))
    assert result["status"] == "unknown" and "guest_checkout" in result["note"]


def test_guest_checkout_na_never_applies():
    # An account wall question always applies to a shop: no na outcome, pass is the best.
    assert check("guest_checkout", journey(guest_path=None, login_wall=None))["status"] == "pass"


# --- checkout_length -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("steps", "fields", "status"),
    [(3, 8, "pass"), (5, 11, "warn"), (4, 13, "warn"), (7, 20, "fail")],
)
def test_checkout_length(steps, fields, status):
    result = check("checkout_length", journey(checkout_steps=steps, checkout_form_fields=fields))
    assert result["status"] == status
    assert result["details"]["baymard_fields"] == 11.3


def test_checkout_length_unknown_when_payment_not_reached():
    result = check("checkout_length", stopped_at("checkout", checkout_form_fields=5))
    assert result["status"] == "unknown"


def test_checkout_length_unknown_on_malformed_count():
    assert check("checkout_length", journey(checkout_steps="3"))["status"] == "unknown"


# --- form_fields -------------------------------------------------------------------------------------


def form(fields):
    return [
        {
            "step": 4,
            "stage": "checkout",
            "url": "https://boutique.example.fr/commande",
            "selector": "form",
            "fields": fields,
        }
    ]


def test_form_fields_pass_on_both_viewports():
    assert check("form_fields", journey())["status"] == "pass"
    assert check("form_fields", journey(), "mobile")["status"] == "pass"


def test_form_fields_postcode_keyboard_matters_on_mobile_only():
    fields = good_fields()
    fields[4] = field("postcode", "text", "postal-code", "Code postal")  # no inputmode
    desktop = check("form_fields", journey(forms=form(fields)), "desktop")
    mobile = check("form_fields", journey(forms=form(fields)), "mobile")
    assert desktop["status"] == "pass"
    assert mobile["score"] < desktop["score"]
    assert any("inputmode" in e["text"] for e in mobile["evidence"])


def test_form_fields_fail_without_types_or_autocomplete():
    fields = [
        field(name, "text", None, label)
        for name, label in [
            ("email", "E-mail"),
            ("phone", "Téléphone"),
            ("postcode", "Code postal"),
            ("line1", "Adresse"),
            ("first_name", "Prénom"),
            ("last_name", "Nom"),
        ]
    ]
    result = check("form_fields", journey(forms=form(fields)), "mobile")
    assert result["status"] == "fail"
    assert result["evidence"][0]["selector"].startswith("#")
    assert "autocomplete" in result["recommendation"]


def test_form_fields_warn_on_missing_labels():
    fields = good_fields()
    for item in fields[:3]:
        item["label"] = None
        item["placeholder"] = "Saisir"
    result = check("form_fields", journey(forms=form(fields)))
    assert result["status"] in ("warn", "fail")
    assert any("étiquette" in issue for issue in result["details"]["issues"])


def test_form_fields_unknown_when_no_form_seen():
    assert check("form_fields", journey(forms=[]))["status"] == "unknown"
    only_login = form([field("login_email", "email", "email", "E-mail"), field("pw", "password", None, "Mot de passe")])
    assert check("form_fields", stopped_at("checkout", forms=only_login))["status"] == "unknown"


# --- final_button_wording -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Commander avec obligation de paiement",
        "COMMANDER AVEC OBLIGATION DE PAIEMENT",
        "Payer",
        "Payer 54,80 €",
        "Commander et payer",
        "Payer maintenant",
    ],
)
def test_final_button_pass(text):
    record = journey()
    record["final_button"]["text"] = text
    result = check("final_button_wording", record)
    assert result["status"] == "pass"
    assert result["evidence"][0]["selector"] == "#pay"


@pytest.mark.parametrize("text", ["Commander", "Passer la commande", "Valider", "Continuer", "Confirmer la commande"])
def test_final_button_fail(text):
    record = journey()
    record["final_button"]["text"] = text
    result = check("final_button_wording", record)
    assert result["status"] == "fail"
    assert "L221-14" in result["source"]
    assert text in result["note"]


def test_final_button_falls_back_to_page_buttons():
    assert check("final_button_wording", journey(final_button=None))["status"] == "pass"


def test_final_button_unknown_when_not_reached():
    assert check("final_button_wording", stopped_at("checkout"))["status"] == "unknown"
    record = journey(final_button=None)
    record["pages"]["payment"][0]["final_buttons"] = []
    result = check("final_button_wording", record)
    assert result["status"] == "unknown" and "récapitulatif" in result["note"]


def test_final_button_english_text():
    record = journey()
    record["final_button"]["text"] = "Valider"
    result = check("final_button_wording", record, lang="en")
    assert result["lang"] == "en" and result["recommendation"].startswith("Rename")
