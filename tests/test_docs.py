"""The README stays true: every audit, command and stop code it should list is there."""

from __future__ import annotations

from pathlib import Path

from audits.checks import ALL
from crawler.walk.stops import STOPS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_audit_is_documented() -> None:
    for module in ALL:
        assert f"`{module.META.id}`" in README, module.META.id


def test_every_stop_code_is_documented() -> None:
    for code in STOPS:
        if code != "final_button":
            assert f"`{code}`" in README, code


def test_quick_start_has_the_two_commands() -> None:
    assert "./scripts/bootstrap demo" in README and "./scripts/bootstrap test" in README
    ci = (Path(__file__).resolve().parent.parent / ".ci/run").read_text(encoding="utf-8")
    assert "./scripts/bootstrap test" in ci
