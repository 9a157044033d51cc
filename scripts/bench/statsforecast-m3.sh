#!/usr/bin/env bash
# Runs statsforecast_m3.py (on datasets/m3/m3-yearly.csv, or the collection given as argument) in .venv-bench
# (created on demand: statsforecast 2.1.1 from PyPI). With `--end-to-end TABLE OUT`, runs autoets_end_to_end.py instead
# (the whole job a statsforecast user runs: read TABLE, AutoETS 6 years ahead, write OUT). Prints nothing and exits 0 when Python or PyPI is unreachable: the bench then reports Chiffres alone.
cd "$(dirname "$0")/../.."
venv=.venv-bench
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import statsforecast" 2>/dev/null; then
  command -v python3 >/dev/null || { echo "bench: no python3; statsforecast comparison skipped" >&2; exit 0; }
  python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install -q "statsforecast==2.1.1" >/dev/null 2>&1 \
    || { echo "bench: statsforecast could not be installed (is PyPI reachable?); comparison skipped" >&2; exit 0; }
fi
if [ "$1" = "--end-to-end" ]; then exec "$venv/bin/python" scripts/bench/autoets_end_to_end.py "$2" "$3"; fi
exec "$venv/bin/python" scripts/bench/statsforecast_m3.py "${1:-datasets/m3/m3-yearly.csv}"
