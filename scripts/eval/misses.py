#!/usr/bin/env python3
"""Group the misses of a figures CSV against a news gold set by cause.

usage: misses.py SCORE.py GOLD.jsonl FIGURES.csv [--show N]

Uses the scorer's own matching (imported from SCORE.py), then explains every gold figure left unmatched and every
prediction left over:
  wrong currency  a prediction overlaps with the same kind and value, but another currency
  wrong value     a prediction overlaps with the same kind, but another value
  wrong kind      a prediction overlaps with another kind
  missed span     nothing overlaps the gold figure (in a document the extractor read)
  no row in doc   the extractor gave no row at all for the document (an input error, or nothing found)
  spurious        a prediction that overlaps no gold figure
Attributes on matches: wrong approx / change / year, counted apart.
"""
import collections, importlib.util, json, sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = 6
    if "--show" in sys.argv:
        show = int(sys.argv[sys.argv.index("--show") + 1])
        args = [a for a in args if a != str(show)]
    sc = load_scorer(args[0])
    gold, pred = sc.load_gold(args[1]), sc.load_pred(args[2])
    s = sc.score(gold, pred, strict=True)
    causes = collections.defaultdict(list)
    for d, g in s["misses"]:
        ps = pred.get(d, [])
        if not ps:
            causes["no row in doc"].append(f"{d} {g['surface']!r}")
            continue
        near = [p for p in ps if sc.overlap(g, p)]
        label = f"{d} {g['surface']!r} gold {g['kind']} {g['value']:g} {g.get('currency') or ''}"
        same_kind = [p for p in near if p["kind"] == g["kind"]]
        if any(sc.value_ok(g, p) for p in same_kind):
            p = next(p for p in same_kind if sc.value_ok(g, p))
            causes["wrong currency"].append(f"{label} -> {p['currency']}")
        elif same_kind:
            p = same_kind[0]
            causes["wrong value"].append(f"{label} -> {p['text']!r} {p['value']:g}")
        elif near:
            causes["wrong kind"].append(f"{label} -> {near[0]['text']!r} {near[0]['kind']}")
        else:
            causes["missed span"].append(label)
    for d, p in s["extras"]:
        if any(sc.overlap(g, p) for g in gold.get(d, [])):
            continue  # already explained as a wrong currency, value or kind of the gold figure it overlaps
        causes["spurious"].append(f"{d} {p['text']!r} {p['kind']} {p['value']} {p['currency'] or ''}")
    for g, p in s["pairs"]:
        if sc.APPROX.get(g.get("approx") or "none", g.get("approx")) != p["approx"]:
            causes["attr: approx"].append(f"{g['id']} {g['surface']!r} gold {g.get('approx')} got {p['approx']}")
        if (g.get("sign") or None) != p["change"]:
            causes["attr: change"].append(f"{g['id']} {g['surface']!r} gold {g.get('sign')} got {p['change']}")
        if g.get("year") is not None and str(g["year"]) != (p["year"] or ""):
            causes["attr: year"].append(f"{g['id']} {g['surface']!r} gold {g['year']} got {p['year']}")
    order = ["no row in doc", "missed span", "wrong currency", "wrong value", "wrong kind", "spurious",
             "attr: approx", "attr: change", "attr: year"]
    for cause in order:
        items = causes.get(cause, [])
        if not items:
            continue
        print(f"  {cause:15} {len(items)}")
        for item in items[:show]:
            print(f"      {item}")


if __name__ == "__main__":
    main()
