"""Reports rendered from saved result folders: files, escaping, old documents, English, benchmark tables."""

from __future__ import annotations

import copy
import html as htmllib
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from audits.checks import IDS
from reports.benchmark import benchmark_tables, render_benchmark
from reports.render import build_site_context, render_reports, render_site_report
from tests.facts.report_run import load_recorded, make_run

EVIL = "<script>alert('x')</script>"


def read(path: Path) -> str:
    """The page with entities decoded, to look for French text (apostrophes are escaped as &#39;)."""
    return htmllib.unescape(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = make_run(tmp_path_factory.mktemp("report") / "run")
    render_reports(run)
    return run


def test_multi_site_folder_gets_one_report_per_site_an_index_and_the_benchmark(rendered: Path) -> None:
    names = {p.name for p in rendered.iterdir() if p.is_file()}
    assert {"report.html", "report-prestashop.html", "report-oscar-account.html", "benchmark.html"} <= names
    assert {"benchmark.xlsx", "benchmark-scores.csv", "benchmark-checks.csv"} <= names
    index = (rendered / "report.html").read_text(encoding="utf-8")
    assert 'href="report-prestashop.html"' in index and 'href="benchmark.html"' in index
    assert list((rendered / "thumbs").rglob("*.jpg")), "thumbnails are written beside the report"
    assert list((rendered / "crops").rglob("*.jpg")), "evidence boxes are cropped"


def test_site_report_shows_scores_priorities_journey_checklist_payments_and_returns(rendered: Path) -> None:
    html = read(rendered / "report-prestashop.html")
    assert '<html lang="fr">' in html
    assert html.count('class="gauge ') == 3  # overall, desktop, mobile
    assert 'aria-label="Score global : 89 sur 100"' in html
    priorities = re.findall(r'<li class="priority">.*?<h3>(.*?)</h3>', html, re.S)
    assert priorities[:3] == [
        "Tunnel de commande long (étapes ou champs)",
        "Ni Apple Pay ni Google Pay ne sont proposés",
        "Signes de confiance absents près du paiement",
    ]
    assert "Le parcours, étape par étape" in html and "La checklist complète" in html
    assert html.count('<li class="check check-') == len(IDS)
    assert "Annoncé avant le tunnel" in html and "Oney" in html
    assert "30 jours" in html and "au-delà du minimum légal" in html
    # every image is beside the report, relative, and every thumbnail opens a lightbox that exists
    for src in re.findall(r'<img [^>]*src="([^"]+)"', html):
        assert not src.startswith(("/", "http")) and (rendered / src).is_file(), src
    for target in set(re.findall(r'href="#(shot-\d+)"', html)):
        assert f'id="{target}"' in html
    assert re.search(r'<img [^>]*src="[^"]+"(?![^>]*alt="")[^>]*alt="[^"]+"', html)


def test_stopped_journey_says_where_and_why(rendered: Path) -> None:
    html = read(rendered / "report-oscar-account.html")
    assert "Arrêté à l'étape « Commande »" in html
    assert "connexion obligatoire : aucun achat sans compte proposé" in html
    assert 'class="fs fs-stop"' in html


def test_crawled_text_is_escaped_and_only_http_links_are_kept(tmp_path: Path) -> None:
    document = load_recorded()
    site = document["sites"][0]
    site["name"] = f"Boutique {EVIL}"
    journey = site["viewports"]["desktop"]
    journey["steps"][0]["action"]["text"] = EVIL
    journey["steps"][0]["title"] = EVIL
    journey["steps"][1]["url"] = "javascript:alert(1)"
    journey["final_button"] = {"text": EVIL, "step": 5}
    journey["return_policy"]["text_excerpt"] = f"Retours gratuits sous 30 jours {EVIL}"
    site["priorities"][0]["evidence"][0]["text"] = EVIL
    run = make_run(tmp_path / "run", document)
    html = render_site_report(document, 0, run).read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert html.count("<script>") == 1  # the report's own lightbox helper


def test_old_minimal_document_renders(tmp_path: Path) -> None:
    """Only the keys the schema requires, no audit results, no screenshots on disk."""
    journey = {
        "reached": "product",
        "stop_reason": "bouton d'ajout au panier introuvable",
        "steps": [
            {"stage": "home", "url": "https://boutique.example.fr/", "action": {"kind": "goto"}, "ttfb_ms": 120,
             "lcp_ms": None, "load_ms": 900, "screenshot": "screens/shop/desktop/00-home.jpg"},
            {"stage": "product", "url": "https://boutique.example.fr/p/1", "action": {"kind": "click"},
             "ttfb_ms": None, "lcp_ms": None, "load_ms": None, "screenshot": None},
        ],
        "checkout_steps": None,
        "guest_checkout": None,
        "forced_account_creation": None,
        "payment_methods": None,
        "bnpl_providers": None,
        "return_policy": {},
        "cookie_banner": None,
        "checkout_form_fields": None,
    }
    document = {"sites": [{"url": "https://boutique.example.fr/", "viewports": {"desktop": journey}}]}
    run = make_run(tmp_path / "run", document, screenshots=False)
    written = render_reports(run)
    assert written == [run / "report.html"]
    html = read(written[0])
    assert "boutique.example.fr" in html and "bouton d'ajout au panier introuvable" in html
    assert "pas encore été évalué" in html
    assert "<img" not in html and "capture absente" in html
    assert "Inconnu" in html  # payment methods unknown, not "no"


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"sites": []},
        {"sites": [{"url": "https://a.example/"}]},
        {"sites": [{"url": "https://a.example/", "viewports": {"desktop": {"steps": [{}], "checks": [{}]}}}]},
        {"sites": [{"url": "https://a.example/", "viewports": {"mobile": {"steps": None, "checks": None}}}]},
    ],
)
def test_degenerate_documents_never_crash(tmp_path: Path, document: dict) -> None:
    run = make_run(tmp_path / "run", document, screenshots=False)
    assert (run / "report.html") in render_reports(run)


def test_english_report(tmp_path: Path) -> None:
    run = make_run(tmp_path / "run")
    render_reports(run, lang="en", with_benchmark=False)
    html = read(run / "report-oscar-account.html")
    assert '<html lang="en">' in html
    assert "Frictions to fix first" in html and "The full checklist" in html
    assert 'Stopped at the "Checkout" stage' in html
    assert "login required: no guest checkout offered" in html
    # audit titles come from the audits' English metadata when the file was audited in French
    assert "An account is required, or the guest checkout is hidden" in html
    assert "Les frictions à corriger" not in html
    with pytest.raises(ValueError):
        render_reports(run, lang="de")


def test_context_is_plain_data(tmp_path: Path) -> None:
    run = make_run(tmp_path / "run", screenshots=False)
    context = build_site_context(load_recorded(), 1, run)
    assert context.name == "prestashop"
    assert [g.score for g in context.gauges] == [89, 91, 88]
    assert len(context.priorities) == 3 and context.priorities[0].id == "checkout_length"
    assert [g.stage for g in context.check_groups] == ["cart", "checkout", "payment", "journey"]
    card = next(r for r in context.payments.rows if r.label == "Carte bancaire")
    assert [c.state for c in card.cells] == ["yes", "yes", "yes", "yes"]


def test_benchmark_tables_and_files(tmp_path: Path) -> None:
    document = load_recorded()
    tables = benchmark_tables(document)
    assert tables["scores"].shape[0] == 2 and list(tables["scores"].index) == ["prestashop", "oscar_account"]
    assert list(tables["scores"]["rank"]) == [1, 2]
    assert tables["checks"].shape == (2, len(IDS)) and list(tables["checks"].columns) == list(IDS)
    assert tables["checks"].at["oscar_account", "guest_checkout"] == "fail"
    assert bool(tables["payments"].at["prestashop", "card"]) is True
    assert tables["payments"].at["oscar_account", "card"] is None  # payment never reached: unknown, not "no"
    assert tables["timings"].shape == (2, 10)
    assert tables["timings"].at["prestashop", "checkout_steps_desktop"] == 5

    run = make_run(tmp_path / "run", document, screenshots=False)
    written = render_benchmark(run)
    assert {p.name for p in written} == {
        "benchmark.html",
        "benchmark.xlsx",
        "benchmark-scores.csv",
        "benchmark-checks.csv",
        "benchmark-payments.csv",
        "benchmark-timings.csv",
    }
    checks = pd.read_csv(run / "benchmark-checks.csv", index_col="shop")
    assert checks.shape == (2, len(IDS))
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    assert len(workbook.sheetnames) == 4
    assert workbook[workbook.sheetnames[1]].max_row == 3 and workbook[workbook.sheetnames[1]].max_column == len(IDS) + 1
    html = (run / "benchmark.html").read_text(encoding="utf-8")
    assert 'href="report-prestashop.html"' in html and "Classement" in html


def test_single_site_report_is_report_html(tmp_path: Path) -> None:
    document = copy.deepcopy(load_recorded())
    document["sites"] = document["sites"][1:]
    run = make_run(tmp_path / "run", document)
    assert render_reports(run) == [run / "report.html"]
    html = (run / "report.html").read_text(encoding="utf-8")
    assert "Tous les rapports" not in html and "prestashop" in html
