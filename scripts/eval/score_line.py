#!/usr/bin/env python3
"""One table row from the news scorer's --json output (standard input): tp, pred, gold, P, R, F1, value-only F1,
then the qualifier, change and year accuracies on the matches."""
import json, sys

r = json.load(sys.stdin)


def f(x):
    return "-" if x is None else f"{x:.3f}"


print(f"{r['tp']:>4} {r['pred']:>5} {r['gold']:>5}  {f(r['precision'])}  {f(r['recall'])}  {f(r['f1'])}  "
      f"{f(r['f1_value_only'])}       {f(r['approx_acc'])}   {f(r['change_acc'])}   {f(r['year_acc'])}")
