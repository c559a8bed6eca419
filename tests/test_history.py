"""monitoring/history.py and monitoring/trends.py on SQLite (always) and on a real PostgreSQL server started by
the tests on 127.0.0.1 (initdb + pg_ctl from /usr/lib/postgresql/*/bin; as the `postgres` user, or `nobody`,
when the tests run as root, since PostgreSQL refuses to run as root)."""

from __future__ import annotations

import copy
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from audits.compare import regressions
from monitoring.history import History, HistoryError, shop_key, store_document
from monitoring.trends import shop_trends, svg_line_chart
from tests.facts.builders import journey, stopped_at

SHOP = "https://boutique.example.fr/"
T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)


# -- a real PostgreSQL server ---------------------------------------------------------------------------------


def postgres_bindir() -> Path | None:
    def version(path: str) -> tuple[int, ...]:
        digits = Path(path).parent.name
        return tuple(int(p) for p in digits.split(".") if p.isdigit()) or (0,)

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    candidates += ["/usr/local/bin", "/usr/bin", "/usr/local/pgsql/bin"]
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for directory in candidates:
        if (Path(directory) / "initdb").is_file() and (Path(directory) / "pg_ctl").is_file():
            return Path(directory)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1; yields its base URL (no database name)."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL introuvable (initdb, pg_ctl) : apt-get install postgresql")
    run_as: dict[str, int] = {}
    if os.geteuid() == 0:
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            run_as = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
            break
        else:
            pytest.skip("tests lancés en root sans utilisateur « postgres » ni « nobody » pour PostgreSQL")
    base = Path(tempfile.mkdtemp(prefix="checkout-audit-pg-"))
    if run_as:
        os.chown(base, run_as["user"], run_as["group"])
    data, log = base / "data", base / "server.log"
    port = free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    initdb = subprocess.run(
        [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"],
        capture_output=True, text=True, env=env, timeout=120, **run_as,
    )
    assert initdb.returncode == 0, initdb.stderr
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off")
    start = subprocess.run(
        [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start"],
        capture_output=True, text=True, env=env, timeout=90, **run_as,
    )
    assert start.returncode == 0, start.stderr + (log.read_text() if log.exists() else "")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, env=env, timeout=60, **run_as)
        shutil.rmtree(base, ignore_errors=True)


def fresh_pg_database(server: str) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty history database: a SQLite file path, or a postgresql:// URL."""
    if request.param == "sqlite":
        return str(tmp_path / "nested" / "history.sqlite")
    return fresh_pg_database(request.getfixturevalue("pg_server"))


# -- documents --------------------------------------------------------------------------------------------------


def document(desktop: dict, mobile: dict | None = None, url: str = SHOP, name: str = "Boutique", score: float = 80,
             started: datetime | None = None) -> dict:
    viewports = {"desktop": copy.deepcopy(desktop)}
    if mobile is not None:
        viewports["mobile"] = copy.deepcopy(mobile)
    if started is not None:
        for offset, item in enumerate(viewports.values()):
            item["started_at"] = (started + timedelta(minutes=offset)).isoformat()
    return {"schema_version": "1.0", "tool": {"name": "checkout-audit", "version": "0.1.0"},
            "sites": [{"name": name, "url": url, "viewports": viewports, "score": score}]}


# -- tests ------------------------------------------------------------------------------------------------------


def test_store_and_read_back_whole_journeys(db: str):
    good = journey(score=90)
    good["note"] = "éàç “guillemets” 🛒"  # unicode survives in JSON text and JSONB
    other = document(journey(), url="https://autre.example/", name="Autre")
    with History.open(db) as history:
        (run_id,) = history.store_document(document(good, journey(viewport="mobile", score=70), started=T0),
                                           out_dir="/tmp/run-1")
        history.store_document(other)
        run = history.run(run_id)
        assert run.shop_url == "https://boutique.example.fr" and run.shop_name == "Boutique"
        assert run.tool_version == "0.1.0" and run.score == 80 and run.status == "ok" and run.out_dir == "/tmp/run-1"
        assert run.started_at == T0
        rows = history.journeys(SHOP)
        assert [(r.viewport, r.reached, r.score, r.failed) for r in rows] == [
            ("desktop", "payment", 90, False), ("mobile", "payment", 70, False)]
        assert rows[0].result == {**good, "started_at": T0.isoformat()}  # the whole journey, as saved
        assert rows[0].recorded_at == T0 and rows[1].recorded_at == T0 + timedelta(minutes=1)
        assert [r.viewport for r in history.journeys(SHOP, viewport="mobile")] == ["mobile"]
        assert len(history.journeys()) == 3
        assert [r.shop_name for r in history.runs()] == ["Boutique", "Autre"]


def test_schema_is_created_on_first_use_and_data_persists(db: str):
    run_ids = store_document(db, document(journey(), started=T0))
    assert run_ids and isinstance(run_ids[0], int)
    with History.open(db) as history:  # opening again: schema already there, data kept
        assert [r.id for r in history.runs(SHOP)] == run_ids


def test_shop_urls_are_normalised():
    assert shop_key("HTTPS://Boutique.Example.FR/") == "https://boutique.example.fr"
    assert shop_key("https://boutique.example.fr/fr/#top") == "https://boutique.example.fr/fr"


def test_queries_by_shop_viewport_and_date_range(db: str):
    with History.open(db) as history:
        for day in range(4):
            history.store_document(document(journey(score=80 + day), journey(score=60 + day),
                                            started=T0 + timedelta(days=day)))
        since, until = T0 + timedelta(days=1), T0 + timedelta(days=3)
        rows = history.journeys("https://BOUTIQUE.example.fr", "desktop", since, until)
        assert [r.score for r in rows] == [81, 82]
        assert [r.score for r in history.journeys(SHOP, "mobile", since=since.isoformat())] == [61, 62, 63]
        assert [r.started_at.day for r in history.runs(SHOP, until=since)] == [1]
        assert history.journeys("https://ailleurs.example/") == []


def test_previous_run_and_previous_journey_skip_failed_runs(db: str):
    with History.open(db) as history:
        first = history.store_document(document(journey(score=90), started=T0))[0]
        broken = stopped_at("home", "unreachable", "site injoignable (connexion refusée)")
        failed = history.store_document(document(broken, started=T0 + timedelta(days=1)))[0]
        current = history.store_document(document(journey(score=70), started=T0 + timedelta(days=2)))[0]
        assert history.run(failed).status == "failed"
        assert history.previous_run(SHOP, current).id == failed
        assert history.previous_run(SHOP).id == current
        assert history.previous_run(SHOP, first) is None
        previous = history.previous_journey(SHOP, "desktop", current)
        assert previous.run_id == first and previous.score == 90  # the failed night is skipped
        assert history.previous_journey(SHOP, "desktop", current, include_failed=True).run_id == failed
        assert history.previous_journey(SHOP, "mobile", current) is None
        assert history.previous_journey(SHOP, "desktop", first) is None
        assert [r.failed for r in history.journeys(SHOP)] == [False, True, False]
        assert len(history.journeys(SHOP, include_failed=False)) == 2


def test_regressions_are_stored_with_the_run(db: str):
    with History.open(db) as history:
        history.store_document(document(journey(), started=T0))
        after = journey(payment_methods=["card"], score=60)
        run_id = history.store_document(document(after, started=T0 + timedelta(days=1)))[0]
        found = regressions(journey(), after, viewport="desktop")
        history.store_regressions(run_id, found, status="regression")
        assert history.run(run_id).status == "regression"
        stored = history.regressions(SHOP)
        assert [r["id"] for r in stored] == [r.id for r in found]
        assert stored[0]["run_id"] == run_id and stored[0]["viewport"] == "desktop"
        assert stored[0]["before"] == found[0].before and stored[0]["evidence"] == found[0].evidence
        assert stored[0]["recorded_at"] == T0 + timedelta(days=1)
        assert history.regressions(SHOP, since=T0 + timedelta(days=2)) == []
        with pytest.raises(HistoryError):
            history.store_regressions(9999, found)


def test_shop_trends_series_and_past_regressions(db: str):
    with History.open(db) as history:
        history.store_document(document(journey(score=90), journey(score=70), started=T0, score=78))
        slower = journey(score=80)
        slower["steps"][3]["load_ms"] = 1800.0
        run_id = history.store_document(document(slower, stopped_at("cart"), started=T0 + timedelta(days=1),
                                                 score=50))[0]
        history.store_regressions(run_id, regressions(journey(score=90), slower, viewport="desktop"))
        data = shop_trends(history, SHOP)
    assert data["shop_url"] == "https://boutique.example.fr"
    assert [s for _, s in data["site_scores"]] == [78, 50]
    assert [s for _, s in data["scores"]["desktop"]] == [90, 80]
    desktop = data["load_times"]["desktop"]
    assert list(desktop) == ["accueil 1", "fiche produit 1", "fiche produit 2", "panier 1", "commande 1", "paiement 1"]
    assert [v for _, v in desktop["panier 1"]] == [800.0, 1800.0]
    mobile = data["load_times"]["mobile"]
    assert [v for _, v in mobile["paiement 1"]] == [800.0, None]  # not reached the second time: a gap
    assert [r["id"] for r in data["regressions"]] == ["score_drop", "load_time_increase"]
    assert data["regressions"][1]["message"].startswith("temps de chargement en hausse : panier")
    english = shop_trends(db, SHOP, viewports=["desktop"], lang="en")
    assert list(english["scores"]) == ["desktop"] and "cart 1" in english["load_times"]["desktop"]
    assert english["regressions"][0]["message"].startswith("score down")


def test_unreachable_postgresql_is_a_clear_error():
    with pytest.raises(HistoryError, match="PostgreSQL injoignable"):
        History.open(f"postgresql://postgres@127.0.0.1:{free_port()}/nothing?connect_timeout=2")


def test_unusable_sqlite_path_is_a_clear_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(HistoryError, match="SQLite"):
        History.open(str(blocker / "history.sqlite"))


def parse_svg(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return root


def test_svg_line_chart():
    days = [T0 + timedelta(days=i) for i in range(5)]
    svg = svg_line_chart({"ordinateur": list(zip(days, [90, 88, None, 70, 72], strict=True)),
                          "mobile <&>": list(zip(days, [60, 61, 62, 63, 64], strict=True))},
                         600, 220, title="Score & tendance", y_min=0, y_max=100)
    root = parse_svg(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("width") == "600" and root.get("viewBox") == "0 0 600 220"
    polylines = root.findall(f"{ns}polyline")
    assert len(polylines) == 3  # the gap splits the first line in two
    assert len(root.findall(f"{ns}circle")) == 9
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "Score & tendance" in texts and "mobile <&>" in texts and "0" in texts and "100" in texts
    assert "01/03" in texts  # French day/month labels
    tips = [c.find(f"{ns}title").text for c in root.findall(f"{ns}circle")]
    assert "ordinateur : 90 (2026-03-01 02:00)" in tips
    for line in polylines:
        for pair in line.get("points").split():
            x, y = map(float, pair.split(","))
            assert 0 <= x <= 600 and 0 <= y <= 220
    assert svg == svg_line_chart({"ordinateur": list(zip(days, [90, 88, None, 70, 72], strict=True)),
                                  "mobile <&>": list(zip(days, [60, 61, 62, 63, 64], strict=True))},
                                 600, 220, title="Score & tendance", y_min=0, y_max=100)  # deterministic


def test_svg_line_chart_edge_cases():
    empty = parse_svg(svg_line_chart({}, 300, 120))
    assert "aucune donnée" in [t.text for t in empty.iter("{http://www.w3.org/2000/svg}text")]
    assert "no data" in svg_line_chart({"a": [(1, None)]}, 300, 120, lang="en")
    single = parse_svg(svg_line_chart({"a": [(T0, 1234.0)]}, 300, 120, y_label="ms"))
    assert len(single.findall("{http://www.w3.org/2000/svg}circle")) == 1
    flat = parse_svg(svg_line_chart({"a": [(0, 5), (1, 5), (2, 5)]}, 300, 120))
    assert len(flat.findall("{http://www.w3.org/2000/svg}polyline")) == 1
