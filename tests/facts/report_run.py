"""Saved result folders for the report tests: a recorded, audited document and stand-in screenshots."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

FACTS = Path(__file__).resolve().parent
RECORDED = FACTS / "report-2shops.json"  # prestashop + oscar_account from a demo run, audited, texts trimmed

# Full-page screenshot sizes of the two profiles (desktop 1366 CSS px at DPR 1, Pixel 7 412 CSS px at 2.625).
SHOT_SIZES = {"desktop": (1366, 1500), "mobile": (1082, 2800)}


def load_recorded() -> dict[str, Any]:
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def screenshots_of(document: dict[str, Any]) -> set[str]:
    paths: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "screenshot" and isinstance(item, str):
                    paths.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document)
    return paths


def write_screenshots(run_dir: Path, document: dict[str, Any]) -> None:
    """Plain stand-ins (a header band and a few blocks) at the sizes the crawler saves."""
    made: dict[str, Image.Image] = {}
    for relative in sorted(screenshots_of(document)):
        if relative.startswith("/") or ".." in relative:
            continue
        viewport = "mobile" if "/mobile/" in relative else "desktop"
        if viewport not in made:
            width, height = SHOT_SIZES[viewport]
            image = Image.new("RGB", (width, height), (246, 247, 250))
            draw = ImageDraw.Draw(image)
            draw.rectangle((0, 0, width, 90), fill=(23, 53, 92))
            for row in range(6):
                top = 140 + row * 220
                draw.rectangle((40, top, width - 40, top + 160), outline=(180, 186, 200), width=3)
            made[viewport] = image
        target = run_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        made[viewport].save(target, "JPEG", quality=40)


def make_run(run_dir: Path, document: dict[str, Any] | None = None, screenshots: bool = True) -> Path:
    """A result folder: DIR/audit.json and (by default) DIR/screens/... for every screenshot it names."""
    document = copy.deepcopy(document if document is not None else load_recorded())
    if run_dir.exists():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    (run_dir / "audit.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    if screenshots:
        write_screenshots(run_dir, document)
    return run_dir
