"""Experience audits on hand-built journeys: speed, interruptions, reassurance, cart persistence and saving."""

from __future__ import annotations

from tests.facts.builders import check, journey, step, stopped_at

# --- speed -------------------------------------------------------------------------------------------------


def test_speed_pass():
    result = check("speed", journey())
    assert result["status"] == "pass"
    assert result["details"]["lcp_threshold_ms"] == [2500, 4000]


def test_speed_warn_on_slow_ttfb():
    record = journey(steps=[step(i, ttfb_ms=1200.0) for i in range(6)])
    result = check("speed", record, "mobile")
    assert result["status"] == "warn"
    assert result["evidence"][0]["text"].startswith("TTFB")


def test_speed_fail_on_poor_lcp_and_ttfb():
    record = journey(steps=[step(i, ttfb_ms=2500.0, lcp_ms=5200.0) for i in range(6)])
    assert check("speed", record)["status"] == "fail"


def test_speed_client_screens_use_screen_stable_time():
    steps = [step(0), step(1)] + [step(i, navigation="client", screen_stable_ms=5000.0) for i in range(2, 6)]
    result = check("speed", journey(steps=steps))
    assert result["details"]["screen_stable_p75_ms"] == 5000.0
    assert result["status"] == "warn"


def test_speed_says_when_lcp_was_measured_with_consent_banner():
    steps = [step(0, lcp_with_consent_banner=True)] + [step(i) for i in range(1, 6)]
    result = check("speed", journey(steps=steps))
    assert result["details"]["lcp_with_consent_banner_steps"] == [0]
    assert "bandeau de consentement" in result["note"]


def test_speed_unknown_without_measures():
    steps = [step(i, ttfb_ms=None, lcp_ms=None) for i in range(6)]
    assert check("speed", journey(steps=steps))["status"] == "unknown"
    assert check("speed", journey(steps=[]))["status"] == "unknown"


# --- interruptions -----------------------------------------------------------------------------------------


def test_interruptions_pass():
    assert check("interruptions", journey())["status"] == "pass"


def test_interruptions_large_consent_banner_on_mobile():
    record = journey()
    record["consent"].update(viewport_fraction=0.52, banner_box=[40, 148, 332, 541])
    result = check("interruptions", record, "mobile")
    assert result["status"] == "warn"
    assert result["evidence"][0]["box"] == [40, 148, 332, 541]
    assert result["weight"] > check("interruptions", record, "desktop")["weight"]


def test_interruptions_fail_with_banner_popup_and_intercepted_click():
    record = journey()
    record["consent"]["viewport_fraction"] = 0.6
    record["popups"] = [
        {
            "stage": "home",
            "step": 0,
            "url": "https://boutique.example.fr/",
            "text": "-10 %",
            "selector": "div.promo",
            "closed": True,
            "covers_viewport": 1,
        }
    ]
    record["steps"][3]["action"]["detail"] = "clic intercepté par un autre élément, clic déclenché par script"
    result = check("interruptions", record, "mobile")
    assert result["status"] == "fail"
    assert result["details"]["popups"] == 1 and result["details"]["intercepted_clicks"] == 1


def test_interruptions_unknown_without_steps():
    assert check("interruptions", journey(steps=[]))["status"] == "unknown"
    assert check("interruptions", journey(popups="oui"))["status"] == "unknown"


# --- reassurance -------------------------------------------------------------------------------------------


def test_reassurance_pass():
    result = check("reassurance", journey())
    assert result["status"] == "pass" and len(result["evidence"]) == 3


def test_reassurance_warn_without_reviews():
    record = journey()
    record["pages"]["product"][0]["reviews"] = ["0 avis"]  # an empty review block is no social proof
    result = check("reassurance", record)
    assert result["status"] == "warn" and result["details"]["reviews"] is False


def test_reassurance_fail_with_one_signal():
    record = journey()
    record["pages"]["product"][0]["reviews"] = []
    record["pages"]["cart"][0]["contact"] = {"phones": [], "tel_links": [], "chat": [], "links": []}
    assert check("reassurance", record)["status"] == "fail"


def test_reassurance_unknown_when_stopped_before_payment_with_signals_missing():
    record = stopped_at("cart")
    record["pages"]["product"][0]["reviews"] = []
    assert check("reassurance", record)["status"] == "unknown"
    assert check("reassurance", stopped_at("product"))["status"] == "unknown"


# --- cart_persistence / cart_save ---------------------------------------------------------------------------


def test_cart_persistence_pass_and_fail():
    assert check("cart_persistence", journey())["status"] == "pass"
    result = check("cart_persistence", journey(cart_reload={"survived": False, "url": "https://b.fr/panier"}))
    assert result["status"] == "fail" and result["evidence"][0]["url"] == "https://b.fr/panier"


def test_cart_persistence_unknown():
    assert check("cart_persistence", journey(cart_reload=None))["status"] == "unknown"
    assert check("cart_persistence", journey(cart_reload={"survived": None, "error": "boom"}))["status"] == "unknown"
    assert check("cart_persistence", stopped_at("product"))["status"] == "unknown"


def test_cart_save_is_informative():
    result = check("cart_save", journey())
    assert result["status"] == "pass" and result["weight"] == 0
    record = journey()
    record["pages"]["cart"][0]["text_excerpt"] = "Mon panier\nTotal 54,80 €"
    assert check("cart_save", record)["status"] == "warn"
    assert check("cart_save", stopped_at("product"))["status"] == "unknown"
