"""Trim a recorded run into a small test fixture:
`python -m tests.facts.trim_recorded /tmp/demo-audit-5shops.json tests/facts/recorded-5shops.json`.

Keeps every fact the audits read; cuts page texts to 1500 characters (600 on home pages), keeps forms of the
checkout and payment stages only (visible fields, one copy of each), and drops what no audit reads.
"""

import json
import sys


def trim(d: dict) -> dict:
    for s in d["sites"]:
        for j in s["viewports"].values():
            for stage, pages in j["pages"].items():
                for p in pages:
                    p["text_excerpt"] = (p.get("text_excerpt") or "")[:1500]
                    p["prices"] = [
                        {"text": x.get("text"), "selector": (x.get("selector") or "")[-60:], "box": x.get("box")}
                        for x in p["prices"]
                        if len(x.get("text") or "") <= 40
                    ][:8]
                    p["policy_links"] = {"returns": (p.get("policy_links") or {}).get("returns", [])[:1]}
                    p["contact"]["links"] = p["contact"].get("links", [])[:2]
                    for dlg in p.get("dialogs") or []:
                        dlg["text"] = (dlg.get("text") or "")[:80]
                        dlg["selector"] = (dlg.get("selector") or "")[-60:]
                    if stage == "home":
                        p["text_excerpt"] = p["text_excerpt"][:600]
                        p["totals"] = p["totals"][:3]
                    if stage not in ("product", "cart"):
                        p["prices"] = []  # only the product and cart prices are compared
                    for unused in ("headings", "title", "dialogs"):
                        p.pop(unused, None)
            j["forms"] = [f for f in j["forms"] if f["stage"] in ("checkout", "payment")]
            kept, signatures = [], set()
            for f in j["forms"]:
                f["fields"] = [x for x in f["fields"] if x.get("visible")]
                signature = (f["url"], f["selector"], tuple(x["name"] for x in f["fields"]))
                if signature not in signatures:
                    signatures.add(signature)
                    kept.append(f)
            j["forms"] = kept
            seen, markers = set(), []
            for m in j["payment_markers"]:
                key = (m["method"], m["provider"], m["evidence"]["stage"])
                if key in seen:
                    continue
                seen.add(key)
                m["evidence"]["text"] = (m["evidence"]["text"] or "")[:160]
                markers.append(m)
            j["payment_markers"] = markers
            rp = j["return_policy"]
            if rp.get("text_excerpt"):
                rp["text_excerpt"] = rp["text_excerpt"][:1500]
            for e in rp.get("evidence") or []:
                e["text"] = (e.get("text") or "")[:160]
    return d


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        trimmed = trim(json.load(source))
    out = json.dumps(trimmed, ensure_ascii=False, separators=(",", ":"))
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        target.write(out)
    print(len(out.encode()))
