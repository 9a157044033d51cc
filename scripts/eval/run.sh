#!/usr/bin/env bash
# make eval: every evaluation section on the real data of ../shared/eval (or the folder named by CHIFFRES_EVAL).
# Each section is a script in scripts/eval/sections/, run in name order with:
#   EVAL_DIR   the evaluation data folder       CHIFFRES  the release binary
#   EVAL_OUT   a scratch folder for its outputs (out/eval/<section>)
# A section prints its own table; it fails (non-zero) only when its data is missing or a tool cannot run.
set -euo pipefail
cd "$(dirname "$0")/../.."

EVAL_DIR="${CHIFFRES_EVAL:-../shared/eval}"
if [ ! -d "$EVAL_DIR" ]; then
  echo "eval: no evaluation data at $EVAL_DIR; put the shared folder beside the repository or set CHIFFRES_EVAL" >&2
  exit 1
fi
EVAL_DIR="$(cd "$EVAL_DIR" && pwd)"
CHIFFRES="$(pwd)/.build/release/chiffres"
[ -x "$CHIFFRES" ] || { echo "eval: $CHIFFRES is missing; run make build" >&2; exit 1; }
export EVAL_DIR CHIFFRES

status=0
for section in scripts/eval/sections/*.sh; do
  [ -e "$section" ] || continue
  name="$(basename "$section" .sh)"
  export EVAL_OUT="$(pwd)/out/eval/$name"
  mkdir -p "$EVAL_OUT"
  echo "== $name"
  if ! bash "$section"; then
    echo "eval: section $name failed" >&2
    status=1
  fi
  echo
done
exit $status
