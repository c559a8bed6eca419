"""Runs every audit on saved journeys: one journey, a whole result document, or a result directory.

Lighthouse runner style: an audit that meets a missing or malformed fact (or raises) returns `unknown`
with a note; it never stops the other audits.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from audits.base import DEFAULT_SCORES, AuditResult, Finding, Status, clamp
from audits.checks import ALL
from audits.config import audit_settings
from audits.facts import Facts, MissingFact, stage_rank
from audits.scoring import priorities, site_score, viewport_score

LANGS = ("fr", "en")


def run_audit(module: ModuleType, facts: Facts, viewport: str, lang: str = "fr") -> AuditResult:
    meta = module.META
    weight, thresholds, _entry = audit_settings(meta.key, viewport)
    try:
        finding: Finding = module.audit(facts, thresholds)
    except MissingFact as exc:
        finding = Finding(
            Status.UNKNOWN, note_fr=f"Donnée manquante ou invalide : {exc}", note_en=f"Missing or malformed fact: {exc}"
        )
    except Exception as exc:  # noqa: BLE001 - one broken fact must not stop the run
        finding = Finding(
            Status.UNKNOWN,
            note_fr=f"Donnée inattendue, audit non évalué ({type(exc).__name__} : {exc})",
            note_en=f"Unexpected fact, audit not evaluated ({type(exc).__name__}: {exc})",
        )
    status = Status(finding.status)
    if status == Status.PASS and meta.requires and stage_rank(facts.reached) < stage_rank(meta.requires):
        # Never pass what the walk could not see: a journey that stopped early stays unknown here.
        finding = Finding(
            Status.UNKNOWN,
            details=finding.details,
            evidence=finding.evidence,
            note_fr=facts.stop_note_fr,
            note_en=facts.stop_note_en,
        )
        status = Status.UNKNOWN
    if status in (Status.NA, Status.UNKNOWN):
        score = None
    elif finding.score is not None:
        score = clamp(finding.score)
    else:
        score = DEFAULT_SCORES[status]
    english = lang == "en"
    passed = status in (Status.PASS, Status.NA)
    title = (
        (meta.title_pass_en if passed else meta.title_fail_en)
        if english
        else (meta.title_pass_fr if passed else meta.title_fail_fr)
    )
    recommendation = None
    if status in (Status.WARN, Status.FAIL, Status.UNKNOWN):
        if english:
            recommendation = finding.recommendation_en or meta.recommendation_en
        else:
            recommendation = finding.recommendation_fr or meta.recommendation_fr
    note = (finding.note_en or finding.note_fr) if english else (finding.note_fr or finding.note_en)
    evidence = [e for e in finding.evidence if e is not None]
    if not evidence and status in (Status.WARN, Status.FAIL):
        evidence = screen_examined(facts, meta.stage, note)
    return AuditResult(
        id=meta.id,
        status=status.value,
        score=score,
        weight=weight,
        title=title,
        stage=meta.stage,
        source=meta.source,
        evidence=[_evidence_dict(e) for e in evidence],
        recommendation=recommendation,
        details=finding.details,
        note=note,
        lang="en" if english else "fr",
    )


def screen_examined(facts: Facts, stage: str, note: str | None) -> list[Any]:
    """For a finding about something absent: the screen where it was looked for, so it can be checked."""
    try:
        pages = facts.pages(stage) if stage in ("product", "cart", "checkout", "payment") else []
        pages = pages or facts.pages()
    except MissingFact:
        return []
    if not pages:
        return []
    return [facts.from_page(pages[-1], text=note)]


def _evidence_dict(item: Any) -> dict[str, Any]:
    return {
        "step": item.step,
        "stage": item.stage,
        "url": item.url,
        "text": item.text,
        "selector": item.selector,
        "screenshot": item.screenshot,
        "box": item.box,
    }


def audit_journey(journey: dict[str, Any], viewport: str, lang: str = "fr") -> dict[str, Any]:
    """All audits on one saved journey: {"checks": [...], "score": int | None, "coverage": float}."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    try:
        facts = Facts(journey, viewport)
    except MissingFact:
        facts = Facts({}, viewport)
    checks = [run_audit(module, facts, viewport, lang).to_dict() for module in ALL]
    score, coverage = viewport_score(checks)
    return {"checks": checks, "score": score, "coverage": coverage}


def audit_document(document: dict[str, Any], lang: str = "fr") -> dict[str, Any]:
    """A copy of a result document with `checks`, `score` and `coverage` added to every viewport journey, and
    `score` and `priorities` to every site. Existing keys are kept as they are."""
    result = copy.deepcopy(document)
    for site in result.get("sites") or []:
        if not isinstance(site, dict):
            continue
        per_viewport: dict[str, list[dict[str, Any]]] = {}
        scores: dict[str, int | None] = {}
        for viewport, journey in (site.get("viewports") or {}).items():
            if not isinstance(journey, dict):
                continue
            audited = audit_journey(journey, viewport, lang)
            journey.update(audited)
            per_viewport[viewport] = audited["checks"]
            scores[viewport] = audited["score"]
        site["score"] = site_score(scores)
        site["priorities"] = priorities(per_viewport)
    return result


def audit_dir(path: Path | str, lang: str = "fr") -> dict[str, Any]:
    """Re-run every audit on DIR/audit.json and write it back atomically; returns the document."""
    target = Path(path) / "audit.json"
    document = json.loads(target.read_text(encoding="utf-8"))
    audited = audit_document(document, lang)
    handle, temporary = tempfile.mkstemp(prefix=".audit-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(audited, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return audited
