#!/usr/bin/env bash
# make spark-bench: extract throughput of the single process and of Spark local[1] and local[2] on the same
# generated documents (20,000, and 1 GB of JSON Lines), Spark's fixed cost (a job on one document), and the
# cost of one more partition (the same 20,000 documents in 64 partitions instead of 4). One run, wall clock.
# Usage: scale/spark/bench.sh [CHIFFRES_BINARY]   (SPARK_BENCH_BYTES=... to change the 1 GB)
set -euo pipefail
bin="${1:-.build/release/chiffres}"
work="out/spark-bench"
bytes="${SPARK_BENCH_BYTES:-1000000000}"
mkdir -p "$work"
[ -s "$work/small.jsonl" ] || python3 scale/spark/make_corpus.py --documents 20000 --output "$work/small.jsonl"
# The large input: copies of the 20,000 documents, each copy with its own ids, until it holds $bytes.
if ! [ -s "$work/large.jsonl" ] || [ "$(stat -c %s "$work/large.jsonl")" -lt "$bytes" ]; then
  copies=$(( bytes / $(stat -c %s "$work/small.jsonl") + 1 ))
  for i in $(seq 1 "$copies"); do sed "s/^{\"id\": \"/{\"id\": \"copy$i-/" "$work/small.jsonl"; done > "$work/large.jsonl"
fi
head -n 1 "$work/small.jsonl" > "$work/one.jsonl"

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'; }
spark() { scale/spark/submit.sh --master "$1" scale/spark/chiffres_spark.py extract "$2" "$work/out" --chiffres "$bin" ${3:+--partitions $3}; }
row() { printf '%-34s %10.1f s %10.1f MB/s\n' "$1" "$2" "$(awk -v n="$3" -v t="$2" 'BEGIN { print n / 1000000 / t }')"; }

small=$(stat -c %s "$work/small.jsonl"); large=$(stat -c %s "$work/large.jsonl")
echo "inputs: 20,000 documents ($small bytes), $large bytes; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
fixed=$(seconds spark "local[2]" "$work/one.jsonl" 1)
printf '%-34s %10.1f s\n' "spark fixed cost (1 document)" "$fixed"
row "single process, 20,000 documents" "$(seconds "$bin" extract "$work/small.jsonl" --quiet --output "$work/single.csv")" "$small"
row "spark local[1], 20,000 documents" "$(seconds spark "local[1]" "$work/small.jsonl" 4)" "$small"
t4=$(seconds spark "local[2]" "$work/small.jsonl" 4)
row "spark local[2], 20,000 documents" "$t4" "$small"
t64=$(seconds spark "local[2]" "$work/small.jsonl" 64)
row "spark local[2], 64 partitions" "$t64" "$small"
printf '%-34s %10.3f s\n' "per extra partition (64 vs 4)" "$(awk -v a="$t4" -v b="$t64" 'BEGIN { print (b - a) / 60 }')"
row "single process, large" "$(seconds "$bin" extract "$work/large.jsonl" --quiet --output "$work/single.csv")" "$large"
row "spark local[1], large" "$(seconds spark "local[1]" "$work/large.jsonl")" "$large"
row "spark local[2], large" "$(seconds spark "local[2]" "$work/large.jsonl")" "$large"
rm -rf "$work/out" "$work/single.csv"
