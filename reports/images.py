"""Thumbnails and evidence crops cut from the saved full-page screenshots (Pillow, JPEG).

Boxes are recorded in CSS pixels of the page; a screenshot is in device pixels, so a box is scaled by
screenshot width / viewport CSS width (1 on desktop, 2.625 on the Pixel 7 profile).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PIL import Image, ImageDraw, UnidentifiedImageError

# CSS width and height of the viewports the crawler simulates (crawler/browser.py), for older files that do
# not say it. A device string like "Desktop 1366x768" wins when present.
VIEWPORT_CSS = {"desktop": (1366, 768), "mobile": (412, 915)}

THUMB_WIDTH = {"desktop": 320, "mobile": 150}  # pixels of the saved thumbnail (shown at half size or so)
CROP_MAX_WIDTH = 720
HIGHLIGHT = (225, 29, 72)


def viewport_css_size(viewport: str, device: str | None) -> tuple[int, int]:
    match = re.search(r"(\d{3,4})\s*[x×]\s*(\d{3,4})", device or "")
    if match:
        return int(match.group(1)), int(match.group(2))
    return VIEWPORT_CSS.get(viewport, VIEWPORT_CSS["desktop"])


def _fresh(target: Path, source: Path) -> bool:
    return target.is_file() and target.stat().st_mtime >= source.stat().st_mtime


def make_thumbnail(source: Path, target: Path, viewport: str, device: str | None = None) -> bool:
    """The first screen of a full-page screenshot, small. False when the screenshot cannot be read."""
    if not source.is_file():
        return False
    if _fresh(target, source):
        return True
    css_width, css_height = viewport_css_size(viewport, device)
    width = THUMB_WIDTH.get(viewport, THUMB_WIDTH["desktop"])
    try:
        with Image.open(source) as image:
            # The first screen, no taller than 16:9 portrait so mobile thumbnails stay compact.
            ratio = min(css_height / css_width, 16 / 9)
            image.draft("RGB", (width, int(width * image.height / max(image.width, 1))))
            top = image.convert("RGB").crop((0, 0, image.width, min(image.height, int(image.width * ratio))))
            top.thumbnail((width, int(width * ratio) + 1), Image.Resampling.LANCZOS)
            target.parent.mkdir(parents=True, exist_ok=True)
            top.save(target, "JPEG", quality=72, optimize=True)
    except (OSError, UnidentifiedImageError, ValueError):
        return False
    return True


def crop_name(screenshot: str, box: list[float]) -> str:
    digest = hashlib.sha1(f"{screenshot}|{box}".encode()).hexdigest()[:10]
    stem = re.sub(r"[^a-z0-9]+", "-", Path(screenshot).with_suffix("").as_posix().lower()).strip("-")[-60:]
    return f"{stem}-{digest}.jpg"


def valid_box(box: object) -> list[float] | None:
    if not isinstance(box, list | tuple) or len(box) != 4:
        return None
    if not all(isinstance(v, int | float) for v in box):
        return None
    x, y, w, h = (float(v) for v in box)
    if w <= 0 or h <= 0 or x + w < 0 or y + h < 0:
        return None
    return [x, y, w, h]


def make_crop(
    source: Path, target: Path, box: list[float], viewport: str, device: str | None = None, margin: float = 28
) -> bool:
    """The region around `box` (CSS pixels), outlined, saved as a small JPEG. False if it cannot be cut."""
    if not source.is_file():
        return False
    if _fresh(target, source):
        return True
    css_width, _ = viewport_css_size(viewport, device)
    x, y, w, h = box
    try:
        with Image.open(source) as image:
            scale = image.width / css_width
            # Some context around the element: at least 360 CSS pixels wide, at most 260 tall.
            context_w = max(w + 2 * margin, 360)
            left = max(0.0, x + w / 2 - context_w / 2)
            right = min(image.width / scale, left + context_w)
            left = max(0.0, right - context_w)
            top = max(0.0, y - margin)
            bottom = min(image.height / scale, y + min(h, 260 - 2 * margin) + margin)
            if right - left < 8 or bottom - top < 8 or y > image.height / scale:
                return False
            region = image.convert("RGB").crop(
                (int(left * scale), int(top * scale), int(right * scale), int(bottom * scale))
            )
            draw = ImageDraw.Draw(region)
            line = max(2, round(2 * scale))
            draw.rectangle(
                (
                    int((x - left) * scale) - line,
                    int((y - top) * scale) - line,
                    int((x + w - left) * scale) + line,
                    int((y + h - top) * scale) + line,
                ),
                outline=HIGHLIGHT,
                width=line,
            )
            if region.width > CROP_MAX_WIDTH:
                region = region.resize(
                    (CROP_MAX_WIDTH, max(1, round(region.height * CROP_MAX_WIDTH / region.width))),
                    Image.Resampling.LANCZOS,
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            region.save(target, "JPEG", quality=80, optimize=True)
    except (OSError, UnidentifiedImageError, ValueError):
        return False
    return True
