"""The demo shops: the fixture shops of the test suite, served on 127.0.0.1 for `checkout-audit demo`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class DemoUnavailable(RuntimeError):
    pass


def check_demo_available() -> None:
    if not (PROJECT_ROOT / "tests/shops/__init__.py").is_file():
        raise DemoUnavailable(
            "les boutiques de démonstration sont dans tests/shops du dépôt : lancez la démo depuis un clone"
        )


@contextmanager
def serve_demo_shops(names: list[str] | None = None) -> Iterator[list[Any]]:
    check_demo_available()
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    from tests.shops import discover
    from tests.shops.kit import serve

    shops = discover(names)
    served = []
    try:
        for shop in shops:
            served.append(serve(shop.name, shop.make_app()))
        yield served
    finally:
        for item in served:
            item.stop()
