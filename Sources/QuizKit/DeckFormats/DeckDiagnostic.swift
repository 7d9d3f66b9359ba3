/// One problem found in a deck file: where it is and what is wrong, as data; the command line words it.
package struct DeckDiagnostic: Sendable, Hashable {
    /// The kind of a JSON value, as a problem names what it found.
    package enum ValueKind: Sendable, Hashable {
        case null, boolean, number, string, array, object
    }

    /// What was found where a number was expected.
    package enum Found: Sendable, Hashable {
        /// A JSON number.
        case number(Double)
        /// A JSON string, echoed safely and cut to 40 characters.
        case string(String)
        /// Another JSON value.
        case kind(ValueKind)
        /// Text written in a Markdown heading or a CSV cell, echoed safely.
        case text(String)
    }

    /// A Unicode encoding other than UTF-8 that a deck file can be saved in by mistake.
    package enum UnicodeEncoding: Sendable, Hashable {
        case utf16BigEndian, utf16LittleEndian, utf32BigEndian, utf32LittleEndian
    }

    /// What a zip archive given as a deck most likely is.
    package enum ZipKind: Sendable, Hashable {
        /// An Anki package (`.apkg`, `.colpkg`).
        case ankiPackage
        /// A spreadsheet workbook (`.xlsx`, `.ods`).
        case spreadsheet
        /// Another zip archive.
        case other
    }

    /// Why an imported note, or one card of a Cloze note, was left out.
    package enum SkipReason: Sendable, Hashable {
        /// The front (the question) has no text.
        case emptyFront
        /// The back (the answer) has no text.
        case emptyBack
        /// One side shows only images, named (echoed safely); `front` tells which side.
        case onlyImages(front: Bool, names: [String])
        /// A Cloze note without any `{{c1::…}}` deletion.
        case noClozeDeletion
        /// The deletion of a cloze number hides nothing.
        case emptyClozeDeletion
        /// An Image Occlusion note: its deletions are shapes on an image.
        case imageOcclusion
    }

    /// The JSON object a problem expected.
    package enum ObjectRole: Sendable, Hashable {
        case deck, question, followUp, topicNames, keyPointCues
    }

    /// Where the first question with a duplicate id is, in the file's own terms.
    package enum FirstUse: Sendable, Hashable {
        /// A JSON path such as `questions[0]`.
        case path(String)
        /// The line of a Markdown question's heading.
        case line(Int)
    }

    /// What is wrong, one case per kind of problem with the values its message needs; the command line words each
    /// case in English and Japanese (QuizCLI's `DeckDiagnosticWords.swift`). Texts from the file (ids, keys, codes)
    /// are carried echoed: controls escaped, length capped.
    package enum Problem: Sendable, Hashable {
        // MARK: Any format

        /// A `schemaVersion` other than the one this version of the program reads.
        case unknownSchemaVersion(found: Int, supported: Int)
        /// The file is saved in another Unicode encoding.
        case notUTF8(encoding: UnicodeEncoding)
        /// A byte here is not part of any UTF-8 character (the file is saved in a legacy encoding, or damaged).
        case invalidUTF8
        /// The file is a zip archive, not text.
        case zipArchive(ZipKind)
        /// The JSON text breaks the grammar.
        case jsonSyntax(JSONSyntaxError.Problem)
        /// A text is blank.
        case emptyText
        /// A one-line text has a line break.
        case lineBreak
        /// An id is not kebab-case.
        case notKebabCase(String)
        /// A topic key is not kebab-case.
        case topicNotKebabCase
        /// A list has `count` items, outside `allowed`.
        case itemCount(Int, allowed: ClosedRange<Int>)
        /// A whole number outside `allowed` (open-ended when its upper bound is `Int.max`).
        case numberOutOfRange(Int, allowed: ClosedRange<Int>)
        /// A suggested time outside `0 < minutes <= maximum`.
        case minutesOutOfRange(Double, maximum: Int)
        /// A language code that is not one.
        case notALanguageCode(String)
        /// A language listed twice.
        case languageListedTwice(String)
        /// The language list is empty.
        case noLanguages
        /// The deck has no questions; `markdown` adds how a Markdown question starts.
        case noQuestions(markdown: Bool)
        /// A text in a language the deck does not list.
        case unknownLanguage(String, deckLanguages: [String])
        /// A text lacks one of the deck's languages.
        case missingLanguage(String)
        /// A question id used before.
        case duplicateID(String, firstUse: FirstUse)
        /// An unknown field, with the closest allowed one or, without one, every allowed field.
        case unknownField(String, suggestion: String?, allowed: [String])
        /// An unknown field past the problem limit: only counted, not suggested.
        case unknownFieldPastLimit

        // MARK: JSON decks

        /// Expected a plain string or an object of translations.
        case expectedText(found: ValueKind)
        case expectedString(found: ValueKind)
        case expectedArray(found: ValueKind)
        case expectedObject(ObjectRole, found: ValueKind)
        case expectedWholeNumber(found: Found)
        case expectedMinutes(found: Found)
        /// A key given twice in one object.
        case duplicateKey(String)
        /// A required field is missing.
        case missingField(String)

        // MARK: Markdown decks

        case noFrontMatter
        case expectedKeyValue
        case frontMatterNotClosed
        case unexpectedIndentedLine
        case duplicateFrontMatterKey(String)
        case missingFrontMatterField(String)
        case topicsNotIndented
        case textAndTranslations
        /// The heading has no parentheses.
        case headingWithoutDetails
        /// A part of the heading that is none of topic, difficulty, minutes.
        case unexpectedInHeading(String)
        /// The heading lacks these parts (`difficulty`, `minutes`).
        case headingLacks([String])
        case strayHash
        case unknownSection(String, suggestion: String?, sections: [String])
        case sectionTwice(String)
        case questionTextMissing
        case missingSection(String)
        case expectedListItem
        case expectedFollowUp
        case followUpWithoutAnswer
        case languageBlockAfterPlainText
        case textAfterBlock
        case expectedLanguageLine
        /// A ``` block never closed; `backticks` is the length of its fence.
        case unclosedFence(backticks: Int)
        case secondTextNeedsMarker
        case textGivenTwice(String)

        // MARK: Follow-ups

        /// A follow-up's `probes` names a key point the question does not have (`keyPointCount` is how many it has).
        case probeBeyondKeyPoints(Int, keyPointCount: Int)
        /// A follow-up's `probes` names the same key point twice.
        case probeListedTwice(Int)

        // MARK: Cues

        /// `keyPointCues` (or a Markdown `### Cues` item) names a key point the question does not have: the name as
        /// written, echoed, and how many points the question has.
        case cueForMissingPoint(String, keyPointCount: Int)
        /// A cue line that the cue language cannot read, with the column (in characters, from 1) and why.
        case badCue(CueSyntaxError)
        /// A Markdown `### Cues` item that is not `- N cue` or `- N [lang] cue`.
        case expectedCueItem

        // MARK: Markdown as CommonMark reads it

        /// Text after a heading's parentheses that is not a closing `#` sequence (`… #card`), echoed safely.
        case textAfterHeading(String)
        /// `##dropout`: no blank after the `#`s, so GitHub shows the line as text.
        case headingWithoutSpace
        /// `␠␠## x`: blanks before the `#`s, so dlquiz does not read the line as a heading although GitHub does.
        case indentedHeading
        /// `[en] text` on a question, answer or details line: the language line must stand alone.
        case textOnLanguageLine(String)
        /// `[EN]`: a language line in the wrong case, with the code it means.
        case languageLineNotLowercase(String, suggestion: String)
        /// A front-matter key that other tools write (`tags`, `aliases`, `cssclasses`…): kept in the file, not read.
        /// A note, not a problem.
        case frontMatterKeyIgnored(String)

        // MARK: Imports and tips

        case missingColumn(String)
        case unclosedQuote
        case expectedFrontAndBack(found: Int)
        case nothingToImport
        case tipsNotAList
        case tipWithoutTitleOrBody

        // MARK: Import warnings (the deck is still made)

        /// A note left out, and why.
        case noteSkipped(SkipReason)
        /// One card of a Cloze note left out (the note's other cards are kept).
        case clozeSkipped(number: Int, SkipReason)
        /// The note's sounds (`[sound:…]`, echoed safely) were removed: dlquiz shows text only.
        case soundsRemoved([String])
    }

    /// The line and column, when the problem has a place in the file.
    package var location: SourceLocation?
    /// The JSON path of the offending value, such as `questions[3].keyPoints[0]`; empty for the whole document.
    package var path: String
    /// What is wrong.
    package var problem: Problem

    /// Creates a diagnostic.
    package init(location: SourceLocation?, path: String, problem: Problem) {
        self.location = location
        self.path = path
        self.problem = problem
    }
}

extension JSONNode {
    /// The kind of the value, as a problem names it.
    var kind: DeckDiagnostic.ValueKind {
        switch value {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object, .deferred: .object
        }
    }
}
