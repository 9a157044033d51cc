#!/usr/bin/env python3
"""Writes a synthetic corpus of news-like documents as JSON Lines, for the Spark tests and bench.

Every sentence comes from the templates below (written for this repository, not taken from any
news text); amounts, years, countries and wording are drawn from a seeded generator, so the same
arguments always give the same bytes. About one line in 250 is a bad document (broken JSON, no
text, a text that is not a string): the CLI reports those and goes on, and so must the Spark job.

    python3 scale/spark/make_corpus.py --documents 20000 --output corpus.jsonl
    python3 scale/spark/make_corpus.py --bytes 1000000000 --output big.jsonl
    python3 scale/spark/make_corpus.py --series 5000 --output series.csv    (series,year,value for trend)
"""
import argparse
import json
import random
import sys

# One country per document, as an article about one country's budget would be.
COUNTRIES = [
    ("L'Albanie", "Albania"), ("La Belgique", "Belgium"), ("La Bulgarie", "Bulgaria"), ("Le Canada", "Canada"),
    ("La Croatie", "Croatia"), ("Le Danemark", "Denmark"), ("L'Estonie", "Estonia"), ("La Finlande", "Finland"),
    ("La France", "France"), ("L'Allemagne", "Germany"), ("La Grèce", "Greece"), ("La Hongrie", "Hungary"),
    ("L'Italie", "Italy"), ("La Lettonie", "Latvia"), ("La Lituanie", "Lithuania"), ("Les Pays-Bas", "The Netherlands"),
    ("La Norvège", "Norway"), ("La Pologne", "Poland"), ("Le Portugal", "Portugal"), ("La Roumanie", "Romania"),
    ("La Slovaquie", "Slovakia"), ("La Slovénie", "Slovenia"), ("L'Espagne", "Spain"), ("La Suède", "Sweden"),
    ("Le Japon", "Japan"), ("L'Australie", "Australia"),
]
FR_UNITS = [("milliards d'euros", 1), ("millions d'euros", 1), ("milliards de dollars", 1), ("millions de livres sterling", 1)]
EN_UNITS = [("billion euros", 1), ("million euros", 1), ("billion dollars", 1), ("million pounds", 1)]

FR_TEMPLATES = [
    "{s} a consacré {a} {u} à sa défense en {y}, soit une hausse de {p} % par rapport à {y0}.",
    "{s} prévoit d'allouer {a} {u} à ses dépenses militaires en {y}.",
    "Le soutien militaire à l'Ukraine atteindra {a} {u} en {y}, selon le gouvernement.",
    "{s} consacre désormais {q} % de son PIB à la défense.",
    "Le budget des armées progresse de {p} % en {y}, à {a} {u}.",
    "Les ventes de la société ont reculé de {p} % au premier trimestre, à {a} {u}.",
    "Le contrat, estimé à {a} {u} (environ {b} millions de dollars), a été signé le mois dernier.",
    "Environ {q} % des sondés se disent favorables à une hausse du budget.",
]
EN_TEMPLATES = [
    "{s} spent {a} {u} on defence in {y}, up {p}% from {y0}.",
    "{s} plans to spend {a} {u} on its military in {y}.",
    "Military aid to Ukraine will reach {a} {u} in {y}, the government said.",
    "{s} now spends {q}% of GDP on defence.",
    "The defence budget rises by {p}% in {y}, to {a} {u}.",
    "Sales fell {p} per cent in the first quarter, to {a} {u}.",
    "The deal, worth {a} {u} (about {b} million dollars), was signed last month.",
    "About {q}% of those polled favour a larger budget.",
]
FILLER_FR = "Les discussions se poursuivront la semaine prochaine entre les ministres concernés. "
FILLER_EN = "Talks between the ministers concerned will go on next week. "


def amount(rng, lang):
    whole = rng.randint(1, 999)
    if rng.random() < 0.3:
        return f"{whole},{rng.randint(1, 9)}" if lang == "fr" else f"{whole}.{rng.randint(1, 9)}"
    return str(whole)


def document(rng, n):
    lang = "fr" if rng.random() < 0.6 else "en"
    templates, units = (FR_TEMPLATES, FR_UNITS) if lang == "fr" else (EN_TEMPLATES, EN_UNITS)
    country = rng.choice(COUNTRIES)[0 if lang == "fr" else 1]
    year = rng.randint(2015, 2026)
    sentences = []
    for _ in range(rng.randint(2, 7)):
        # Aid to Ukraine is about one sentence in thirty: one group shared by every article stays a minority.
        t = templates[2] if rng.random() < 0.03 else rng.choice(templates[:2] + templates[3:])
        y = rng.randint(2014, year)
        sentences.append(t.format(s=country, a=amount(rng, lang), u=rng.choice(units)[0], y=y, y0=y - 1,
                                  p=rng.randint(1, 40), q=rng.choice(["1,5", "2", "2,1", "3,5"] if lang == "fr" else ["1.5", "2", "2.1", "3.5"]),
                                  b=rng.randint(10, 900)))
        if rng.random() < 0.3:
            sentences.append(FILLER_FR if lang == "fr" else FILLER_EN)
    record = {"id": f"doc-{n:08d}", "lang": lang, "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
              "text": " ".join(s.strip() for s in sentences)}
    if rng.random() < 0.2:
        del record["lang"]
    return record


def bad_line(rng, n):
    kind = rng.randrange(3)
    if kind == 0:
        return '{"id": "bad-%08d", "text": "unterminated' % n
    if kind == 1:
        return json.dumps({"id": f"bad-{n:08d}", "date": "2024-01-01"})
    return json.dumps({"id": f"bad-{n:08d}", "text": 42})


def series_table(rng, count, out):
    """A long CSV of `count` annual series, 2010-2024, each a trend with noise (some with gaps)."""
    out.write("series,year,value\n")
    for n in range(count):
        level, slope = rng.uniform(1, 500), rng.uniform(-5, 12)
        for year in range(2010, 2025):
            if rng.random() < 0.05:
                continue
            value = max(0.01, level + slope * (year - 2010) + rng.gauss(0, level * 0.03))
            out.write(f"s{n:06d},{year},{value:.4f}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, help="how many lines to write")
    parser.add_argument("--bytes", type=int, help="write lines until the file holds this many bytes")
    parser.add_argument("--series", type=int, help="write a long CSV of this many series instead of documents")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    if args.series is not None:
        series_table(rng, args.series, out)
        return
    if (args.documents is None) == (args.bytes is None):
        parser.error("give --documents or --bytes")
    written = 0
    n = 0
    while (args.documents is not None and n < args.documents) or (args.bytes is not None and written < args.bytes):
        line = bad_line(rng, n) if rng.random() < 0.004 else json.dumps(document(rng, n), ensure_ascii=False)
        out.write(line + "\n")
        written += len(line.encode()) + 1
        n += 1
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
