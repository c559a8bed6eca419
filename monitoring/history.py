"""The history database: every monitored run, the whole result of each journey, and the regressions found.

A small layer over the DB-API: `sqlite3` (the default, a file path) or psycopg 3 for a `postgresql://` URL.
The schema is created on first use:

- `runs(id, started_at, finished_at, tool_version, schema_version, shop_url, shop_name, score, status, out_dir)`:
  one row per shop and run;
- `journeys(id, run_id, shop_url, viewport, reached, score, stop_code, failed, recorded_at, result)`: one row per
  journey, `result` is the journey as saved in audit.json (JSON text in SQLite, JSONB in PostgreSQL);
- `regressions(id, run_id, shop_url, viewport, regression_id, message_fr, message_en, before, after, evidence,
  recorded_at)`.

Shops are keyed by their normalised URL (`shop_key`). Times are stored in UTC.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crawler.walk.stops import is_failure

DEFAULT_DB = Path("~/.local/share/checkout-audit/history.sqlite")

SCHEMA = {
    "sqlite": [
        """CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            tool_version TEXT,
            schema_version TEXT,
            shop_url TEXT NOT NULL,
            shop_name TEXT,
            score REAL,
            status TEXT,
            out_dir TEXT)""",
        """CREATE TABLE IF NOT EXISTS journeys (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            shop_url TEXT NOT NULL,
            viewport TEXT NOT NULL,
            reached TEXT,
            score REAL,
            stop_code TEXT,
            failed INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL,
            result TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS regressions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            shop_url TEXT NOT NULL,
            viewport TEXT,
            regression_id TEXT NOT NULL,
            message_fr TEXT,
            message_en TEXT,
            before TEXT,
            after TEXT,
            evidence TEXT,
            recorded_at TEXT NOT NULL)""",
    ],
    "postgresql": [
        """CREATE TABLE IF NOT EXISTS runs (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            started_at TIMESTAMPTZ NOT NULL,
            finished_at TIMESTAMPTZ,
            tool_version TEXT,
            schema_version TEXT,
            shop_url TEXT NOT NULL,
            shop_name TEXT,
            score DOUBLE PRECISION,
            status TEXT,
            out_dir TEXT)""",
        """CREATE TABLE IF NOT EXISTS journeys (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            shop_url TEXT NOT NULL,
            viewport TEXT NOT NULL,
            reached TEXT,
            score DOUBLE PRECISION,
            stop_code TEXT,
            failed BOOLEAN NOT NULL DEFAULT FALSE,
            recorded_at TIMESTAMPTZ NOT NULL,
            result JSONB NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS regressions (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            shop_url TEXT NOT NULL,
            viewport TEXT,
            regression_id TEXT NOT NULL,
            message_fr TEXT,
            message_en TEXT,
            before JSONB,
            after JSONB,
            evidence JSONB,
            recorded_at TIMESTAMPTZ NOT NULL)""",
    ],
}
INDEXES = [
    "CREATE INDEX IF NOT EXISTS runs_shop ON runs (shop_url, started_at)",
    "CREATE INDEX IF NOT EXISTS journeys_shop ON journeys (shop_url, viewport, recorded_at)",
    "CREATE INDEX IF NOT EXISTS journeys_run ON journeys (run_id)",
    "CREATE INDEX IF NOT EXISTS regressions_shop ON regressions (shop_url, recorded_at)",
]
JOURNEY_COLUMNS = (
    "j.id, j.run_id, j.shop_url, j.viewport, j.reached, j.score, j.stop_code, j.failed, j.recorded_at, j.result"
)
RUN_COLUMNS = "id, started_at, finished_at, tool_version, schema_version, shop_url, shop_name, score, status, out_dir"


class HistoryError(Exception):
    """The history database cannot be opened or used (message in French, for the user)."""


def shop_key(url: str) -> str:
    """The shop's identity in the history: scheme and host in lower case, no trailing slash, no fragment."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def is_postgres(db: str | Path) -> bool:
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def parse_time(value: Any) -> datetime | None:
    """A datetime in UTC from an ISO-8601 string or a datetime (naive means UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip().replace("Z", "+00:00")
        moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass
class JourneyRow:
    id: int
    run_id: int
    shop_url: str
    viewport: str
    reached: str | None
    score: float | None
    stop_code: str | None
    failed: bool
    recorded_at: datetime
    result: dict[str, Any]


@dataclass
class RunRow:
    id: int
    started_at: datetime
    finished_at: datetime | None
    tool_version: str | None
    schema_version: str | None
    shop_url: str
    shop_name: str | None
    score: float | None
    status: str | None
    out_dir: str | None


class History:
    """One connection to the history database; `History.open(db)` with a path or a postgresql:// URL."""

    def __init__(self, connection: Any, kind: str, label: str) -> None:
        self.connection = connection
        self.kind = kind
        self.label = label

    @classmethod
    def open(cls, db: str | Path) -> History:
        if is_postgres(db):
            try:
                import psycopg
            except ImportError as exc:
                raise HistoryError("psycopg (version 3) est nécessaire pour une base PostgreSQL") from exc
            try:
                connection = psycopg.connect(str(db), autocommit=False, connect_timeout=10)
            except psycopg.Error as exc:
                raise HistoryError(f"base PostgreSQL injoignable ({_first_line(exc)})") from exc
            history = cls(connection, "postgresql", _safe_url(str(db)))
        else:
            path = Path(db).expanduser()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(str(path), timeout=30)
            except (OSError, sqlite3.Error) as exc:
                raise HistoryError(f"base SQLite inutilisable : {path} ({exc})") from exc
            connection.execute("PRAGMA foreign_keys = ON")
            history = cls(connection, "sqlite", str(path))
        try:
            history.create_schema()
        except Exception as exc:
            history.close()
            raise HistoryError(f"schéma de la base {history.label} impossible à créer ({_first_line(exc)})") from exc
        return history

    # -- plumbing ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        try:
            self.connection.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sql(self, query: str) -> str:
        return query.replace("?", "%s") if self.kind == "postgresql" else query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(self._sql(query), tuple(params))
        return cursor

    def _insert(self, query: str, params: Sequence[Any]) -> int:
        if self.kind == "postgresql":
            return int(self.execute(query + " RETURNING id", params).fetchone()[0])
        return int(self.execute(query, params).lastrowid)

    def commit(self) -> None:
        self.connection.commit()

    def create_schema(self) -> None:
        for statement in [*SCHEMA[self.kind], *INDEXES]:
            self.execute(statement)
        self.commit()

    def _time(self, moment: datetime | str | None) -> Any:
        value = parse_time(moment)
        if value is None:
            return None
        return value if self.kind == "postgresql" else value.isoformat(timespec="microseconds")

    def _json(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "postgresql":
            from psycopg.types.json import Jsonb

            return Jsonb(value)
        return json.dumps(value, ensure_ascii=False)

    @staticmethod
    def _load(value: Any) -> Any:
        return json.loads(value) if isinstance(value, str | bytes) else value

    def _journey(self, row: Sequence[Any]) -> JourneyRow:
        return JourneyRow(
            id=int(row[0]),
            run_id=int(row[1]),
            shop_url=row[2],
            viewport=row[3],
            reached=row[4],
            score=row[5],
            stop_code=row[6],
            failed=bool(row[7]),
            recorded_at=parse_time(row[8]),
            result=self._load(row[9]),
        )

    @staticmethod
    def _run(row: Sequence[Any]) -> RunRow:
        return RunRow(
            id=int(row[0]),
            started_at=parse_time(row[1]),
            finished_at=parse_time(row[2]),
            tool_version=row[3],
            schema_version=row[4],
            shop_url=row[5],
            shop_name=row[6],
            score=row[7],
            status=row[8],
            out_dir=row[9],
        )

    # -- writing ----------------------------------------------------------------------------------------------

    def store_document(
        self,
        document: dict[str, Any],
        started_at: datetime | str | None = None,
        finished_at: datetime | str | None = None,
        out_dir: str | Path | None = None,
    ) -> list[int]:
        """Store every site of a result document as one run; returns the run ids, in the order of the sites."""
        tool_version = (document.get("tool") or {}).get("version")
        run_ids = []
        try:
            for site in document.get("sites") or []:
                if not isinstance(site, dict) or not site.get("url"):
                    continue
                journeys = {v: j for v, j in (site.get("viewports") or {}).items() if isinstance(j, dict)}
                times = [parse_time(j.get("started_at")) for j in journeys.values() if j.get("started_at")]
                start = parse_time(started_at) or (min(times) if times else now_utc())
                ends = [parse_time(j.get("finished_at")) for j in journeys.values() if j.get("finished_at")]
                end = parse_time(finished_at) or (max(ends) if ends else None)
                failed = any(is_failure(j.get("stop_code")) for j in journeys.values())
                key = shop_key(site["url"])
                run_id = self._insert(
                    "INSERT INTO runs (started_at, finished_at, tool_version, schema_version, shop_url, shop_name,"
                    " score, status, out_dir) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        self._time(start),
                        self._time(end),
                        tool_version,
                        document.get("schema_version"),
                        key,
                        site.get("name"),
                        site.get("score"),
                        "failed" if failed else "ok",
                        str(out_dir) if out_dir else None,
                    ),
                )
                for viewport, journey in journeys.items():
                    recorded = parse_time(journey.get("started_at")) or start
                    failed_journey = is_failure(journey.get("stop_code"))
                    self.execute(
                        "INSERT INTO journeys (run_id, shop_url, viewport, reached, score, stop_code, failed,"
                        " recorded_at, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            run_id,
                            key,
                            viewport,
                            journey.get("reached"),
                            journey.get("score"),
                            journey.get("stop_code"),
                            failed_journey if self.kind == "postgresql" else int(failed_journey),
                            self._time(recorded),
                            self._json(journey),
                        ),
                    )
                run_ids.append(run_id)
            self.commit()
        except BaseException:
            self.connection.rollback()
            raise
        return run_ids

    def store_regressions(self, run_id: int, regressions: Sequence[Any], status: str | None = None) -> None:
        """Record the regressions found for a run (objects with `to_dict()` or dicts); optionally its status."""
        run = self.run(run_id)
        if run is None:
            raise HistoryError(f"exécution {run_id} introuvable")
        try:
            for item in regressions:
                data = item.to_dict() if hasattr(item, "to_dict") else dict(item)
                self.execute(
                    "INSERT INTO regressions (run_id, shop_url, viewport, regression_id, message_fr, message_en,"
                    " before, after, evidence, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        run_id,
                        run.shop_url,
                        data.get("viewport"),
                        data["id"],
                        data.get("message_fr"),
                        data.get("message_en"),
                        self._json(data.get("before")),
                        self._json(data.get("after")),
                        self._json(data.get("evidence")),
                        self._time(run.started_at),
                    ),
                )
            if status is not None:
                self.execute("UPDATE runs SET status = ? WHERE id = ?", (status, run_id))
            self.commit()
        except BaseException:
            self.connection.rollback()
            raise

    # -- reading ----------------------------------------------------------------------------------------------

    def run(self, run_id: int) -> RunRow | None:
        row = self.execute(f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,)).fetchone()
        return self._run(row) if row else None

    def runs(
        self, shop_url: str | None = None, since: datetime | str | None = None, until: datetime | str | None = None
    ) -> list[RunRow]:
        where, params = self._filters("", shop_url, None, since, until, "started_at")
        rows = self.execute(f"SELECT {RUN_COLUMNS} FROM runs{where} ORDER BY started_at, id", params).fetchall()
        return [self._run(r) for r in rows]

    def journeys(
        self,
        shop_url: str | None = None,
        viewport: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        include_failed: bool = True,
    ) -> list[JourneyRow]:
        """Stored journeys, oldest first, filtered by shop, viewport and date range (`since` <= t < `until`)."""
        where, params = self._filters("j.", shop_url, viewport, since, until, "recorded_at")
        if not include_failed:
            where += (" AND " if where else " WHERE ") + "NOT j.failed"
        rows = self.execute(
            f"SELECT {JOURNEY_COLUMNS} FROM journeys j{where} ORDER BY j.recorded_at, j.id", params
        ).fetchall()
        return [self._journey(r) for r in rows]

    def run_journeys(self, run_id: int) -> dict[str, JourneyRow]:
        rows = self.execute(
            f"SELECT {JOURNEY_COLUMNS} FROM journeys j WHERE j.run_id = ? ORDER BY j.id", (run_id,)
        ).fetchall()
        return {row.viewport: row for row in map(self._journey, rows)}

    def previous_run(self, shop_url: str, before_run_id: int | None = None) -> RunRow | None:
        """The latest run of the shop before `before_run_id` (or the latest of all)."""
        key = shop_key(shop_url)
        if before_run_id is None:
            row = self.execute(
                f"SELECT {RUN_COLUMNS} FROM runs WHERE shop_url = ? ORDER BY started_at DESC, id DESC", (key,)
            ).fetchone()
            return self._run(row) if row else None
        current = self.run(before_run_id)
        if current is None:
            return None
        row = self.execute(
            f"SELECT {RUN_COLUMNS} FROM runs WHERE shop_url = ? AND id <> ? AND (started_at < ? OR "
            "(started_at = ? AND id < ?)) ORDER BY started_at DESC, id DESC",
            (key, before_run_id, self._time(current.started_at), self._time(current.started_at), before_run_id),
        ).fetchone()
        return self._run(row) if row else None

    def previous_journey(
        self, shop_url: str, viewport: str, before_run_id: int, include_failed: bool = False
    ) -> JourneyRow | None:
        """The journey of the same shop and viewport in the latest earlier run; a run that failed (the walk could not
        do its job) is skipped unless `include_failed`, so one bad night does not hide a regression."""
        current = self.run(before_run_id)
        if current is None:
            return None
        failed_clause = "" if include_failed else " AND NOT j.failed"
        row = self.execute(
            f"SELECT {JOURNEY_COLUMNS} FROM journeys j JOIN runs r ON r.id = j.run_id WHERE j.shop_url = ?"
            " AND j.viewport = ? AND r.id <> ? AND (r.started_at < ? OR (r.started_at = ? AND r.id < ?))"
            f"{failed_clause}"
            " ORDER BY r.started_at DESC, r.id DESC",
            (
                shop_key(shop_url),
                viewport,
                before_run_id,
                self._time(current.started_at),
                self._time(current.started_at),
                before_run_id,
            ),
        ).fetchone()
        return self._journey(row) if row else None

    def regressions(
        self, shop_url: str | None = None, since: datetime | str | None = None, until: datetime | str | None = None
    ) -> list[dict[str, Any]]:
        """Stored regressions, oldest first: dicts with run_id, recorded_at, id, viewport, messages, before, after,
        evidence."""
        where, params = self._filters("", shop_url, None, since, until, "recorded_at")
        rows = self.execute(
            "SELECT run_id, shop_url, viewport, regression_id, message_fr, message_en, before, after, evidence,"
            f" recorded_at FROM regressions{where} ORDER BY recorded_at, id",
            params,
        ).fetchall()
        return [
            {
                "run_id": int(r[0]),
                "shop_url": r[1],
                "viewport": r[2],
                "id": r[3],
                "message_fr": r[4],
                "message_en": r[5],
                "before": self._load(r[6]),
                "after": self._load(r[7]),
                "evidence": self._load(r[8]),
                "recorded_at": parse_time(r[9]),
            }
            for r in rows
        ]

    def _filters(
        self, prefix: str, shop_url: str | None, viewport: str | None, since: Any, until: Any, time_column: str
    ) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if shop_url:
            clauses.append(f"{prefix}shop_url = ?")
            params.append(shop_key(shop_url))
        if viewport:
            clauses.append(f"{prefix}viewport = ?")
            params.append(viewport)
        if since is not None:
            clauses.append(f"{prefix}{time_column} >= ?")
            params.append(self._time(since))
        if until is not None:
            clauses.append(f"{prefix}{time_column} < ?")
            params.append(self._time(until))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


@contextmanager
def using(db: History | str | Path) -> Iterator[History]:
    """A History for `db`: the one given, or one opened (and closed afterwards) from a path or URL."""
    if isinstance(db, History):
        yield db
        return
    history = History.open(db)
    try:
        yield history
    finally:
        history.close()


def open_history(db: str | Path) -> History:
    return History.open(db)


def store_document(db: History | str | Path, document: dict[str, Any], **kwargs: Any) -> list[int]:
    with using(db) as history:
        return history.store_document(document, **kwargs)


def journeys(
    db: History | str | Path,
    shop_url: str | None = None,
    viewport: str | None = None,
    since: Any = None,
    until: Any = None,
    include_failed: bool = True,
) -> list[JourneyRow]:
    with using(db) as history:
        return history.journeys(shop_url, viewport, since, until, include_failed)


def runs(db: History | str | Path, shop_url: str | None = None, since: Any = None, until: Any = None) -> list[RunRow]:
    with using(db) as history:
        return history.runs(shop_url, since, until)


def previous_run(db: History | str | Path, shop_url: str, before_run_id: int | None = None) -> RunRow | None:
    with using(db) as history:
        return history.previous_run(shop_url, before_run_id)


def previous_journey(
    db: History | str | Path, shop_url: str, viewport: str, before_run_id: int, include_failed: bool = False
) -> JourneyRow | None:
    with using(db) as history:
        return history.previous_journey(shop_url, viewport, before_run_id, include_failed)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return url
