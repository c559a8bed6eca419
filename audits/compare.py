"""What got worse between two runs of the same shop: a pure function of two saved results.

`regressions(previous, current, thresholds)` compares two journeys (one viewport each) or two site entries
of the result document (`{"url", "viewports": {...}, "score"}`), and returns what regressed:

- `stage_not_reached`: the walk no longer gets as far (home < product < cart < checkout < payment);
- `guest_checkout_removed`: guest checkout True -> False, or `forced_account_creation` False -> True;
- `payment_method_removed`: one per method offered before and not any more (only when both runs saw the
  payment step: `null` means unknown, never "none");
- `free_returns_removed`, `return_window_shorter`: the return policy got worse;
- `score_drop`: the score fell by more than `Thresholds.score_drop` points;
- `load_time_increase`: a step got slower (steps are matched by stage and rank within the stage; load time
  or, for client-side screens, time to a stable screen, TTFB and LCP): more than `load_increase_pct` percent
  AND more than `load_increase_min_ms` milliseconds, since a single visit is a noisy measure.

Unknown values (`null`, missing fields) never make a regression.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from crawler.items import STAGES

STAGE_FR = {"home": "accueil", "product": "fiche produit", "cart": "panier", "checkout": "commande",
            "payment": "paiement"}
STAGE_EN = {"home": "home", "product": "product page", "cart": "cart", "checkout": "checkout",
            "payment": "payment"}
METHOD_FR = {
    "card": "carte bancaire", "paypal": "PayPal", "pay_in_3x": "paiement en 3x", "pay_in_4x": "paiement en 4x",
    "pay_later": "paiement différé", "paylib": "Paylib", "wero": "Wero", "apple_pay": "Apple Pay",
    "google_pay": "Google Pay", "bank_transfer": "virement bancaire",
}
METHOD_EN = {
    "card": "card", "paypal": "PayPal", "pay_in_3x": "pay in 3", "pay_in_4x": "pay in 4", "pay_later": "pay later",
    "paylib": "Paylib", "wero": "Wero", "apple_pay": "Apple Pay", "google_pay": "Google Pay",
    "bank_transfer": "bank transfer",
}
# (metric id, fields read in order, label)
METRICS = (
    ("load", ("load_ms", "screen_stable_ms"), "chargement", "load"),
    ("ttfb", ("ttfb_ms",), "TTFB", "TTFB"),
    ("lcp", ("lcp_ms",), "LCP", "LCP"),
)


@dataclass(frozen=True)
class Thresholds:
    score_drop: float = 5.0  # points out of 100
    load_increase_pct: float = 50.0  # percent
    load_increase_min_ms: float = 300.0  # milliseconds


@dataclass
class Regression:
    id: str
    viewport: str | None
    message_fr: str
    message_en: str
    before: Any
    after: Any
    evidence: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "fr") -> str:
        return self.message_en if lang == "en" else self.message_fr

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Regression:
        names = {"id", "viewport", "message_fr", "message_en", "before", "after", "evidence", "details"}
        return cls(**{k: v for k, v in data.items() if k in names})


def stage_rank(stage: Any) -> int:
    return STAGES.index(stage) if stage in STAGES else -1


def regressions(
    previous: dict[str, Any], current: dict[str, Any], thresholds: Thresholds | None = None,
    viewport: str | None = None,
) -> list[Regression]:
    """Regressions from `previous` to `current`: two journeys, or two site entries (every viewport in both,
    then the site score)."""
    thresholds = thresholds or Thresholds()
    if "viewports" in previous or "viewports" in current:
        found: list[Regression] = []
        before_viewports = previous.get("viewports") or {}
        for name, journey in (current.get("viewports") or {}).items():
            if isinstance(before_viewports.get(name), dict) and isinstance(journey, dict):
                found += _journey_regressions(before_viewports[name], journey, thresholds, name)
        found += _score(previous.get("score"), current.get("score"), thresholds, None, site=True)
        return found
    return _journey_regressions(previous, current, thresholds, viewport or current.get("viewport"))


def _journey_regressions(
    before: dict[str, Any], after: dict[str, Any], thresholds: Thresholds, viewport: str | None
) -> list[Regression]:
    found: list[Regression] = []
    found += _stage(before, after, viewport)
    found += _guest(before, after, viewport)
    found += _payment_methods(before, after, viewport)
    found += _returns(before, after, viewport)
    found += _score(before.get("score"), after.get("score"), thresholds, viewport)
    found += _load_times(before, after, thresholds, viewport)
    return found


def _last_step_evidence(journey: dict[str, Any], text: str | None = None) -> dict[str, Any] | None:
    steps = [s for s in journey.get("steps") or [] if isinstance(s, dict)]
    if not steps:
        return None
    step = steps[-1]
    return {"step": step.get("index"), "stage": step.get("stage"), "url": step.get("url"),
            "screenshot": step.get("screenshot"), "text": text}


def _stage(before: dict[str, Any], after: dict[str, Any], viewport: str | None) -> list[Regression]:
    was, now = before.get("reached"), after.get("reached")
    if stage_rank(was) < 0 or stage_rank(now) < 0 or stage_rank(now) >= stage_rank(was):
        return []
    lost = STAGES[stage_rank(now) + 1]
    reason = after.get("stop_reason")
    suffix_fr = f" ({reason})" if reason else ""
    suffix_en = f" ({after.get('stop_code')})" if after.get("stop_code") else ""
    return [Regression(
        "stage_not_reached", viewport,
        f"étape {STAGE_FR[lost]} plus atteinte : le parcours s'arrête à l'étape {STAGE_FR[now]}, "
        f"il allait jusqu'à l'étape {STAGE_FR[was]}{suffix_fr}",
        f"{STAGE_EN[lost]} stage no longer reached: the walk stops at {STAGE_EN[now]}, it used to reach "
        f"{STAGE_EN[was]}{suffix_en}",
        was, now, _last_step_evidence(after, reason), {"stop_code": after.get("stop_code")},
    )]


def _guest(before: dict[str, Any], after: dict[str, Any], viewport: str | None) -> list[Regression]:
    removed = before.get("guest_checkout") is True and after.get("guest_checkout") is False
    forced = before.get("forced_account_creation") is False and after.get("forced_account_creation") is True
    if not (removed or forced):
        return []
    wall = after.get("login_wall") if isinstance(after.get("login_wall"), dict) else None
    evidence = ({k: wall.get(k) for k in ("step", "stage", "url", "screenshot", "text")} if wall
                else _last_step_evidence(after))
    return [Regression(
        "guest_checkout_removed", viewport,
        "achat invité supprimé : un compte est désormais obligatoire pour commander",
        "guest checkout removed: an account is now required to order",
        {"guest_checkout": before.get("guest_checkout"),
         "forced_account_creation": before.get("forced_account_creation")},
        {"guest_checkout": after.get("guest_checkout"),
         "forced_account_creation": after.get("forced_account_creation")},
        evidence,
    )]


def _payment_methods(before: dict[str, Any], after: dict[str, Any], viewport: str | None) -> list[Regression]:
    was, now = before.get("payment_methods"), after.get("payment_methods")
    if not isinstance(was, list) or not isinstance(now, list):
        return []  # unknown on one side: the payment step was not reached
    evidence = _payment_evidence(after)
    found = []
    for method in sorted(set(was) - set(now)):
        found.append(Regression(
            "payment_method_removed", viewport,
            f"moyen de paiement disparu : {METHOD_FR.get(method, method)} ({method})",
            f"payment method gone: {METHOD_EN.get(method, method)} ({method})",
            sorted(was), sorted(now), evidence, {"method": method},
        ))
    return found


def _payment_evidence(journey: dict[str, Any]) -> dict[str, Any] | None:
    steps = [s for s in journey.get("steps") or [] if isinstance(s, dict) and s.get("stage") == "payment"]
    if not steps:
        return _last_step_evidence(journey)
    step = steps[-1]
    return {"step": step.get("index"), "stage": "payment", "url": step.get("url"),
            "screenshot": step.get("screenshot"), "text": None}


def _returns(before: dict[str, Any], after: dict[str, Any], viewport: str | None) -> list[Regression]:
    was = before.get("return_policy") if isinstance(before.get("return_policy"), dict) else {}
    now = after.get("return_policy") if isinstance(after.get("return_policy"), dict) else {}
    evidence = {"url": now.get("url"), "text": (now.get("text_excerpt") or "")[:300] or None}
    found = []
    if was.get("free_returns") is True and now.get("free_returns") is False:
        found.append(Regression(
            "free_returns_removed", viewport,
            "politique de retour dégradée : les retours ne sont plus gratuits",
            "return policy worse: returns are no longer free",
            True, False, evidence,
        ))
    days_was, days_now = was.get("return_window_days"), now.get("return_window_days")
    if isinstance(days_was, int) and isinstance(days_now, int) and days_now < days_was:
        found.append(Regression(
            "return_window_shorter", viewport,
            f"politique de retour dégradée : délai de retour raccourci de {days_was} à {days_now} jours",
            f"return policy worse: return window cut from {days_was} to {days_now} days",
            days_was, days_now, evidence,
        ))
    return found


def _score(was: Any, now: Any, thresholds: Thresholds, viewport: str | None, site: bool = False) -> list[Regression]:
    if not isinstance(was, int | float) or not isinstance(now, int | float) or was - now <= thresholds.score_drop:
        return []
    what_fr, what_en = ("score de la boutique", "shop score") if site else ("score", "score")
    return [Regression(
        "site_score_drop" if site else "score_drop", viewport,
        f"{what_fr} en baisse : {_num(was)} → {_num(now)} (−{_num(was - now)} points)",
        f"{what_en} down: {_num(was)} → {_num(now)} (−{_num(was - now)} points)",
        was, now, None, {"threshold": thresholds.score_drop},
    )]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def step_keys(journey: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    """(stage, rank within the stage starting at 1, step) for every recorded step."""
    ranks: dict[str, int] = {}
    keyed = []
    for step in journey.get("steps") or []:
        if not isinstance(step, dict) or step.get("stage") not in STAGES:
            continue
        ranks[step["stage"]] = ranks.get(step["stage"], 0) + 1
        keyed.append((step["stage"], ranks[step["stage"]], step))
    return keyed


def metric_value(step: dict[str, Any], fields: tuple[str, ...]) -> float | None:
    for name in fields:
        value = step.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value)
    return None


def step_load_ms(step: dict[str, Any]) -> float | None:
    """The load time of a step: `load_ms`, or for a client-side screen the time to a stable DOM."""
    return metric_value(step, METRICS[0][1])


def _load_times(
    before: dict[str, Any], after: dict[str, Any], thresholds: Thresholds, viewport: str | None
) -> list[Regression]:
    previous = {(stage, rank): step for stage, rank, step in step_keys(before)}
    found = []
    for stage, rank, step in step_keys(after):
        old = previous.get((stage, rank))
        if old is None:
            continue
        worst: tuple[float, str, str, str, float, float] | None = None
        for metric, fields, label_fr, label_en in METRICS:
            was, now = metric_value(old, fields), metric_value(step, fields)
            if was is None or now is None or was <= 0:
                continue
            increase = now - was
            pct = increase / was * 100
            if pct > thresholds.load_increase_pct and increase > thresholds.load_increase_min_ms:
                if worst is None or increase > worst[0]:
                    worst = (increase, metric, label_fr, label_en, was, now)
        if worst is None:
            continue
        increase, metric, label_fr, label_en, was, now = worst
        pct = round(increase / was * 100)
        where_fr = f"{STAGE_FR[stage]} (écran {rank})"
        where_en = f"{STAGE_EN[stage]} (screen {rank})"
        found.append(Regression(
            "load_time_increase", viewport,
            f"temps de chargement en hausse : {where_fr}, {label_fr} {_num(round(was))} → {_num(round(now))} ms "
            f"(+{pct} %)",
            f"load time up: {where_en}, {label_en} {_num(round(was))} → {_num(round(now))} ms (+{pct}%)",
            round(was, 1), round(now, 1),
            {"step": step.get("index"), "stage": stage, "url": step.get("url"),
             "screenshot": step.get("screenshot"), "text": None},
            {"metric": metric, "stage": stage, "rank": rank, "increase_ms": round(increase, 1), "increase_pct": pct},
        ))
    return found
