"""Side-by-side comparison of the shops of one result document: pandas tables, HTML, CSV and a spreadsheet.

`benchmark_tables()` returns four DataFrames indexed by shop (stable English column names, for tools):
scores (ranking), checks (shops × checklist items, status), payments (methods offered at payment), timings.
`render_benchmark()` writes them as `benchmark.html`, `benchmark-<table>.csv` and `benchmark.xlsx` (one sheet
per table, translated headers, for people).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from reports.render import (
    PAYMENT_METHODS,
    STATUS_ICONS,
    STATUS_SEVERITY,
    VIEWPORT_ORDER,
    Badge,
    Formatter,
    as_dict,
    as_list,
    audit_meta,
    check_order,
    load_document,
    number,
    render_template,
    report_filename,
    site_name,
    stage_rank,
    strings,
    text,
    viewports_of,
    write_text,
)
from reports.strings import PAYMENT_LABELS, STAGE_LABELS, STATUS_LABELS, VIEWPORT_LABELS, check_lang

TABLES = ("scores", "checks", "payments", "timings")


def document_viewports(document: dict[str, Any]) -> list[str]:
    seen = {vp for site in as_list(document.get("sites")) for vp, _ in viewports_of(as_dict(site))}
    return [vp for vp in VIEWPORT_ORDER if vp in seen] + sorted(seen - set(VIEWPORT_ORDER))


def shop_labels(document: dict[str, Any]) -> list[str]:
    """Shop names, made unique (two sites may share a name)."""
    labels: list[str] = []
    for site in as_list(document.get("sites")):
        label = site_name(as_dict(site))
        while label in labels:
            label += " (2)"
        labels.append(label)
    return labels


def merged_status(statuses: list[Any]) -> str | None:
    """The less favourable status of the devices (fail > warn > unknown > pass > na)."""
    known = [s for s in statuses if s in STATUS_SEVERITY]
    return min(known, key=STATUS_SEVERITY.__getitem__) if known else None


def median_of(steps: list[dict[str, Any]], key: str) -> float | None:
    values = [number(step.get(key)) for step in steps]
    values = [v for v in values if v is not None]
    return float(pd.Series(values).median()) if values else None


def benchmark_tables(document: dict[str, Any]) -> dict[str, pd.DataFrame]:
    viewports = document_viewports(document)
    shops = shop_labels(document)
    ids = check_order()
    for site in as_list(document.get("sites")):
        for _, journey in viewports_of(as_dict(site)):
            ids += [str(c["id"]) for c in map(as_dict, as_list(journey.get("checks"))) if c.get("id") not in ids]
    scores, checks, payments, timings = [], [], [], []
    for site in map(as_dict, as_list(document.get("sites"))):
        journeys = dict(viewports_of(site))
        row: dict[str, Any] = {"score": number(site.get("score"))}
        for vp in viewports:
            journey = journeys.get(vp, {})
            row[f"score_{vp}"] = number(journey.get("score"))
            row[f"coverage_{vp}"] = number(journey.get("coverage"))
            row[f"reached_{vp}"] = text(journey.get("reached"))
            row[f"stop_code_{vp}"] = text(journey.get("stop_code"))
        scores.append(row)

        statuses: dict[str, list[Any]] = {}
        for journey in journeys.values():
            for check in map(as_dict, as_list(journey.get("checks"))):
                statuses.setdefault(str(check.get("id")), []).append(check.get("status"))
        checks.append({audit_id: merged_status(statuses.get(audit_id, [])) for audit_id in ids})

        offered: dict[str, Any] = {}
        known = [
            set(map(str, j["payment_methods"])) for j in journeys.values() if isinstance(j.get("payment_methods"), list)
        ]
        extra = sorted({m for s in known for m in s} - set(PAYMENT_METHODS))
        for method in (*PAYMENT_METHODS, *extra):
            offered[method] = any(method in s for s in known) if known else None
        before = sorted({str(m) for j in journeys.values() for m in as_list(j.get("payment_methods_before_checkout"))})
        providers = sorted({str(p) for j in journeys.values() for p in as_list(j.get("bnpl_providers"))})
        offered["before_checkout"] = ", ".join(before)
        offered["bnpl_providers"] = ", ".join(providers)
        payments.append(offered)

        timing: dict[str, Any] = {}
        for vp in viewports:
            journey = journeys.get(vp, {})
            steps = [s for s in map(as_dict, as_list(journey.get("steps"))) if s.get("navigation", "load") == "load"]
            timing[f"ttfb_median_ms_{vp}"] = median_of(steps, "ttfb_ms")
            timing[f"lcp_median_ms_{vp}"] = median_of(steps, "lcp_ms")
            duration = number(journey.get("duration_ms"))
            timing[f"duration_s_{vp}"] = round(duration / 1000, 1) if duration is not None else None
            timing[f"checkout_steps_{vp}"] = number(journey.get("checkout_steps"))
            timing[f"form_fields_{vp}"] = number(journey.get("checkout_form_fields"))
        timings.append(timing)

    index = pd.Index(shops, name="shop")
    tables = {
        "scores": pd.DataFrame(scores, index=index),
        "checks": pd.DataFrame(checks, index=index, columns=ids),
        "payments": pd.DataFrame(payments, index=index),
        "timings": pd.DataFrame(timings, index=index),
    }
    ranking = tables["scores"]["score"].rank(ascending=False, method="min")
    tables["scores"].insert(0, "rank", ranking.astype("Int64"))
    tables["scores"] = tables["scores"].sort_values(["rank", "score"], na_position="last")
    return tables


# ---------------------------------------------------------------------------------------------- labels


def column_labels(table: str, columns: list[str], lang: str) -> dict[str, str]:
    """Translated headers for people (spreadsheet and HTML)."""
    t = strings(lang)
    meta = audit_meta()
    vp_names = VIEWPORT_LABELS[lang]
    base = {
        "rank": t["rank"],
        "score": t["tbl_score"],
        "score_": t["tbl_score"],
        "coverage_": t["tbl_coverage"],
        "reached_": t["tbl_reached"],
        "stop_code_": t["stop_reason"],
        "ttfb_median_ms_": f"{t['tbl_ttfb']} (ms)",
        "lcp_median_ms_": f"{t['tbl_lcp']} (ms)",
        "duration_s_": f"{t['tbl_duration']} (s)",
        "checkout_steps_": t["tbl_checkout_steps"],
        "form_fields_": t["tbl_fields"],
        "before_checkout": t["tbl_before"],
        "bnpl_providers": t["tbl_bnpl"],
    }
    labels = {}
    for column in columns:
        if table == "checks" and column in meta:
            labels[column] = getattr(meta[column], f"title_pass_{lang}")
        elif table == "payments" and column in PAYMENT_LABELS[lang]:
            labels[column] = PAYMENT_LABELS[lang][column]
        elif column in base:
            labels[column] = base[column]
        else:
            prefix, _, viewport = column.rpartition("_")
            key = f"{prefix}_"
            labels[column] = f"{base[key]} – {vp_names.get(viewport, viewport)}" if key in base else column
    return labels


# ---------------------------------------------------------------------------------------------- HTML context


@dataclass
class Cell:
    text: str
    css: str = ""
    badge: Badge | None = None
    title: str | None = None


@dataclass
class TableView:
    id: str
    title: str
    intro: str | None
    corner: str
    columns: list[str]
    rows: list[tuple[str, str | None, list[Cell]]]  # (row header, link, cells)
    legend: list[Badge] | None = None


@dataclass
class BenchmarkContext:
    lang: str
    t: dict[str, str]
    page_title: str
    tool: str
    version: str
    tables: list[TableView]
    downloads: list[tuple[str, str]]
    index_href: str
    footer: str


def build_benchmark_context(document: dict[str, Any], tables: dict[str, pd.DataFrame], lang: str) -> BenchmarkContext:
    t = strings(lang)
    fmt = Formatter(lang)
    viewports = document_viewports(document)
    links = dict(
        zip(
            shop_labels(document),
            [report_filename(document, i) for i in range(len(shop_labels(document)))],
            strict=True,
        )
    )
    stage_names = STAGE_LABELS[lang]

    def score_cell(value: Any) -> Cell:
        amount = number(value) if not pd.isna(value) else None
        if amount is None:
            return Cell("—", "score-pill score-unknown")
        band = "pass" if amount >= 90 else "warn" if amount >= 50 else "fail"
        return Cell(fmt.number(amount), f"score-pill score-{band}")

    scores = tables["scores"]
    score_rows = []
    for shop, row in scores.iterrows():
        cells = [Cell(fmt.number(row["rank"]) if not pd.isna(row["rank"]) else "—", "num"), score_cell(row["score"])]
        for vp in viewports:
            cells.append(score_cell(row[f"score_{vp}"]))
        for vp in viewports:
            reached = row[f"reached_{vp}"]
            cell = Cell(stage_names.get(reached, reached or "—") if isinstance(reached, str) else "—")
            if isinstance(row[f"stop_code_{vp}"], str):
                cell.text += f" ({row[f'stop_code_{vp}']})"
                cell.css = "cell-unknown" if stage_rank(reached) < 4 else ""
            cells.append(cell)
        score_rows.append((str(shop), links.get(str(shop)), cells))
    vp_names = [VIEWPORT_LABELS[lang].get(vp, vp) for vp in viewports]
    score_columns = [t["rank"], t["overall_score"]] + vp_names + [f"{t['tbl_reached']} – {v}" for v in vp_names]

    order = list(scores.index)
    checks = tables["checks"].loc[order]
    check_labels = column_labels("checks", list(checks.columns), lang)
    check_rows = []
    for audit_id in checks.columns:
        cells = []
        for shop in order:
            status = checks.at[shop, audit_id]
            key = status if status in STATUS_SEVERITY else "unknown"
            badge = Badge(key, STATUS_LABELS[lang][key], STATUS_ICONS[key])
            cells.append(Cell("", "cell-badge", badge))
        check_rows.append((check_labels[audit_id], None, cells))

    payments = tables["payments"].loc[order]
    pay_labels = column_labels("payments", list(payments.columns), lang)
    pay_rows = []
    for column in payments.columns:
        cells = []
        for shop in order:
            value = payments.at[shop, column]
            if column in ("before_checkout", "bnpl_providers"):
                parts = [v.strip() for v in str(value).split(",") if v.strip()]
                names = [PAYMENT_LABELS[lang].get(v, v.capitalize()) for v in parts]
                cells.append(Cell(", ".join(names) or "—", "wrap"))
            elif value is None or pd.isna(value):
                cells.append(Cell(t["unknown_short"], "cell-unknown", title=t["unknown_long"]))
            elif bool(value):
                cells.append(Cell(f"✓ {t['yes_short']}", "cell-yes"))
            else:
                cells.append(Cell(f"✕ {t['no_short']}", "cell-no"))
        pay_rows.append((pay_labels[column], None, cells))

    timings = tables["timings"].loc[order]
    timing_labels = column_labels("timings", list(timings.columns), lang)
    timing_rows = []
    for shop, row in timings.iterrows():
        cells = []
        for column in timings.columns:
            value = row[column]
            if value is None or pd.isna(value):
                cells.append(Cell("—", "num"))
            elif column.startswith(("ttfb", "lcp")):
                cells.append(Cell(fmt.duration_ms(value), "num"))
            elif column.startswith("duration"):
                cells.append(Cell(f"{fmt.number(value, 1)}\u00a0s", "num"))
            else:
                cells.append(Cell(fmt.number(value), "num"))
        timing_rows.append((str(shop), links.get(str(shop)), cells))

    tool = as_dict(document.get("tool"))
    tool_name, version = text(tool.get("name")) or "checkout-audit", text(tool.get("version")) or "?"
    return BenchmarkContext(
        lang=lang,
        t=t,
        page_title=t["benchmark_title"],
        tool=tool_name,
        version=version,
        tables=[
            TableView("scores", t["scores_table"], None, t["shop"], score_columns, score_rows),
            TableView(
                "checks",
                t["checks_table"],
                t["checks_table_intro"],
                t["checklist_title"],
                list(order),
                check_rows,
                [Badge(s, STATUS_LABELS[lang][s], STATUS_ICONS[s]) for s in ("pass", "warn", "fail", "unknown", "na")],
            ),
            TableView("payments", t["payments_table"], None, t["method"], list(order), pay_rows),
            TableView(
                "timings",
                t["timings_table"],
                t["timings_intro"],
                t["shop"],
                [timing_labels[c] for c in timings.columns],
                timing_rows,
            ),
        ],
        downloads=[(name, name) for name in ("benchmark.xlsx", *(f"benchmark-{n}.csv" for n in TABLES))],
        index_href="report.html",
        footer=t["generated_by"].format(tool=tool_name, version=version),
    )


# ---------------------------------------------------------------------------------------------- files


def write_excel(path: Path, tables: dict[str, pd.DataFrame], lang: str) -> Path:
    t = strings(lang)
    sheet_names = {
        "scores": t["scores_table"],
        "checks": "Checklist",
        "payments": t["payments_title"],
        "timings": t["timings_table"],
    }
    temporary = path.with_name(f".{path.name}.tmp")
    with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
        for name, frame in tables.items():
            labelled = frame.rename(columns=column_labels(name, list(frame.columns), lang))
            labelled.index.name = t["shop"]
            if name == "checks":
                labelled = labelled.map(lambda s: STATUS_LABELS[lang].get(s, "") if isinstance(s, str) else "")
            labelled.to_excel(writer, sheet_name=sheet_names[name][:31])
            sheet = writer.sheets[sheet_names[name][:31]]
            sheet.freeze_panes = "B2"
            for column in sheet.columns:
                width = max(len(str(cell.value or "")) for cell in column)
                sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 48)
    temporary.replace(path)
    return path


def render_benchmark(run_dir: Path, lang: str = "fr") -> list[Path]:
    """Write `benchmark.html`, `benchmark-{scores,checks,payments,timings}.csv` and `benchmark.xlsx` for a
    result folder holding two sites or more; returns the written paths."""
    run_dir = Path(run_dir)
    check_lang(lang)
    document = load_document(run_dir)
    tables = benchmark_tables(document)
    written = []
    context = build_benchmark_context(document, tables, lang)
    written.append(write_text(run_dir / "benchmark.html", render_template("benchmark.html", context, lang)))
    for name, frame in tables.items():
        target = run_dir / f"benchmark-{name}.csv"
        temporary = target.with_name(f".{target.name}.tmp")
        frame.to_csv(temporary, encoding="utf-8")
        temporary.replace(target)
        written.append(target)
    written.append(write_excel(run_dir / "benchmark.xlsx", tables, lang))
    return written


__all__ = ["benchmark_tables", "render_benchmark"]
