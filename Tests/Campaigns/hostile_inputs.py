#!/usr/bin/env python3
"""Hostile-input campaign for dlquiz (issue 18): nothing raw reaches any output, nothing hangs, nothing is modified.

Feeds the release binary, through pipes:
  - about 400 bad decks across JSON, Markdown, Anki text and CSV (truncated, 100 MB, deeply nested, NUL and lone
    surrogates, invalid UTF-8, UTF-16, /dev/zero, /dev/urandom, FIFOs, 1M headings, 1M unknown keys, a 30 MB key,
    very long lines) and hostile but valid decks with escape sequences (ESC, OSC 0/52, CSI, DCS, C1, U+202E, U+2066)
    in every field, through every command that reads or writes a deck;
  - about 700 runs of every reading command on malformed progress files;
  - escape sequences typed as answers, follow-up answers, candidate names and notes;
  - 50 hostile file names and hostile command-line values.
Checks: no raw control byte (C0 but tab/LF/CR, DEL, C1, bidirectional overrides) on standard output, standard
error or in any file dlquiz writes; no run over 10 s or 1 GiB; no hang; no input file modified.

    swift build -c release && python3 Tests/Campaigns/hostile_inputs.py          # the whole campaign
    DLQUIZ=/path/to/dlquiz python3 Tests/Campaigns/hostile_inputs.py --quick     # a smaller one

Exit status 0 when every check passed.
"""

import json
import os
import random
import shutil
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from campaign_support import Report, Runner, fingerprint, compare_fingerprints  # noqa: E402

HOSTILE = [
    "\x1b]0;pwned-title\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b[2J\x1b[H", "\x1b[31mred\x1b[0m", "\x9b31mC1-CSI",
    "\x85C1-NEL", "\u202eevil\u202c", "\u2066isolate\u2069", "\x07bell", "\x1bP+q544e\x1b\\", "\x1b[1Aup", "nul\x00",
]
QUICK = "--quick" in sys.argv
random.seed(18)


def hostile_text(index):
    return "Text " + HOSTILE[index % len(HOSTILE)] + " and " + HOSTILE[(index * 7 + 3) % len(HOSTILE)] + " end"


def poison(value, counter):
    """Every text of a deck (plain or per language) with hostile sequences in it."""
    if isinstance(value, str):
        counter[0] += 1
        return value + " " + hostile_text(counter[0])
    if isinstance(value, dict):
        return {key: poison(text, counter) for key, text in value.items()}
    if isinstance(value, list):
        return [poison(item, counter) for item in value]
    return value


def hostile_deck(base, fields=None):
    deck = json.loads(json.dumps(base))
    counter = [0]
    if fields is None or "title" in fields:
        deck["title"] = poison(deck["title"], counter)
    if (fields is None or "topics" in fields) and "topics" in deck:
        deck["topics"] = {key: poison(name, counter) for key, name in deck["topics"].items()}
    for question in deck["questions"]:
        for field in ["question", "answer", "details", "keyPoints", "followUps", "references"]:
            if field in question and (fields is None or field in fields):
                question[field] = poison(question[field], counter)
    return deck


def main():
    report = Report()
    work = tempfile.mkdtemp(prefix="dlquiz-hostile-")
    home = os.path.join(work, "home")
    inputs = os.path.join(work, "inputs")
    outputs = os.path.join(work, "outputs")
    for folder in [home, inputs, outputs]:
        os.makedirs(folder)
    runner = Runner(report, home)
    status, bundled, _, _ = runner.run(["export", "--format", "json"])
    base = json.loads(bundled)
    out_counter = [0]

    def out(name):
        out_counter[0] += 1
        return os.path.join(outputs, f"{out_counter[0]}-{name}")

    def write(name, data):
        path = os.path.join(inputs, name)
        with open(path, "wb") as handle:
            handle.write(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        return path

    # ---- Hostile but valid decks in four formats.
    hostile_json = write("hostile.json", json.dumps(hostile_deck(base), indent=2))
    hostile_raw_json = write("hostile-raw.json", json.dumps(hostile_deck(base), ensure_ascii=False))
    per_field = [write(f"hostile-{field}.json", json.dumps(hostile_deck(base, {field}), ensure_ascii=False))
                 for field in ["title", "topics", "question", "answer", "details", "keyPoints", "followUps",
                               "references"]]
    hostile_md = out("hostile.md")
    runner.run(["convert", hostile_json, hostile_md])
    runner.check_file(hostile_md, "convert to Markdown")
    hostile_md = write("hostile.md", open(hostile_md, "rb").read())
    raw_md = write("hostile-raw.md", (
        "---\nid: raw-md\ntitle: Raw \x1b]0;t\x07 title\nlanguages: [en]\n---\n\n# T\n\n"
        "## q-one (basics, difficulty 1, 2 min)\n\nWhat \x1b]52;c;ZXZpbA==\x07 is \u202e this?\n\n"
        "### Answer\n\nIt \x1b[2J is \x85 this.\n\n### Key points\n\n- One \x1b[31m\n- Two \u2066x\u2069\n"))
    csv_rows = ["question,answer,topic,key points"]
    for index in range(12):
        csv_rows.append(f'"Q{index} {hostile_text(index)}","A {hostile_text(index + 1)}",basics,"p1 {HOSTILE[index % 12]}\np2"')
    hostile_csv = write("hostile.csv", "\r\n".join(csv_rows) + "\r\n")
    anki_rows = ["#separator:tab", "#html:true"] + [
        f"Front {hostile_text(index)}\tBack {hostile_text(index + 5)}<br>more" for index in range(12)]
    hostile_anki = write("hostile-anki.txt", "\n".join(anki_rows) + "\n")
    imported = []
    for source, kind in [(hostile_csv, "csv"), (hostile_anki, "anki")]:
        target = out(f"imported-{kind}.json")
        runner.run(["convert", source, target, "--from", kind, "--id", f"imported-{kind}"])
        runner.check_file(target, f"import {kind}")
        if os.path.exists(target):
            imported.append(write(f"imported-{kind}.json", open(target, "rb").read()))
        runner.run(["convert", source, "-", "--from", kind])
    valid = [hostile_json, hostile_raw_json, hostile_md, raw_md] + per_field + imported

    def every_command(deck, typed=True):
        first_id = None
        status, listed, _, _ = runner.run(["list", "--deck", deck, "--json"])
        try:
            first_id = json.loads(listed)["questions"][0]["id"]
        except (ValueError, KeyError, IndexError):
            pass
        runner.run(["validate", deck])
        for target in ["x.md", "x.json"]:
            path = out(target)
            runner.run(["convert", deck, path])
            runner.check_file(path, "convert " + target)
        runner.run(["convert", deck, "-"])
        runner.run(["list", "--deck", deck])
        runner.run(["pick", "-n", "3", "--rubric", "--seed", "1", "--deck", deck])
        runner.run(["pick", "-n", "3", "--rubric", "--seed", "1", "--deck", deck, "--json"])
        if first_id:
            runner.run(["show", first_id, "--deck", deck])
            runner.run(["show", first_id, "--deck", deck, "--json"])
            runner.run(["show", first_id, "--deck", deck, "--history"])
        runner.run(["stats", "--deck", deck])
        runner.run(["stats", "--deck", deck, "--json"])
        for sheet_format in ["text", "markdown", "html"]:
            runner.run(["sheet", "--deck", deck, "--format", sheet_format])
            path = out("sheet." + {"text": "txt", "markdown": "md", "html": "html"}[sheet_format])
            runner.run(["sheet", "--deck", deck, "--format", sheet_format, "-o", path])
            runner.check_file(path, "sheet " + sheet_format)
        for export_format, extension in [("anki", "txt"), ("csv", "csv"), ("json", "json")]:
            runner.run(["export", "--deck", deck, "--format", export_format])
            path = out("export." + extension)
            runner.run(["export", "--deck", deck, "--format", export_format, "-o", path])
            runner.check_file(path, "export " + export_format)
        if typed:
            answers = "".join(f"My answer {hostile_text(index)}\n\nall\n\n{hostile_text(index + 2)}\n\ny\n"
                              for index in range(4))
            runner.run(["quiz", "--deck", deck, "-n", "4", "--follow-ups", "--seed", "3"], stdin=answers.encode())
            runner.run(["quiz", "--deck", deck, "-n", "2", "--order", "due"], stdin=b"q\n")
            card = out("card.md")
            notes = "".join(f"1\nn note {hostile_text(index)}\nf\nf+\n\n" for index in range(3))
            runner.run(["interview", "--deck", deck, "-n", "3", "--seed", "5", "--candidate", hostile_text(3),
                        "--output", card], stdin=notes.encode())
            runner.check_file(card, "scorecard")
            runner.run(["interview", "--deck", deck, "-n", "2", "--seed", "5", "--candidate",
                        "Ann " + HOSTILE[0] + HOSTILE[6]], stdin=notes.encode())
            if first_id:
                runner.run(["show", first_id, "--deck", deck, "--history"])
                runner.run(["show", first_id, "--deck", deck, "--history", "--json"])
        runner.run(["progress"])
        runner.run(["progress", "--json"])

    for deck in (valid[:3] if QUICK else valid):
        every_command(deck)
    # The scorecard folder and the library, read back.
    runner.run(["interviews"])
    runner.run(["interviews", "--json"])
    for deck in [hostile_md, raw_md, hostile_json]:
        runner.run(["decks", "add", deck, "--force"])
    runner.run(["decks"])
    runner.run(["decks", "--json"])

    # ---- Bad decks.
    bad = []
    sources = {"json": open(hostile_json, "rb").read(), "md": open(hostile_md, "rb").read(),
               "csv": open(hostile_csv, "rb").read(), "txt": open(hostile_anki, "rb").read()}
    cuts = 12 if QUICK else 70
    for extension, data in sources.items():
        for index in range(cuts):
            bad.append(write(f"truncated-{index}.{extension}", data[:random.randrange(len(data))]))
        for index in range(10):
            position = random.randrange(len(data))
            bad.append(write(f"bad-utf8-{index}.{extension}", data[:position] + b"\xff\xfe\xc0" + data[position:]))
        for index in range(5):
            position = random.randrange(len(data))
            bad.append(write(f"nul-{index}.{extension}", data[:position] + b"\x00" + data[position:]))
            bad.append(write(f"surrogate-{index}.{extension}", data[:position] + b"\xed\xa0\x80" + data[position:]))
        text = data.decode("utf-8", "replace")
        bad.append(write(f"utf16le.{extension}", b"\xff\xfe" + text.encode("utf-16-le")))
        bad.append(write(f"utf16be.{extension}", b"\xfe\xff" + text.encode("utf-16-be")))
        bad.append(write(f"utf16-nobom.{extension}", text.encode("utf-16-le")))
        bad.append(write(f"long-line.{extension}", data + b"x" * (10 << 20) + b"\n"))
        bad.append(write(f"escapes-raw.{extension}", data.replace(b"Text ", b"Text \x1b]52;c;ZXZpbA==\x07 ")))
    huge = write("huge-100mb.json", b"[" + b" " * (100 << 20) + b"]")
    for extension in ["md", "csv", "txt"]:
        link = os.path.join(inputs, f"huge-100mb.{extension}")
        os.link(huge, link)
        bad.append(link)
    bad.append(huge)
    bad.append(write("nested-array.json", b"[" * 100_000 + b"]" * 100_000))
    bad.append(write("nested-object.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000))
    bad.append(write("nested-unclosed.json", b"[" * 1_000_000))
    bad.append(write("lone-surrogates.json", json.dumps(base).replace('"title": "', '"title": "\\ud800\\udfff\\udc00').encode()))
    bad.append(write("nul-escape.json", json.dumps(base).replace('"title": "', '"title": "\\u0000').encode()))
    bad.append(write("repeated-language.json", json.dumps(base).replace(
        '"question": {', '"question": {"ja": "x", "ja": "y", ', 1).encode()))
    headings = "---\nid: many\ntitle: Many\nlanguages: [en]\n---\n\n" + "## h (t, difficulty 1, 1 min)\n" * 1_000_000
    bad.append(write("million-headings.md", headings))
    keys = ", ".join(f'"unknown{index}": 1' for index in range(1_000_000))
    bad.append(write("million-keys.json", "{" + keys + ', "schemaVersion": 1}'))
    front = "---\n" + "".join(f"unknown{index}: 1\n" for index in range(1_000_000)) + "id: x\n---\n"
    bad.append(write("million-keys.md", front))
    bad.append(write("huge-key.json", '{"' + "k" * (30 << 20) + '": 1, "schemaVersion": 1}'))
    bad.append(write("huge-key.md", "---\n" + "k" * (30 << 20) + ": 1\n---\n"))
    bad.append(write("million-notes.txt", "#separator:tab\n" + "front only\n" * 1_000_000))
    bad.append(write("million-rows.csv", "question,answer\n" + ",\n" * 1_000_000))
    fifo = os.path.join(inputs, "fifo.json")
    os.mkfifo(fifo)
    bad += [fifo, "/dev/zero", "/dev/urandom", inputs]
    print(f"{len(bad)} bad decks, {len(valid)} hostile valid decks", flush=True)
    for deck in bad:
        kind = os.path.splitext(deck)[1]
        runner.run(["validate", deck])
        target = out("bad.json")
        if kind == ".csv":
            runner.run(["convert", deck, target, "--id", "bad-csv"])
        elif kind == ".txt":
            runner.run(["convert", deck, target, "--from", "anki"])
        else:
            runner.run(["convert", deck, target])
        runner.check_file(target, "convert of a bad deck")
        runner.run(["list", "--deck", deck])
        runner.run(["quiz", "--deck", deck, "-n", "1"], stdin=b"\nall\n\n")
    runner.run(["convert", "-", out("stdin.json")], stdin_path="/dev/zero")
    runner.run(["convert", "-", out("stdin.json")], stdin_path="/dev/urandom")
    runner.run(["quiz", "-n", "1"], stdin_path="/dev/zero")

    progress_campaign(runner, write, out)
    names_and_argv(runner, inputs, outputs, hostile_json)

    before = fingerprint(inputs)
    # Every input is read once more, after everything was written, and must be exactly as it was made.
    runner.run(["validate", hostile_json])
    compare_fingerprints(before, fingerprint(inputs), report, "inputs after the campaign")
    for root, _, files in os.walk(outputs):
        for name in files:
            if "names-home" not in root:
                runner.check_file(os.path.join(root, name), "output left in the outputs folder")
    # What dlquiz wrote in its home: the progress file (typed answers) and the scorecards. The deck library holds
    # byte-for-byte copies of the decks added, which are the user's own files, so it is not checked.
    for root, _, files in os.walk(home):
        for name in files:
            if "/dlquiz/decks" not in root:
                runner.check_file(os.path.join(root, name), "written in the home folder")
    print(report.summary("hostile-input campaign"))
    if "--keep" not in sys.argv:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not report.failures else 1


def progress_campaign(runner, write, out):
    """About 700 runs of every reading command on malformed progress files."""
    good = ('{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"deep-learning",'
            '"question":"data-generators","grade":3,"covered":[1,2],"total":5,"seconds":30,"mode":"quiz",'
            '"answer":"typed"}')
    followup = ('{"v":1,"type":"followup","time":"2026-11-23T09:01:00Z","session":"s1","deck":"deep-learning",'
                '"question":"data-generators","followUp":1,"well":true,"answer":"yes"}')
    text = "\n".join([good, followup, good.replace('"seq":1', '"seq":2')]) + "\n"
    data = text.encode()
    files = []
    for index in range(40):
        files.append(write(f"p-truncated-{index}.jsonl", data[:random.randrange(len(data))]))
    for index in range(15):
        position = random.randrange(len(data))
        files.append(write(f"p-utf8-{index}.jsonl", data[:position] + b"\xff\xc3(" + data[position:]))
        files.append(write(f"p-nul-{index}.jsonl", data[:position] + b"\x00" + data[position:]))
    for index, sequence in enumerate(HOSTILE):
        escaped = json.dumps(sequence)[1:-1]
        files.append(write(f"p-escaped-answer-{index}.jsonl", text.replace('"typed"', '"' + escaped + ' typed"')))
        files.append(write(f"p-escaped-ids-{index}.jsonl", text.replace('"data-generators"', '"' + escaped + '"')
                           .replace('"deep-learning"', '"deck' + escaped + '"')))
        files.append(write(f"p-raw-{index}.jsonl", text.replace("typed", sequence)))
        files.append(write(f"p-raw-key-{index}.jsonl", text.replace('"mode"', '"' + sequence + '"')))
    for field, value in [("grade", '"x"'), ("grade", "9"), ("covered", '"1"'), ("covered", "[99]"), ("total", "-1"),
                         ("seconds", "1e999"), ("time", '"not a time"'), ("time", '"2199-12-31T23:59:59Z"'),
                         ("seq", "0"), ("v", "2"), ("session", '""'), ("deck", "null"), ("answer", "[]"),
                         ("answerLength", '"x"'), ("question", '{"a":1}')]:
        files.append(write(f"p-field-{field}-{len(files)}.jsonl", good.replace(f'"{field}":', f'"{field}":{value},"_":', 1) + "\n"))
    files.append(write("p-long-line.jsonl", b"x" * (2 << 20) + b"\n" + data))
    files.append(write("p-runaway.jsonl", b"x" * (70 << 20)))
    files.append(write("p-garbage.jsonl", bytes(random.randrange(256) for _ in range(100_000))))
    files.append(write("p-utf16.jsonl", b"\xff\xfe" + text.encode("utf-16-le")))
    files.append(write("p-bom.jsonl", b"\xef\xbb\xbf" + data))
    files.append(write("p-newlines.jsonl", b"\n" * 100_000))
    files.append(write("p-nested.jsonl", b'{"v":1,"x":' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"))
    files.append(write("p-many-keys.jsonl", "{" + ",".join(f'"k{index}":1' for index in range(200_000)) + "}\n"))
    files.append(write("p-undo-only.jsonl", '{"v":1,"type":"undo","time":"2026-11-23T09:00:00Z","session":"s1","seq":1}\n'))
    files.append(write("p-empty.jsonl", b""))
    fifo = os.path.join(os.path.dirname(files[0]), "p-fifo.jsonl")
    os.mkfifo(fifo)
    folder = os.path.join(os.path.dirname(files[0]), "p-folder.jsonl")
    os.mkdir(folder)
    link = os.path.join(os.path.dirname(files[0]), "p-link-to-folder.jsonl")
    os.symlink(folder, link)
    files += [fifo, folder, link, "/dev/zero", "/dev/null"]
    print(f"{len(files)} malformed progress files", flush=True)
    for path in files:
        for command, stdin in [(["stats"], b""), (["list"], b""), (["progress"], b""),
                               (["show", "data-generators", "--history"], b""),
                               (["quiz", "--order", "due", "-n", "1"], b"q\n")]:
            runner.run(command + ["--progress", path], stdin=stdin)


def names_and_argv(runner, inputs, outputs, deck):
    """50 hostile file names, and hostile values on the command line."""
    specials = ["-rf", "--help", "a\nb", "a\tb", " ", "..", "...", "'quoted'", '"double"', "$(id)", "`id`", "*", "~",
                "\\", "name with spaces", "日本語", "x" * 200]
    names = [sequence + suffix for sequence in HOSTILE for suffix in ["", "-deck"]] + specials
    names = [name.replace("/", "_").replace("\x00", "0") for name in names][:50]
    content = open(deck, "rb").read()
    library_home = os.path.join(outputs, "names-home")
    os.makedirs(library_home)
    for index, name in enumerate(names):
        folder = os.path.join(inputs, f"name-{index}")
        os.makedirs(folder)
        path = os.path.join(folder, name + ".json")
        with open(path, "wb") as handle:
            handle.write(content)
        target = os.path.join(outputs, f"name-out-{index}")
        os.makedirs(target)
        runner.run(["validate", path])
        runner.run(["convert", path, os.path.join(target, name + ".md")])
        runner.run(["convert", path, path])
        runner.run(["list", "--deck", path])
        runner.run(["export", "--format", "csv", "-o", os.path.join(target, name + ".csv")])
        runner.run(["new", os.path.join(target, name + ".md")])
        runner.run(["new", os.path.join(target, name + ".md")])
        runner.run(["quiz", "--progress", os.path.join(target, name)], stdin=b"\nall\n\n")
        runner.run(["progress", "--progress", os.path.join(target, name)])
        runner.run(["progress", "reset", "--yes", "--progress", os.path.join(target, name)])
        runner.run(["interview", "--ids", "data-generators", "--output", os.path.join(target, name + ".card")],
                   stdin=b"1\n\n")
        runner.run(["decks", "add", path], environment={"HOME": library_home})
        runner.run(["validate", os.path.join(folder, name + "-missing.json")])
        runner.run(["list", "--deck", name])
        for root, _, files in os.walk(target):
            for file_name in files:
                runner.check_file(os.path.join(root, file_name), f"written under hostile name {index}")
    runner.run(["decks"], environment={"HOME": library_home})
    for value in [text for text in HOSTILE if "\x00" not in text] + ["x" * 100_000]:
        for arguments in [["show", value], ["list", "--topic", value], ["pick", "--ids", value],
                          ["quiz", "--lang", value], ["list", "--deck", value], ["stats", "--until", value],
                          ["pick", "-n", value], ["quiz", "--seed", value], ["list", "--" + value],
                          [value], ["help", value], ["sheet", "--format", value], ["convert", value, "out.json"],
                          ["interview", "--candidate", value, "--ids", "data-generators", "--output",
                           os.path.join(outputs, "argv-card.md")]]:
            runner.run(arguments, stdin=b"\n")


if __name__ == "__main__":
    sys.exit(main())
