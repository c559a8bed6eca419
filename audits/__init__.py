"""Audits: small pure functions that judge the facts a crawl recorded in `audit.json`.

Gatherers (crawler/) record facts, audits (this package) judge them, the report renders saved results.
Entry points: `audits.runner.audit_journey`, `audits.runner.audit_document`, `audits.runner.audit_dir`.
"""

from audits.base import AuditMeta, AuditResult, EvidenceItem, Finding, Status

__all__ = ["AuditMeta", "AuditResult", "EvidenceItem", "Finding", "Status"]
