"""Cookie-consent banners, handled with the maintained rule set of @duckduckgo/autoconsent.

The rule set (hundreds of consent managers, kept up to date by its authors) is installed by the
bootstrap with npm; its Playwright build runs inside every frame and talks to us through one binding.
When it is missing, or names no CMP, a small fallback finds the banner by its DOM hooks and texts.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from crawler.walk.detect import cmp_name

logger = logging.getLogger(__name__)

AUTOCONSENT_ENV = "CHECKOUT_AUDIT_AUTOCONSENT_DIR"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def autoconsent_dir() -> Path | None:
    """Where @duckduckgo/autoconsent is installed: $CHECKOUT_AUDIT_AUTOCONSENT_DIR, else node_modules."""
    candidates = [
        os.environ.get(AUTOCONSENT_ENV),
        PROJECT_ROOT / "node_modules/@duckduckgo/autoconsent",
        Path.cwd() / "node_modules/@duckduckgo/autoconsent",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "dist/autoconsent.playwright.js").is_file():
            return Path(candidate)
    return None


@dataclass(frozen=True)
class AutoconsentAssets:
    script_path: Path
    rules: dict[str, Any]
    version: str | None


@cache
def load_assets() -> AutoconsentAssets | None:
    base = autoconsent_dir()
    if base is None:
        logger.warning("@duckduckgo/autoconsent introuvable : bandeaux cookies gérés par le repli intégré")
        return None
    # The readable rule file: the compact encoding lost click steps of some rules in our checks
    # (tarteaucitron's opt-in reported success without clicking).
    rules: dict[str, Any] = {}
    if (base / "rules/rules.json").is_file():
        rules = json.loads((base / "rules/rules.json").read_text(encoding="utf-8"))
    elif (base / "rules/compact-rules.json").is_file():
        rules = {"compact": json.loads((base / "rules/compact-rules.json").read_text(encoding="utf-8"))}
    version = None
    package = base / "package.json"
    if package.is_file():
        version = json.loads(package.read_text(encoding="utf-8")).get("version")
    return AutoconsentAssets(base / "dist/autoconsent.playwright.js", rules, version)


@dataclass
class ConsentLog:
    """What the consent machinery saw during one journey."""

    action: str  # "accept" or "refuse": what we asked for
    engine: str = "none"
    engine_version: str | None = None
    cmp: str | None = None
    cmp_raw: str | None = None
    popup_found_at: float | None = None
    done: bool = False
    result: bool | None = None
    cosmetic: bool | None = None
    errors: list[str] = field(default_factory=list)
    fallback_clicks: list[str] = field(default_factory=list)
    pending_frames: list[Any] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "engine": self.engine,
            "engine_version": self.engine_version,
            "cmp": self.cmp,
            "cmp_raw": self.cmp_raw,
            "popup_shown": self.popup_found_at is not None,
            "handled": self.done,
            "result": self.result,
            "cosmetic": self.cosmetic,
            "fallback_clicks": self.fallback_clicks,
            "errors": self.errors[:5],
        }


async def install(page: Any, log: ConsentLog) -> None:
    """Add the rule set to the page before any script of the shop runs."""
    assets = load_assets()
    if assets is None:
        log.engine = "fallback"
        return
    log.engine = "autoconsent"
    log.engine_version = assets.version
    config = {
        "enabled": True,
        # No automatic action: the walk first records the page with the banner as a shopper sees it,
        # then asks for the opt-in or opt-out itself (see `resolve`).
        "autoAction": None,
        "disabledCmps": [],
        "enablePrehide": False,  # never hide what a shopper would see: the audit notes the banner
        "enableCosmeticRules": False,
        "detectRetries": 20,
        "logs": {"lifecycle": False, "rulesteps": False, "evals": False, "errors": False, "messages": False},
    }

    async def on_message(source: dict[str, Any], message: dict[str, Any]) -> None:
        frame = source.get("frame")
        kind = message.get("type")
        try:
            if kind == "init":
                await frame.evaluate(
                    "([config, rules]) => window.autoconsentReceiveMessage({type: 'initResp', config, rules})",
                    [config, assets.rules],
                )
            elif kind == "eval":
                try:
                    result = await frame.evaluate(message.get("code", "false"))
                except Exception:  # noqa: BLE001 - a rule's probe failing means "false"
                    result = False
                await frame.evaluate(
                    "([id, result]) => window.autoconsentReceiveMessage({type: 'evalResp', id, result})",
                    [message.get("id"), result],
                )
            elif kind == "cmpDetected":
                log.cmp_raw = log.cmp_raw or message.get("cmp")
                log.cmp = log.cmp or cmp_name(message.get("cmp"))
            elif kind == "popupFound":
                log.cmp_raw = message.get("cmp")
                log.cmp = cmp_name(message.get("cmp"))
                log.popup_found_at = log.popup_found_at or time.monotonic()
                log.pending_frames.append(frame)
            elif kind in ("optInResult", "optOutResult"):
                log.result = bool(message.get("result"))
                if message.get("cmp"):
                    log.cmp_raw = message.get("cmp")
                    log.cmp = cmp_name(message.get("cmp"))
            elif kind == "autoconsentDone":
                log.done = True
                log.cosmetic = bool(message.get("isCosmetic"))
                if message.get("cmp"):
                    log.cmp_raw = message.get("cmp")
                    log.cmp = cmp_name(message.get("cmp"))
            elif kind == "autoconsentError":
                log.errors.append(str(message.get("details"))[:200])
        except Exception as exc:  # noqa: BLE001 - a frame that navigated away mid-message
            logger.debug("autoconsent message %s failed: %s", kind, exc)

    await page.expose_binding("autoconsentSendMessage", on_message)
    await page.add_init_script(path=str(assets.script_path))


async def resolve(log: ConsentLog) -> bool:
    """Answer the banners the rule set found since the last call; True if one was answered."""
    answered = False
    while log.pending_frames:
        frame = log.pending_frames.pop(0)
        message = "optIn" if log.action == "accept" else "optOut"
        try:
            await frame.evaluate("(type) => window.autoconsentReceiveMessage({type})", message)
            answered = True
        except Exception as exc:  # noqa: BLE001 - the frame may be gone
            log.errors.append(f"{message}: {exc}"[:200])
    return answered
