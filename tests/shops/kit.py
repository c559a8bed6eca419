"""A tiny WSGI toolkit for the fixture shops.

Each fixture shop is a package `tests/shops/<name>/` whose `__init__.py` defines:

- `make_app() -> ShopApp`: a fresh shop (fresh state) as a WSGI application;
- `EXPECTED`: the findings the walk must record on it (see `tests/shops/README.md`).

The kit gives every shop the same plumbing: a cookie session with a cart, form parsing,
HTML/JSON/redirect responses, and a safety log (`/__fixture/stats`) that counts clicks on
the final order button so that tests can prove the crawler never places an order.
"""

from __future__ import annotations

import html
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

esc = html.escape


@dataclass
class Variant:
    label: str
    in_stock: bool = True


@dataclass
class Product:
    id: int
    slug: str
    name: str
    price_cents: int
    in_stock: bool = True
    sizes: list[Variant] = field(default_factory=list)
    description: str = ""

    @property
    def price(self) -> str:
        """French display price: '49,90 €'."""
        return euros(self.price_cents)


def euros(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", "\u202f") + f",{rest:02d}\u00a0€"


def product_svg(label: str, color: str = "#c9b8a6") -> str:
    """An inline SVG image so that product pages have a real LCP element without files."""
    text = esc(label[:18])
    svg = (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='600' height='600'>"
        f"<rect width='600' height='600' fill='{color}'/>"
        f"<text x='50%' y='50%' font-size='40' text-anchor='middle' fill='#333'>{text}</text></svg>"
    )
    from urllib.parse import quote

    return "data:image/svg+xml," + quote(svg)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    json_body: Any
    headers: dict[str, str]
    session: dict[str, Any]

    def arg(self, name: str, default: str = "") -> str:
        values = self.form.get(name) or self.query.get(name)
        return values[0] if values else default


@dataclass
class Response:
    body: str | bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay_s: float = 0.0


def html_response(body: str, status: str = "200 OK", delay_s: float = 0.0) -> Response:
    return Response(body=body, status=status, delay_s=delay_s)


def json_response(data: Any, status: str = "200 OK") -> Response:
    return Response(body=json.dumps(data), status=status, content_type="application/json")


def redirect(location: str, status: str = "302 Found") -> Response:
    return Response(body="", status=status, headers=[("Location", location)])


def not_found() -> Response:
    return Response(body="<h1>Page introuvable</h1>", status="404 Not Found")


Handler = Callable[[Request], Response]


class ShopApp:
    """A WSGI app with exact-path routes, prefix routes, cookie sessions and a safety log."""

    session_cookie = "fixture_session"

    def __init__(self, name: str) -> None:
        self.name = name
        self.routes: dict[tuple[str, str], Handler] = {}
        self.prefix_routes: list[tuple[str, str, Handler]] = []
        self.sessions: dict[str, dict[str, Any]] = {}
        self.stats: dict[str, Any] = {"final_button_clicks": 0, "orders_placed": 0, "accounts_created": 0,
                                      "requests": 0, "card_numbers_seen": 0, "user_agents": []}
        self.lock = threading.Lock()
        self.route("GET", "/__fixture/stats", lambda req: json_response(self.stats))
        self.route("POST", "/__fixture/final-click", self._record_final_click)

    def route(self, method: str, path: str, handler: Handler | None = None):
        if handler is not None:
            self.routes[(method, path)] = handler
            return handler

        def decorator(func: Handler) -> Handler:
            self.routes[(method, path)] = func
            return func

        return decorator

    def prefix(self, method: str, prefix: str, handler: Handler | None = None):
        if handler is not None:
            self.prefix_routes.append((method, prefix, handler))
            return handler

        def decorator(func: Handler) -> Handler:
            self.prefix_routes.append((method, prefix, func))
            return func

        return decorator

    def record_order(self) -> None:
        """Call from the handler that would place an order: the crawler must never get here."""
        with self.lock:
            self.stats["orders_placed"] += 1

    def _record_final_click(self, req: Request) -> Response:
        with self.lock:
            self.stats["final_button_clicks"] += 1
        return json_response({"ok": True})

    def _find(self, method: str, path: str) -> Handler | None:
        handler = self.routes.get((method, path))
        if handler is None and method == "HEAD":
            handler = self.routes.get(("GET", path))
        if handler is not None:
            return handler
        for route_method, prefix, func in self.prefix_routes:
            if route_method in (method, "HEAD" if method == "HEAD" else method) and path.startswith(prefix):
                return func
        return None

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        agent = environ.get("HTTP_USER_AGENT", "")
        with self.lock:
            self.stats["requests"] += 1
            if agent and agent not in self.stats["user_agents"]:
                self.stats["user_agents"].append(agent)
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO") or "/"
        query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        raw = environ["wsgi.input"].read(length) if length else b""
        content_type = environ.get("CONTENT_TYPE", "")
        form: dict[str, list[str]] = {}
        json_body: Any = None
        if raw and "json" in content_type:
            try:
                json_body = json.loads(raw)
            except ValueError:
                json_body = None
        elif raw:
            form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        for values in form.values():
            for value in values:
                if looks_like_card_number(value):
                    self.stats["card_numbers_seen"] += 1
        cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        sid = cookie[self.session_cookie].value if self.session_cookie in cookie else ""
        new_cookie = False
        with self.lock:
            if sid not in self.sessions:
                sid = secrets.token_hex(8)
                self.sessions[sid] = {"cart": []}
                new_cookie = True
            session = self.sessions[sid]
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        req = Request(method, path, query, form, json_body, headers, session)
        handler = self._find(method, path)
        response = handler(req) if handler else not_found()
        if response.delay_s:
            time.sleep(response.delay_s)
        out_headers = [("Content-Type", response.content_type), *response.headers]
        if new_cookie:
            out_headers.append(("Set-Cookie", f"{self.session_cookie}={sid}; Path=/; HttpOnly; SameSite=Lax"))
        body = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
        out_headers.append(("Content-Length", str(len(body))))
        start_response(response.status, out_headers)
        return [b"" if method == "HEAD" else body]


def looks_like_card_number(value: str) -> bool:
    """A card number as typed: 13 to 19 digits (spaces or dashes allowed) passing the Luhn check."""
    if not re.fullmatch(r"[\d -]{13,23}", value.strip()):
        return False
    digits = "".join(ch for ch in value if ch.isdigit())
    return 13 <= len(digits) <= 19 and _luhn_ok(digits)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@dataclass
class ServedShop:
    name: str
    url: str
    app: Any
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        close = getattr(self.app, "close", None)
        if callable(close):
            close()  # apps backed by a child process (Django Oscar)


def serve(name: str, app: Any, port: int = 0) -> ServedShop:
    """Serve a WSGI app on 127.0.0.1 in a daemon thread; port 0 picks a free port."""
    server = make_server("127.0.0.1", port, app, server_class=_ThreadingServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name=f"shop-{name}", daemon=True)
    thread.start()
    return ServedShop(name=name, url=f"http://127.0.0.1:{server.server_port}/", app=app, server=server,
                      thread=thread)


# A script every fixture shop includes on its checkout pages: a click on an element marked
# data-fixture-final="1" (the final order button) is reported to the shop before anything else
# happens, so a test can prove the crawler never clicked it.
FINAL_BUTTON_SPY = """
<script>
document.addEventListener('click', function (event) {
  var el = event.target.closest && event.target.closest('[data-fixture-final]');
  if (el) { navigator.sendBeacon('/__fixture/final-click', '1'); }
}, true);
</script>
"""
