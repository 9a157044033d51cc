#!/usr/bin/env bash
# make eval, forecasting: chiffres project --horizon 6 on the M3 yearly training years (datasets/m3, in the
# repository), scored on the 6 held-out years as the competition scored them: sMAPE, MASE, coverage of the 95 %
# prediction interval and MSIS (Gneiting-Raftery interval score scaled like MASE). Reference (issue 9, same
# scoring): naive 17.88 / 3.17, statsforecast AutoETS 16.19 / 2.70 / 0.84 / 28.7,
# DynamicOptimizedTheta 15.79 / 2.58 / 0.74 / 38.1.
set -euo pipefail
data=datasets/m3/m3-yearly.csv
[ -f "$data" ] || { echo "30-forecast: $data is missing" >&2; exit 1; }
grep -v ',test$' "$data" > "$EVAL_OUT/train.csv"
printf '%-23s %7s %7s %9s %7s %8s\n' model sMAPE MASE coverage MSIS seconds
# A model name, or NAME:model for its own (uncalibrated) intervals.
for spec in auto auto:model drift naive ses damped theta otm dotm arima ets holt linear loglinear; do
  model=${spec%%:*}
  intervals=calibrated; [ "$spec" = "$model" ] || intervals=model
  start=$(date +%s.%N)
  "$CHIFFRES" project "$EVAL_OUT/train.csv" --horizon 6 --model "$model" --intervals "$intervals" --output "$EVAL_OUT/$spec.csv"
  end=$(date +%s.%N)
  label=$model; [ "$intervals" = model ] && label="$model (model intervals)"
  awk -F, -v model="$label" -v seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
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
      y = actual[key]; f = $col["fit"]; lo = $col["pred_low"]; hi = $col["pred_high"]
      d = (y > f) ? y - f : f - y; den = (y < 0 ? -y : y) + (f < 0 ? -f : f)
      smape += den > 0 ? 200 * d / den : 0
      scale = sad[$col["series"]] / nd[$col["series"]]
      mase += d / scale
      inside += (y >= lo && y <= hi)
      msis += ((hi - lo) + (y < lo ? 40 * (lo - y) : 0) + (y > hi ? 40 * (y - hi) : 0)) / scale
      n++
    }
    END { printf "%-23s %7.2f %7.3f %9.3f %7.2f %8.2f\n", model, smape / n, mase / n, inside / n, msis / n, seconds }
  ' "$data" "$EVAL_OUT/$spec.csv"
done
