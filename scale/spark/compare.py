#!/usr/bin/env python3
"""Compares the CSV of a single-process `chiffres` run with the CSV parts of the Spark job.

    compare.py SINGLE.csv SPARK_FOLDER/<name>-csv [--relative 1e-12]

Every part must start with the single run's header; the data rows, order aside, must be the same
(numbers within --relative of each other when given, else byte for byte). Prints the row count;
exits 1 with the first differences otherwise.
"""
import argparse
import csv
import glob
import math
import os
import sys


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def close(a, b, relative):
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return math.isclose(x, y, rel_tol=relative, abs_tol=0.0) or (x == 0 == y)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("single")
    parser.add_argument("parts")
    parser.add_argument("--relative", type=float, default=0.0)
    args = parser.parse_args()
    single = rows_of(args.single)
    header, expected = single[0], single[1:]
    got = []
    files = sorted(glob.glob(os.path.join(args.parts, "part-*")))
    if not files:
        sys.exit(f"compare: no part files in {args.parts}")
    for path in files:
        rows = rows_of(path)
        if not rows or rows[0] != header:
            sys.exit(f"compare: {path} does not start with the header {','.join(header)}")
        got += rows[1:]
    expected.sort()
    got.sort()
    if len(expected) != len(got):
        print(f"compare: {len(expected)} rows in {args.single}, {len(got)} in {args.parts}", file=sys.stderr)
    differences = [(e, g) for e, g in zip(expected, got)
                   if len(e) != len(g) or not all(close(a, b, args.relative) for a, b in zip(e, g))]
    for e, g in differences[:5]:
        print(f"compare: single {e}\n         spark  {g}", file=sys.stderr)
    if differences or len(expected) != len(got):
        sys.exit(1)
    print(f"{len(got)} rows equal ({len(files)} parts)")


if __name__ == "__main__":
    main()
