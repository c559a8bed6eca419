"""One monitoring run at a time per shop: a lock file per shop in a lock directory, held with fcntl.flock.

The lock is non-blocking: a second run on the same shop fails at once with `LockBusy` (which says who holds
it) instead of waiting. The kernel releases a flock when its process ends, even on a crash or `kill -9`, so
a stale lock file never blocks the next night; the file itself is left in place on purpose (deleting it
would let two processes lock two different files of the same name).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_LOCK_DIR = Path("~/.local/state/checkout-audit/locks")


class LockBusy(Exception):  # noqa: N818 - reads as a state, like the stdlib's BlockingIOError
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path} held by {holder or 'another process'}")


def lock_path(lock_dir: str | Path, shop: str) -> Path:
    """A readable, collision-free file name for a shop: its host and path, plus a short hash."""
    slug = re.sub(r"[^a-z0-9]+", "-", shop.lower().split("://", 1)[-1]).strip("-")[:60] or "shop"
    digest = hashlib.sha1(shop.encode("utf-8")).hexdigest()[:10]
    return Path(lock_dir).expanduser() / f"{slug}-{digest}.lock"


@contextmanager
def shop_lock(lock_dir: str | Path, shop: str) -> Iterator[Path]:
    """Hold the shop's lock for the duration of the block; raise LockBusy at once if another process has it."""
    path = lock_path(lock_dir, shop)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError) as exc:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            raise LockBusy(path, holder) from exc
        os.ftruncate(fd, 0)
        started = datetime.now(UTC).isoformat(timespec="seconds")
        os.pwrite(fd, f"pid {os.getpid()}, depuis {started}\n".encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
