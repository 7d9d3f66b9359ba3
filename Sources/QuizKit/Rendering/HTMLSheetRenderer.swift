/// A study sheet as one self-contained HTML5 file: inline CSS, no scripts, and nothing fetched from anywhere.
///
/// The page has a `lang` attribute, semantic headings and lists, a table of contents, and a print stylesheet
/// (`HTMLSheetStyle`) for A4 and Letter paper. Every text from the deck is escaped with `HTMLText`.
package struct HTMLSheetRenderer: SheetRenderer {
    /// Whether each answer (with its key points, follow-ups and references) is folded in a `<details>` element, to
    /// self-test on screen. Printing unfolds it.
    var foldsAnswers: Bool

    /// Creates a renderer.
    package init(foldsAnswers: Bool = false) {
        self.foldsAnswers = foldsAnswers
    }

    /// The sheet as an HTML5 document.
    package func render(_ sheet: StudySheet) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTMLText.escaped(sheet.language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"dlquiz\">",
            "<title>\(HTMLText.escaped(sheet.title))</title>",
            "<style>", HTMLSheetStyle.css + (foldsAnswers ? "\n" + HTMLSheetStyle.foldedAnswersCSS : ""), "</style>",
            "</head>",
            "<body>",
            "<header class=\"sheet-header\">",
            "<h1>\(HTMLMarkup.inline(sheet.title))</h1>",
            "<p class=\"summary\">\(HTMLText.escaped(sheet.summary))</p>",
            "</header>",
        ]
        if sheet.showsAnswers {
            lines += contents(sheet)
        }
        lines.append("<main\(sheet.showsAnswers ? "" : " class=\"questions-only\"")>")
        for (offset, question) in sheet.questions.enumerated() {
            lines += article(question, number: offset + 1, in: sheet)
        }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id of a question's article, escaped like every attribute value.
    private static func anchor(of question: Question) -> String {
        HTMLText.escaped(StudySheet.anchor(of: question))
    }

    private func contents(_ sheet: StudySheet) -> [String] {
        [
            "<nav class=\"contents\" aria-labelledby=\"contents-heading\">",
            "<h2 id=\"contents-heading\">\(HTMLText.escaped(sheet.labels.contents))</h2>", "<ol>",
        ]
            + sheet.questions.map { question in
                "<li><a href=\"#\(Self.anchor(of: question))\">\(HTMLMarkup.inline(sheet.text(question.question)))</a></li>"
            }
            + ["</ol>", "</nav>"]
    }

    private func article(_ question: Question, number: Int, in sheet: StudySheet) -> [String] {
        var lines = [
            "<article class=\"question\" id=\"\(Self.anchor(of: question))\">",
            "<header>",
            "<h2><span class=\"number\">\(number).</span> \(HTMLMarkup.inline(sheet.text(question.question)))</h2>",
            "<p class=\"meta\">\(HTMLText.escaped(sheet.metaLine(question)))</p>",
            "</header>",
        ]
        if sheet.showsAnswers {
            lines += answerParts(question, in: sheet)
        }
        lines.append("</article>")
        return lines
    }

    /// The one-minute answer, model answer, details, key points, follow-ups and references; folded together in
    /// `<details>` when asked, so that nothing of the answer shows until the reader opens it.
    private func answerParts(_ question: Question, in sheet: StudySheet) -> [String] {
        var parts: [String] = []
        if let oneMinuteAnswer = question.oneMinuteAnswer {
            parts += section(
                "one-minute-answer", sheet.labels.oneMinuteAnswer,
                body: [HTMLMarkup.blocks(sheet.text(oneMinuteAnswer))])
        }
        let answer = HTMLMarkup.blocks(sheet.text(question.answer))
        // Folded without a one-minute answer, the summary names the answer, so it needs no heading of its own.
        parts +=
            foldsAnswers && question.oneMinuteAnswer == nil
            ? [answer] : section("model-answer", sheet.labels.modelAnswer, body: [answer])
        if let details = question.details {
            parts += section("details", sheet.labels.details, body: [HTMLMarkup.blocks(sheet.text(details))])
        }
        if !question.keyPoints.isEmpty {
            parts += section("key-points", sheet.labels.keyPoints, body: keyPoints(question, in: sheet))
        }
        if !question.followUps.isEmpty {
            parts += section("follow-ups", sheet.labels.followUps, body: followUps(question, in: sheet))
        }
        if !question.references.isEmpty {
            let items = question.references.map { "<li>" + HTMLMarkup.inline(sheet.text($0)) + "</li>" }
            parts += section("references", sheet.labels.references, body: ["<ul>"] + items + ["</ul>"])
        }
        guard foldsAnswers else { return parts }
        return ["<details class=\"answer\">", "<summary>\(HTMLText.escaped(sheet.labels.modelAnswer))</summary>"]
            + parts + ["</details>"]
    }

    private func keyPoints(_ question: Question, in sheet: StudySheet) -> [String] {
        ["<ul class=\"checklist\">"]
            + question.keyPoints.map { point in
                "<li><label><input type=\"checkbox\"> <span>\(HTMLMarkup.inline(sheet.text(point)))</span></label></li>"
            }
            + ["</ul>"]
    }

    private func followUps(_ question: Question, in sheet: StudySheet) -> [String] {
        ["<dl>"]
            + question.followUps.flatMap { followUp in
                [
                    "<dt>\(HTMLMarkup.inline(sheet.text(followUp.question)))</dt>",
                    "<dd>\(HTMLMarkup.blocks(sheet.text(followUp.answer)))</dd>",
                ]
            }
            + ["</dl>"]
    }

    /// A titled part of a question's article.
    private func section(_ className: String, _ heading: String, body: [String]) -> [String] {
        ["<section class=\"\(className)\">", "<h3>\(HTMLText.escaped(heading))</h3>"] + body + ["</section>"]
    }
}
