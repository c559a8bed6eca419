"""Child process serving one configuration of the Oscar fixture shop on a loopback port.

    python child.py --config guest|account --workdir DIR [--parent-pid PID]

Prints "READY <port> <json info>" on stdout once serving. Exits when its stdin reaches EOF (the
parent closed the pipe or died) or when the parent pid goes away.

The database (Oscar's migrations + the French catalogue) is built once and cached under
$TMPDIR/checkout-audit-oscar/<hash of the project files and package versions>/; each child
serves its own copy (fresh state).
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent
REPO_ROOT = PROJECT_DIR.parents[2]
CACHE_ROOT = Path(tempfile.gettempdir()) / "checkout-audit-oscar"


def cache_key() -> str:
    from importlib.metadata import version

    digest = hashlib.sha256()
    versions = f"{sys.version_info[:2]} django {version('django')} oscar {version('django-oscar')}"
    digest.update(versions.encode())
    for path in sorted(PROJECT_DIR.rglob("*")):
        if path.is_file() and path.suffix == ".py" and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PROJECT_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _watch_parent(parent_pid: int, workdir: Path) -> None:
    def leave() -> None:
        shutil.rmtree(workdir, ignore_errors=True)  # the parent may not be there to do it
        os._exit(0)

    def read_stdin() -> None:
        try:
            while sys.stdin.buffer.read(1024):
                pass
        finally:
            leave()

    def poll_parent() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                leave()

    threading.Thread(target=read_stdin, daemon=True).start()
    if parent_pid:
        threading.Thread(target=poll_parent, daemon=True).start()


def _copy_built(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "db.sqlite3", target / "db.sqlite3")
    shutil.copytree(source / "media", target / "media", symlinks=True, dirs_exist_ok=True)


def prepare_database(workdir: Path) -> dict:
    """Fill workdir with db.sqlite3 and media/, from the cache or by building them (django is set up)."""
    from django.db import connections

    key = cache_key()
    cached = CACHE_ROOT / key
    info: dict = {"cache_dir": str(cached)}
    started = time.monotonic()
    if (cached / "ready").exists():
        _copy_built(cached, workdir)
        info.update(source="cache", prepare_s=round(time.monotonic() - started, 2))
        return info
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    with open(CACHE_ROOT / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another child may be building the same database
        if (cached / "ready").exists():
            _copy_built(cached, workdir)
            info.update(source="cache-after-wait", prepare_s=round(time.monotonic() - started, 2))
            return info
        from lin_boutique.catalogue_data import build

        info.update(build())
        connections.close_all()
        staging = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=CACHE_ROOT))
        _copy_built(workdir, staging)
        (staging / "ready").write_text(json.dumps(info))
        shutil.rmtree(cached, ignore_errors=True)
        staging.rename(cached)
    info.update(source="built", prepare_s=round(time.monotonic() - started, 2))
    return info


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", choices=["guest", "account"], required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--parent-pid", type=int, default=0)
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    _watch_parent(args.parent_pid, workdir)
    (workdir / "media").mkdir(parents=True, exist_ok=True)
    sys.path[:0] = [str(PROJECT_DIR), str(REPO_ROOT)]
    os.environ["DJANGO_SETTINGS_MODULE"] = "lin_boutique.settings"
    os.environ["FIXTURE_OSCAR_CONFIG"] = args.config
    os.environ["FIXTURE_OSCAR_DB"] = str(workdir / "db.sqlite3")
    os.environ["FIXTURE_OSCAR_MEDIA"] = str(workdir / "media")

    started = time.monotonic()
    import warnings

    warnings.filterwarnings("ignore", message="update is not implemented", module="haystack")
    import django

    django.setup()
    info = prepare_database(workdir)

    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.wsgi import get_wsgi_application

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - stdlib signature
            pass

    app = StaticFilesHandler(get_wsgi_application())
    server = make_server("127.0.0.1", 0, app, server_class=Server, handler_class=QuietHandler)
    info["startup_s"] = round(time.monotonic() - started, 2)
    print(f"READY {server.server_port} {json.dumps(info)}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    try:
        main()
    except BaseException:  # noqa: B036 - report, then exit without waiting for the stdin thread
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
