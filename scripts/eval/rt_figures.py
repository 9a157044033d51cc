#!/usr/bin/env python3
"""Microsoft Recognizers-Text on a JSON Lines file of documents, written as a figures CSV the news scorer reads.

usage: rt_figures.py DOCS.jsonl OUT.csv
Each document is read in its `lang` (French or English) with RT's currency and percentage models; RT's end offset
is inclusive, the CSV's is exclusive. Units are mapped to ISO 4217 by RT's own `isoCurrency` when it gives one, else
by name; an entity without a numeric value is dropped.
"""
import csv, json, sys

from recognizers_text import Culture
from recognizers_number import recognize_percentage
from recognizers_number_with_unit import recognize_currency

NAMES = {"cfa": "XOF", "dollar": "USD", "euro": "EUR", "pound": "GBP", "livre": "GBP", "franc": "CHF", "yen": "JPY",
         "yuan": "CNY", "rupee": "INR", "roupie": "INR", "rand": "ZAR", "naira": "NGN"}


def currency_of(resolution):
    iso = resolution.get("isoCurrency")
    if iso:
        return iso
    unit = (resolution.get("unit") or "").lower()
    for name, code in NAMES.items():
        if name in unit:
            return code
    return ""


def number(value, french):
    """RT's resolved value: French resolutions write a decimal comma ("14,9%"), English ones group thousands."""
    text = str(value).strip().rstrip("%").strip()
    text = text.replace(" ", "").replace(",", ".") if french else text.replace(",", "")
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def main():
    docs_path, out_path = sys.argv[1], sys.argv[2]
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["doc", "start", "end", "text", "kind", "value", "high", "currency", "approx", "change", "year"])
        for line in open(docs_path, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            french = (d.get("lang") or "fr").startswith("fr")
            culture = Culture.French if french else Culture.English
            text = d["text"]
            for r in recognize_currency(text, culture):
                res = r.resolution or {}
                v = number(res.get("value"), french)
                if v is None:
                    continue
                w.writerow([d["id"], r.start, r.end + 1, r.text, "money", repr(v), "", currency_of(res), "", "", ""])
            for r in recognize_percentage(text, culture):
                v = number((r.resolution or {}).get("value", ""), french)
                if v is None:
                    continue
                w.writerow([d["id"], r.start, r.end + 1, r.text, "percent", repr(v), "", "", "", "", ""])


if __name__ == "__main__":
    main()
