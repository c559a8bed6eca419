"""Every user-facing string of the reports, in French and English. Templates read them as `t.key`."""

from __future__ import annotations

LANGS = ("fr", "en")

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "report_title": "Audit du tunnel de commande",
        "page_title": "{title} : {name}",
        "colon": "\u00a0:",
        "index_title": "Audit du tunnel de commande : synthèse",
        "benchmark_title": "Comparatif des boutiques",
        "shop": "Boutique",
        "audited_on": "Audit du",
        "tool": "Outil",
        "viewports": "Appareils",
        "overall_score": "Score global",
        "score_of": "{label} : {score} sur 100",
        "score_none": "{label} : non calculé",
        "score_viewport": "Score {viewport}",
        "no_score": "non calculé",
        "coverage": "couverture {pct}",
        "weighting": "Mobile {mobile} %, ordinateur {desktop} %",
        "skip_to_content": "Aller au contenu",
        "not_audited": (
            "Ce fichier de résultats n'a pas encore été évalué : lancez « checkout-audit audit DOSSIER » pour "
            "obtenir les scores, les priorités et la checklist. Le parcours enregistré est affiché ci-dessous."
        ),
        "reach_title": "Jusqu'où le parcours est allé",
        "reached_all": "Étape de paiement atteinte",
        "stopped_at": "Arrêté à l'étape « {stage} »",
        "stop_reason": "Raison",
        "not_reached": "non atteinte",
        "reached": "atteinte",
        "stop_here": "arrêt ici",
        "priorities_title": "Les frictions à corriger en premier",
        "priorities_intro": (
            "Classées par points perdus dans le score de la boutique. Chaque constat renvoie à la capture où il a "
            "été vu : cliquez sur l'image pour l'agrandir."
        ),
        "no_priorities": "Aucune friction notée : tous les points vérifiés sont réussis ou sans objet.",
        "other_priorities": "Autres points à améliorer",
        "points_lost": "≈ {points} points",
        "points_lost_long": "Corriger ce point rapporterait environ {points} points au score de la boutique.",
        "evidence": "Constat",
        "evidence_more": "Autres constats ({n})",
        "seen_at": "Vu à l'étape {step}",
        "seen_on": "Vu sur",
        "no_evidence_shot": (
            "Aucun élément précis à montrer (c'est une absence) : voici l'écran où il aurait dû apparaître."
        ),
        "recommendation": "Recommandation",
        "source": "Source",
        "note": "Détail",
        "journey_title": "Le parcours, étape par étape",
        "journey_intro": (
            "Chaque étape avec l'action du client simulé et les temps de chargement mesurés (une seule visite : "
            "mesure indicative). Pour un écran côté client, le temps jusqu'à un écran stable."
        ),
        "stage": "Étape",
        "step": "Étape {n}",
        "no_step": "aucune étape",
        "ttfb": "TTFB",
        "lcp": "LCP",
        "load": "Chargement",
        "screen_stable": "Écran stable",
        "ttfb_long": "Temps de réponse du serveur",
        "lcp_long": "Affichage du plus grand élément",
        "load_long": "Chargement complet",
        "screen_stable_long": "Temps jusqu'à un écran stable",
        "enlarge": "Agrandir la capture : {what}",
        "close": "Fermer",
        "screenshot_of": "Capture {viewport}, étape {step} ({stage})",
        "crop_of": "Détail de la capture {viewport}, étape {step}, élément encadré",
        "missing_shot": "capture absente",
        "checklist_title": "La checklist complète",
        "checklist_intro": (
            "Chaque point est évalué séparément sur ordinateur et sur mobile. « Non vérifié » : le parcours n'a pas "
            "pu voir le fait (arrêt avant l'étape, donnée absente)."
        ),
        "checklist_summary": "{passed} réussis, {warned} à améliorer, {failed} en échec, {other} non évalués",
        "weight": "Poids",
        "informative": "informatif",
        "payments_title": "Moyens de paiement",
        "payments_intro": "Ce qui était proposé à l'étape de paiement, et ce qui était annoncé avant le tunnel.",
        "method": "Moyen de paiement",
        "at_payment": "Au paiement",
        "before_checkout": "Annoncé avant le tunnel",
        "yes": "Oui",
        "no": "Non",
        "unknown": "Inconnu",
        "unknown_long": "inconnu : étape de paiement non atteinte",
        "bnpl": "Paiement fractionné (prestataires)",
        "express": "Paiement express avant le tunnel",
        "final_button": "Texte du bouton final (lu, jamais cliqué)",
        "none": "aucun",
        "returns_title": "Politique de retour",
        "free_returns": "Retours gratuits",
        "return_window": "Délai de retour",
        "days": "{n} jours",
        "legal_days": "minimum légal : 14 jours",
        "above_legal": "au-delà du minimum légal",
        "at_legal": "le minimum légal",
        "below_legal": "en dessous du minimum légal",
        "returns_page": "Page des retours",
        "excerpt": "Extrait",
        "not_found": "non trouvé",
        "method_title": "Méthode",
        "method_text": (
            "Un navigateur Chromium a parcouru la boutique comme un client, de la fiche produit jusqu'à l'étape de "
            "paiement, sans jamais passer commande. Chaque point de la checklist est une règle appliquée aux faits "
            "enregistrés ; le score d'un appareil est la moyenne pondérée des points évalués (les points non "
            "évalués ne comptent pas)."
        ),
        "incidents": "Notes du parcours",
        "cookie_banner": "Bandeau de consentement aux cookies : {cmp}",
        "generated_by": "Rapport généré par {tool} {version}",
        "all_reports": "Tous les rapports",
        "open_report": "Ouvrir le rapport de {name}",
        "benchmark_link": "Comparatif des boutiques",
        "downloads": "Télécharger",
        "sites_title": "Boutiques auditées",
        "top_friction": "Première friction",
        "rank": "Rang",
        "scores_table": "Classement",
        "checks_table": "Checklist, boutique par boutique",
        "checks_table_intro": "Le statut le plus défavorable des deux appareils.",
        "payments_table": "Moyens de paiement proposés au paiement",
        "timings_table": "Temps et longueur du parcours",
        "timings_intro": "Médianes des étapes du parcours ; une seule visite, mesure indicative.",
        "legend": "Légende",
        "tbl_score": "Score",
        "tbl_reached": "Étape atteinte",
        "tbl_coverage": "Couverture",
        "tbl_ttfb": "TTFB médian",
        "tbl_lcp": "LCP médian",
        "tbl_duration": "Durée du parcours",
        "tbl_checkout_steps": "Étapes du tunnel",
        "tbl_fields": "Champs de formulaire",
        "tbl_before": "Annoncé avant le tunnel",
        "tbl_bnpl": "Prestataires 3x/4x",
        "yes_short": "oui",
        "no_short": "non",
        "both_viewports": "Ordinateur et mobile",
        "unknown_short": "?",
    },
    "en": {
        "report_title": "Checkout friction audit",
        "page_title": "{title}: {name}",
        "colon": ":",
        "index_title": "Checkout friction audit: summary",
        "benchmark_title": "Shop comparison",
        "shop": "Shop",
        "audited_on": "Audited on",
        "tool": "Tool",
        "viewports": "Devices",
        "overall_score": "Overall score",
        "score_of": "{label}: {score} out of 100",
        "score_none": "{label}: not computed",
        "score_viewport": "{viewport} score",
        "no_score": "not computed",
        "coverage": "coverage {pct}",
        "weighting": "Mobile {mobile}%, desktop {desktop}%",
        "skip_to_content": "Skip to content",
        "not_audited": (
            "This result file has not been audited yet: run \"checkout-audit audit DIR\" to get scores, priorities "
            "and the checklist. The recorded journey is shown below."
        ),
        "reach_title": "How far the journey went",
        "reached_all": "Payment step reached",
        "stopped_at": "Stopped at the \"{stage}\" stage",
        "stop_reason": "Reason",
        "not_reached": "not reached",
        "reached": "reached",
        "stop_here": "stopped here",
        "priorities_title": "Frictions to fix first",
        "priorities_intro": (
            "Ranked by the points they cost in the shop score. Each finding links to the screenshot where it was "
            "seen: click the image to enlarge it."
        ),
        "no_priorities": "No friction found: every judged item passed or did not apply.",
        "other_priorities": "Other items to improve",
        "points_lost": "≈ {points} points",
        "points_lost_long": "Fixing this would add about {points} points to the shop score.",
        "evidence": "Finding",
        "evidence_more": "More findings ({n})",
        "seen_at": "Seen at step {step}",
        "seen_on": "Seen on",
        "no_evidence_shot": (
            "Nothing specific to point at (something is missing): this is the screen where it belonged."
        ),
        "recommendation": "Recommendation",
        "source": "Source",
        "note": "Detail",
        "journey_title": "The journey, step by step",
        "journey_intro": (
            "Each step with the simulated customer's action and the measured load times (a single visit: "
            "indicative). For client-side screens, the time until the screen is stable."
        ),
        "stage": "Stage",
        "step": "Step {n}",
        "no_step": "no step",
        "ttfb": "TTFB",
        "lcp": "LCP",
        "load": "Load",
        "screen_stable": "Stable screen",
        "ttfb_long": "Server response time",
        "lcp_long": "Largest Contentful Paint",
        "load_long": "Full load",
        "screen_stable_long": "Time until the screen is stable",
        "enlarge": "Enlarge screenshot: {what}",
        "close": "Close",
        "screenshot_of": "{viewport} screenshot, step {step} ({stage})",
        "crop_of": "Detail of the {viewport} screenshot, step {step}, element outlined",
        "missing_shot": "screenshot missing",
        "checklist_title": "The full checklist",
        "checklist_intro": (
            "Each item is judged separately on desktop and mobile. \"Not checked\": the journey could not see the "
            "fact (stopped before the stage, fact missing)."
        ),
        "checklist_summary": "{passed} passed, {warned} to improve, {failed} failed, {other} not judged",
        "weight": "Weight",
        "informative": "informative",
        "payments_title": "Payment methods",
        "payments_intro": "What the payment step offered, and what was announced before checkout.",
        "method": "Payment method",
        "at_payment": "At payment",
        "before_checkout": "Announced before checkout",
        "yes": "Yes",
        "no": "No",
        "unknown": "Unknown",
        "unknown_long": "unknown: payment step not reached",
        "bnpl": "Instalment providers",
        "express": "Express checkout before the funnel",
        "final_button": "Final button text (read, never clicked)",
        "none": "none",
        "returns_title": "Return policy",
        "free_returns": "Free returns",
        "return_window": "Return window",
        "days": "{n} days",
        "legal_days": "legal minimum: 14 days",
        "above_legal": "beyond the legal minimum",
        "at_legal": "the legal minimum",
        "below_legal": "below the legal minimum",
        "returns_page": "Returns page",
        "excerpt": "Excerpt",
        "not_found": "not found",
        "method_title": "Method",
        "method_text": (
            "A Chromium browser walked the shop like a customer, from a product page to the payment step, without "
            "ever placing an order. Each checklist item is a rule applied to the recorded facts; a device score is "
            "the weighted mean of the judged items (items that could not be judged do not count)."
        ),
        "incidents": "Journey notes",
        "cookie_banner": "Cookie consent banner: {cmp}",
        "generated_by": "Report generated by {tool} {version}",
        "all_reports": "All reports",
        "open_report": "Open the report for {name}",
        "benchmark_link": "Shop comparison",
        "downloads": "Download",
        "sites_title": "Audited shops",
        "top_friction": "Top friction",
        "rank": "Rank",
        "scores_table": "Ranking",
        "checks_table": "Checklist, shop by shop",
        "checks_table_intro": "The less favourable status of the two devices.",
        "payments_table": "Payment methods offered at payment",
        "timings_table": "Journey times and length",
        "timings_intro": "Medians over the journey steps; a single visit, indicative.",
        "legend": "Legend",
        "tbl_score": "Score",
        "tbl_reached": "Stage reached",
        "tbl_coverage": "Coverage",
        "tbl_ttfb": "Median TTFB",
        "tbl_lcp": "Median LCP",
        "tbl_duration": "Journey duration",
        "tbl_checkout_steps": "Checkout steps",
        "tbl_fields": "Form fields",
        "tbl_before": "Announced before checkout",
        "tbl_bnpl": "Instalment providers",
        "yes_short": "yes",
        "no_short": "no",
        "both_viewports": "Desktop and mobile",
        "unknown_short": "?",
    },
}

STATUS_LABELS = {
    "fr": {"pass": "Réussi", "warn": "À améliorer", "fail": "Échec", "na": "Sans objet", "unknown": "Non vérifié"},
    "en": {"pass": "Pass", "warn": "To improve", "fail": "Fail", "na": "N/A", "unknown": "Not checked"},
}

STAGE_LABELS = {
    "fr": {
        "home": "Accueil",
        "product": "Fiche produit",
        "cart": "Panier",
        "checkout": "Commande",
        "payment": "Paiement",
        "journey": "Tout le parcours",
        "returns_page": "Page des retours",
    },
    "en": {
        "home": "Home",
        "product": "Product page",
        "cart": "Cart",
        "checkout": "Checkout",
        "payment": "Payment",
        "journey": "Whole journey",
        "returns_page": "Returns page",
    },
}

VIEWPORT_LABELS = {
    "fr": {"desktop": "Ordinateur", "mobile": "Mobile"},
    "en": {"desktop": "Desktop", "mobile": "Mobile"},
}

PAYMENT_LABELS = {
    "fr": {
        "card": "Carte bancaire",
        "paypal": "PayPal",
        "pay_in_3x": "Paiement en 3x",
        "pay_in_4x": "Paiement en 4x",
        "pay_later": "Paiement différé",
        "paylib": "Paylib",
        "wero": "Wero",
        "apple_pay": "Apple Pay",
        "google_pay": "Google Pay",
        "bank_transfer": "Virement bancaire",
    },
    "en": {
        "card": "Bank card",
        "paypal": "PayPal",
        "pay_in_3x": "Pay in 3",
        "pay_in_4x": "Pay in 4",
        "pay_later": "Pay later",
        "paylib": "Paylib",
        "wero": "Wero",
        "apple_pay": "Apple Pay",
        "google_pay": "Google Pay",
        "bank_transfer": "Bank transfer",
    },
}

ACTION_LABELS = {
    "fr": {
        "goto": "Ouverture de la page",
        "click": "Clic",
        "fill": "Saisie",
        "select": "Choix",
        "check": "Case cochée",
        "wait": "Attente",
        "reload": "Rechargement",
    },
    "en": {
        "goto": "Page opened",
        "click": "Click",
        "fill": "Form filled",
        "select": "Choice",
        "check": "Box ticked",
        "wait": "Wait",
        "reload": "Reload",
    },
}

# English wording of the crawler's stop codes (the saved `stop_reason` is in French).
STOP_REASONS_EN = {
    "invalid_url": "invalid URL",
    "unreachable": "site unreachable",
    "http_error": "HTTP error",
    "redirect_loop": "redirect loop",
    "timeout": "timed out",
    "journey_timeout": "journey timed out",
    "not_a_shop": "not a shop",
    "no_product": "no buyable product found",
    "add_to_cart_not_found": "add-to-cart button not found",
    "cart_not_found": "cart not found",
    "checkout_not_found": "checkout not found",
    "checkout_stuck": "checkout stuck",
    "login_required": "login required: no guest checkout offered",
    "captcha": "captcha",
    "bot_wall": "anti-bot wall",
    "robots_disallowed": "disallowed by robots.txt",
    "browser_error": "browser error",
}

MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang
