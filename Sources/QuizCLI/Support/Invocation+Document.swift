import QuizKit

extension Invocation {
    /// Where `--output` sends the command's document.
    var documentDestination: DocumentDestination {
        DocumentDestination(option: arguments.value("output"))
    }

    /// Renders a document and sends it to `--output FILE`, saying so on standard output, or to standard output.
    ///
    /// `questions` and `language` only word the confirmation: "Wrote 12 questions to sheet.html."
    func deliverDocument(questions: Int, language: String, _ render: () throws -> String) throws {
        let destination = documentDestination
        try destination.deliver(to: context.output, render)
        if case .file(let path) = destination {
            context.output.line(UIStrings(language: language).wroteDocument(questions: questions, path: path))
        }
    }
}
