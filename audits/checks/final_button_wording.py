"""Bouton de commande: does the final button say that ordering means paying (L221-14)?"""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status
from audits.facts import Facts, norm

META = AuditMeta(
    id="final_button_wording",
    title_pass_fr="Le bouton final indique l'obligation de payer",
    title_fail_fr="Le bouton final n'indique pas l'obligation de payer",
    title_pass_en="The final button states the obligation to pay",
    title_fail_en="The final button does not state the obligation to pay",
    stage="payment",
    source="Code de la consommation, article L221-14",
    description_fr=(
        "Lit le texte du bouton qui valide la commande : il doit dire « commande avec obligation de paiement » "
        "ou une formule sans ambiguïté (« Payer », « Commander et payer ») ; « Commander » ou « Valider » ne "
        "suffisent pas. Seul le texte du bouton compte."
    ),
    description_en=(
        "Reads the text of the button that places the order: it must say 'order with obligation to pay' or an "
        "unambiguous equivalent ('Pay', 'Order and pay'); 'Order' or 'Confirm' are not enough."
    ),
    recommendation_fr=(
        "Renommez le bouton final en « Commander avec obligation de paiement » ou « Payer » (par exemple "
        "« Payer 54,80 € ») : sans cette mention, la commande est nulle."
    ),
    recommendation_en=(
        "Rename the final button 'Order with obligation to pay' or 'Pay' (for instance 'Pay EUR 54.80'): without it "
        "the order is void under French law."
    ),
    requires="payment",
)

# Wordings that make the obligation to pay explicit (the law's own words or an unambiguous equivalent).
EXPLICIT = re.compile(
    r"obligation de paiement|^payer\b|\bet payer\b|^paiement\b|payer maintenant|^je paie\b|"
    r"^pay\b|^pay now|order with obligation to pay|^acheter maintenant|^buy now"
)


def audit(facts: Facts, thresholds: dict) -> Finding:
    button = facts.get("final_button", dict)
    candidates = []
    if button and button.get("text"):
        candidates.append(button)
    else:
        for page in facts.pages("payment", "checkout"):
            for found in page.get("final_buttons") or []:
                if isinstance(found, dict) and found.get("text"):
                    candidates.append({**found, "step": page.get("step"), "url": page.get("url")})
    if not candidates:
        if facts.reached == "payment":
            return Finding(
                Status.UNKNOWN,
                note_fr="Le bouton final n'a pas été vu (il se trouve sans doute sur un écran de récapitulatif "
                "après le paiement, que le parcours n'ouvre pas).",
                note_en="The final button was not seen (probably on a review screen after payment).",
            )
        return Finding(Status.UNKNOWN, note_fr=facts.stop_note_fr, note_en=facts.stop_note_en)
    chosen = candidates[-1]
    text = str(chosen.get("text")).strip()
    evidence = [facts.from_recorded(chosen, text=text)]
    details = {"text": text}
    if EXPLICIT.search(norm(text)):
        return Finding(Status.PASS, evidence=evidence, details=details)
    return Finding(
        Status.FAIL,
        evidence=evidence,
        details=details,
        note_fr=f"Le bouton dit « {text} » : rien n'indique que cliquer engage à payer.",
        note_en=f"The button says '{text}': nothing says that clicking commits to pay.",
    )
