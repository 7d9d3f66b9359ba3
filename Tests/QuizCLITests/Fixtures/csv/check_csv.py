#!/usr/bin/env python3
"""Opens dlquiz's CSV export in LibreOffice Calc (headless) and checks what a spreadsheet user would see.

Usage: python3 check_csv.py [path/to/dlquiz]   (default: .build/debug/dlquiz from the package root)
Needs: apt-get install libreoffice-calc-nogui

For formula-deck.json (cells starting with =, +, -, @) and the bundled deck in Japanese, it converts the CSV to a
flat ODS spreadsheet with Calc's CSV import (comma, double quote, UTF-8) and checks that no cell became a formula,
that every formula-like text shows as text behind its leading ', and that the Japanese text arrives intact.
"""
import html, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE_FIXTURES = "--make-spreadsheet-fixtures" in sys.argv
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
BINARY = next((a for a in sys.argv[1:] if not a.startswith("--")), os.path.join(ROOT, ".build/debug/dlquiz"))
failures = []

def check_exports():
  with tempfile.TemporaryDirectory() as folder:
    environment = dict(os.environ, HOME=folder, NO_COLOR="1")
    exports = {
        "formulas": [BINARY, "export", "--format", "csv", "--deck", os.path.join(HERE, "formula-deck.json")],
        "japanese": [BINARY, "export", "--format", "csv", "--lang", "ja"],
    }
    for name, command in exports.items():
        path = os.path.join(folder, name + ".csv")
        with open(path, "wb") as file:
            file.write(subprocess.run(command, capture_output=True, env=environment, check=True).stdout)
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "fods", "--outdir",
                        folder, path], capture_output=True, env=environment, check=True, timeout=180)
        sheet = open(os.path.join(folder, name + ".fods"), encoding="utf-8").read()
        if "table:formula" in sheet:
            failures.append(f"{name}: a cell became a formula")
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<text:p>(.*?)</text:p>", sheet)]
        if name == "formulas":
            for expected in ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+1", "'-2+3"]:
                if expected not in cells:
                    failures.append(f"{name}: no cell shows {expected!r}")
        else:
            if "id" not in cells or not any("バッチ正規化" in c for c in cells):
                failures.append(f"{name}: the Japanese text did not arrive intact")




# Part 2: what spreadsheets write, for CSVImportTests (run: python3 check_csv.py --make-spreadsheet-fixtures).
# A sheet is made from source.csv (Japanese, commas, quotes, line breaks and leading blanks in cells), saved by
# LibreOffice as .ods and .xlsx, and each saved again as CSV the ways users do: comma-separated UTF-8 (from both),
# semicolon-separated with Excel's "sep=;" first line added, and UTF-16 with tabs (Excel's "Unicode Text").
# The outputs are kept beside this script: spreadsheet-*.csv and spreadsheet-unicode-text.txt.
SOURCE_ROWS = [
    ["question", "answer", "topic", "key points"],
    ["What does ReLU return?", "max(0, x), elementwise", "活性化関数", "Zero below\nIdentity above"],
    ["Quote \"this\", please?", "  indented answer\n  second line", "Café Ops", ""],
    ["日本語の質問、カンマ, と \"引用\"", "答え\n二行目", "基礎", "一\n二"],
]


def make_spreadsheet_fixtures():
    import csv
    with tempfile.TemporaryDirectory() as folder:
        environment = dict(os.environ, HOME=folder)
        source = os.path.join(folder, "source.csv")
        with open(source, "w", encoding="utf-8", newline="") as file:
            csv.writer(file).writerows(SOURCE_ROWS)

        def soffice(*arguments):
            subprocess.run(["soffice", "--headless", *arguments, "--outdir", folder], capture_output=True,
                           env=environment, check=True, timeout=180)

        soffice("--infilter=CSV:44,34,76,1", "--convert-to", "ods", source)
        soffice("--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", source)
        outputs = {}
        for book in ("source.ods", "source.xlsx"):
            for name, options, extension in [("comma", "44,34,76,1", "csv"), ("semicolon", "59,34,76,1", "csv"),
                                              ("unicode-text", "9,34,65535,1", "txt")]:
                target = os.path.join(folder, f"{name}.{extension}")
                soffice("--convert-to", f"{extension}:Text - txt - csv (StarCalc):{options}",
                        os.path.join(folder, book))
                converted = os.path.join(folder, book.rsplit(".", 1)[0] + "." + extension)
                os.replace(converted, target)
                outputs[(book, name)] = open(target, "rb").read()
        fixtures = {
            "spreadsheet-ods-comma.csv": outputs[("source.ods", "comma")],
            "spreadsheet-xlsx-comma.csv": outputs[("source.xlsx", "comma")],
            "spreadsheet-sep-semicolon.csv": b"sep=;\r\n" + outputs[("source.xlsx", "semicolon")],
            "spreadsheet-unicode-text.txt": outputs[("source.xlsx", "unicode-text")],
        }
        for name, data in fixtures.items():
            with open(os.path.join(HERE, name), "wb") as file:
                file.write(data)
            print(f"wrote {name} ({len(data)} bytes, starts {data[:4]!r})")


if MAKE_FIXTURES:
    make_spreadsheet_fixtures()
    sys.exit(0)
check_exports()
print("\n".join(failures) or "LibreOffice Calc opens both exports: no formulas, Japanese intact")
sys.exit(1 if failures else 0)
