"""The shapes every audit shares: its metadata, what it finds, and the saved result."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

STAGES = ("product", "cart", "checkout", "payment", "journey")


class Status(StrEnum):
    """Outcome of one audit (axe-core style: pass, violation, needs review, inapplicable)."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    NA = "na"  # the rule does not apply to this shop
    UNKNOWN = "unknown"  # the walk could not see the fact (stopped early, fact missing or malformed)


# Score of a status when the audit does not give a finer one.
DEFAULT_SCORES: dict[Status, float | None] = {
    Status.PASS: 1.0,
    Status.WARN: 0.5,
    Status.FAIL: 0.0,
    Status.NA: None,
    Status.UNKNOWN: None,
}


@dataclass(frozen=True)
class AuditMeta:
    id: str  # stable English snake_case, also the module name and the weight key by default
    title_pass_fr: str
    title_fail_fr: str
    title_pass_en: str
    title_fail_en: str
    stage: str  # product | cart | checkout | payment | journey
    source: str  # study and year, or law article
    description_fr: str
    description_en: str
    recommendation_fr: str
    recommendation_en: str
    weight_key: str = ""
    # The furthest stage the walk must reach before the audit can say anything (None: any journey).
    requires: str | None = None

    @property
    def key(self) -> str:
        return self.weight_key or self.id

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"{self.id}: unknown stage {self.stage!r}")


@dataclass
class EvidenceItem:
    """One line a user can check: where it was seen, what it said, the screenshot and the box to crop."""

    step: int | None
    url: str | None
    text: str | None = None
    selector: str | None = None
    screenshot: str | None = None
    box: list[float] | None = None
    stage: str | None = None


@dataclass
class Finding:
    """What an audit function returns; the runner adds id, weight, titles and the recommendation."""

    status: Status
    score: float | None = None  # None: the default score of the status
    evidence: list[EvidenceItem] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    note_fr: str | None = None  # why unknown / na, or a caveat, in French
    note_en: str | None = None
    # Outcome-specific advice replacing the meta recommendation (e.g. forced account vs hidden guest link).
    recommendation_fr: str | None = None
    recommendation_en: str | None = None


@dataclass
class AuditResult:
    id: str
    status: str
    score: float | None
    weight: float
    title: str
    stage: str
    source: str
    evidence: list[dict[str, Any]]
    recommendation: str | None
    details: dict[str, Any]
    note: str | None = None
    lang: str = "fr"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clamp(score: float) -> float:
    return round(max(0.0, min(1.0, score)), 3)


def status_from_score(score: float, pass_at: float = 0.9, warn_at: float = 0.5) -> Status:
    if score >= pass_at:
        return Status.PASS
    if score >= warn_at:
        return Status.WARN
    return Status.FAIL
