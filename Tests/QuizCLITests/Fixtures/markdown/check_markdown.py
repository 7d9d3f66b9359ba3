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
  - every web address in the deck's texts is a link whose href (percent-decoded) is the address exactly, and no
    other link exists (addresses end as GitHub's autolinks end: before trailing punctuation).
It then writes sheet.md, the verified sheet: SheetExportTests compares the renderer's output with it byte for byte,
so a change to the escaping must be checked here again (run this script, then commit sheet.md).

For every written deck (`dlquiz convert` to Markdown of hostile-deck.json, Tests/QuizKitTests/Fixtures/decks/*.json
and the bundled deck) it checks that GitHub shows one h1 (the title), one h2 per question with its heading text,
h3 only for the sections, no other heading, no rule and no table, and no link other than to an address the deck
holds; and that converting the written deck back gives the same JSON. It writes the hostile deck's Markdown to
hostile-deck.md, which MarkdownWriterFixtureTests compares with the writer's output.
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


URL = re.compile(r"(?:https?://|www\.)[^\s<>]+", re.IGNORECASE)


def addresses(text):
    """The web addresses in a text, trimmed as GitHub's autolink extension trims them."""
    found = []
    for match in URL.finditer(text):
        url = match.group(0)
        while url:
            if url[-1] in "?!.,:*_~'\"":
                url = url[:-1]
            elif url[-1] == ")" and url.count(")") > url.count("("):
                url = url[:-1]
            else:
                break
        found.append(url if not url.lower().startswith("www.") else "http://" + url)
    return found


def check_links(name, tree, texts):
    expected = {url for text in texts for url in addresses(text)}
    hrefs = {urllib.parse.unquote(a.get("href")) for a in tree.iter("a")
             if a.get("href") is not None and not a.get("href").startswith("#")}
    for href in hrefs - expected:
        failures.append(f"{name}: a link to {href!r}, which the deck does not hold")
    for url in expected - hrefs:
        failures.append(f"{name}: the address {url!r} is not a link")


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
every_text = texts + [a for q in deck["questions"] for a in [q["answer"]] + q.get("references", [])
                      + [f[k] for f in q.get("followUps", []) for k in ("question", "answer")] + [q.get("details", "")]]
check_links("sheet", render(sheet)[1], every_text)

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

def strings(value):
    """Every string in a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    return []


def check_written_deck(name, path, folder):
    written = os.path.join(folder, name + ".md")
    back = os.path.join(folder, name + ".json")
    subprocess.run([BINARY, "convert", path, written], capture_output=True, env=environment, check=True)
    subprocess.run([BINARY, "convert", written, back], capture_output=True, env=environment, check=True)
    def normalized(deck):
        deck = {k: v for k, v in deck.items() if k != "$schema"}
        deck["questions"] = [{k: v for k, v in q.items() if v != []} for q in deck["questions"]]
        return deck

    if normalized(json.load(open(back))) != normalized(json.load(open(path))):
        failures.append(f"{name}: the written deck does not convert back to the same JSON")
    data = json.load(open(back))
    markdown = open(written, encoding="utf-8").read()
    # GitHub shows the front matter as a table of its own, not as Markdown: render what follows it.
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    _, tree = render(body)
    headings = {level: [text_of(h) for h in tree.iter(level)] for level in ("h1", "h2", "h3", "h4", "h5", "h6")}
    if len(headings["h1"]) != 1:
        failures.append(f"{name}: {len(headings['h1'])} h1 headings, expected the title alone")
    expected_h2 = [f"{q['id']} ({q['topic']}, difficulty {q['difficulty']}, "
                   f"{int(q['minutes']) if float(q['minutes']).is_integer() else q['minutes']} min)" for q in data["questions"]]
    if headings["h2"] != expected_h2:
        extra = [h for h in headings["h2"] if h not in expected_h2]
        failures.append(f"{name}: h2 headings other than the questions': {extra[:3]}")
    sections = {"One-minute answer", "Answer", "Key points", "Follow-ups", "References", "Details"}
    for h3 in headings["h3"]:
        if h3 not in sections:
            failures.append(f"{name}: an h3 heading {h3!r} that is no section")
    for level in ("h4", "h5", "h6"):
        if headings[level]:
            failures.append(f"{name}: {level} headings {headings[level][:3]}")
    for tag in ("hr", "table"):
        if list(tree.iter(tag)):
            failures.append(f"{name}: GitHub shows a <{tag}> in the written deck")
    deck_texts = strings(data)
    for a in tree.iter("a"):
        href = a.get("href")
        if href and not href.startswith("#") and not any(urllib.parse.unquote(href) in t for t in deck_texts):
            failures.append(f"{name}: a link to {href!r}, which the deck does not hold")
    return markdown


with tempfile.TemporaryDirectory() as folder:
    environment_folder = dict(environment, HOME=folder)
    written_hostile = check_written_deck("hostile-deck", DECK, folder)
    fixtures = os.path.join(ROOT, "Tests/QuizKitTests/Fixtures/decks")
    for file in sorted(os.listdir(fixtures)):
        if file.endswith(".json"):
            check_written_deck(file[:-5], os.path.join(fixtures, file), folder)
    bundled = os.path.join(folder, "bundled.json")
    with open(bundled, "wb") as out:
        out.write(subprocess.run([BINARY, "export", "--format", "json"], capture_output=True, env=environment,
                                 check=True).stdout)
    check_written_deck("bundled", bundled, folder)

if failures:
    print("\n".join(failures))
    sys.exit(1)
open(os.path.join(HERE, "sheet.md"), "w").write(sheet)
open(os.path.join(HERE, "hostile-deck.md"), "w").write(written_hostile)
print("cmark-gfm shows every text as written: sheet.md recorded; the scorecard checked; every written deck reads "
      "on GitHub as its questions and sections, without rules or tables: hostile-deck.md recorded")
