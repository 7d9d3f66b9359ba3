#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizKit
import QuizStore

// The words for the errors the domain and the store report as data. Each message is shown after `Error: `.

// MARK: - Domain errors

extension QuizError {
    /// The message shown after `Error: `, naming the fix.
    var message: String {
        switch self {
        case .invalidDeck(let source, let diagnostics, let total):
            let count = total == 1 ? "a problem" : "\(total) problems"
            var lines = ["The deck '\(source)' cannot be used: it has \(count)."]
            for diagnostic in diagnostics {
                lines.append("  \(source):\(diagnostic.text)")
            }
            if total > diagnostics.count {
                lines.append("  … and \(total - diagnostics.count) more.")
            }
            lines.append("Fix the file and try again; 'dlquiz validate \(source)' checks it without starting a quiz.")
            return lines.joined(separator: "\n")
        case .unknownQuestion(let id, let suggestions):
            var text = "No question has the id '\(id)'."
            if !suggestions.isEmpty {
                text += " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            return text + " 'dlquiz list' shows every id."
        case .unknownTopic(let topic, let suggestions, let available):
            var text = "No question has the topic '\(topic)'."
            if let first = suggestions.first { text += " Did you mean '\(first)'?" }
            return text + " The topics are: " + available.joined(separator: ", ") + "."
        case .languageNotInDeck(let language, let deckLanguages):
            return "The deck has no '\(language)' text; its languages are: " + deckLanguages.joined(separator: ", ")
                + ". Choose one of them with --lang."
        case .noMatchingQuestions(let filters):
            return "No question matches \(filters). Loosen the filters; 'dlquiz list' shows what the deck has."
        }
    }
}

extension DeckDiagnostic {
    /// `line:column: path: problem`, the part after the file name.
    var text: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if !path.isEmpty { parts.append(path) }
        switch problem {
        case .described(let clause):
            parts.append(clause)
        case .unknownSchemaVersion(let found, let supported):
            parts.append("unknown schemaVersion \(found); this version of dlquiz reads schemaVersion \(supported)")
        }
        return parts.joined(separator: ": ")
    }
}

// MARK: - Files the domain reads

extension ScorecardReadError {
    /// Why a scorecard file cannot be used, as a clause.
    var reason: String {
        switch self {
        case .notAScorecard: "it is not a dlquiz scorecard"
        case .unknownFormatVersion: "it has an unknown format version; a newer dlquiz may have written it"
        case .malformed(let reason): reason
        }
    }
}

extension ScorecardStore.Problem {
    /// Why the file was skipped, as a clause.
    var reason: String {
        switch cause {
        case .unreadable: "it cannot be read"
        case .invalid(let error): error.reason
        }
    }
}

extension ProgressProblem: CustomStringConvertible {
    /// `line 12: reason`.
    public var description: String { "line \(line): \(reason)" }

    /// Why the line was skipped, as a clause.
    var reason: String {
        let clause = switch cause {
        case .malformed(let clause): clause
        case .unknownFormatVersion(let version):
            "format version \(version) is not one this dlquiz reads (written by a newer version?)"
        }
        return isIncompleteLastLine ? "the last line is incomplete (an interrupted write?): " + clause : clause
    }
}

// MARK: - Store errors

extension StoreError {
    /// The message shown after `Error: `, naming the fix.
    var message: String {
        switch operation {
        case .read: "Cannot read '\(path)': \(reason). Check the path and its permissions."
        case .write: "Cannot write '\(path)': \(reason). Check that the folder exists and is writable."
        }
    }

    /// Why it failed, as a lowercase clause ("permission denied", "it is a folder, not a file").
    var reason: String {
        switch cause {
        case .system(let code): Self.describe(errno: code)
        case .missing: "no such file"
        case .isFolder: "it is a folder, not a file"
        case .isFile: "it is a file, not a folder"
        case .folderNotCreated(let code): "the folder cannot be created (\(Self.describe(errno: code)))"
        case .noTemporaryName: "no free name for a temporary file"
        case .namesTaken(let baseName, let lastSuffix):
            "every name from '\(baseName)' to '\(baseName)-\(lastSuffix)' is taken"
        }
    }

    /// The system's text for an `errno`, lowercased ("no such file or directory").
    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
