"""Text normalisation shared by the walk's matchers."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Lowercase, without accents, straight apostrophes, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return _SPACES.sub(" ", text).strip().lower()


def parse_euros(text: str | None) -> float | None:
    """The first euro amount in a text ('1 299,90 €', '€12.50', '12,5 EUR'), or None."""
    if not text:
        return None
    match = re.search(
        r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})*|\d+)(?:[.,](\d{1,2}))?\s?(?:€|eur\b)|€\s?(\d+)(?:[.,](\d{1,2}))?",
        text,
        re.IGNORECASE,
    )
    if not match:
        return None
    whole = match.group(1) or match.group(3)
    cents = match.group(2) or match.group(4) or "0"
    whole = re.sub(r"[ \u00a0\u202f.]", "", whole)
    return round(int(whole) + int(cents.ljust(2, "0")) / 100, 2)
