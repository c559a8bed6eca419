"""Formulaires: input types, autocomplete tokens, labels and (on mobile) the right keyboard."""

from __future__ import annotations

import re

from audits.base import AuditMeta, Finding, Status, clamp, status_from_score
from audits.facts import Facts, norm

META = AuditMeta(
    id="form_fields",
    title_pass_fr="Champs bien typés, saisie automatique et étiquettes présentes",
    title_fail_fr="Champs sans saisie automatique, sans étiquette ou avec le mauvais clavier",
    title_pass_en="Fields have the right types, autocomplete and labels",
    title_fail_en="Fields lack autocomplete or labels, or open the wrong keyboard",
    stage="checkout",
    source="HTML Living Standard (autocomplete, inputmode) ; WCAG 2.1 (1.3.5, 3.3.2) ; Baymard Institute",
    description_fr=(
        "Vérifie les champs e-mail, téléphone, code postal, adresse, ville, prénom et nom du tunnel : type de champ, "
        "jeton autocomplete (saisie automatique du navigateur), étiquette visible et, sur mobile, le clavier "
        "adapté (e-mail, téléphone, pavé numérique pour le code postal)."
    ),
    description_en=(
        "Checks the e-mail, phone, postcode, address, city and name fields: input type, autocomplete token, visible "
        "label and, on mobile, the matching keyboard (e-mail, phone, numeric pad for the postcode)."
    ),
    recommendation_fr=(
        "Ajoutez les attributs autocomplete (email, tel, given-name, family-name, address-line1, postal-code, "
        'address-level2), type="email" et type="tel", et inputmode="numeric" sur le code postal : le '
        "navigateur remplira le formulaire en un geste."
    ),
    recommendation_en=(
        "Add autocomplete attributes (email, tel, given-name, family-name, address-line1, postal-code, "
        'address-level2), type="email" and type="tel", and inputmode="numeric" on the postcode: the browser '
        "will fill the form in one tap."
    ),
    requires="payment",
)

# purpose -> (how to recognise it from name/id/label/placeholder, autocomplete tokens accepted)
PURPOSES: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "email": (re.compile(r"e-?mail|courriel|adresse electronique"), ("email", "username")),
    "phone": (re.compile(r"phone|telephone|\btel\b|mobile|portable"), ("tel", "tel-national")),
    "postal_code": (re.compile(r"postcode|postal|zip|code postal|\bcp\b"), ("postal-code",)),
    "address": (
        re.compile(
            r"address_?1|address-?line1|\bline1\b|street|\brue\b|^adresse\b(?!.*(mail|electronique))|adresse \*"
        ),
        ("address-line1", "street-address"),
    ),
    "city": (re.compile(r"\bcity\b|\bville\b|line4|localite|commune"), ("address-level2",)),
    "given_name": (re.compile(r"first_?name|firstname|prenom|given"), ("given-name", "name")),
    "family_name": (re.compile(r"last_?name|lastname|\bnom\b|family|surname"), ("family-name", "name")),
}
TEXT_TYPES = {None, "", "text", "email", "tel", "number", "search", "url", "textarea", "select"}
ORDER = ("email", "postal_code", "phone", "given_name", "family_name", "city", "address")


SKIP = re.compile(r"company|societe|entreprise|organi[sz]ation|alias|vat|tva|birth|naissance|coupon|promo|search")


def purpose_of(field: dict) -> str | None:
    """What a field asks for, from its name/id first, then its label or placeholder."""
    name = norm(f"{field.get('name') or ''} {field.get('id') or ''}")
    label = norm(f"{field.get('label') or ''} {field.get('placeholder') or ''}")
    if SKIP.search(name) or SKIP.search(label):
        return None
    for text in (name, label):
        for purpose in ORDER:
            if PURPOSES[purpose][0].search(text):
                return purpose
    return None


def audit(facts: Facts, thresholds: dict) -> Finding:
    mobile_keyboard = bool(thresholds.get("check_mobile_keyboard", facts.viewport == "mobile"))
    seen: dict[str, tuple[dict, dict]] = {}
    for form in facts.forms("checkout", "payment"):
        for field in form.get("fields") or []:
            if not isinstance(field, dict) or not field.get("visible"):
                continue
            kind = field.get("type") if field.get("tag") == "input" else field.get("tag")
            if kind not in TEXT_TYPES:
                continue
            key = str(field.get("name") or field.get("id") or field.get("label"))
            seen.setdefault(key, (field, form))
    checks = 0
    problems: list[tuple[str, dict, dict]] = []
    purposes_seen = set()
    for field, form in seen.values():
        purpose = purpose_of(field)
        kind = field.get("type") if field.get("tag") == "input" else field.get("tag")
        autocomplete = norm(field.get("autocomplete")).split()
        label = (field.get("label") or "").strip()
        checks += 1
        if not label:
            problems.append(
                (
                    "sans étiquette (seulement un texte indicatif)" if field.get("placeholder") else "sans étiquette",
                    field,
                    form,
                )
            )
        if purpose is None:
            continue
        purposes_seen.add(purpose)
        checks += 1
        if not any(token in autocomplete for token in PURPOSES[purpose][1]):
            problems.append((f"autocomplete attendu « {PURPOSES[purpose][1][0]} »", field, form))
        if purpose == "email":
            checks += 1
            if kind != "email":
                problems.append(('type="email" attendu (clavier e-mail)', field, form))
        elif purpose == "phone":
            checks += 1
            if kind != "tel":
                problems.append(('type="tel" attendu (clavier téléphone)', field, form))
        elif purpose == "postal_code":
            if kind == "number":
                checks += 1
                problems.append(('type="number" déconseillé pour un code postal (zéros initiaux)', field, form))
            elif mobile_keyboard:
                checks += 1
                if norm(field.get("inputmode")) not in ("numeric", "tel") and kind != "tel":
                    problems.append(('inputmode="numeric" attendu (pavé numérique sur mobile)', field, form))
    details = {
        "fields_checked": len(seen),
        "checks": checks,
        "problems": len(problems),
        "purposes_seen": sorted(purposes_seen),
        "mobile_keyboard_checked": mobile_keyboard,
    }
    if not seen:
        return Finding(
            Status.UNKNOWN,
            details=details,
            note_fr=facts.stop_note_fr
            if facts.reached != "payment"
            else "Aucun champ de formulaire enregistré dans le tunnel.",
            note_en=facts.stop_note_en,
        )
    evidence = [
        facts.evidence(
            step=form.get("step"),
            url=form.get("url"),
            selector=f"#{field['id']}"
            if field.get("id")
            else (f'[name="{field["name"]}"]' if field.get("name") else form.get("selector")),
            text=f"{field.get('label') or field.get('name')} : {problem}",
        )
        for problem, field, form in problems[:12]
    ]
    details["issues"] = [f"{field.get('name') or field.get('id')}: {problem}" for problem, field, _form in problems]
    score = clamp(1 - len(problems) / checks) if checks else 1.0
    status = status_from_score(score, pass_at=thresholds.get("pass_at", 0.9), warn_at=thresholds.get("warn_at", 0.6))
    if status == Status.PASS and not ({"address", "postal_code"} & purposes_seen):
        # Only sign-in fields were seen: the delivery form itself was never reached.
        return Finding(
            Status.UNKNOWN,
            details=details,
            note_fr="Le formulaire d'adresse n'a pas été atteint.",
            note_en="The address form was not reached.",
        )
    return Finding(status, score=score, evidence=evidence, details=details)
