"""Runner and scoring: one broken fact never stops the run, scores and priorities, the result contract."""

from __future__ import annotations

import json

from audits import checks
from audits.config import audit_settings, load_config
from audits.runner import audit_dir, audit_document, audit_journey
from audits.scoring import priorities, site_score, viewport_score
from tests.facts.builders import journey, stopped_at

STATUSES = {"pass", "warn", "fail", "na", "unknown"}


def test_every_audit_has_a_weight_a_source_and_both_languages():
    config = load_config()
    for module in checks.ALL:
        meta = module.META
        assert module.__name__.endswith(meta.id)
        assert meta.key in config["audits"], meta.id
        assert config["audits"][meta.key]["source"] and config["audits"][meta.key]["reason"]
        assert meta.recommendation_fr and meta.recommendation_en and meta.source
        for viewport in ("desktop", "mobile"):
            weight, _thresholds, _entry = audit_settings(meta.key, viewport)
            assert weight >= 0


def test_good_journey_scores_100_on_both_viewports():
    for viewport in ("desktop", "mobile"):
        result = audit_journey(journey(), viewport)
        assert result["score"] == 100 and result["coverage"] == 1.0
        assert {c["status"] for c in result["checks"]} == {"pass"}


def test_result_shape():
    result = audit_journey(journey(), "desktop")
    assert [c["id"] for c in result["checks"]] == list(checks.IDS)
    for check in result["checks"]:
        assert check["status"] in STATUSES
        assert check["score"] is None or 0 <= check["score"] <= 1
        for item in check["evidence"]:
            assert set(item) == {"step", "stage", "url", "text", "selector", "screenshot", "box"}


def test_garbage_journey_gives_unknowns_not_a_crash():
    for garbage in ({}, {"pages": "x", "steps": 3, "forms": {}}, {"reached": "payment", "return_policy": []}):
        result = audit_journey(garbage, "mobile")
        assert {c["status"] for c in result["checks"]} <= STATUSES
        assert result["score"] is None
    assert all(c["status"] == "unknown" for c in audit_journey([], "desktop")["checks"])


def test_one_malformed_fact_only_affects_its_audit():
    record = journey()
    record["pages"]["cart"][0]["totals"] = [{"label": None, "amount": "beaucoup"}]
    record["checkout_steps"] = "trois"
    result = {c["id"]: c for c in audit_journey(record, "desktop")["checks"]}
    assert result["checkout_length"]["status"] == "unknown" and result["checkout_length"]["note"]
    assert result["guest_checkout"]["status"] == "pass"


def test_stopped_journey_never_passes_what_it_did_not_see():
    result = {c["id"]: c for c in audit_journey(stopped_at("cart"), "desktop")["checks"]}
    for audit_id in (
        "guest_checkout",
        "payment_methods",
        "final_button_wording",
        "checkout_length",
        "hidden_costs",
        "delivery_options",
        "form_fields",
        "wallets",
        "instalments",
    ):
        assert result[audit_id]["status"] == "unknown", audit_id


def test_walk_stopped_at_home_has_no_score():
    assert audit_journey(stopped_at("home", "bot_wall", "protection anti-robot"), "mobile")["score"] is None


def test_viewport_score_ignores_na_unknown_and_informative():
    checks_ = [
        {"id": "a", "status": "pass", "score": 1.0, "weight": 10},
        {"id": "b", "status": "fail", "score": 0.0, "weight": 10},
        {"id": "c", "status": "unknown", "score": None, "weight": 5},
        {"id": "d", "status": "warn", "score": 0.5, "weight": 0},
    ]
    assert viewport_score(checks_) == (50, 0.8)


def test_site_score_weighs_mobile_more():
    assert site_score({"desktop": 100, "mobile": 50}) == 70
    assert site_score({"desktop": None, "mobile": 40}) == 40
    assert site_score({"desktop": None}) is None


def test_priorities_order_by_cost():
    desktop = [
        {
            "id": "a",
            "status": "fail",
            "score": 0.0,
            "weight": 10,
            "title": "A",
            "stage": "cart",
            "recommendation": "r",
            "evidence": [],
            "source": "s",
            "note": None,
        },
        {
            "id": "b",
            "status": "warn",
            "score": 0.5,
            "weight": 10,
            "title": "B",
            "stage": "cart",
            "recommendation": "r",
            "evidence": [{"step": 1}],
            "source": "s",
            "note": None,
        },
        {
            "id": "c",
            "status": "pass",
            "score": 1.0,
            "weight": 10,
            "title": "C",
            "stage": "cart",
            "recommendation": None,
            "evidence": [],
            "source": "s",
            "note": None,
        },
    ]
    ranked = priorities({"desktop": desktop})
    assert [p["id"] for p in ranked] == ["a", "b"]
    assert ranked[0]["cost"] > ranked[1]["cost"]
    assert ranked[1]["evidence"][0]["viewport"] == "desktop"


def document():
    return {
        "schema_version": "1.0",
        "tool": {"name": "checkout-audit", "version": "0.1.0"},
        "sites": [
            {
                "name": "shop",
                "url": "https://boutique.example.fr/",
                "product_url": None,
                "viewports": {"desktop": journey(), "mobile": journey(viewport="mobile")},
            }
        ],
    }


def test_audit_document_keeps_every_key_and_adds_results():
    original = document()
    audited = audit_document(original)
    assert "checks" not in original["sites"][0]["viewports"]["desktop"]  # the input is left alone
    site = audited["sites"][0]
    for key in ("name", "url", "product_url"):
        assert site[key] == original["sites"][0][key]
    for viewport, record in site["viewports"].items():
        for key, value in original["sites"][0]["viewports"][viewport].items():
            assert record[key] == value
        assert record["score"] == 100 and len(record["checks"]) == len(checks.IDS)
    assert site["score"] == 100 and site["priorities"] == []
    assert audited["schema_version"] == "1.0"
    # Re-auditing an audited document gives the same result.
    assert audit_document(audited) == audited


def test_audit_dir_rewrites_atomically(tmp_path):
    (tmp_path / "audit.json").write_text(json.dumps(document()), encoding="utf-8")
    audit_dir(tmp_path, lang="en")
    saved = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    assert saved["sites"][0]["score"] == 100
    assert saved["sites"][0]["viewports"]["mobile"]["checks"][0]["lang"] == "en"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.json"]


def test_checklist_lists_every_audit_with_its_weight():
    from pathlib import Path

    text = (Path(checks.__file__).parent.parent / "CHECKLIST.md").read_text(encoding="utf-8")
    for module in checks.ALL:
        assert f"| `{module.META.id}` |" in text, module.META.id
