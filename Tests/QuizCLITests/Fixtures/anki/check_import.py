#!/usr/bin/env python3
"""Imports `dlquiz export --format anki` into throwaway Anki collections with Anki's own backend, and checks it.

Usage (not part of `swift test`, which needs only the toolchain):

    python3 -m venv /tmp/anki-venv && /tmp/anki-venv/bin/pip install anki
    swift build
    /tmp/anki-venv/bin/python Tests/QuizCLITests/Fixtures/anki/check_import.py .build/debug/dlquiz

Every import uses only what the file's own header lines say (Anki's CSV metadata, unchanged): no manual mapping.
It checks that
1. the bundled deck imports as one Basic note per question, into a deck named after the deck's title, with the
   question on the front, the answer and key points on the back, the topic and difficulty tags and the file's guids;
2. re-importing a newer export (one answer changed, one question added) updates the changed note and adds the new
   one instead of duplicating anything;
3. a hostile deck (markup, tabs and line breaks in its texts) imports row for row, with its markup as inert text.
Exits 0 when every check passes, 1 otherwise.
"""

import json
import os
import subprocess
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest

failures = []
passes = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    (passes if condition else failures).append(message)


def export_anki(dlquiz, deck_path=None, lang="en"):
    arguments = [dlquiz, "export", "--format", "anki", "--lang", lang]
    if deck_path:
        arguments += ["--deck", deck_path]
    return subprocess.run(arguments, check=True, capture_output=True, text=True).stdout


def import_text(collection, text, folder, name):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    metadata = collection.get_csv_metadata(path=path, delimiter=None)
    return collection.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log


def rows(text):
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def main(dlquiz):
    folder = tempfile.mkdtemp(prefix="dlquiz-anki-")
    deck = json.loads(subprocess.run([dlquiz, "export", "--format", "json"], check=True,
                                     capture_output=True, text=True).stdout)
    questions = deck["questions"]
    collection = Collection(os.path.join(folder, "collection.anki2"))

    # 1. A first import into an empty collection.
    first = export_anki(dlquiz)
    log = import_text(collection, first, folder, "first.txt")
    check(len(log.new) == len(questions), f"first import: {len(log.new)} new notes for {len(questions)} questions")
    check(collection.note_count() == len(questions), f"collection holds {collection.note_count()} notes")
    note_ids = collection.find_notes("")
    notes = [collection.get_note(note_id) for note_id in note_ids]
    check(all(note.note_type()["name"] == "Basic" for note in notes), "every note is a Basic note")
    deck_names = {collection.decks.name(card.did) for note in notes for card in note.cards()}
    check(deck_names == {deck["title"]["en"]}, f"cards are in the deck {sorted(deck_names)}")
    expected_guids = {row[0] for row in rows(first)}
    check({note.guid for note in notes} == expected_guids, "note guids are the file's guid column")
    by_guid = {note.guid: note for note in notes}
    sample = by_guid[rows(first)[0][0]]
    check(sample["Front"] == questions[0]["question"]["en"], "front is the question: " + sample["Front"][:60])
    check("<p>" in sample["Back"] and "<ul><li>" in sample["Back"], "back has the answer paragraphs and a key-point list")
    check(sorted(sample.tags) == sorted([f"difficulty::{questions[0]['difficulty']}", f"topic::{questions[0]['topic']}"]),
          f"tags are topic and difficulty: {sample.tags}")

    # 2. A newer version of the deck: one answer changed, one question added.
    newer = json.loads(json.dumps(deck))
    newer["questions"][0]["answer"]["en"] += "\n\nRevised: a new closing paragraph."
    added = json.loads(json.dumps(newer["questions"][-1]))
    added["id"] = "an-added-question"
    added["question"] = {"en": "A question added in a later version?", "ja": "後の版で追加された質問？"}
    newer["questions"].append(added)
    newer_path = os.path.join(folder, "newer.json")
    with open(newer_path, "w", encoding="utf-8") as file:
        json.dump(newer, file, ensure_ascii=False)
    log = import_text(collection, export_anki(dlquiz, newer_path), folder, "newer.txt")
    print(f"     re-import log: new={len(log.new)} updated={len(log.updated)} unchanged={len(log.duplicate)} "
          f"first-field matches={len(log.first_field_match)} conflicting={len(log.conflicting)}")
    check(len(log.new) == 1 and len(log.updated) == 1, "re-import adds the new question and updates the changed one")
    check(collection.note_count() == len(questions) + 1,
          f"collection holds {collection.note_count()} notes after re-import (no duplicates)")
    updated = collection.get_note(sample.id)
    check("Revised: a new closing paragraph." in updated["Back"], "the existing note carries the new answer")

    # 3. A hostile deck, in a fresh collection.
    hostile_collection = Collection(os.path.join(folder, "hostile.anki2"))
    hostile = {
        "schemaVersion": 1, "id": "hostile", "title": "Hostile\tdeck", "languages": ["en"],
        "questions": [{
            "id": "script", "topic": "x", "difficulty": 1, "minutes": 1,
            "question": "<script>alert(1)</script>\ttab\nnewline",
            "answer": "\"><img src=x onerror=alert(1)>\n\n- item\twith tab",
            "keyPoints": ["# not a comment", "\"quoted\"", "<b>bold?</b>"],
        }, {
            "id": "second", "topic": "x", "difficulty": 2, "minutes": 1,
            "question": "# Looks like a comment", "answer": "Plain.", "keyPoints": ["a", "b", "c"],
        }],
    }
    hostile_path = os.path.join(folder, "hostile.json")
    with open(hostile_path, "w", encoding="utf-8") as file:
        json.dump(hostile, file)
    text = export_anki(dlquiz, hostile_path)
    check(all(len(row) == 4 for row in rows(text)) and len(rows(text)) == 2, "hostile export: 2 rows of 4 columns")
    log = import_text(hostile_collection, text, folder, "hostile.txt")
    check(len(log.new) == 2, f"hostile deck: {len(log.new)} new notes")
    fields = " ".join(field for note_id in hostile_collection.find_notes("")
                      for field in hostile_collection.get_note(note_id).fields)
    check("<script" not in fields and "<img" not in fields and "<b>bold" not in fields,
          "no markup from the deck survives as tags")
    check("&lt;script&gt;" in fields and "&lt;img" in fields, "the markup shows as text")

    print(f"{len(passes)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(os.path.abspath(sys.argv[1])))
