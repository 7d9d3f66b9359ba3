/// One problem found in a deck file: where it is and what is wrong, as data; the command line words it.
public struct DeckDiagnostic: Sendable, Hashable {
    /// The kind of a JSON value, as a problem names what it found.
    public enum ValueKind: Sendable, Hashable {
        case null, boolean, number, string, array, object
    }

    /// What was found where a number was expected.
    public enum Found: Sendable, Hashable {
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
    public enum UnicodeEncoding: Sendable, Hashable {
        case utf16BigEndian, utf16LittleEndian, utf32BigEndian, utf32LittleEndian
    }

    /// The JSON object a problem expected.
    public enum ObjectRole: Sendable, Hashable {
        case deck, question, followUp, topicNames
    }

    /// Where the first question with a duplicate id is, in the file's own terms.
    public enum FirstUse: Sendable, Hashable {
        /// A JSON path such as `questions[0]`.
        case path(String)
        /// The line of a Markdown question's heading.
        case line(Int)
    }

    /// What is wrong, one case per kind of problem with the values its message needs; the command line words each
    /// case in English and Japanese (QuizCLI's `DeckDiagnosticWords.swift`). Texts from the file (ids, keys, codes)
    /// are carried echoed: controls escaped, length capped.
    public enum Problem: Sendable, Hashable {
        // MARK: Any format

        /// A `schemaVersion` other than the one this version of the program reads.
        case unknownSchemaVersion(found: Int, supported: Int)
        /// The file is saved in another Unicode encoding.
        case notUTF8(encoding: UnicodeEncoding)
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

        // MARK: Imports and tips

        case missingColumn(String)
        case unclosedQuote
        case expectedFrontAndBack(found: Int)
        case nothingToImport
        case tipsNotAList
        case tipWithoutTitleOrBody
    }

    /// The line and column, when the problem has a place in the file.
    public var location: SourceLocation?
    /// The JSON path of the offending value, such as `questions[3].keyPoints[0]`; empty for the whole document.
    public var path: String
    /// What is wrong.
    public var problem: Problem

    /// Creates a diagnostic.
    public init(location: SourceLocation?, path: String, problem: Problem) {
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
        case .object: .object
        }
    }
}
