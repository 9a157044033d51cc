#!/usr/bin/env bash
# Validation on real articles (validation-dev): `chiffres validate` on the dev excerpts with the NATO reference,
# scored against the hand-labelled figure pairs; then the conflict rows no labelled pair covers, to read by hand.
set -euo pipefail
DEV="$EVAL_DIR/validation-dev"
for f in dev.docs.jsonl dev.pairs.jsonl score.py; do
  [ -f "$DEV/$f" ] || { echo "validation: $DEV/$f is missing" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "validation: python3 is needed to score" >&2; exit 1; }

# Dates written YYYY-MM or null: if this chiffres rejects such a JSON line, a padded copy is used
# (YYYY-MM -> YYYY-MM-15, null -> no date) and the output says so; once partial dates are read, the original is.
DOCS="$DEV/dev.docs.jsonl"
if ! "$CHIFFRES" extract --format jsonl "$DOCS" >/dev/null 2>"$EVAL_OUT/probe.err"; then
  DOCS="$EVAL_OUT/dev.docs.padded.jsonl"
  python3 - "$DEV/dev.docs.jsonl" "$DOCS" <<'PY'
import json, re, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        if not line.strip(): continue
        d = json.loads(line)
        if d.get("date") is None: d.pop("date", None)
        elif re.fullmatch(r"\d{4}-\d{2}", d["date"]): d["date"] += "-15"
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
  echo "note: this chiffres rejects partial dates; scored on a copy with YYYY-MM padded to YYYY-MM-15 and null dates dropped"
fi

CHECKS="$EVAL_OUT/checks.csv"
"$CHIFFRES" validate --quiet --reference datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \
  --output "$CHECKS" "$DOCS" 2>"$EVAL_OUT/summary.txt" || { cat "$EVAL_OUT/summary.txt" >&2; exit 1; }
head -1 "$EVAL_OUT/summary.txt"
python3 "$DEV/score.py" "$DEV/dev.pairs.jsonl" "$CHECKS" --details | tee "$EVAL_OUT/score.txt"

echo
echo "conflict rows between figures no labelled pair covers (read each by hand):"
python3 - "$DEV/dev.pairs.jsonl" "$CHECKS" <<'PY'
import csv, json, sys
pairs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def inside(doc, start, fig):
    try: s = int(start)
    except (TypeError, ValueError): return False
    return doc == fig["doc"] and fig["start"] <= s < fig["end"]
def covered(r):
    a, b = (r["doc"], r["start"]), (r["other_doc"], r["other_start"])
    return any((inside(*a, p["a"]) and inside(*b, p["b"])) or (inside(*a, p["b"]) and inside(*b, p["a"])) for p in pairs)
with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["verdict"] == "conflict" and r.get("other_doc") and not covered(r)]
for r in rows:
    print(f"- {r['check']} {r['key']}: {r['doc']} '{r['text']}' vs {r['other_doc']} '{r['other_text']}'")
    print(f"    {r['explanation']}")
print(f"{len(rows)} unlabelled conflict row(s)")
PY
