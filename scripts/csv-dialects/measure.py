#!/usr/bin/env python3
"""What LibreOffice makes of each CSV dialect when the file is opened with no import options (a double-click).

Usage: scripts/csv-dialects/measure.py CHIFFRES_BINARY OUT_FOLDER

Writes the seeds' figures (--to EUR) in each dialect, converts every file to .xlsx with `soffice --headless
--convert-to xlsx` (no filter options: LibreOffice guesses the encoding, separator and types as it does for a file
opened without its import dialog) under an English (en_US) and a French (fr_FR) locale, reads the cells back and
prints one line per dialect and locale: columns found, encoding right, `value` numeric, `text` kept as written,
`date` a date. Needs LibreOffice Calc (libreoffice-calc-nogui) and the en_US.UTF-8 and fr_FR.UTF-8 locales.
Tooling only: Chiffres never needs Python.
"""
import csv, io, os, re, subprocess, sys, zipfile

DIALECTS = {
    "default": [],
    "--bom": ["--bom"],
    "--excel": ["--excel"],
    "--excel-fr": ["--excel-fr"],
    "--delimiter ';' --decimal-comma": ["--delimiter", ";", "--decimal-comma"],
    "--delimiter tab": ["--delimiter", "tab"],
    "--excel --quote-text": ["--excel", "--quote-text"],
    "--excel-fr --quote-text": ["--excel-fr", "--quote-text"],
}
LOCALES = {"en_US": ("en_US.UTF-8", 1033), "fr_FR": ("fr_FR.UTF-8", 1036)}
SEPARATORS = {"default": 44, "--bom": 44, "--excel": 44, "--excel-fr": 59, "--delimiter ';' --decimal-comma": 59,
              "--delimiter tab": 9, "--excel --quote-text": 44, "--excel-fr --quote-text": 59}
# How the file is opened: no options at all (what LibreOffice guesses without its import dialog), or the import
# dialog's choices: UTF-8, the dialect's separator, the locale's language, "detect special numbers" off (the
# dialog's default) or on. Filter options: separator, quote, charset (76 = UTF-8), first line, column formats,
# language, quoted field as text, detect special numbers.
MODES = {
    "no options": None,
    "import dialog": "{sep},34,76,1,,{lang},false,false",
    "import dialog + special numbers": "{sep},34,76,1,,{lang},false,true",
    "import dialog + special numbers + quoted as text": "{sep},34,76,1,,{lang},true,true",
}
# MEASURE_ONLY="--excel-fr --quote-text,--excel" limits the run to those dialects.
if os.environ.get("MEASURE_ONLY"):
    DIALECTS = {k: v for k, v in DIALECTS.items() if k in os.environ["MEASURE_ONLY"].split(",")}


def cells(xlsx):
    """{(row, col): (type, value, style)} of the first sheet, shared strings resolved."""
    z = zipfile.ZipFile(xlsx)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(), re.S):
            shared.append(unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))))
    styles = z.read("xl/styles.xml").decode()
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1)
    fmt_ids = [int(m) for m in re.findall(r'<xf[^>]*numFmtId="(\d+)"', xfs)]
    codes = {int(i): c for i, c in re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles)}
    out = {}
    sheet = z.read("xl/worksheets/sheet1.xml").decode()
    for m in re.finditer(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', sheet, re.S):
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        attrs, body = m.group(3), m.group(4) or ""
        t = re.search(r't="(\w+)"', attrs)
        s = re.search(r's="(\d+)"', attrs)
        v = re.search(r"<v>(.*?)</v>", body, re.S)
        typ = t.group(1) if t else "n"
        val = unescape(v.group(1)) if v else ""
        if typ == "s":
            val = shared[int(val)]
        fid = fmt_ids[int(s.group(1))] if s else 0
        out[(int(m.group(2)), col - 1)] = (typ, val, codes.get(fid, str(fid)))
    return out


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def is_date_format(code):
    return code in {"14", "15", "16", "17", "22"} or ("y" in code.lower() and "d" in code.lower())


def main():
    binary, out = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    # The seed articles, and sentences of our own with the figures spreadsheets like to guess at.
    own = os.path.join(out, "own.jsonl")
    with open(own, "w", encoding="utf-8") as f:
        f.write('{"id": "own-fr", "lang": "fr", "date": "2025-03-04", "text": "La croissance a atteint 1,3 % '
                'et le ticket coûte 1 €. Le budget passe à 2,5 milliards d\u2019euros."}\n')
        f.write('{"id": "own-en", "lang": "en", "date": "2025-03-04", "text": "Spending rose 3.5% to \u00a360.2bn, '
                'and the grant is $1,200."}\n')
    seeds = ["datasets/articles/seeds.jsonl", own]
    truth = list(csv.DictReader(io.StringIO(subprocess.run(
        [binary, "extract", *seeds, "--to", "EUR", "-q"], capture_output=True, text=True, check=True).stdout)))
    header = list(truth[0].keys())
    print(f"{len(truth)} rows (the seeds and {own}: {[t['text'] for t in truth if t['doc'].startswith('own')]}), {len(header)} columns; LibreOffice: "
          + subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip())
    print("| opened with | dialect | locale | columns | encoding | value numeric | value_eur numeric | text as written | date a date |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, options in DIALECTS.items():
        slug = re.sub(r"[^a-z]+", "-", name).strip("-") or "default"
        path = os.path.join(out, slug + ".csv")
        subprocess.run([binary, "extract", *seeds, "--to", "EUR", "-q", "-o", path] + options, check=True)
        for (mode, options), (loc, (lang, langid)) in [(m, l) for m in MODES.items() for l in LOCALES.items()]:
            folder = os.path.join(out, re.sub(r"[^a-z]+", "-", mode) + "-" + loc)
            os.makedirs(folder, exist_ok=True)
            env = dict(os.environ, LANG=lang, LC_ALL=lang, HOME=os.path.join(out, "home-" + loc))
            target = "xlsx" if options is None else "xlsx:Calc MS Excel 2007 XML"
            infilter = [] if options is None else [
                "--infilter=CSV:" + options.format(sep=SEPARATORS[name], lang=langid)]
            subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/profile-{loc}", "--headless"] + infilter
                           + ["--convert-to", target, "--outdir", folder, path],
                           env=env, capture_output=True, check=True)
            got = cells(os.path.join(folder, slug + ".xlsx"))
            columns = 1 + max(c for (r, c) in got if r == 1)
            names = [got.get((1, c), ("", "", ""))[1] for c in range(columns)]
            row_of = {n: i for i, n in enumerate(names)}
            encoding = all("â€" not in v[1] and "Ã" not in v[1] for v in got.values())
            encoding = encoding and names[0] == "doc"
            def column(name):
                i = row_of.get(name)
                return [got.get((r + 2, i)) for r in range(len(truth))] if i is not None else None
            value, text, date = column("value"), column("text"), column("date")
            value_ok = f"{sum(1 for c in value if c and c[0] == 'n')}/{len(truth)}" if value else "—"
            euros = [t["value_eur"] for t in truth]
            eur = column("value_eur")
            eur_ok = (f"{sum(1 for c, e in zip(eur, euros) if e and c and c[0] == 'n' and abs(float(c[1]) - float(e)) < 0.01)}"
                      f"/{sum(1 for e in euros if e)}") if eur else "—"
            if text:
                kept = sum(1 for c, t in zip(text, truth) if c and c[0] in ("s", "str", "inlineStr") and c[1] == t["text"])
                changed = [f"{t['text']!r}→{c[1]!r}" for c, t in zip(text, truth)
                           if c and not (c[0] in ("s", "str", "inlineStr") and c[1] == t["text"])]
                text_ok = f"{kept}/{len(truth)}" + (f" ({', '.join(changed[:2])})" if changed else "")
            else:
                text_ok = "—"
            date_ok = f"{sum(1 for c in date if c and c[0] == 'n' and is_date_format(c[2]))}/{len(truth)}" if date else "—"
            print(f"| {mode} | {name} | {loc} | {columns} of {len(header)} | {'right' if encoding else 'wrong'} "
                  f"| {value_ok} | {eur_ok} | {text_ok} | {date_ok} |")


if __name__ == "__main__":
    main()
