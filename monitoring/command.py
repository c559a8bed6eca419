"""`checkout-audit monitor URL --db ...`: audit a shop, store the run, compare it with the previous run of the
same shop and report what regressed (exit 0: nothing, 1: a regression, 2: the run itself failed or a usage
error). Built for cron and systemd timers: no terminal needed, --log-file, one run at a time per shop.

Wiring into the main command: `main.add_command(monitor)` (checkout_audit/cli.py). Standalone:
`python -m monitoring.command URL ...`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from audits.compare import Regression, Thresholds, regressions
from monitoring.alerts import Alert, Failure, deliver, parse_smtp
from monitoring.history import DEFAULT_DB, History, HistoryError, shop_key
from monitoring.lock import DEFAULT_LOCK_DIR, LockBusy, shop_lock

DEFAULT_RUNS_DIR = Path("~/.local/share/checkout-audit/runs")
LOGGER = "checkout_audit.monitor"


class _MonitorCommand(click.Command):
    """A click command that adds the crawl options of `run` (checkout_audit.cli.crawl_options) the first time its
    parameters are read, so that checkout_audit.cli and this module can import each other in any order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._own_params: list[click.Parameter] = []
        self._all_params: list[click.Parameter] | None = None
        super().__init__(*args, **kwargs)

    @property
    def params(self) -> list[click.Parameter]:  # type: ignore[override]
        if self._all_params is None:
            from checkout_audit.cli import crawl_options

            def holder() -> None:
                pass

            crawl_options(holder)
            crawl = list(reversed(holder.__click_params__))  # type: ignore[attr-defined]
            own_names = {p.name for p in self._own_params}
            self._all_params = [*self._own_params, *[p for p in crawl if p.name not in own_names]]
        return self._all_params

    @params.setter
    def params(self, value: list[click.Parameter]) -> None:
        self._own_params = list(value)
        self._all_params = None


def _setup_logging(log_file: Path | None) -> logging.Logger:
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    if log_file is not None:
        path = log_file.expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [pid %(process)d] %(message)s"))
        logger.addHandler(handler)
    else:
        logger.addHandler(logging.NullHandler())
    return logger


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().split("://", 1)[-1]).strip("-")[:60] or "shop"


def _absolute_evidence(found: Sequence[Regression], run_dir: Path) -> None:
    for item in found:
        shot = (item.evidence or {}).get("screenshot")
        if shot and not os.path.isabs(shot):
            item.evidence["screenshot"] = str(run_dir / shot)


@click.command("monitor", cls=_MonitorCommand)
@click.argument("url")
@click.option("--name", default=None, help="Nom de la boutique dans les alertes (défaut : son hôte).")
@click.option("--product-url", default=None, help="Commencer par cette page produit.")
@click.option(
    "--db",
    default=str(DEFAULT_DB),
    show_default=True,
    envvar="CHECKOUT_AUDIT_DB",
    help="Base d'historique : un fichier SQLite ou une URL postgresql://… ($CHECKOUT_AUDIT_DB).",
)
@click.option(
    "--webhook",
    default=None,
    envvar="CHECKOUT_AUDIT_WEBHOOK",
    help="URL d'un webhook (corps compatible Slack) prévenu en cas de régression ($CHECKOUT_AUDIT_WEBHOOK).",
)
@click.option("--smtp", default=None, envvar="CHECKOUT_AUDIT_SMTP", help="Serveur SMTP hôte:port pour les e-mails.")
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Dossier des exécutions : chacune écrit DIR/<boutique>/<date>/audit.json et ses captures "
    f"(défaut : {DEFAULT_RUNS_DIR}).",
)
@click.option("--mail-from", default="checkout-audit@localhost", show_default=True, help="Expéditeur des e-mails.")
@click.option("--mail-to", multiple=True, help="Destinataire des e-mails (option répétable).")
@click.option(
    "--score-drop",
    type=click.FloatRange(0),
    default=5.0,
    show_default=True,
    help="Baisse de score (points sur 100) au-delà de laquelle c'est une régression.",
)
@click.option(
    "--load-increase",
    type=click.FloatRange(0),
    default=50.0,
    show_default=True,
    help="Hausse du temps de chargement d'une étape (en %) au-delà de laquelle c'est une régression…",
)
@click.option(
    "--load-increase-min-ms",
    type=click.FloatRange(0),
    default=300.0,
    show_default=True,
    help="… si elle dépasse aussi ce nombre de millisecondes.",
)
@click.option(
    "--lock-dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_LOCK_DIR,
    show_default=True,
    help="Dossier des verrous (une exécution à la fois par boutique).",
)
@click.option("--log-file", type=click.Path(path_type=Path), default=None, help="Journal de l'exécution (ajouté).")
@click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    default="fr",
    show_default=True,
    help="Langue des constats, des régressions et des alertes.",
)
@click.pass_context
def monitor(
    ctx: click.Context,
    url: str,
    name: str | None,
    product_url: str | None,
    db: str,
    webhook: str | None,
    smtp: str | None,
    mail_from: str,
    mail_to: tuple[str, ...],
    score_drop: float,
    load_increase: float,
    load_increase_min_ms: float,
    lock_dir: Path,
    log_file: Path | None,
    lang: str,
    viewports: str,
    out: Path | None,
    allow_account: bool | None,
    account_email: str | None,
    account_password: str | None,
    **options: Any,
) -> None:
    """Audite une boutique, garde l'exécution dans l'historique et signale ce qui a régressé depuis la précédente
    (code de sortie 0 : rien, 1 : régression, 2 : le parcours a échoué ou erreur d'utilisation)."""
    from checkout_audit.cli import UserError, parse_viewports, validate_url

    url = validate_url(url)
    names = parse_viewports(viewports)
    if product_url:
        product_url = validate_url(product_url)
    if mail_to and not smtp:
        raise UserError("--mail-to demande un serveur SMTP : --smtp hôte:port")
    if smtp:
        try:
            parse_smtp(smtp)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        if not mail_to:
            raise UserError("--smtp demande au moins un destinataire : --mail-to adresse")
    if allow_account and not (account_email and account_password):
        raise UserError("--allow-account demande une identité de test : --account-email et --account-password")
    options.update(allow_account=allow_account, account_email=account_email, account_password=account_password)
    log = _setup_logging(log_file)
    key = shop_key(url)
    runs_dir = out if out is not None else DEFAULT_RUNS_DIR
    thresholds = Thresholds(score_drop, load_increase, load_increase_min_ms)
    settings = {"webhook": webhook, "smtp": smtp, "mail_from": mail_from, "mail_to": list(mail_to)}
    try:
        history = History.open(db)
    except HistoryError as exc:
        log.error("historique : %s", exc)
        raise UserError(f"historique : {exc}") from exc
    with history:
        try:
            with shop_lock(lock_dir, key):
                code = _run_once(
                    history,
                    url,
                    name or urlsplit(url).netloc,
                    product_url,
                    names,
                    runs_dir.expanduser(),
                    options,
                    lang,
                    thresholds,
                    settings,
                    log,
                )
        except LockBusy as exc:
            log.warning("déjà en cours pour %s (%s), verrou %s : abandon", url, exc.holder, exc.path)
            holder = f" ({exc.holder})" if exc.holder else ""
            raise UserError(f"une surveillance de {url} est déjà en cours{holder} ; verrou : {exc.path}") from exc
    log.info("fin : code de sortie %s", code)
    ctx.exit(code)


def _run_once(
    history: History,
    url: str,
    site_name: str,
    product_url: str | None,
    viewports: list[str],
    runs_dir: Path,
    options: dict[str, Any],
    lang: str,
    thresholds: Thresholds,
    settings: dict[str, Any],
    log: logging.Logger,
) -> int:
    from checkout_audit.cli import UserError, crawl, journey_line, judge
    from crawler.spiders.checkout import Site
    from crawler.walk.stops import is_failure

    tty = sys.stdout.isatty()
    started = datetime.now(UTC)
    run_dir = runs_dir / _slug(shop_key(url)) / started.strftime("%Y%m%dT%H%M%SZ")
    log.info("début : %s (%s), résultats dans %s, historique %s", url, ",".join(viewports), run_dir, history.label)
    site = Site(url=url, name=site_name, product_url=product_url)
    try:
        # crawl() shows its own progress line on a terminal (checkout_audit/progress.py), silent in cron.
        crawl([site], run_dir, viewports, options)
        document = judge(run_dir, lang)
    except UserError as exc:
        log.error("le parcours a échoué : %s", exc.message)
        alert = Alert(
            site_name, url, failures=[Failure(",".join(viewports), exc.message)], lang=lang, out_dir=str(run_dir)
        )
        _send(alert, settings, log)
        raise
    finished = datetime.now(UTC)
    run_id = history.store_document(document, started_at=started, finished_at=finished, out_dir=run_dir)[0]
    entry = next((s for s in document.get("sites") or [] if shop_key(s.get("url", "")) == shop_key(url)), None)
    journeys = (entry or {}).get("viewports") or {}
    failures: list[Failure] = []
    found: list[Regression] = []
    scores: dict[str, Any] = {}
    compared = 0
    for viewport in viewports:
        journey = journeys.get(viewport)
        if not isinstance(journey, dict):
            failures.append(Failure(viewport, "aucun résultat enregistré pour ce parcours"))
            continue
        scores[viewport] = journey.get("score")
        if tty:
            click.echo(journey_line(site_name, viewport, journey))
        if is_failure(journey.get("stop_code")):
            failures.append(Failure(viewport, journey.get("stop_reason") or journey["stop_code"], journey["stop_code"]))
            continue
        previous = history.previous_journey(url, viewport, run_id)
        if previous is None:
            log.info("%s : première exécution réussie, rien à comparer", viewport)
            if tty:
                click.echo(f"{viewport} : première exécution pour cette boutique, rien à comparer.")
            continue
        compared += 1
        these = regressions(previous.result, journey, thresholds, viewport)
        _absolute_evidence(these, run_dir)
        log.info(
            "%s : comparé à l'exécution %s du %s : %d régression(s)",
            viewport,
            previous.run_id,
            previous.recorded_at.isoformat(timespec="seconds"),
            len(these),
        )
        found += these
    status = "failed" if failures else ("regression" if found else "ok")
    history.store_regressions(run_id, found, status)
    _write_history(history, url, viewports, run_dir, lang, log)
    log.info("exécution %s enregistrée (%s), statut %s", run_id, history.label, status)
    for item in found:
        where = f"[{item.viewport}] " if item.viewport else ""
        line = f"{'Regression: ' if lang == 'en' else 'Régression : '}{where}{item.message(lang)}"
        click.echo(line)
        log.warning(line)
    for failure in failures:
        click.echo(f"Erreur : le parcours a échoué : {url} ({failure.viewport}) : {failure.reason}", err=True)
        log.error("le parcours a échoué : %s : %s", failure.viewport, failure.reason)
    if tty:
        if compared and not found and not failures:
            click.echo("Aucune régression depuis l'exécution précédente.")
        click.echo(f"Résultats : {run_dir / 'audit.json'}")
    if found or failures:
        alert = Alert(
            site_name,
            url,
            regressions=found,
            failures=failures,
            lang=lang,
            run_id=run_id,
            out_dir=str(run_dir),
            scores=scores,
        )
        _send(alert, settings, log)
    return 2 if failures else (1 if found else 0)


def _write_history(
    history: History, url: str, viewports: list[str], run_dir: Path, lang: str, log: logging.Logger
) -> None:
    """Save the shop's trends beside this run and render its report again with a history section."""
    from checkout_audit.cli import render
    from monitoring.trends import shop_trends

    try:
        trends = shop_trends(history, url, viewports, lang=lang)
        data = {
            "shop_url": trends["shop_url"],
            "runs": len(trends["runs"]),
            "scores": {
                v: [[when.isoformat(), score] for when, score in points] for v, points in trends["scores"].items()
            },
            "load_times": {
                v: {step: [[when.isoformat(), ms] for when, ms in points] for step, points in per_step.items()}
                for v, per_step in trends["load_times"].items()
            },
            "regressions": [
                {
                    k: (v.isoformat() if hasattr(v, "isoformat") else v)
                    for k, v in item.items()
                    if k in ("recorded_at", "id", "viewport", "message_fr", "message_en")
                }
                for item in trends["regressions"]
            ],
        }
        (run_dir / "history.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        render(run_dir, lang)
    except Exception as exc:  # noqa: BLE001 - the history section is a bonus; the run result stands
        log.warning("historique non ajouté au rapport : %s", exc)


def _send(alert: Alert, settings: dict[str, Any], log: logging.Logger) -> None:
    if not settings.get("webhook") and not (settings.get("smtp") and settings.get("mail_to")):
        return
    errors = deliver(
        alert, settings.get("webhook"), settings.get("smtp"), settings.get("mail_from"), settings.get("mail_to") or ()
    )
    for error in errors:
        click.echo(f"Erreur : alerte non envoyée : {error}", err=True)
        log.error("alerte non envoyée : %s", error)
    if not errors:
        log.info("alerte envoyée : %s", alert.subject())


if __name__ == "__main__":
    monitor()
