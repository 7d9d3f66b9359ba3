#!/usr/bin/env python3
"""Writes notes-export.txt: a "Notes in Plain Text" export made by Anki's own exporter, for DeckImportTests.

Not part of `swift test` (which reads only the committed output). To regenerate:

    python3 -m venv /tmp/anki-venv && /tmp/anki-venv/bin/pip install anki
    /tmp/anki-venv/bin/python Tests/QuizCLITests/Fixtures/anki/make_notes_export.py

It builds a throwaway collection with three Basic notes (HTML, a tab, a line break, quotes, an entity, tags, a
nested deck), sets fixed guids so the output is stable, and exports every note with HTML, tags, deck, notetype and
guid columns, as File > Export > Notes in Plain Text does with every box ticked.
"""

import os
import tempfile

from anki.collection import Collection, DeckIdLimit

NOTES = [
    ("fixed-guid-1", "What is <b>dropout</b>?",
     "Randomly zeroes units during training.<br>At test time all units are kept &amp; nothing is scaled.",
     ["ml::regularization", "difficulty::1"]),
    ("fixed-guid-2", "Why does Adam\nneed warmup?",
     "<div>Noisy second moments\tearly on.</div><div>\"Quoted\" text &lt;b&gt;</div>",
     ["topic::optimization"]),
    ("fixed-guid-3", "#hash at the start", "Plain back; with a semicolon, a comma and a | pipe.", []),
]


def main():
    folder = tempfile.mkdtemp(prefix="dlquiz-anki-export-")
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
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes-export.txt")
    count = collection.export_note_csv(
        out_path=out, limit=DeckIdLimit(deck_id=deck_id), with_html=True, with_tags=True, with_deck=True,
        with_notetype=True, with_guid=True)
    collection.close()
    print(f"wrote {count} notes to {out}")


if __name__ == "__main__":
    main()
