/// A study sheet in CommonMark that renders cleanly on GitHub: a table of contents linking to each question, the
/// answers' lists and code kept, and the key points as task-list items.
///
/// Each question heading carries an explicit anchor named after the question's id, so the contents' links work
/// whatever the heading's text and whichever renderer makes its own heading ids.
package struct MarkdownSheetRenderer: SheetRenderer {
    /// Creates a renderer.
    package init() {}

    /// The sheet as a CommonMark document.
    package func render(_ sheet: StudySheet) -> String {
        var parts = ["# " + MarkdownMarkup.inline(sheet.title), MarkdownMarkup.escaped(sheet.summary)]
        if sheet.showsAnswers {
            parts.append("## " + MarkdownMarkup.escaped(sheet.labels.contents))
            parts.append(contents(sheet))
        }
        for (offset, question) in sheet.questions.enumerated() {
            parts += questionParts(question, number: offset + 1, in: sheet)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func contents(_ sheet: StudySheet) -> String {
        sheet.questions.enumerated().map { offset, question in
            "\(offset + 1). [" + MarkdownMarkup.inline(sheet.text(question.question))
                + "](#\(StudySheet.anchor(of: question)))"
        }.joined(separator: "\n")
    }

    private func questionParts(_ question: Question, number: Int, in sheet: StudySheet) -> [String] {
        let heading =
            "## <a id=\"\(StudySheet.anchor(of: question))\"></a>\(number). "
            + MarkdownMarkup.inline(sheet.text(question.question))
        var parts = [heading, "*" + MarkdownMarkup.escaped(sheet.metaLine(question)) + "*"]
        guard sheet.showsAnswers else { return parts }
        if let oneMinuteAnswer = question.oneMinuteAnswer {
            parts += [subheading(sheet.labels.oneMinuteAnswer), MarkdownMarkup.blocks(sheet.text(oneMinuteAnswer))]
        }
        parts += [subheading(sheet.labels.modelAnswer), MarkdownMarkup.blocks(sheet.text(question.answer))]
        if let details = question.details {
            parts += [subheading(sheet.labels.details), MarkdownMarkup.blocks(sheet.text(details))]
        }
        if !question.keyPoints.isEmpty {
            parts += [
                subheading(sheet.labels.keyPoints),
                question.keyPoints.map { "- [ ] " + MarkdownMarkup.inline(sheet.text($0)) }.joined(separator: "\n"),
            ]
        }
        if !question.followUps.isEmpty {
            parts.append(subheading(sheet.labels.followUps))
            parts += question.followUps.map { followUp in
                "- **" + MarkdownMarkup.inline(sheet.text(followUp.question)) + "**\n\n"
                    + MarkdownMarkup.blocks(sheet.text(followUp.answer), indent: "  ")
            }
        }
        if !question.references.isEmpty {
            parts.append(subheading(sheet.labels.references))
            parts.append(
                question.references.map { "- " + MarkdownMarkup.inline(sheet.text($0)) }.joined(separator: "\n"))
        }
        return parts
    }

    private func subheading(_ text: String) -> String {
        "### " + MarkdownMarkup.escaped(text)
    }
}
