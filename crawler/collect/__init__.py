"""Page scripts that read facts from the live page; each returns plain JSON."""

from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def script(name: str) -> str:
    """The source of `collect/<name>.js`."""
    return (HERE / f"{name}.js").read_text(encoding="utf-8")
