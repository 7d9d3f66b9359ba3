import FoundationEssentials
import QuizKit

/// Writes a scorecard as a Markdown document to read and share: a header with the totals, a summary table, then one
/// section per question with the key points ticked, the follow-ups and the notes.
///
/// Everything a person typed (the name, the notes) is escaped with `MarkdownMarkup`, so it shows as typed and can
/// neither format the document nor inject HTML; deck text keeps its `code` spans.
struct ScorecardMarkdownRenderer {
    let strings: UIStrings
    /// The dlquiz version named in the footer.
    let version: String
    /// `--deck` as the user gave it (nil for the bundled deck), so the footer's command asks the same deck.
    var deckArgument: String? = nil

    func render(_ scorecard: Scorecard) -> String {
        var lines: [String] = []
        let candidate = MarkdownMarkup.escaped(scorecard.candidate)
        lines.append("# " + strings.scorecardTitle(candidate: candidate))
        lines.append("")
        lines += overview(scorecard)
        lines.append("")
        lines.append("## " + strings.summaryHeading)
        lines.append("")
        lines += summaryTable(scorecard)
        // Sections for the questions asked, and for those skipped with a note that says why.
        for (offset, entry) in scorecard.questions.enumerated()
        where entry.status == .asked || (entry.status == .skipped && !entry.notes.isEmpty) {
            lines.append("")
            lines += section(entry, number: offset + 1)
        }
        lines.append("")
        lines.append("---")
        lines.append("")
        lines.append(
            "*"
                + strings.scorecardFooter(
                    version: version, command: Self.codeSpan(repeatCommand(scorecard)), seed: scorecard.seed) + "*")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The command that asks the same questions of the same deck in the same interface language (a Japanese
    /// scorecard's says --lang ja); the deck's name is quoted for the shell, as the user gave it.
    func repeatCommand(_ scorecard: Scorecard) -> String {
        var words = [
            "dlquiz", "interview", "--ids", ShellQuoting.quoted(scorecard.questions.map(\.id).joined(separator: ",")),
        ]
        if let deckArgument { words += ["--deck", ShellQuoting.quoted(deckArgument)] }
        if strings.isJapanese { words += ["--lang", "ja"] }
        return words.joined(separator: " ")
    }

    /// A CommonMark code span that shows `code` exactly, whatever backticks it holds: fenced with one backtick more
    /// than its longest run, and padded with a space when it starts or ends with a backtick or a space.
    static func codeSpan(_ code: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = code.first == "`" || code.last == "`" || (code.first == " " && code.last == " ")
        return padded ? fence + " " + code + " " + fence : fence + code + fence
    }

    private func overview(_ scorecard: Scorecard) -> [String] {
        let asked = scorecard.asked.count
        let skipped = scorecard.questions.filter { $0.status == .skipped }.count
        var items = [
            (strings.dateLabel, timeSpan(scorecard)),
            (
                strings.keyPointsCoveredLabel,
                scorecard.scored.isEmpty
                    ? "–"
                    : strings.scorecardCoverage(
                        fraction: scorecard.fraction, asked: scorecard.scored.count)
            ),
            (
                strings.questionsLabel,
                strings.questionCounts(
                    asked: asked, skipped: skipped, notAsked: scorecard.questions.count - asked - skipped)
            ),
        ]
        if scorecard.followUpsAsked > 0 {
            items.append(
                (strings.followUpsWellLabel, strings.countOf(scorecard.followUpsAnsweredWell, scorecard.followUpsAsked))
            )
        }
        items.append((strings.timeOnQuestionsLabel, strings.clock(scorecard.seconds)))
        items.append(
            (
                strings.deckLabel,
                MarkdownMarkup.escaped(scorecard.deckTitle) + " (`\(scorecard.deckID)`, \(scorecard.language))"
            ))
        return items.map { "- **\($0.0):** \($0.1)" }
    }

    /// `2026-11-23, 09:00–09:47 (UTC+09:00)`, both dates when the interview crossed midnight.
    private func timeSpan(_ scorecard: Scorecard) -> String {
        let start = localParts(scorecard.started, offset: scorecard.utcOffset)
        let end = localParts(scorecard.ended, offset: scorecard.utcOffset)
        let span =
            start.date == end.date
            ? "\(start.date), \(start.time)–\(end.time)" : "\(start.date) \(start.time) – \(end.date) \(end.time)"
        return span + " (" + utcOffsetText(scorecard.utcOffset) + ")"
    }

    private func summaryTable(_ scorecard: Scorecard) -> [String] {
        var rows = [
            "| # | \(strings.questionLabel) | \(strings.topicLabel) | \(strings.columnLevel) | \(strings.columnKeyPoints) | \(strings.columnTime) | \(strings.columnFollowUpsWell) |",
            "|--:|---|---|:-:|--:|--:|:-:|",
        ]
        for (offset, entry) in scorecard.questions.enumerated() {
            let question = MarkdownMarkup.inline(entry.question, inTableCell: true)
            var cells = [
                "\(offset + 1)", question, MarkdownMarkup.escaped(entry.topicName, inTableCell: true),
                "\(entry.difficulty)",
            ]
            switch entry.status {
            case .asked:
                cells.append(
                    entry.keyPoints.isEmpty
                        ? "–" : "\(entry.coveredCount)/\(entry.keyPoints.count) (\(strings.percent(entry.coverage)))")
                cells.append(strings.elapsedOfSuggested(entry.seconds, suggested: entry.suggestedSeconds))
                let asked = entry.followUps.filter { $0.result.wasAsked }.count
                cells.append(
                    asked == 0 ? "–" : "\(entry.followUps.filter { $0.result == .answeredWell }.count)/\(asked)")
            case .skipped:
                cells += ["*" + strings.skippedStatus + "*", "", ""]
            case .notAsked:
                cells += ["*" + strings.notAskedMark + "*", "", ""]
            }
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !scorecard.asked.isEmpty {
            let followUps =
                scorecard.followUpsAsked == 0
                ? "–" : "**\(scorecard.followUpsAnsweredWell)/\(scorecard.followUpsAsked)**"
            rows.append(
                "| | **\(strings.totalLabel)** | | | \(scorecard.scored.isEmpty ? "–" : "**" + strings.percent(scorecard.fraction) + "**") | **\(strings.clock(scorecard.seconds))** | \(followUps) |"
            )
        }
        return rows
    }

    private func section(_ entry: Scorecard.Entry, number: Int) -> [String] {
        var lines = ["## \(number). " + MarkdownMarkup.inline(entry.question), ""]
        lines.append(
            "*"
                + strings.questionMeta(
                    topic: MarkdownMarkup.escaped(entry.topicName), difficulty: entry.difficulty,
                    seconds: entry.status == .asked ? entry.seconds : nil, suggested: entry.suggestedSeconds) + "*")
        lines.append("")
        if entry.status == .skipped {
            lines.append(strings.skippedNotAsked)
        } else if !entry.keyPoints.isEmpty {
            lines.append(
                "**" + strings.keyPointsCovered(entry.coveredCount, of: entry.keyPoints.count, fraction: entry.coverage)
                    + "**")
            lines.append("")
            for point in entry.keyPoints {
                lines.append("- [\(point.isCovered ? "x" : " ")] " + MarkdownMarkup.inline(point.text))
            }
        }
        let followUps = entry.followUps.filter { $0.result.wasAsked }
        if !followUps.isEmpty {
            lines += (lines.last == "" ? [] : [""]) + ["**" + strings.followUpsLabel + "**", ""]
            for followUp in followUps {
                lines.append(
                    "- " + strings.followUpResult(followUp.result) + ": " + MarkdownMarkup.inline(followUp.question))
            }
        }
        if !entry.notes.isEmpty {
            lines += ["", "**" + strings.notesLabel + "**", ""]
            for note in entry.notes {
                // A note of several lines (a paste of what the candidate said) keeps its lines: each escaped on its
                // own, joined by hard line breaks inside the list item.
                let noteLines = note.split(whereSeparator: \.isNewline).map { MarkdownMarkup.escaped(String($0)) }
                lines.append("- " + noteLines.filter { !$0.isEmpty }.joined(separator: "\\\n  "))
            }
        }
        return lines
    }

    private func localParts(_ date: Date, offset: Int) -> (date: String, time: String) {
        let stamp = Timestamp.string(from: date + TimeInterval(offset))
        return (String(stamp.prefix(10)), String(stamp.dropFirst(11).prefix(5)))
    }

    private func utcOffsetText(_ offset: Int) -> String {
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let hours = minutes / 60
        let rest = minutes % 60
        return "UTC" + (offset < 0 ? "−" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "")
            + "\(rest)"
    }
}
