#!/usr/bin/env bash
# The full-size hostile-input reproducers of issue 10, run against a chiffres binary: per case, the exit status,
# the first line on standard error, the peak memory (max RSS, /usr/bin/time -v) and the wall time.
# Not part of `make test` (it writes ~30 MB of inputs and takes a minute); run it by hand or from `make bench`:
#   scripts/hostile/run.sh [path/to/chiffres]        (default: .build/release/chiffres)
# Every case should end with a message and a status of 1 or 2, never a signal (status >= 128), under 1 GB and 10 s.
set -u
BIN=${1:-.build/release/chiffres}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
# convert and rates read the shipped rates wherever the cases run.
export CHIFFRES_DATASETS="${CHIFFRES_DATASETS:-$(cd "$(dirname "$0")/../.." && pwd)/datasets}"
[ -x "$BIN" ] || { echo "hostile: no binary at $BIN; build it (swift build -c release --product chiffres)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "hostile: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

python3 - <<'PY'
import itertools, json, string
open('cent.txt', 'w').write('cent ' * 10 + 'euros\n')
open('hundred.txt', 'w').write('The army said that it spent ' + 'hundred ' * 10 + 'dollars in the year.\n')
open('huge.csv', 'w').write('series,year,value\n' + ''.join(f'a,{2000 + i},{(i + 1) * 1e160}\n' for i in range(10)))
open('far.csv', 'w').write('series,year,value\na,-9200000000000000000,1\na,9200000000000000000,2\n')
open('negative.csv', 'w').write('series,year,value\na,-1000000000000,1\na,2000,2\n')
open('wide.csv', 'w').write('series,year,value\na,1,1\na,100000000,2\n')
open('percent.txt', 'w').write('5 % ' * 500_000)  # 2 MB
open('lt.html', 'w').write('<a' * 150_000)  # 300 KB
open('word.txt', 'w').write('a' * 10_000_000 + '. ' + 'Hausse de 5 %. ' * 1000)
open('line.jsonl', 'w').write(json.dumps({'id': 'l', 'text': 'x' * 100_000_000}) + '\n')
open('string.jsonl', 'w').write(json.dumps({'id': 's', 'text': 'y' * 50_000_000}) + '\n')
codes = [''.join(p) for p in itertools.product(string.ascii_uppercase, repeat=3)]
with open('rates.csv', 'w') as f:
    f.write('Date,' + ','.join(codes) + '\n')
    f.write('2024-01-02,' + ','.join(['1'] * len(codes)) + '\n')
with open('years.csv', 'w') as f:
    f.write('Date,USD\n' + ''.join(f'{y:04d}-01-01,1.1\n' for y in range(9999, -1, -1)))
open('in.txt', 'w').write('Hausse de 5 %.\n')
open('nul.jsonl', 'w').write('{"id": "n", "text": "Hausse\\u0000 de 5 %."}\n')
open('date.jsonl', 'w').write('{"id": "d", "date": "2024-13-45", "text": "Hausse de 5 %."}\n')
PY
mkfifo fifo.txt

printf '%-34s %6s %10s %8s  %s\n' case status peak_MB wall_s "first message"
run() {
    local name=$1; shift
    local out=/dev/null
    if [ "$1" = "--stdout" ]; then out=$2; shift 2; fi
    /usr/bin/time -v -o time.txt timeout 60 "$@" >"$out" 2>err.txt </dev/null
    local status=$?
    local kb wall
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt)
    grep -q "Command terminated by signal" time.txt && status="sig$(awk '/terminated by signal/ {print $NF}' time.txt)"
    local seconds
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    printf '%-34s %6s %10.1f %8.2f  %s\n' "$name" "$status" "$(echo "${kb:-0} / 1024" | bc -l)" "$seconds" \
        "$(grep -v '^  See\|^Usage' err.txt | head -1 | cut -c1-110)"
}

run "cent x10 (fr words)"          "$BIN" extract -q cent.txt
run "hundred x10 (en words)"       "$BIN" extract -q hundred.txt
run "trend values 1e160"           "$BIN" trend huge.csv
run "trend years +-9.2e18"         "$BIN" trend far.csv
run "project year -1e12 --to 2030" "$BIN" project negative.csv --to 2030
run "trend years 1 and 1e8"        "$BIN" trend wide.csv
run "2 MB of '5 % '"               "$BIN" extract -q percent.txt
run "/dev/zero"                    "$BIN" extract -q /dev/zero
run "FIFO without writer"          "$BIN" extract -q fifo.txt
run "150,000 unclosed <a"          "$BIN" extract -q lt.html
run "10 MB word + 1,000 figures"   "$BIN" extract -q word.txt
run "100 MB JSON line"             "$BIN" extract -q line.jsonl
run "50 MB JSON string"            "$BIN" extract -q string.jsonl
run "rates: 17,576 currencies"     "$BIN" rates --check rates.csv
run "rates: years 0000-9999"       "$BIN" rates --check years.csv
run "--output ./in.txt"            "$BIN" extract in.txt --output ./in.txt
run "--output a FIFO"              "$BIN" extract in.txt --output fifo.txt
run "convert >/dev/full" --stdout /dev/full "$BIN" convert 100 USD --to EUR --date 2024-01-02
run "convert --csv >/dev/full" --stdout /dev/full "$BIN" convert 100 USD --to EUR --date 2024-01-02 --csv
run "rates >/dev/full" --stdout /dev/full "$BIN" rates
run "JSON \\u0000 (NUL bytes out)" --stdout nul.csv "$BIN" extract -q nul.jsonl
printf '%-34s %s\n' "  NUL bytes in that CSV:" "$(tr -cd '\000' < nul.csv | wc -c)"
