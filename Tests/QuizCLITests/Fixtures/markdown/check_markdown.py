#!/usr/bin/env python3
"""Checks dlquiz's Markdown outputs with GitHub's renderer (cmark-gfm), for a deck full of Markdown syntax.

Usage: python3 check_markdown.py [path/to/dlquiz]   (default: .build/debug/dlquiz from the package root)
Needs: pip install cmarkgfm html5lib

For the Markdown study sheet and an interview scorecard of hostile-deck.json it checks that, rendered by
cmark-gfm with GitHub's extensions:
  - every deck text shows as the characters it holds (its `code` spans as code, nothing else turned into markup);
  - every <code> element holds exactly one of the deck's code spans (escaping never changes code);
  - no element appears that the deck could have injected: no script, image, raw HTML or link other than the
    sheet's own #anchors; every table row keeps its number of cells.
It then writes sheet.md, the verified sheet: SheetExportTests compares the renderer's output with it byte for byte,
so a change to the escaping must be checked here again (run this script, then commit sheet.md).
"""
import json, os, re, subprocess, sys, tempfile, urllib.parse
import cmarkgfm
import html5lib
from cmarkgfm.cmark import Options

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/dlquiz")
DECK = os.path.join(HERE, "hostile-deck.json")
ALLOWED = {"html", "head", "body", "h1", "h2", "h3", "p", "ul", "ol", "li", "em", "strong", "code", "table",
           "thead", "tbody", "tr", "th", "td", "input", "a", "hr", "br", "del"}
failures = []


def shown(text):
    """What a deck text should show: its `code` spans without their backticks, white space collapsed."""
    return " ".join(re.sub(r"`([^`]+)`", r"\1", text).split())


def code_spans(text):
    return re.findall(r"`([^`]+)`", text)


def render(markdown):
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    return html, html5lib.parse(html, namespaceHTMLElements=False)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def check(name, markdown, texts, codes, typed=()):
    html, tree = render(markdown)
    body_text = text_of(tree)
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:
            continue
        if tag not in ALLOWED:
            failures.append(f"{name}: unexpected <{tag}> element")
        href = element.get("href")
        # The sheet's own anchors (<a id=…>) and contents links (#…) are fine; so is GitHub's autolink of a URL
        # that the deck's text holds as written. Anything else is a link the text should not have made.
        if tag == "a" and href is not None and not href.startswith("#"):
            target = urllib.parse.unquote(href)
            if not (target.startswith(("http://", "https://")) and any(target in t for t in texts)):
                failures.append(f"{name}: a link to {href!r}")
        if tag == "code" and (element.text or "") not in codes:
            failures.append(f"{name}: code span {element.text!r} is not one of the deck's")
    for table in tree.iter("table"):
        widths = {len(row.findall("td")) + len(row.findall("th")) for row in table.iter("tr")}
        if len(widths) != 1:
            failures.append(f"{name}: table rows with {sorted(widths)} cells")
    for text in texts:
        if shown(text) not in body_text:
            failures.append(f"{name}: {shown(text)!r} does not show as written")
    for text in typed:
        if " ".join(text.split()) not in body_text:
            failures.append(f"{name}: typed text {text!r} does not show as written")
    return html


deck = json.load(open(DECK))
texts = [deck["title"]] + [q["question"] for q in deck["questions"]]
codes = {c for t in texts for c in code_spans(t)}
environment = dict(os.environ, NO_COLOR="1", COLUMNS="80", LANG="C.UTF-8")

sheet = subprocess.run([BINARY, "sheet", "--format", "markdown", "--deck", DECK], capture_output=True, text=True,
                       env=environment, check=True).stdout
check("sheet", sheet, texts, codes)

with tempfile.TemporaryDirectory() as home:
    card = os.path.join(home, "card.md")
    note = "n *note* | `x|y` <b>bold</b> [l](javascript:x)"
    typed = "\n".join(["1", note, "", "2", "", "", ""]) + "\n"
    subprocess.run([BINARY, "interview", "--candidate", "Ada | *Lovelace* <b>", "--deck", DECK,
                    "--ids", "pipes,code,html", "--output", card], input=typed, capture_output=True, text=True,
                   env=dict(environment, HOME=home), check=True)
    scorecard = open(card).read()
    check("scorecard", scorecard, [q["question"] for q in deck["questions"] if q["id"] in ("pipes", "code", "html")]
          , codes | {deck["id"], "dlquiz interview --ids pipes,code,html"},
          typed=["Ada | *Lovelace* <b>", "*note* | `x|y` <b>bold</b> [l](javascript:x)"])

if failures:
    print("\n".join(failures))
    sys.exit(1)
open(os.path.join(HERE, "sheet.md"), "w").write(sheet)
print("cmark-gfm shows every text as written: sheet.md recorded; the scorecard checked")
