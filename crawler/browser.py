"""Find a Chromium to drive, and describe the two device profiles a journey can use."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BROWSER_ENV = "CHECKOUT_AUDIT_CHROMIUM"
CANDIDATES = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Keep every name lookup on loopback when asked to (tests, demo): nothing leaves the machine.
LOOPBACK_ONLY_ARG = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"


class BrowserNotFound(RuntimeError):
    """No usable Chromium: the message says what was tried and how to fix it."""


def find_chromium(explicit: str | None = None) -> str:
    """The Chromium executable: the option, then $CHECKOUT_AUDIT_CHROMIUM, then the system's."""
    tried = []
    for candidate in (explicit, os.environ.get(BROWSER_ENV)):
        if candidate:
            tried.append(candidate)
            if Path(candidate).is_file() and os.access(candidate, os.X_OK):
                return candidate
            raise BrowserNotFound(f"Chromium introuvable à l'emplacement indiqué : {candidate}")
    for candidate in CANDIDATES:
        tried.append(candidate)
        path = candidate if candidate.startswith("/") else shutil.which(candidate)
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    playwright_path = _playwright_chromium()
    if playwright_path:
        return playwright_path
    raise BrowserNotFound(
        "aucun Chromium trouvé (essayé : " + ", ".join(tried) + "). Installez le paquet Debian 'chromium' "
        f"(apt-get install chromium) ou indiquez le chemin avec ${BROWSER_ENV} ou --chromium."
    )


def _playwright_chromium() -> str | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as p:
            path = p.chromium.executable_path
    except Exception:  # noqa: BLE001 - any failure means "not available"
        return None
    return path if path and Path(path).is_file() else None


def chromium_major(executable: str) -> int | None:
    """The browser's major version, to write a user agent that tells the truth about the engine."""
    try:
        out = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"(\d+)\.\d+\.\d+", out)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Viewport:
    name: str
    device: str
    context_kwargs: dict[str, Any]


DESKTOP_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 Safari/537.36"
MOBILE_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{major}.0.0.0 Mobile Safari/537.36"
)


def viewports(major: int | None, user_agent: str | None = None) -> dict[str, Viewport]:
    """Desktop 1366x768 and a Pixel 7 profile (touch, mobile UA, DPR 2.625), in French.

    The user agent names the real engine version and never says "HeadlessChrome".
    """
    version = major or 130
    common = {
        "locale": "fr-FR",
        "timezone_id": "Europe/Paris",
        "ignore_https_errors": False,
        "service_workers": "block",
    }
    desktop = {
        **common,
        "viewport": {"width": 1366, "height": 768},
        "device_scale_factor": 1,
        "is_mobile": False,
        "has_touch": False,
        "user_agent": user_agent or DESKTOP_UA.format(major=version),
    }
    mobile = {
        **common,
        # Playwright's "Pixel 7" descriptor, with a user agent that matches the engine we drive.
        "viewport": {"width": 412, "height": 839},
        "screen": {"width": 412, "height": 915},
        "device_scale_factor": 2.625,
        "is_mobile": True,
        "has_touch": True,
        "user_agent": user_agent or MOBILE_UA.format(major=version),
    }
    return {
        "desktop": Viewport("desktop", "Desktop 1366x768", desktop),
        "mobile": Viewport("mobile", "Pixel 7", mobile),
    }
