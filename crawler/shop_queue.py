"""A shared queue of shops in Redis, for runs spread over several worker processes and machines.

Entries are JSON ({"url", "name", "product_url"}). A worker claims an entry by moving it from the
pending list to the processing list (LMOVE, atomic) and records who holds it; it keeps a heartbeat
key alive while it works. When a shop is done, the worker acknowledges it. A worker that dies stops
its heartbeat: the next worker that looks puts its claims back in the pending list, so the shop is
walked again by someone else and every shop ends up audited exactly once.
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from typing import Any

HEARTBEAT_TTL_S = 15


@dataclass(frozen=True)
class QueueKeys:
    pending: str
    processing: str
    claims: str
    done: str
    worker_prefix: str

    @classmethod
    def named(cls, name: str) -> QueueKeys:
        base = f"checkout-audit:{name}"
        return cls(f"{base}:pending", f"{base}:processing", f"{base}:claims", f"{base}:done", f"{base}:worker:")


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def entry_for(url: str, name: str | None, product_url: str | None) -> str:
    return json.dumps({"url": url, "name": name, "product_url": product_url}, sort_keys=True)


class ShopQueue:
    def __init__(self, server: Any, name: str = "default", worker: str | None = None) -> None:
        self.server = server
        self.keys = QueueKeys.named(name)
        self.worker = worker or worker_id()

    @classmethod
    def from_url(cls, url: str, name: str = "default") -> ShopQueue:
        import redis

        return cls(redis.Redis.from_url(url, decode_responses=True), name)

    def push(self, entries: list[str]) -> int:
        """Add shops to the pending list (a shop already pending, processing or done is not added twice)."""
        added = 0
        for entry in entries:
            if self.server.sismember(self.keys.done, entry):
                continue
            if entry in self.server.lrange(self.keys.pending, 0, -1) or self.server.hexists(self.keys.claims, entry):
                continue
            self.server.rpush(self.keys.pending, entry)
            added += 1
        return added

    def heartbeat(self) -> None:
        self.server.set(self.keys.worker_prefix + self.worker, int(time.time()), ex=HEARTBEAT_TTL_S)

    def claim(self, count: int) -> list[str]:
        self.heartbeat()
        claimed = []
        for _ in range(max(count, 0)):
            entry = self.server.lmove(self.keys.pending, self.keys.processing, "LEFT", "RIGHT")
            if entry is None:
                break
            self.server.hset(self.keys.claims, entry, json.dumps({"worker": self.worker, "at": time.time()}))
            claimed.append(entry)
        return claimed

    def ack(self, entry: str) -> None:
        with self.server.pipeline() as pipe:
            pipe.lrem(self.keys.processing, 1, entry)
            pipe.hdel(self.keys.claims, entry)
            pipe.sadd(self.keys.done, entry)
            pipe.execute()

    def requeue_abandoned(self) -> list[str]:
        """Put back the shops held by workers whose heartbeat stopped (killed, crashed, lost)."""
        requeued = []
        for entry, raw in self.server.hgetall(self.keys.claims).items():
            holder = json.loads(raw).get("worker")
            if holder == self.worker or self.server.exists(self.keys.worker_prefix + holder):
                continue
            # One worker only may requeue a given claim.
            if not self.server.set(f"{self.keys.claims}:reap:{entry}", self.worker, nx=True, ex=HEARTBEAT_TTL_S):
                continue
            with self.server.pipeline() as pipe:
                pipe.lrem(self.keys.processing, 1, entry)
                pipe.hdel(self.keys.claims, entry)
                pipe.lpush(self.keys.pending, entry)
                pipe.execute()
            requeued.append(entry)
        return requeued

    def counts(self) -> dict[str, int]:
        return {
            "pending": self.server.llen(self.keys.pending),
            "processing": self.server.llen(self.keys.processing),
            "done": self.server.scard(self.keys.done),
        }

    def finished(self) -> bool:
        counts = self.counts()
        return counts["pending"] == 0 and counts["processing"] == 0
