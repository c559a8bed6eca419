"""Records of what a journey met. Plain dataclasses: the crawler fills them, audits read them.

Everything here is a fact seen on the page (or null when it could not be known), never a verdict.
The JSON form of `Journey` is the result contract described in `crawler/schema/audit.schema.json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

# Journey stages in walking order; `reached` is the furthest one.
STAGES = ("home", "product", "cart", "checkout", "payment")


@dataclass
class Action:
    kind: str  # goto | click | fill | select | check | wait | reload
    text: str | None = None
    role: str | None = None
    selector: str | None = None
    detail: str | None = None
    box: list[float] | None = None  # where the clicked element was (page pixels), for crops


@dataclass
class Step:
    index: int
    stage: str
    url: str
    action: Action | None
    started_at: str
    navigation: str  # "load" (a document load) | "client" (same document, new screen) | "none"
    title: str | None = None
    http_status: int | None = None
    ttfb_ms: float | None = None
    dom_content_loaded_ms: float | None = None
    load_ms: float | None = None
    lcp_ms: float | None = None
    screen_stable_ms: float | None = None
    lcp_with_consent_banner: bool | None = None
    screenshot: str | None = None
    note: str | None = None


@dataclass
class FormField:
    tag: str
    type: str | None
    name: str | None
    id: str | None
    autocomplete: str | None
    inputmode: str | None
    label: str | None
    placeholder: str | None
    required: bool
    visible: bool


@dataclass
class Form:
    step: int
    stage: str
    url: str
    selector: str | None
    fields: list[FormField] = field(default_factory=list)


@dataclass
class Evidence:
    """Where a fact was seen: the step, its URL, the text or selector, the screenshot."""

    step: int | None
    stage: str | None
    url: str | None
    text: str | None = None
    selector: str | None = None
    source: str | None = None  # text | img | iframe | widget | script | link | attribute
    screenshot: str | None = None
    box: list[float] | None = None  # x, y, width, height in page pixels, for crops


@dataclass
class PaymentMarker:
    method: str | None  # one of PAYMENT_METHODS or None for a provider-only marker
    provider: str | None  # bnpl provider or processor name when known
    evidence: Evidence = field(default_factory=lambda: Evidence(None, None, None))


@dataclass
class ReturnPolicy:
    free_returns: bool | None = None
    return_window_days: int | None = None
    url: str | None = None
    text_excerpt: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Journey:
    url: str
    viewport: str
    device: str
    user_agent: str | None = None
    screen: dict[str, Any] | None = None  # CSS viewport {width, height} and device_scale_factor
    started_at: str | None = None
    finished_at: str | None = None
    duration_ms: float | None = None
    reached: str = "home"
    stop_reason: str | None = None
    stop_code: str | None = None
    steps: list[Step] = field(default_factory=list)
    checkout_steps: int | None = None
    guest_checkout: bool | None = None
    forced_account_creation: bool | None = None
    guest_path: dict[str, Any] | None = None
    login_wall: Evidence | None = None
    payment_methods: list[str] | None = None
    payment_methods_before_checkout: list[str] = field(default_factory=list)
    bnpl_providers: list[str] | None = None
    payment_markers: list[PaymentMarker] = field(default_factory=list)
    express_checkout: list[Evidence] = field(default_factory=list)
    return_policy: ReturnPolicy = field(default_factory=ReturnPolicy)
    cookie_banner: str | None = None
    consent: dict[str, Any] = field(default_factory=dict)
    popups: list[dict[str, Any]] = field(default_factory=list)
    checkout_form_fields: int | None = None
    forms: list[Form] = field(default_factory=list)
    pages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    product: dict[str, Any] = field(default_factory=dict)
    add_to_cart: dict[str, Any] = field(default_factory=dict)
    cart_reload: dict[str, Any] | None = None
    final_button: Evidence | None = None
    bot_wall: Evidence | None = None
    robots: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def reach(self, stage: str) -> None:
        """Move `reached` forward, never backward."""
        if STAGES.index(stage) > STAGES.index(self.reached):
            self.reached = stage

    def stop(self, code: str, reason: str) -> None:
        if self.stop_code is None:
            self.stop_code = code
            self.stop_reason = reason
