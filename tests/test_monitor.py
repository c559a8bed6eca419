"""`checkout-audit monitor`: history, comparison with the previous run, exit status, alerts, lock, log file.

Fast tests run the command in-process with the crawl replaced by saved documents; the end-to-end test
(`e2e`) walks a fixture shop (tests/shops/_monitor) in a real Chromium four times while its checkout
changes, with a local webhook receiver and a local SMTP sink on 127.0.0.1.
"""

from __future__ import annotations

import copy
import email
import email.policy
import fcntl
import json
import os
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitoring.alerts import Alert, Failure
from monitoring.command import monitor
from monitoring.history import History, shop_key
from monitoring.lock import LockBusy, lock_path, shop_lock
from tests.conftest import ROOT, run_cli
from tests.facts.builders import journey, stopped_at
from tests.shops import _monitor
from tests.shops.kit import serve

SHOP = "https://boutique.example.fr/"


# -- local receivers --------------------------------------------------------------------------------------------


class WebhookReceiver:
    """A local HTTP server that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                length = int(self.headers.get("Content-Length") or 0)
                received.append({"path": self.path, "content_type": self.headers.get("Content-Type"),
                                 "body": json.loads(self.rfile.read(length))})
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/checkout"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Mail:
    sender: str
    recipients: list[str]
    message: Any = field(repr=False)

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def body(self) -> str:
        return self.message.get_content()


class SmtpSink:
    """A tiny SMTP server (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) that keeps what it receives."""

    def __init__(self) -> None:
        mails = self.mails = []

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, text: str) -> None:
                self.wfile.write(text.encode() + b"\r\n")

            def handle(self) -> None:
                self.reply("220 sink.local ESMTP test sink")
                sender, recipients = "", []
                while line := self.rfile.readline():
                    command = line.decode("utf-8", "replace").strip()
                    verb = command.upper()
                    if verb.startswith("EHLO"):
                        self.reply("250-sink.local\r\n250-8BITMIME\r\n250 SMTPUTF8")
                    elif verb.startswith("HELO"):
                        self.reply("250 sink.local")
                    elif verb.startswith("MAIL FROM:"):
                        sender = command[10:].split()[0].strip("<>")
                        self.reply("250 OK")
                    elif verb.startswith("RCPT TO:"):
                        recipients.append(command[8:].split()[0].strip("<>"))
                        self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        data = []
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                            data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                        message = email.message_from_bytes(b"".join(data), policy=email.policy.default)
                        mails.append(Mail(sender, recipients, message))
                        sender, recipients = "", []
                        self.reply("250 OK queued")
                    elif verb in ("RSET", "NOOP"):
                        self.reply("250 OK")
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    else:
                        self.reply("502 Command not implemented")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.address = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    yield sink
    sink.close()


def alert_texts(receiver: WebhookReceiver) -> list[str]:
    return [item["body"]["text"] for item in receiver.received]


# -- fast tests: the crawl replaced by saved documents -----------------------------------------------------------


class FakeCrawl:
    """Stands in for checkout_audit.cli.crawl: writes the next queued journeys as DIR/audit.json."""

    def __init__(self) -> None:
        self.queue: list[dict[str, dict]] = []
        self.calls: list[Path] = []

    def __call__(self, sites: list[Any], out: Path, viewports: list[str], options: dict[str, Any]) -> dict:
        journeys = self.queue.pop(0)
        out.mkdir(parents=True, exist_ok=True)
        document = {"schema_version": "1.0", "tool": {"name": "checkout-audit", "version": "0.1.0"},
                    "sites": [{"name": sites[0].name, "url": sites[0].url, "product_url": None,
                               "viewports": {v: copy.deepcopy(journeys[v]) for v in viewports if v in journeys}}]}
        (out / "audit.json").write_text(json.dumps(document), encoding="utf-8")
        self.calls.append(out)
        return document


@pytest.fixture
def fake_crawl(monkeypatch: pytest.MonkeyPatch) -> FakeCrawl:
    import checkout_audit.cli

    fake = FakeCrawl()
    monkeypatch.setattr(checkout_audit.cli, "crawl", fake)
    return fake


@pytest.fixture
def invoke(tmp_path: Path, webhook: WebhookReceiver, smtp: SmtpSink):
    def run(*extra: str, url: str = SHOP) -> Any:
        args = [url, "--db", str(tmp_path / "history.sqlite"), "--out", str(tmp_path / "runs"),
                "--lock-dir", str(tmp_path / "locks"), "--log-file", str(tmp_path / "monitor.log"),
                "--viewports", "desktop,mobile", "--webhook", webhook.url, "--smtp", smtp.address,
                "--mail-to", "ops@boutique.example.fr", "--mail-to", "dev@boutique.example.fr", *extra]
        return CliRunner().invoke(monitor, args, catch_exceptions=False)

    return run


def good() -> dict[str, dict]:
    return {"desktop": journey(), "mobile": journey(viewport="mobile")}


def test_first_run_unchanged_run_then_regressions(fake_crawl: FakeCrawl, invoke, webhook, smtp, tmp_path: Path):
    fake_crawl.queue += [good(), good()]
    first = invoke()
    assert first.exit_code == 0, first.output
    assert invoke().exit_code == 0
    assert webhook.received == [] and smtp.mails == []  # nothing regressed: no alert

    changed = good()
    changed["mobile"]["payment_methods"] = ["card", "pay_in_3x", "pay_in_4x"]
    changed["mobile"]["return_policy"]["return_window_days"] = 14
    fake_crawl.queue.append(changed)
    result = invoke()
    assert result.exit_code == 1
    assert "Régression : [mobile] moyen de paiement disparu : PayPal (paypal)" in result.output
    assert len(webhook.received) == 1 and len(smtp.mails) == 1

    hook = webhook.received[0]
    assert hook["path"] == "/hooks/checkout" and hook["content_type"].startswith("application/json")
    body = hook["body"]
    assert set(body) == {"text", "blocks"}
    assert body["text"].startswith("checkout-audit : 5 régressions sur boutique.example.fr")
    for expected in ("moyen de paiement disparu : Apple Pay", "moyen de paiement disparu : Google Pay",
                     "moyen de paiement disparu : PayPal", "délai de retour raccourci de 30 à 14 jours",
                     "[mobile] score en baisse : 100 → 90 (−10 points)"):
        assert expected in body["text"]
    assert [b["type"] for b in body["blocks"]] == ["header", "section", "context"]
    assert "*[mobile]* moyen de paiement disparu : PayPal (paypal)" in body["blocks"][1]["text"]["text"]

    mail = smtp.mails[0]
    assert mail.sender == "checkout-audit@localhost"
    assert mail.recipients == ["ops@boutique.example.fr", "dev@boutique.example.fr"]
    assert mail.subject == "checkout-audit : 5 régressions sur boutique.example.fr"
    assert "[mobile] moyen de paiement disparu : PayPal (paypal)" in mail.body
    run_dir = fake_crawl.calls[-1]
    assert f"capture : {run_dir / 'screens/shop/desktop/05-payment.jpg'}" in mail.body  # absolute evidence path
    assert run_dir.parent.parent == tmp_path / "runs" and run_dir.parent.name == "boutique-example-fr"
    # The run's report gains the shop's history: score and load-time charts, past regressions.
    history = json.loads((run_dir / "history.json").read_text(encoding="utf-8"))
    assert history["runs"] == 3 and len(history["regressions"]) == 5
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Historique de la surveillance" in report and report.count("<svg") >= 2
    assert "Régressions passées" in report

    with History.open(tmp_path / "history.sqlite") as history:
        runs = history.runs(SHOP)
        assert [r.status for r in runs] == ["ok", "ok", "regression"]
        assert [r["id"] for r in history.regressions(SHOP)] == ["payment_method_removed"] * 3 + [
            "return_window_shorter", "score_drop"]
        assert history.journeys(SHOP, "mobile")[-1].result["payment_methods"] == ["card", "pay_in_3x", "pay_in_4x"]
    log = (tmp_path / "monitor.log").read_text(encoding="utf-8")
    assert "première exécution réussie" in log and "statut regression" in log and "alerte envoyée" in log
    assert log.count("fin : code de sortie") == 3


def test_failed_run_exits_2_is_stored_and_alerted_then_compared_with_the_last_good_run(
    fake_crawl: FakeCrawl, invoke, webhook, smtp, tmp_path: Path
):
    fake_crawl.queue.append(good())
    assert invoke().exit_code == 0
    down = {"desktop": stopped_at("home", "unreachable", "site injoignable (connexion refusée)"),
            "mobile": journey(viewport="mobile")}
    fake_crawl.queue.append(down)
    failed = invoke()
    assert failed.exit_code == 2
    assert "Erreur : le parcours a échoué : https://boutique.example.fr/ (desktop) : site injoignable" in failed.output
    assert len(webhook.received) == 1
    text = webhook.received[0]["body"]["text"]
    assert "[desktop] le parcours a échoué : site injoignable (connexion refusée)" in text
    assert smtp.mails[0].subject == "checkout-audit : le parcours a échoué sur boutique.example.fr"
    # the next night: compared with the last run that did not fail
    worse = good()
    worse["desktop"]["guest_checkout"] = False
    worse["desktop"]["forced_account_creation"] = True
    fake_crawl.queue.append(worse)
    assert invoke().exit_code == 1
    assert "achat invité supprimé" in alert_texts(webhook)[-1]
    with History.open(tmp_path / "history.sqlite") as history:
        assert [r.status for r in history.runs(SHOP)] == ["ok", "failed", "regression"]


def test_alerts_in_english_and_configurable_thresholds(fake_crawl: FakeCrawl, invoke, webhook, smtp, tmp_path):
    fake_crawl.queue += [good(), {**good(), "desktop": journey(payment_methods=["card"])}]
    assert invoke("--lang", "en").exit_code == 0
    result = invoke("--lang", "en", "--score-drop", "50")  # the score fell 8 points: not a regression here
    assert result.exit_code == 1
    assert "Regression: [desktop] payment method gone: PayPal (paypal)" in result.output
    text = webhook.received[0]["body"]["text"]
    assert text.startswith("checkout-audit: 5 regressions on boutique.example.fr") and "score" not in text
    assert smtp.mails[0].message["Content-Language"] == "en"
    assert "Regressions since the previous run:" in smtp.mails[0].body
    with History.open(tmp_path / "history.sqlite") as history:
        assert [j.score for j in history.journeys(SHOP, "desktop")] == [100, 92]


def test_alert_that_cannot_be_delivered_is_reported_and_keeps_the_exit_status(
    fake_crawl: FakeCrawl, tmp_path: Path
):
    receiver = WebhookReceiver()
    dead = receiver.url
    receiver.close()  # nothing listens there any more
    fake_crawl.queue += [good(), {**good(), "desktop": journey(payment_methods=["card"])}]
    args = [SHOP, "--db", str(tmp_path / "h.sqlite"), "--out", str(tmp_path / "runs"), "--lock-dir",
            str(tmp_path / "locks"), "--webhook", dead]
    CliRunner().invoke(monitor, args)
    result = CliRunner().invoke(monitor, args)
    assert result.exit_code == 1
    assert "Erreur : alerte non envoyée : webhook" in result.stderr


def test_usage_errors_exit_2_with_one_line(fake_crawl: FakeCrawl, tmp_path: Path):
    runner = CliRunner()
    cases = [
        (["ftp://boutique.example.fr"], "URL invalide"),
        ([SHOP, "--mail-to", "a@b.fr"], "--mail-to demande un serveur SMTP"),
        ([SHOP, "--smtp", "localhost:x", "--mail-to", "a@b.fr"], "serveur SMTP invalide"),
        ([SHOP, "--viewports", "tablet"], "appareil inconnu"),
        ([SHOP, "--db", str(tmp_path / "file" / "h.sqlite")], "historique : base SQLite inutilisable"),
    ]
    (tmp_path / "file").write_text("not a folder")
    for args, message in cases:
        result = runner.invoke(monitor, [*args, "--lock-dir", str(tmp_path / "locks")])
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Erreur : ") and message in lines[0], result.stderr
    assert fake_crawl.calls == []


def test_second_run_on_the_same_shop_exits_2_while_the_first_holds_the_lock(fake_crawl: FakeCrawl, tmp_path: Path):
    with shop_lock(tmp_path / "locks", shop_key(SHOP)) as held:
        assert held == lock_path(tmp_path / "locks", shop_key(SHOP))
        with pytest.raises(LockBusy) as busy:
            with shop_lock(tmp_path / "locks", shop_key(SHOP)):
                pass
        assert f"pid {os.getpid()}" in busy.value.holder
        result = CliRunner().invoke(monitor, [SHOP, "--db", str(tmp_path / "h.sqlite"),
                                              "--lock-dir", str(tmp_path / "locks")])
        assert result.exit_code == 2
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"Erreur : une surveillance de {SHOP} est déjà en cours (pid {os.getpid()}")
        with shop_lock(tmp_path / "locks", shop_key("https://autre.example/")):
            pass  # another shop is not blocked
    with shop_lock(tmp_path / "locks", shop_key(SHOP)):
        pass  # released
    assert fake_crawl.calls == []


def test_alert_payload_splits_long_lists_for_slack():
    from audits.compare import Regression

    many = [Regression("payment_method_removed", "mobile", "x" * 300, "y" * 300, None, None) for _ in range(30)]
    payload = Alert("Boutique", SHOP, regressions=many, failures=[Failure("desktop", "délai dépassé")]).slack_payload()
    sections = [b for b in payload["blocks"] if b["type"] == "section"]
    assert len(sections) > 1 and all(len(b["text"]["text"]) <= 3000 for b in sections)
    assert payload["text"].count("\n• ") == 31


# -- end to end: a real crawl of a shop whose checkout changes -----------------------------------------------------


def run_monitor(*args: str, popen: bool = False) -> Any:
    """The command as cron would run it: `checkout-audit monitor` once wired into the main command, else
    `python -m monitoring.command`."""
    import checkout_audit.cli

    if "monitor" in checkout_audit.cli.main.commands and not popen:
        return run_cli("monitor", *args, timeout=300)
    command = [sys.executable, "-m", "monitoring.command", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if popen:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)


def wait_until_locked(path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists():
            with path.open("rb") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return
                fcntl.flock(handle, fcntl.LOCK_UN)
        time.sleep(0.05)
    raise AssertionError("the first run never took the lock")


def finish(process: subprocess.Popen, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.e2e
def test_monitor_end_to_end(tmp_path: Path, webhook: WebhookReceiver, smtp: SmtpSink):
    """Two shops monitored side by side (two runs at a time keep the test short): `steady` never changes,
    `changing` loses a payment method, then its guest checkout."""
    steady_app, changing_app = _monitor.make_app(), _monitor.make_app()
    steady, changing = serve("_monitor", steady_app), serve("_monitor", changing_app)

    def args(shop_url: str) -> list[str]:
        return [shop_url, "--db", str(tmp_path / "history.sqlite"), "--out", str(tmp_path / "runs"),
                "--lock-dir", str(tmp_path / "locks"), "--log-file", str(tmp_path / "monitor.log"),
                "--webhook", webhook.url, "--smtp", smtp.address, "--mail-to", "ops@gourde.example",
                "--loopback-only", "--pause-ms", "150", "--viewports", "desktop",
                # timing on a shared test machine is noise here; load-time regressions are unit-tested
                "--load-increase-min-ms", "3000"]

    try:
        # first runs: nothing to compare with
        for result in [finish(p) for p in (run_monitor(*args(steady.url), popen=True),
                                           run_monitor(*args(changing.url), popen=True))]:
            assert result.returncode == 0, result.stdout + result.stderr
            assert result.stdout == "" and result.stderr == ""  # no terminal: quiet when nothing regressed

        # steady: unchanged, and meanwhile a second run on the same shop that must not start;
        # changing: a payment method dropped
        changing_app.settings["methods"] = ["card", "paypal"]
        running = run_monitor(*args(steady.url), popen=True)
        dropped = run_monitor(*args(changing.url), popen=True)
        wait_until_locked(lock_path(tmp_path / "locks", shop_key(steady.url)), running)
        second = run_monitor(*args(steady.url))
        assert second.returncode == 2
        (line,) = second.stderr.strip().splitlines()
        assert line.startswith(f"Erreur : une surveillance de {steady.url} est déjà en cours (pid {running.pid}")
        unchanged, dropped = finish(running), finish(dropped)
        assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
        assert dropped.returncode == 1, dropped.stdout + dropped.stderr
        assert "moyen de paiement disparu : virement bancaire (bank_transfer)" in dropped.stdout
        assert len(webhook.received) == len(smtp.mails) == 1  # the unchanged shop sent nothing
        assert "moyen de paiement disparu : virement bancaire (bank_transfer)" in alert_texts(webhook)[-1]
        assert "moyen de paiement disparu : virement bancaire (bank_transfer)" in smtp.mails[-1].body

        # changing: guest checkout removed, an account is now required
        changing_app.settings["guest"] = False
        removed = run_monitor(*args(changing.url))
        assert removed.returncode == 1, removed.stdout + removed.stderr
        text, mail = alert_texts(webhook)[-1], smtp.mails[-1]
        for expected in ("achat invité supprimé", "étape paiement plus atteinte"):
            assert expected in text and expected in mail.body and expected in removed.stdout
        assert mail.recipients == ["ops@gourde.example"] and "régression" in mail.subject
        assert len(webhook.received) == len(smtp.mails) == 2
        assert all(steady.url not in item["body"]["text"] for item in webhook.received)
        for app in (steady_app, changing_app):
            assert app.stats["final_button_clicks"] == 0 and app.stats["orders_placed"] == 0
    finally:
        steady.stop()
        changing.stop()
    with History.open(tmp_path / "history.sqlite") as history:
        assert [r.status for r in history.runs(steady.url)] == ["ok", "ok"]
        assert [r.status for r in history.runs(changing.url)] == ["ok", "regression", "regression"]
        journeys = history.journeys(changing.url, "desktop")
        assert [j.reached for j in journeys] == ["payment", "payment", "checkout"]
        assert journeys[-1].result["guest_checkout"] is False
        assert {r["id"] for r in history.regressions(changing.url)} >= {
            "payment_method_removed", "guest_checkout_removed", "stage_not_reached"}
        assert history.regressions(steady.url) == []
    log = (tmp_path / "monitor.log").read_text(encoding="utf-8")
    assert "déjà en cours" in log and log.count("fin : code de sortie") == 5
    # The last run's report names the regressions too, in its history section.
    latest = max((tmp_path / "runs").glob("*/*/report.html"), key=lambda path: path.stat().st_mtime)
    report = latest.read_text(encoding="utf-8")
    assert "Historique de la surveillance" in report
    for expected in ("achat invité supprimé", "moyen de paiement disparu"):
        assert expected in report, expected
