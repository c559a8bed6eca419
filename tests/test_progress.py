"""Progress of long runs: shown on a terminal, silent otherwise."""

from __future__ import annotations

import io
from types import SimpleNamespace

from checkout_audit.progress import Progress, format_duration


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_and_estimates_on_a_terminal() -> None:
    stream = Terminal()
    progress = Progress(total=4, concurrency=2, stream=stream, started=0.0)
    progress.on_item(SimpleNamespace(journey={"stop_code": None}))
    progress.on_item(SimpleNamespace(journey={"stop_code": "unreachable"}))
    assert progress.done == 2 and progress.failures == 1
    assert "parcours 2/4, échecs 1, reste ≈" in stream.getvalue()
    assert progress.remaining_seconds(60.0) == 60.0


def test_login_wall_is_not_a_failure_and_cron_stays_quiet() -> None:
    stream = io.StringIO()  # not a terminal, like cron or systemd
    progress = Progress(total=1, concurrency=1, stream=stream)
    progress.on_item(SimpleNamespace(journey={"stop_code": "login_required"}))
    assert progress.failures == 0
    assert stream.getvalue() == ""


def test_durations_read_well() -> None:
    assert format_duration(42) == "42 s"
    assert format_duration(125) == "2 min 05 s"
    assert format_duration(3725) == "1 h 02 min"
