"""Speed and memory of the walk, printed as figures (never a timed test).

1. Every fixture shop on both viewports, 4 journeys at a time: total wall time, time per journey,
   sum of the page-load times measured, most journeys seen running at once, and the browser's peak
   memory (proportional set size of the Chromium processes started by the run).
2. Generic walk against a hand-scripted Playwright walk of the same path (fixed selectors, no
   discovery, the same pause between actions and a screenshot per step) on two shops, one journey
   at a time so that both get the same machine.

Targets on a 2-core machine: generic ≤ 1.5 × scripted; ≥ 4 concurrent journeys; < 200 MiB of
browser memory per concurrent journey. Each figure is printed with its ratio to the target.

Usage: .venv/bin/python benchmarks/walk_benchmark.py [--shops a,b] [--pause-ms 150]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scripted_walks import SCRIPTED  # noqa: E402
from crawler.browser import find_chromium, viewports  # noqa: E402
from tests.shops import discover  # noqa: E402
from tests.shops.kit import serve  # noqa: E402

MIB = 1024 * 1024


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def browser_pss(root_pid: int) -> int:
    """Proportional set size, in bytes, of the Chromium processes under root_pid."""
    total = 0
    for pid in descendants(root_pid):
        try:
            if "chrom" not in Path(f"/proc/{pid}/comm").read_text():
                continue
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


class PeakSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, browser_pss(self.pid))
            self.stop.wait(0.25)


def run_generic(sites: list[tuple[str, str]], out: Path, concurrency: int, pause_ms: int) -> tuple[dict, float, int]:
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / "sites.csv"
    with csv_path.open("w", newline="") as handle:
        csv.writer(handle).writerows([("name", "url"), *sites])
    command = [
        sys.executable,
        "-m",
        "checkout_audit.cli",
        "run",
        "--sites",
        str(csv_path),
        "--out",
        str(out),
        "--loopback-only",
        "--pause-ms",
        str(pause_ms),
        "--concurrency",
        str(concurrency),
    ]
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    sampler = PeakSampler(process.pid)
    sampler.start()
    process.wait()
    wall = time.monotonic() - started
    sampler.stop.set()
    sampler.join()
    return json.loads((out / "audit.json").read_text()), wall, sampler.peak


def max_overlap(journeys: list[dict[str, Any]]) -> int:
    events = []
    for journey in journeys:
        if journey.get("started_at") and journey.get("finished_at"):
            events.append((datetime.fromisoformat(journey["started_at"]), 1))
            events.append((datetime.fromisoformat(journey["finished_at"]), -1))
    running = best = 0
    for _when, delta in sorted(events, key=lambda e: (e[0], e[1])):
        running += delta
        best = max(best, running)
    return best


def load_time_sum(journey: dict[str, Any]) -> float:
    return sum((s.get("load_ms") or 0) + (s.get("screen_stable_ms") or 0) for s in journey["steps"])


async def run_scripted(name: str, url: str, viewport: str, pause_ms: int, shots: Path) -> float:
    from playwright.async_api import async_playwright

    profile = viewports(None)[viewport].context_kwargs
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=find_chromium())
        context = await browser.new_context(**profile)
        page = await context.new_page()
        started = time.monotonic()
        await SCRIPTED[name](page, url.rstrip("/"), pause_ms / 1000, shots / f"{name}-{viewport}")
        elapsed = time.monotonic() - started
        await context.close()
        await browser.close()
    return elapsed


def ratio_line(label: str, value: float, target: float, unit: str, lower_is_better: bool = True) -> str:
    ratio = value / target if target else float("nan")
    verdict = "ok" if (ratio <= 1 if lower_is_better else ratio >= 1) else "AU-DELÀ DE L'OBJECTIF"
    return f"  {label:<52} {value:10.2f} {unit:<4} objectif {target:g} {unit} → ratio {ratio:.2f} ({verdict})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shops", default=None)
    parser.add_argument("--pause-ms", type=int, default=150)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    names = args.shops.split(",") if args.shops else None
    served = {m.name: serve(m.name, m.make_app()) for m in discover(names)}
    work = Path(tempfile.mkdtemp(prefix="checkout-audit-bench-"))
    try:
        sites = [(name, shop.url) for name, shop in served.items()]
        document, wall, peak = run_generic(sites, work / "all", args.concurrency, args.pause_ms)
        journeys = [j for site in document["sites"] for j in site["viewports"].values()]
        per_journey = [j["duration_ms"] / 1000 for j in journeys if j.get("duration_ms")]
        concurrent = max_overlap(journeys)
        print(f"1. Toutes les boutiques ({len(served)}) × 2 appareils, {args.concurrency} parcours simultanés au plus")
        print(f"  durée totale                                          {wall:10.2f} s")
        print(f"  parcours                                              {len(journeys):10d}")
        print(
            f"  temps par parcours (moyenne / max)                    {sum(per_journey) / len(per_journey):10.2f} s"
            f" / {max(per_journey):.2f} s"
        )
        loads = sum(map(load_time_sum, journeys)) / 1000
        print(f"  somme des temps de chargement mesurés                 {loads:10.2f} s")
        print(ratio_line("parcours simultanés observés", concurrent, 4, "", lower_is_better=False))
        print(f"  mémoire du navigateur, pic (PSS)                      {peak / MIB:10.1f} MiB")
        per = peak / MIB / max(concurrent, 1)
        print(ratio_line("mémoire par parcours simultané", per, 200, "MiB"))

        print("\n2. Marche générique contre marche scriptée (un parcours à la fois)")
        baseline_shops = [name for name in ("prestashop", "woocommerce") if name in served]
        generic, _wall, _peak = run_generic(
            [(n, served[n].url) for n in baseline_shops], work / "generic", 1, args.pause_ms
        )
        for site in generic["sites"]:
            for viewport, journey in site["viewports"].items():
                scripted = asyncio.run(run_scripted(site["name"], site["url"], viewport, args.pause_ms, work / "shots"))
                generic_s = journey["duration_ms"] / 1000
                print(
                    f"  {site['name']}/{viewport}: générique {generic_s:.2f} s (atteint {journey['reached']}),"
                    f" scriptée {scripted:.2f} s"
                )
                print(ratio_line(f"{site['name']}/{viewport} générique ÷ scriptée", generic_s / scripted, 1.5, "×"))
        print(f"\nRésultats bruts : {work}")
    finally:
        for shop in served.values():
            shop.stop()


if __name__ == "__main__":
    main()
