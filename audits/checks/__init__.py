"""One module per checklist item; the module name is the audit id.

Each module defines `META` (an `AuditMeta`) and `audit(facts, thresholds) -> Finding`, a pure function
of the recorded journey. `ALL` lists them in report order.
"""

from __future__ import annotations

from importlib import import_module

IDS = (
    "guest_checkout",
    "hidden_costs",
    "final_button_wording",
    "payment_methods",
    "instalments",
    "wallets",
    "express_checkout",
    "return_policy",
    "checkout_length",
    "form_fields",
    "price_consistency",
    "delivery_options",
    "reassurance",
    "speed",
    "interruptions",
    "cart_persistence",
    "cart_save",
)

ALL = tuple(import_module(f"audits.checks.{audit_id}") for audit_id in IDS)
