"""Runs spread over workers: a shared Redis queue (scrapy-redis), two workers, one killed mid-journey.

Every shop must end up audited exactly once in the shared history database, the killed worker's
shop included (picked up again by the other worker once its heartbeat stopped).
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.shops._monitor import make_app
from tests.shops.kit import serve

pytestmark = pytest.mark.e2e

REDIS = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def redis_url(tmp_path: Path):
    if REDIS is None:
        pytest.skip("redis-server absent (scripts/bootstrap installe le paquet Debian redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def worker(*args: str, log: Path) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "checkout_audit.cli",
        *args,
        "--loopback-only",
        "--pause-ms",
        "100",
        "--viewports",
        "desktop",
        "--concurrency",
        "1",
    ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def test_two_workers_share_the_queue_and_a_killed_workers_shop_is_picked_up(redis_url: str, tmp_path: Path) -> None:
    import redis

    from crawler.shop_queue import ShopQueue
    from monitoring.history import journeys

    shops = [serve(f"shop{i}", make_app()) for i in range(4)]
    db = str(tmp_path / "history.sqlite")
    sites = tmp_path / "sites.csv"
    with sites.open("w", newline="") as handle:
        csv.writer(handle).writerows([("name", "url"), *[(s.name, s.url) for s in shops]])
    queue = ShopQueue(redis.Redis.from_url(redis_url, decode_responses=True), "test")
    try:
        first = worker(
            "run",
            "--sites",
            str(sites),
            "--redis",
            redis_url,
            "--queue",
            "test",
            "--db",
            db,
            "--out",
            str(tmp_path / "a"),
            log=tmp_path / "a.log",
        )
        second = worker(
            "worker",
            "--redis",
            redis_url,
            "--queue",
            "test",
            "--db",
            db,
            "--out",
            str(tmp_path / "b"),
            "--wait",
            "20",
            log=tmp_path / "b.log",
        )
        # Kill the second worker as soon as it holds a shop (mid-journey), browser included.
        deadline = time.monotonic() + 120
        victim_claim = None
        while time.monotonic() < deadline and victim_claim is None:
            for entry, raw in queue.server.hgetall(queue.keys.claims).items():
                if raw.find(f':{second.pid}"') >= 0:
                    victim_claim = entry
            time.sleep(0.2)
        assert victim_claim is not None, (tmp_path / "b.log").read_text()
        time.sleep(2)  # mid-journey
        os.killpg(second.pid, signal.SIGKILL)
        second.wait(timeout=10)
        assert first.wait(timeout=300) == 0, (tmp_path / "a.log").read_text()
    finally:
        for shop in shops:
            shop.stop()
    rows = journeys(db)
    assert len(rows) == 4 and len({row.shop_url for row in rows}) == 4, [r.shop_url for r in rows]  # exactly once
    assert all(row.reached == "payment" for row in rows)
    assert queue.counts() == {"pending": 0, "processing": 0, "done": 4}
    assert victim_claim in queue.server.smembers(queue.keys.done)  # the killed worker's shop was redone


def test_unreachable_redis_is_one_line(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    result = run_cli("worker", "--redis", f"redis://127.0.0.1:{free_port()}/0", "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Erreur : file Redis inaccessible"), result.stderr
