#!/usr/bin/env bash
# make spark-test: a generated corpus through Spark local[2] (extract, trend, project, validate), each output
# compared with the single-process command; and a task whose child fails must fail its job with the child's message.
# Usage: scale/spark/test.sh [CHIFFRES_BINARY]   (from the repository root; make spark-setup first)
set -euo pipefail
bin="${1:-.build/release/chiffres}"
work="${SPARK_TEST_DIR:-out/spark-test}"
submit="scale/spark/submit.sh --master local[2] scale/spark/test_jobs.py"
documents="${SPARK_TEST_DOCUMENTS:-20000}"  # at least a few thousand: the check below wants bad lines among them
reference="datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv"
rm -rf "$work" && mkdir -p "$work"

python3 scale/spark/make_corpus.py --documents "$documents" --output "$work/corpus.jsonl"
python3 scale/spark/make_corpus.py --series 3000 --output "$work/series.csv"

# The single process (timed: the Spark jobs below must give the same rows); bad documents make it exit 1 with each one reported.
"$bin" extract "$work/corpus.jsonl" --to EUR --quiet --output "$work/figures.csv" 2>"$work/extract.stderr" || test $? -eq 1
"$bin" trend "$work/series.csv" --output "$work/fits.csv"
"$bin" project "$work/series.csv" --to 2030 --threshold 300 --output "$work/projections.csv"
"$bin" validate "$work/corpus.jsonl" --reference "$reference" --quiet --output "$work/checks.csv" 2>"$work/validate.stderr" || test $? -eq 1

# The Spark jobs, in one session (Spark's start is paid once).
cat > "$work/jobs.txt" <<JOBS
extract $work/corpus.jsonl $work/extract --chiffres $bin --partitions 8 -- --to EUR
trend $work/series.csv $work/trend --chiffres $bin --partitions 4
project $work/series.csv $work/project --chiffres $bin --partitions 4 -- --to 2030 --threshold 300
validate $work/corpus.jsonl $work/validate --chiffres $bin --partitions 8 -- --reference $reference
! extract $work/corpus.jsonl $work/failing --chiffres $bin --partitions 2 -- --to XYZ #expect XYZ
JOBS
$submit "$work/jobs.txt"

python3 scale/spark/compare.py "$work/figures.csv" "$work/extract/figures-csv"
single_problems=$(grep -c '^chiffres:' "$work/extract.stderr" || true)
spark_problems=$(($(cat "$work"/extract/problems-csv/part-* | wc -l) - 1))
echo "problems: single process $single_problems, spark $spark_problems"
test "$single_problems" -gt 0 -a "$single_problems" -eq "$spark_problems"
python3 scale/spark/compare.py "$work/fits.csv" "$work/trend/fits-csv" --relative 1e-12
python3 scale/spark/compare.py "$work/projections.csv" "$work/project/projections-csv" --relative 1e-12
python3 scale/spark/compare.py "$work/checks.csv" "$work/validate/checks-csv"
echo "spark-test: all equal"
