"""The published JSON Schema of audit.json."""

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).parent / "audit.schema.json"


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(document: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the document breaks the contract."""
    import jsonschema

    jsonschema.validate(document, schema())


def payment_methods() -> tuple[str, ...]:
    """The payment method names of the contract, in their documented order."""
    return tuple(schema()["$defs"]["journey"]["properties"]["payment_methods"]["items"]["enum"])
