#!/usr/bin/env bash
# spark-submit from the local venv (.venv-spark/, or SPARK_VENV): its Python runs the driver and the workers.
# Usage: scale/spark/submit.sh [spark-submit options] scale/spark/chiffres_spark.py COMMAND INPUT OUTPUT ...
set -euo pipefail
venv="$(cd "${SPARK_VENV:-.venv-spark}" && pwd)"
export PATH="$venv/bin:$PATH"
export PYSPARK_PYTHON="$venv/bin/python"
export PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_HOME="${SPARK_HOME:-$("$venv/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')}"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
here="$(cd "$(dirname "$0")" && pwd)"
exec "$venv/bin/spark-submit" --conf spark.ui.showConsoleProgress=false \
  --driver-java-options "-Dlog4j2.configurationFile=file:$here/log4j2.properties" "$@"
