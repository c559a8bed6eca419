"""The `checkout-audit` command: a thin layer over the crawl (crawler/), the audits (audits/) and the
reports (reports/). The three stages only meet here, through the saved result folder."""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from crawler import __version__
from crawler.browser import BrowserNotFound, chromium_major, find_chromium
from crawler.spiders.checkout import Site
from crawler.walk.stops import is_failure
from monitoring.command import monitor


class UserError(click.ClickException):
    """An error the user can fix: printed as one line, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"Erreur : {self.message}", err=True)


def validate_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise UserError(f"URL invalide : « {url} » (attendu : http://… ou https://…)")
    return url


def read_sites_csv(path: Path) -> list[Site]:
    if not path.is_file():
        raise UserError(f"fichier introuvable : {path}")
    sites = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "url" not in [f.strip().lower() for f in reader.fieldnames]:
            raise UserError(f"{path} : colonnes attendues name,url[,product_url]")
        for row in reader:
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            if not row.get("url"):
                continue
            url = validate_url(row["url"])
            product = validate_url(row["product_url"]) if row.get("product_url") else None
            sites.append(Site(url=url, name=row.get("name") or urlsplit(url).netloc, product_url=product))
    if not sites:
        raise UserError(f"{path} ne contient aucune boutique")
    return sites


def crawl(
    sites: list[Site],
    out: Path,
    viewports: list[str],
    options: dict[str, Any],
    distributed: Any = None,
) -> dict[str, Any]:
    """Run one Scrapy crawl over all journeys; return the saved result document."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.settings import launch_options
    from crawler.spiders.checkout import CheckoutSpider

    try:
        executable = find_chromium(options.get("chromium"))
    except BrowserNotFound as exc:
        raise UserError(str(exc)) from exc
    settings = get_project_settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch_options(executable, options.get("loopback_only", False)))
    settings.set("CHECKOUT_AUDIT_CHROMIUM_MAJOR", chromium_major(executable) or 0)
    settings.set("CHECKOUT_AUDIT_OUT", str(out))
    settings.set("PLAYWRIGHT_MAX_CONTEXTS", options.get("concurrency", 4))
    settings.set("LOG_LEVEL", "INFO" if options.get("verbose") else "ERROR")
    for key, setting in (
        ("user_agent", "CHECKOUT_AUDIT_USER_AGENT"),
        ("consent", "CHECKOUT_AUDIT_CONSENT"),
        ("pause_ms", "CHECKOUT_AUDIT_PAUSE_MS"),
        ("journey_timeout", "CHECKOUT_AUDIT_JOURNEY_TIMEOUT"),
        ("obey_robots", "CHECKOUT_AUDIT_OBEY_ROBOTS"),
        ("allow_account", "CHECKOUT_AUDIT_ALLOW_ACCOUNT"),
        ("account_email", "CHECKOUT_AUDIT_ACCOUNT_EMAIL"),
        ("account_password", "CHECKOUT_AUDIT_ACCOUNT_PASSWORD"),
        ("screenshots", "CHECKOUT_AUDIT_SCREENSHOTS"),
    ):
        if options.get(key) is not None:
            settings.set(setting, options[key])
    if options.get("nav_timeout"):
        settings.set("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", int(options["nav_timeout"] * 1000))
    out.mkdir(parents=True, exist_ok=True)
    settings.set("LOG_INSTALL_ROOT_HANDLER", bool(options.get("verbose")))
    if distributed is not None:
        settings.set("REDIS_URL", distributed.redis_url)
    process = CrawlerProcess(settings)
    if not options.get("verbose"):
        logging.getLogger("scrapy").setLevel(logging.ERROR)
        logging.getLogger("scrapy-playwright").setLevel(logging.ERROR)
    from scrapy import signals

    from checkout_audit.progress import Progress

    if distributed is None:
        crawler = process.create_crawler(CheckoutSpider)
        progress = Progress(total=len(sites) * len(viewports), concurrency=options.get("concurrency", 4))
        crawler.signals.connect(progress.on_item, signal=signals.item_scraped)
        process.crawl(crawler, sites=sites, viewports=viewports, out=str(out))
    else:
        # Shops come from the shared queue: `distributed` saves and acknowledges each finished shop.
        from crawler.spiders.distributed import DistributedCheckoutSpider

        crawler = process.create_crawler(DistributedCheckoutSpider)
        crawler.signals.connect(distributed.on_item, signal=signals.item_scraped)
        process.crawl(
            crawler,
            viewports=viewports,
            out=str(out),
            queue_name=distributed.queue_name,
            wait_s=options.get("queue_wait_s", 0),
        )
    try:
        process.start()
    except KeyboardInterrupt:
        click.echo("Interrompu : les parcours déjà enregistrés sont conservés.", err=True)
    result_file = out / "audit.json"
    if not result_file.is_file():
        raise UserError("aucun résultat écrit (le navigateur n'a pas pu démarrer ?)")
    return json.loads(result_file.read_text(encoding="utf-8"))


def journey_line(name: str, viewport: str, journey: dict[str, Any]) -> str:
    """'[ok] shop (mobile) : atteint « payment » — …, score 87/100'."""
    mark = "ÉCHEC" if is_failure(journey.get("stop_code")) else "ok"
    detail = journey.get("stop_reason") or "étape de paiement atteinte"
    score = journey.get("score")
    scored = f", score {score}/100" if score is not None else ""
    return f"[{mark}] {name} ({viewport}) : atteint « {journey.get('reached')} » — {detail}{scored}"


def print_summary(document: dict[str, Any], out: Path) -> int:
    """One line per journey; the exit status says whether any journey failed."""
    failures = 0
    for site in document.get("sites", []):
        for viewport, journey in site.get("viewports", {}).items():
            click.echo(journey_line(site.get("name") or site["url"], viewport, journey))
            if is_failure(journey.get("stop_code")):
                failures += 1
    click.echo(f"Résultats : {out / 'audit.json'}")
    if (out / "report.html").is_file():
        click.echo(f"Rapport : {out / 'report.html'}")
    if failures:
        for site in document.get("sites", []):
            for viewport, journey in site.get("viewports", {}).items():
                if is_failure(journey.get("stop_code")):
                    click.echo(f"Erreur : {site['url']} ({viewport}) : {journey.get('stop_reason')}", err=True)
                    return 1
    return 0


def crawl_options(func: Any) -> Any:
    decorators = [
        click.option(
            "--viewports",
            default="desktop,mobile",
            show_default=True,
            help="Appareils à simuler : desktop, mobile ou les deux.",
        ),
        click.option(
            "--out",
            "out",
            type=click.Path(path_type=Path),
            default=Path("audit-out"),
            show_default=True,
            help="Dossier des résultats (audit.json, captures).",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(1, 32),
            default=4,
            show_default=True,
            help="Parcours simultanés (boutiques différentes).",
        ),
        click.option("--obey-robots", is_flag=True, default=None, help="S'arrêter là où robots.txt l'interdit."),
        click.option("--user-agent", default=None, help="User agent à utiliser à la place de celui de l'appareil."),
        click.option(
            "--chromium", default=None, help="Chemin de Chromium (sinon $CHECKOUT_AUDIT_CHROMIUM, puis le système)."
        ),
        click.option(
            "--consent",
            type=click.Choice(["accept", "refuse"]),
            default=None,
            help="Réponse aux bandeaux cookies (défaut : accept).",
        ),
        click.option("--pause-ms", type=int, default=None, help="Pause entre deux actions (défaut 400 ms)."),
        click.option("--journey-timeout", type=float, default=None, help="Durée maximale d'un parcours, en secondes."),
        click.option(
            "--nav-timeout", type=float, default=None, help="Délai maximal d'un chargement de page, en secondes."
        ),
        click.option(
            "--allow-account",
            is_flag=True,
            default=None,
            help="Autoriser la création d'un compte de test (avec --account-email et --account-password).",
        ),
        click.option("--account-email", default=None),
        click.option("--account-password", default=None),
        click.option("--loopback-only", is_flag=True, default=False, hidden=True),
        click.option("-v", "--verbose", is_flag=True, default=False, help="Journal détaillé de Scrapy."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def parse_viewports(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in names if v not in ("desktop", "mobile")]
    if unknown or not names:
        raise UserError(f"appareil inconnu : {', '.join(unknown) or value} (choix : desktop, mobile)")
    return names


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checkout-audit")
def main() -> None:
    """Audit des frictions du tunnel de commande de boutiques en ligne françaises."""


main.add_command(monitor)


@main.command()
@click.argument("urls", nargs=-1)
@click.option("--product-url", default=None, help="Commencer par cette page produit (une seule boutique).")
@click.option(
    "--sites",
    "sites_csv",
    type=click.Path(path_type=Path),
    default=None,
    help="CSV des boutiques (colonnes name,url[,product_url]).",
)
@crawl_options
@click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    default="fr",
    show_default=True,
    help="Langue des constats et recommandations.",
)
@click.option(
    "--redis",
    "redis_url",
    default=None,
    help="redis://hôte:port/0 : mettre les boutiques dans une file partagée et travailler avec d'autres workers.",
)
@click.option("--queue", "queue_name", default="default", show_default=True, help="Nom de la file partagée.")
@click.option(
    "--db", default=None, help="Base d'historique où ranger chaque boutique terminée (fichier ou postgresql://)."
)
def run(
    urls: tuple[str, ...],
    product_url: str | None,
    sites_csv: Path | None,
    viewports: str,
    out: Path,
    allow_account: bool | None,
    account_email: str | None,
    account_password: str | None,
    lang: str,
    redis_url: str | None,
    queue_name: str,
    db: str | None,
    **options: Any,
) -> None:
    """Parcourt chaque boutique jusqu'au paiement et enregistre ce qui a été vu."""
    sites = [Site(url=validate_url(u), name=urlsplit(u).netloc) for u in urls]
    if sites_csv:
        sites += read_sites_csv(sites_csv)
    if not sites:
        raise UserError("indiquez au moins une URL de boutique (ou --sites fichier.csv)")
    if product_url:
        if len(sites) != 1:
            raise UserError("--product-url ne s'utilise qu'avec une seule boutique")
        sites[0].product_url = validate_url(product_url)
    if allow_account and not (account_email and account_password):
        raise UserError("--allow-account demande une identité de test : --account-email et --account-password")
    options.update(allow_account=allow_account, account_email=account_email, account_password=account_password)
    if redis_url:
        run_on_queue(redis_url, queue_name, db, sites, out, parse_viewports(viewports), options, lang)
        return
    document = crawl(sites, out, parse_viewports(viewports), options)
    document = judge(out, lang)
    sys.exit(print_summary(document, out))


@main.command()
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("demo-out"), show_default=True)
@click.option("--viewports", default="desktop,mobile", show_default=True)
@click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True)
@click.option("--shops", default=None, help="Noms de boutiques de démonstration, séparés par des virgules.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("-v", "--verbose", is_flag=True, default=False)
def demo(out: Path, viewports: str, concurrency: int, shops: str | None, lang: str, verbose: bool) -> None:
    """Sert les boutiques de démonstration sur 127.0.0.1 et les audite."""
    from crawler.demo import DemoUnavailable, check_demo_available, serve_demo_shops

    try:
        check_demo_available()
    except DemoUnavailable as exc:
        raise UserError(str(exc)) from exc
    with serve_demo_shops(shops.split(",") if shops else None) as served:
        click.echo(f"{len(served)} boutiques de démonstration servies sur 127.0.0.1")
        sites = [Site(url=s.url, name=s.name) for s in served]
        options = {"concurrency": concurrency, "loopback_only": True, "pause_ms": 150, "verbose": verbose}
        crawl(sites, out, parse_viewports(viewports), options)
    document = judge(out, lang)
    sys.exit(print_summary(document, out))


@main.command()
@click.option("--redis", "redis_url", required=True, help="redis://hôte:port/0 : la file partagée des boutiques.")
@click.option("--queue", "queue_name", default="default", show_default=True)
@click.option("--db", default=None, help="Base d'historique partagée (fichier ou postgresql://).")
@click.option(
    "--wait",
    "wait_s",
    type=float,
    default=30.0,
    show_default=True,
    help="Secondes à attendre des boutiques quand la file est vide avant de s'arrêter.",
)
@crawl_options
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
def worker(
    redis_url: str,
    queue_name: str,
    db: str | None,
    wait_s: float,
    viewports: str,
    out: Path,
    lang: str,
    allow_account: bool | None,
    account_email: str | None,
    account_password: str | None,
    **options: Any,
) -> None:
    """Prend des boutiques dans la file partagée jusqu'à ce qu'elle soit vide (sur n'importe quelle machine)."""
    options.update(
        allow_account=allow_account, account_email=account_email, account_password=account_password, queue_wait_s=wait_s
    )
    run_on_queue(redis_url, queue_name, db, [], out, parse_viewports(viewports), options, lang)


def run_on_queue(
    redis_url: str,
    queue_name: str,
    db: str | None,
    sites: list[Site],
    out: Path,
    viewports: list[str],
    options: dict[str, Any],
    lang: str,
) -> None:
    from checkout_audit.distributed import DistributedRun

    distributed = DistributedRun(redis_url, queue_name, viewports, out, db, lang)
    try:
        if sites:
            added = distributed.push(sites)
            click.echo(f"{added} boutique(s) ajoutée(s) à la file « {queue_name} »")
        distributed.queue().counts()
    except Exception as exc:  # noqa: BLE001 - Redis unreachable or URL invalid: one clear line
        raise UserError(f"file Redis inaccessible ({redis_url}) : {str(exc).splitlines()[0][:160]}") from exc
    crawl([], out, viewports, options, distributed=distributed)
    document = judge(out, lang)
    click.echo(f"{len(distributed.stored)} boutique(s) traitée(s) par ce worker")
    sys.exit(print_summary(document, out))


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
def report(directory: Path, lang: str) -> None:
    """Refait les rapports HTML (et le comparatif) à partir des résultats enregistrés dans DIRECTORY."""
    for path in render(directory, lang):
        if path.suffix == ".html":
            click.echo(f"Rapport : {path}")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
def audit(directory: Path, lang: str) -> None:
    """Rejoue les audits sur les parcours enregistrés dans DIRECTORY (sans nouvelle visite)."""
    document = judge(directory, lang)
    for site in document.get("sites", []):
        scores = ", ".join(f"{v} {j.get('score')}" for v, j in site.get("viewports", {}).items())
        click.echo(f"{site.get('name') or site['url']} : score {site.get('score')} ({scores})")
    click.echo(f"Résultats : {directory / 'audit.json'}")


def judge(directory: Path, lang: str) -> dict[str, Any]:
    """Run the audits on the saved result folder and write them into its audit.json."""
    from audits.runner import audit_dir

    if not (directory / "audit.json").is_file():
        raise UserError(f"aucun résultat à auditer : {directory / 'audit.json'} introuvable")
    try:
        document = audit_dir(directory, lang)
    except (ValueError, json.JSONDecodeError) as exc:
        raise UserError(f"{directory / 'audit.json'} illisible : {exc}") from exc
    render(directory, lang)
    return document


def render(directory: Path, lang: str) -> list[Path]:
    """Render the HTML reports (and the benchmark when there are several shops) from the saved results."""
    from reports.render import render_reports

    if not (directory / "audit.json").is_file():
        raise UserError(f"aucun résultat à afficher : {directory / 'audit.json'} introuvable")
    try:
        return render_reports(directory, lang)
    except (ValueError, json.JSONDecodeError) as exc:
        raise UserError(f"{directory / 'audit.json'} illisible : {exc}") from exc


if __name__ == "__main__":
    main()
