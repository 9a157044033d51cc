#!/usr/bin/env bash
# Extraction on real news (news-dev, French and English) and on the seeds, scored by the news scorer, beside
# Microsoft Recognizers-Text (Python, in .venv-eval/) on the same text with the same scorer.
# Misses are grouped by cause (scripts/eval/misses.py). Fails only when data is missing.
set -euo pipefail
NEWS="$EVAL_DIR/news-dev"
for f in "$NEWS/score.py" "$NEWS/fr/dev.jsonl" "$NEWS/fr/dev.gold.jsonl" "$NEWS/en/dev.jsonl" "$NEWS/en/dev.gold.jsonl"; do
  [ -f "$f" ] || { echo "extraction: $f is missing" >&2; exit 1; }
done
SHOW="${EVAL_SHOW:-6}"

# Recognizers-Text in its own venv, created on first use (PyPI); its text utilities import emoji 1.x.
RT_OK=1
if [ ! -x .venv-eval/bin/python ] || ! .venv-eval/bin/python -c "import recognizers_number_with_unit" 2>/dev/null; then
  { python3 -m venv .venv-eval && .venv-eval/bin/pip install -q recognizers-text-suite "emoji<2"; } >"$EVAL_OUT/venv.log" 2>&1 \
    || { RT_OK=0; echo "extraction: Recognizers-Text could not be installed (see $EVAL_OUT/venv.log); its rows are skipped"; }
fi

score() {  # gold, figures csv -> one row of numbers
  python3 "$NEWS/score.py" "$1" "$2" --json | python3 scripts/eval/score_line.py
}

header() { printf '%-24s %4s %5s %5s  %-5s  %-5s  %-5s  %-10s  %-6s  %-6s  %s\n' "" tp pred gold P R F1 F1-value approx change year; }

for lang in fr en; do
  docs="$NEWS/$lang/dev.jsonl"
  gold="$NEWS/$lang/dev.gold.jsonl"
  echo "-- news-dev/$lang ($(wc -l <"$docs") paragraphs, $(wc -l <"$gold") gold figures)"
  header
  set +e
  "$CHIFFRES" extract "$docs" --output "$EVAL_OUT/$lang.csv" 2>"$EVAL_OUT/$lang.err"
  set -e
  dropped=$(grep -c . "$EVAL_OUT/$lang.err" || true)
  printf '%-24s %s\n' "chiffres" "$(score "$gold" "$EVAL_OUT/$lang.csv")"
  if [ "$dropped" -gt 0 ]; then
    # Until partial dates ("2021-03") are read, such lines are rejected: score again with them cut to the month's
    # first day, to see the extraction itself.
    python3 -c '
import json, re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if isinstance(d.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}", d["date"]):
        d["date"] += "-01"
    print(json.dumps(d, ensure_ascii=False))' "$docs" >"$EVAL_OUT/$lang.tolerant.jsonl"
    "$CHIFFRES" extract "$EVAL_OUT/$lang.tolerant.jsonl" --output "$EVAL_OUT/$lang.tolerant.csv" 2>/dev/null || true
    printf '%-24s %s\n' "chiffres, dates to -01" "$(score "$gold" "$EVAL_OUT/$lang.tolerant.csv")"
    echo "   ($dropped input lines rejected: $(head -1 "$EVAL_OUT/$lang.err" | cut -c1-110))"
  fi
  if [ "$RT_OK" = 1 ]; then
    .venv-eval/bin/python scripts/eval/rt_figures.py "$docs" "$EVAL_OUT/$lang.rt.csv"
    printf '%-24s %s\n' "Recognizers-Text" "$(score "$gold" "$EVAL_OUT/$lang.rt.csv")"
  fi
  best="$EVAL_OUT/$lang.csv"
  [ -f "$EVAL_OUT/$lang.tolerant.csv" ] && [ "$dropped" -gt 0 ] && best="$EVAL_OUT/$lang.tolerant.csv"
  echo "   chiffres misses by cause ($(basename "$best")):"
  python3 scripts/eval/misses.py "$NEWS/score.py" "$gold" "$best" --show "$SHOW"
  echo
done

# The seeds: the five shipped articles against their gold (same scorer).
SEEDS=datasets/articles/seeds.gold.jsonl
if [ -f "$SEEDS" ]; then
  echo "-- seeds (datasets/articles)"
  header
  "$CHIFFRES" extract datasets/articles/seeds.jsonl --output "$EVAL_OUT/seeds.csv"
  printf '%-24s %s\n' "chiffres" "$(score "$SEEDS" "$EVAL_OUT/seeds.csv")"
fi
