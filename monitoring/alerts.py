"""Alerts after a monitored run: a JSON POST to a webhook (Slack-compatible body) and/or an e-mail through SMTP.

French by default, English with lang="en". Standard library only (urllib, smtplib, email.message).

Webhook body (Slack incoming webhooks, Mattermost and most chat tools accept it):
`{"text": "<summary, one line per regression>", "blocks": [header, section(s), context]}`.
SMTP: `--smtp host:port`; port 465 uses TLS from the start, otherwise STARTTLS is used when the server offers it
and a login is given (environment: CHECKOUT_AUDIT_SMTP_USER, CHECKOUT_AUDIT_SMTP_PASSWORD).
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from audits.compare import Regression

SLACK_SECTION_LIMIT = 2900  # Slack: 3000 characters per section text
SLACK_MAX_BLOCKS = 48


class AlertError(Exception):
    """An alert could not be delivered (message for the log and the terminal)."""


@dataclass
class Failure:
    viewport: str
    reason: str
    stop_code: str | None = None


@dataclass
class Alert:
    shop_name: str
    shop_url: str
    regressions: Sequence[Regression] = ()
    failures: Sequence[Failure] = ()
    lang: str = "fr"
    run_id: int | None = None
    out_dir: str | None = None
    scores: dict[str, Any] = field(default_factory=dict)  # viewport -> score of this run

    @property
    def english(self) -> bool:
        return self.lang == "en"

    def subject(self) -> str:
        count = len(self.regressions)
        if self.english:
            if self.failures:
                return f"checkout-audit: the journey failed on {self.shop_name}"
            return f"checkout-audit: {count} regression{'s' if count > 1 else ''} on {self.shop_name}"
        if self.failures:
            return f"checkout-audit : le parcours a échoué sur {self.shop_name}"
        return f"checkout-audit : {count} régression{'s' if count > 1 else ''} sur {self.shop_name}"

    def lines(self) -> list[str]:
        """One line per failure and per regression, evidence on the next line."""
        out = []
        for failure in self.failures:
            if self.english:
                out.append(
                    f"[{failure.viewport}] the journey failed: {failure.reason}"
                    + (f" ({failure.stop_code})" if failure.stop_code else "")
                )
            else:
                out.append(f"[{failure.viewport}] le parcours a échoué : {failure.reason}")
        for item in self.regressions:
            where = f"[{item.viewport}] " if item.viewport else ""
            out.append(f"{where}{item.message(self.lang)}")
        return out

    def evidence_lines(self, item: Regression) -> list[str]:
        evidence = item.evidence or {}
        sep = ": " if self.english else " : "
        found = []
        if evidence.get("url"):
            found.append(f"page{sep}{evidence['url']}")
        if evidence.get("screenshot"):
            found.append(f"{'screenshot' if self.english else 'capture'}{sep}{evidence['screenshot']}")
        return found

    def text(self) -> str:
        """The plain-text body (e-mail)."""
        english = self.english
        head = (
            f"Shop: {self.shop_name} ({self.shop_url})" if english else f"Boutique : {self.shop_name} ({self.shop_url})"
        )
        body = [head, ""]
        for failure in self.failures:
            body.append(
                "- "
                + (
                    f"[{failure.viewport}] the journey failed: {failure.reason}"
                    if english
                    else f"[{failure.viewport}] le parcours a échoué : {failure.reason}"
                )
            )
        if self.regressions:
            if self.failures:
                body.append("")
            body.append(
                "Regressions since the previous run:" if english else "Régressions depuis l'exécution précédente :"
            )
            for item in self.regressions:
                where = f"[{item.viewport}] " if item.viewport else ""
                body.append(f"- {where}{item.message(self.lang)}")
                body += [f"    {line}" for line in self.evidence_lines(item)]
        if self.scores:
            scores = ", ".join(f"{v} {s if s is not None else '?'}" for v, s in self.scores.items())
            body += ["", f"Scores: {scores}" if english else f"Scores : {scores}"]
        if self.out_dir:
            body.append(f"Results: {self.out_dir}" if english else f"Résultats : {self.out_dir}")
        body += ["", "-- checkout-audit monitor"]
        return "\n".join(body) + "\n"

    def slack_payload(self) -> dict[str, Any]:
        """A Slack-compatible webhook body: `text` (fallback, also read by simpler receivers) and `blocks`."""
        lines = self.lines()
        summary = self.subject() + "\n" + "\n".join(f"• {line}" for line in lines)
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": self.subject()[:150], "emoji": True}},
        ]
        chunk = ""
        bullets = []
        for item in self.failures:
            bullets.append(
                f"• *[{item.viewport}]* "
                + (f"the journey failed: {item.reason}" if self.english else f"le parcours a échoué : {item.reason}")
            )
        for item in self.regressions:
            where = f"*[{item.viewport}]* " if item.viewport else ""
            bullet = f"• {where}{_mrkdwn(item.message(self.lang))}"
            evidence = item.evidence or {}
            if evidence.get("url"):
                bullet += f"\n    <{evidence['url']}|{_mrkdwn(evidence['url'])}>"
            bullets.append(bullet)
        for bullet in bullets:
            if chunk and len(chunk) + len(bullet) + 1 > SLACK_SECTION_LIMIT:
                blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
                chunk = ""
            chunk = f"{chunk}\n{bullet}" if chunk else bullet[:SLACK_SECTION_LIMIT]
        if chunk:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
        blocks = blocks[:SLACK_MAX_BLOCKS]
        context = f"{_mrkdwn(self.shop_name)} · {self.shop_url}"
        if self.scores:
            context += " · score " + ", ".join(f"{v} {s if s is not None else '?'}" for v, s in self.scores.items())
        if self.run_id is not None:
            context += f" · run {self.run_id}" if self.english else f" · exécution {self.run_id}"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
        return {"text": summary, "blocks": blocks}

    def email(self, mail_from: str, mail_to: Sequence[str]) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = self.subject()
        message["From"] = mail_from
        message["To"] = ", ".join(mail_to)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain="checkout-audit")
        message.set_content(self.text())
        message["Content-Language"] = "en" if self.english else "fr"  # after set_content, which clears Content-*
        return message


def _mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def post_webhook(url: str, payload: dict[str, Any], timeout: float = 15.0) -> int:
    """POST the payload as JSON; returns the HTTP status, raises AlertError on failure."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "checkout-audit-monitor"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - URL given by the user
            return int(response.status)
    except urllib.error.HTTPError as exc:
        raise AlertError(f"webhook {url} : HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AlertError(f"webhook {url} injoignable ({reason})") from exc


def parse_smtp(value: str) -> tuple[str, int]:
    """'host:port' or 'host' (port 25)."""
    host, _, port = value.strip().rpartition(":") if ":" in value else (value.strip(), "", "25")
    if not host or not port.isdigit():
        raise ValueError(f"serveur SMTP invalide : « {value} » (attendu : hôte:port)")
    return host.strip("[]"), int(port)


def send_mail(smtp: str, mail_from: str, mail_to: Sequence[str], message: EmailMessage, timeout: float = 30.0) -> None:
    """Send through SMTP at 'host:port'; raises AlertError on failure."""
    host, port = parse_smtp(smtp)
    user = os.environ.get("CHECKOUT_AUDIT_SMTP_USER")
    password = os.environ.get("CHECKOUT_AUDIT_SMTP_PASSWORD")
    try:
        if port == 465:
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
        with client:
            client.ehlo()
            if port != 465 and client.has_extn("starttls") and user:
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if user and password:
                client.login(user, password)
            client.send_message(message, from_addr=mail_from, to_addrs=list(mail_to))
    except (smtplib.SMTPException, OSError) as exc:
        raise AlertError(f"e-mail non envoyé par {host}:{port} ({exc})") from exc


def deliver(
    alert: Alert,
    webhook: str | None = None,
    smtp: str | None = None,
    mail_from: str | None = None,
    mail_to: Sequence[str] = (),
) -> list[str]:
    """Send the alert everywhere configured; returns the errors (empty when everything was delivered)."""
    errors = []
    if webhook:
        try:
            post_webhook(webhook, alert.slack_payload())
        except AlertError as exc:
            errors.append(str(exc))
    if smtp and mail_to:
        try:
            send_mail(
                smtp,
                mail_from or "checkout-audit@localhost",
                mail_to,
                alert.email(mail_from or "checkout-audit@localhost", mail_to),
            )
        except (AlertError, ValueError) as exc:
            errors.append(str(exc))
    return errors
