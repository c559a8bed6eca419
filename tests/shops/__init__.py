"""Fixture shops: each sub-package is one shop (see README.md in this folder)."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

SHOPS_DIR = Path(__file__).parent


@dataclass(frozen=True)
class ShopModule:
    name: str
    module: ModuleType

    @property
    def expected(self) -> dict[str, Any]:
        return self.module.EXPECTED

    def make_app(self) -> Any:
        return self.module.make_app()


def discover(names: list[str] | None = None) -> list[ShopModule]:
    """The fixture shop packages (all, or those named), sorted by name; '_' packages are helpers."""
    shops = []
    for info in sorted(pkgutil.iter_modules([str(SHOPS_DIR)]), key=lambda i: i.name):
        if not info.ispkg or info.name.startswith("_") or (names is not None and info.name not in names):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "make_app") and hasattr(module, "EXPECTED"):
            shops.append(ShopModule(info.name, module))
    return shops
