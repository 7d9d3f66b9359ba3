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
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/dlquiz")
failures = []

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

print("\n".join(failures) or "LibreOffice Calc opens both exports: no formulas, Japanese intact")
sys.exit(1 if failures else 0)
