#!/usr/bin/env python3
"""Writes "Notes in Plain Text" exports made by Anki's own exporter, and what Anki makes of each note, for
DeckImportTests and AnkiExportFixtureTests.

Not part of `swift test` (which reads only the committed outputs). To regenerate (the `anki` package, 2.1.54 or
later; these files were written with 26.09):

    python3 -m venv /tmp/anki-venv && /tmp/anki-venv/bin/pip install anki
    /tmp/anki-venv/bin/python Tests/QuizCLITests/Fixtures/anki/make_notes_export.py

1. notes-export.txt: three Basic notes (HTML, a tab, a line break, quotes, an entity, tags, a nested deck), exported
   with HTML, tags, deck, notetype and guid columns, as File > Export > Notes in Plain Text does with every box
   ticked.
2. A collection "Anki trial" with the notes a user brings: Basic, Basic (and reversed card), Basic (optional
   reversed card), Cloze (a hint, an empty Back Extra, several numbers, nesting, lists), image notes (an
   image-only front, an image beside text), a sound, HTML5 entities, <pre><code> with indentation, <div> lines,
   topic tags in Japanese and with accents, and an Image Occlusion note. Exported four ways:
   - trial-html.txt: with HTML and the guid, notetype, deck and tags columns;
   - trial-plain.txt: the same without HTML (Anki strips the markup itself);
   - trial-guid-only.txt: with HTML and only the guid column (the note type is then guessed from the text);
   - trial-no-header-html.txt: trial-guid-only.txt without its #html line (the reader must guess HTML, as Anki does).
   trial-edited-html.txt is trial-html.txt after editing two notes in Anki (a changed front, a changed cloze), for
   checking that ids follow the guid.
   trial-manifest.json holds, per note in export order, its guid, note type, tags and every card Anki generates for
   it: the card number and the question and answer as Anki renders them, turned into a line of text by Anki's own
   html_to_text_line. The tests use it as the oracle for how many questions a note gives and what a cloze card asks.
"""

import csv
import json
import os
import shutil
import tempfile

from anki.collection import Collection, DeckIdLimit

HERE = os.path.dirname(os.path.abspath(__file__))

NOTES = [
    ("fixed-guid-1", "What is <b>dropout</b>?",
     "Randomly zeroes units during training.<br>At test time all units are kept &amp; nothing is scaled.",
     ["ml::regularization", "difficulty::1"]),
    ("fixed-guid-2", "Why does Adam\nneed warmup?",
     "<div>Noisy second moments\tearly on.</div><div>\"Quoted\" text &lt;b&gt;</div>",
     ["topic::optimization"]),
    ("fixed-guid-3", "#hash at the start", "Plain back; with a semicolon, a comma and a | pipe.", []),
]

# (guid, note type, fields, tags)
TRIAL = [
    ("trial-basic", "Basic", ["What is <b>dropout</b>?", "Randomly zeroes units.<br>Kept &amp; scaled at test time."],
     ["topic::Régularisation", "difficulty::1"]),
    ("trial-entities", "Basic", ["Which is &lambda;&sup2; &times; 3?",
                                 "&minus;1 &hellip; &rarr; &mdash; 4&deg; caf&eacute; &NotNestedGreaterGreater;"],
     ["topic::数学"]),
    ("trial-pre", "Basic", ["Show the loop", "Sum:<pre><code>for x in xs:\n    total += x\n        # deeper</code></pre>"],
     ["python"]),
    ("trial-divs", "Basic", ["Two lines?", "<div>first</div><div>second</div><ul><li>a<ul><li>nested</li></ul></li></ul>"],
     []),
    ("trial-reversed", "Basic (and reversed card)", ["ReLU", "max(0, x)"], ["topic::数学"]),
    ("trial-optional", "Basic (optional reversed card)", ["Sigmoid", "1 / (1 + e^−x)", "y"], []),
    ("trial-optional-off", "Basic (optional reversed card)", ["Tanh", "(e^x − e^−x) / (e^x + e^−x)", ""], []),
    ("trial-cloze-hint", "Cloze", ["The capital of France is {{c1::Paris::city}}.", ""], ["topic::Élan"]),
    ("trial-cloze-many", "Cloze", ["{{c1::Adam}} uses {{c2::momentum}} and {{c2::RMS scaling}}.",
                                   "Kingma &amp; Ba (2015)"], ["optimization"]),
    ("trial-cloze-nested", "Cloze", ["{{c1::Batch {{c2::normalization}}}} normalizes activations.", ""], []),
    ("trial-cloze-list", "Cloze", ["<ul><li>{{c1::Forward}} pass</li><li>Backward pass<ul><li>chain rule</li></ul></li></ul>",
                                   "<img src=\"graph.png\">"], []),
    ("trial-image-front", "Basic", ["<img src=\"heart.png\">", "The heart"], ["anatomy"]),
    ("trial-image-beside", "Basic", ["What organ is this? <img src=\"heart.png\">", "The heart [sound:beat.mp3]"],
     ["anatomy"]),
    ("trial-empty-back", "Basic", ["A front without a back", ""], []),
    ("trial-occlusion", "Image Occlusion",
     ["{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}}", "<img src=\"chart.png\">", "", "", ""],
     []),
]

EDITS = {
    "trial-basic": ["What does <b>dropout</b> do?", None],
    "trial-cloze-many": ["{{c1::Adam}} uses {{c2::momentum}} and {{c2::RMS scaling}}, and {{c3::bias correction}}.", None],
}


def export(collection, deck_id, path, **columns):
    options = dict(with_html=True, with_tags=True, with_deck=True, with_notetype=True, with_guid=True)
    options.update(columns)
    return collection.export_note_csv(out_path=path, limit=DeckIdLimit(deck_id=deck_id), **options)


def write_basic_export(folder):
    collection = Collection(os.path.join(folder, "collection.anki2"))
    deck_id = collection.decks.id("ML::Deep learning")
    basic = collection.models.by_name("Basic")
    for guid, front, back, tags in NOTES:
        note = collection.new_note(basic)
        note["Front"] = front
        note["Back"] = back
        note.tags = tags
        note.guid = guid
        collection.add_note(note, deck_id)
    out = os.path.join(HERE, "notes-export.txt")
    count = export(collection, deck_id, out)
    collection.close()
    print(f"wrote {count} notes to {out}")


def text(collection, html):
    return collection._backend.html_to_text_line(text=html, preserve_media_filenames=True)


def write_trial_exports(folder):
    collection = Collection(os.path.join(folder, "trial.anki2"))
    deck_id = collection.decks.id("Anki trial")
    for guid, notetype, fields, tags in TRIAL:
        note = collection.new_note(collection.models.by_name(notetype))
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.tags = tags
        note.guid = guid
        collection.add_note(note, deck_id)
    outputs = {
        "trial-html.txt": {},
        "trial-plain.txt": {"with_html": False},
        "trial-guid-only.txt": {"with_tags": False, "with_deck": False, "with_notetype": False},
    }
    for name, columns in outputs.items():
        count = export(collection, deck_id, os.path.join(HERE, name), **columns)
        print(f"wrote {count} notes to {name}")
    with open(os.path.join(HERE, "trial-guid-only.txt"), encoding="utf-8") as file:
        lines = [line for line in file.read().split("\n") if not line.startswith("#html:")]
    with open(os.path.join(HERE, "trial-no-header-html.txt"), "w", encoding="utf-8") as file:
        file.write("\n".join(lines))

    # The oracle: every card Anki makes, per note, in export order (the order of the export's rows).
    with open(os.path.join(HERE, "trial-html.txt"), encoding="utf-8", newline="") as file:
        rows = csv.reader((line for line in file if not line.startswith("#")), delimiter="\t")
        guids = [row[0] for row in rows]
    by_guid = {collection.get_note(note_id).guid: collection.get_note(note_id) for note_id in collection.find_notes("")}
    manifest = []
    for guid in guids:
        note = by_guid[guid]
        cards = sorted(note.cards(), key=lambda card: card.ord)
        manifest.append({
            "guid": guid, "notetype": note.note_type()["name"], "tags": note.tags,
            "cards": [{"ord": card.ord, "question": text(collection, card.question()),
                       "answer": text(collection, card.answer())} for card in cards],
        })
    with open(os.path.join(HERE, "trial-manifest.json"), "w", encoding="utf-8") as file:
        json.dump(manifest, file, ensure_ascii=False, indent=1)
        file.write("\n")
    print(f"wrote the cards of {len(manifest)} notes to trial-manifest.json")

    for guid, fields in EDITS.items():
        note = by_guid[guid]
        for index, value in enumerate(fields):
            if value is not None:
                note.fields[index] = value
        collection.update_note(note)
    count = export(collection, deck_id, os.path.join(HERE, "trial-edited-html.txt"))
    print(f"wrote {count} notes to trial-edited-html.txt")
    collection.close()


def main():
    folder = tempfile.mkdtemp(prefix="dlquiz-anki-export-")
    try:
        write_basic_export(folder)
        write_trial_exports(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
