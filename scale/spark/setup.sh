#!/usr/bin/env bash
# Installs pyspark in a venv (default .venv-spark/) on first use; Java must already be on the PATH.
set -euo pipefail
venv="${1:-.venv-spark}"
version="3.5.9"
if [ -x "$venv/bin/spark-submit" ] && "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$version')" 2>/dev/null; then
  exit 0
fi
echo "spark-setup: installing pyspark $version in $venv (about 370 MB; pip caches it)" >&2
python3 -m venv "$venv"
"$venv/bin/pip" install -q "pyspark==$version"
