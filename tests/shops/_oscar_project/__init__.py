"""The real django-oscar, in French, as fixture shops ("La Boutique du Lin").

Django settings are process-global, so each configuration runs in its own child process
(`child.py`, serving Oscar's WSGI application on a loopback port); `OscarShop` is the WSGI
callable the test suite serves with `kit.serve()`: it forwards every request to its child
(method, path, query, headers with cookies, body) and relays the answer as is (status,
Set-Cookie, redirects not followed).

The child dies with this process (it exits at EOF on its stdin pipe and polls its parent pid);
`OscarShop.close()` stops it earlier.
"""

from __future__ import annotations

import atexit
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

PROJECT_DIR = Path(__file__).resolve().parent
CHILD_SCRIPT = PROJECT_DIR / "child.py"
READY_TIMEOUT_S = float(os.environ.get("CHECKOUT_AUDIT_OSCAR_READY_TIMEOUT", "240"))

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
               "transfer-encoding", "upgrade", "proxy-connection"}


class OscarShop:
    """A WSGI application proxying to a child process that runs one Oscar configuration."""

    def __init__(self, config: str) -> None:
        self.config = config
        self.workdir = Path(tempfile.mkdtemp(prefix=f"oscar-{config}-"))
        self.log_path = self.workdir / "child.log"
        self.port: int | None = None
        self.info: dict[str, Any] = {}
        self._ready = threading.Event()
        self._closed = False
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - kept open for the child's lifetime
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD_SCRIPT), "--config", config, "--workdir", str(self.workdir),
             "--parent-pid", str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, cwd=str(self.workdir),
        )
        threading.Thread(target=self._read_stdout, name=f"oscar-{config}-stdout", daemon=True).start()
        atexit.register(self.close)

    # --- child process -------------------------------------------------------------------------
    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("READY "):
                _, port, info = line.split(" ", 2)
                self.info = json.loads(info)
                self.port = int(port)
                self._ready.set()
        self._ready.set()  # the child exited: wake up waiters, who will see port None

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> OscarShop:
        """Block until the child serves (first start builds the database: ~15 s)."""
        if not self._ready.wait(timeout) or self.port is None:
            raise RuntimeError(f"Oscar child ({self.config}) did not start:\n{self.log_tail()}")
        return self

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text("utf-8", "replace").splitlines()[-lines:])
        except OSError:
            return ""

    def close(self) -> None:
        """Stop the child and remove its working directory (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.process.stdin:
                self.process.stdin.close()  # the child exits at EOF
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        if self.process.stdout:
            self.process.stdout.close()
        self._log.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    stop = close

    # --- WSGI proxy ----------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        self.wait_ready()
        path = quote(environ.get("PATH_INFO", "/").encode("latin-1"), safe="/;:@&=+$,!~*'()%")
        query = environ.get("QUERY_STRING", "")
        target = path + ("?" + query if query else "")
        headers = {}
        for key, value in environ.items():
            if key.startswith("HTTP_"):
                name = key[5:].replace("_", "-").title()
                if name.lower() not in _HOP_BY_HOP:
                    headers[name] = value
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = environ["CONTENT_TYPE"]
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else None
        if body is not None:
            headers["Content-Length"] = str(len(body))
        headers.setdefault("Host", f"127.0.0.1:{self.port}")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            connection.request(environ["REQUEST_METHOD"], target, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        out_headers = [(name, value) for name, value in response.getheaders()
                       if name.lower() not in _HOP_BY_HOP and name.lower() not in ("date", "server")]
        start_response(f"{response.status} {response.reason}", out_headers)
        return [data]


def make_oscar_app(config: str) -> OscarShop:
    """A new shop (fresh database copy) in its own child process; starts it without waiting."""
    return OscarShop(config)
