@testable import QuizCLI
@testable import QuizKit

extension QuizError {
    /// The deck diagnostics as `source:line:column: path: problem` lines (the command line words them the same
    /// way); other errors as their debug description.
    var diagnosticLines: String {
        guard case .invalidDeck(let source, let diagnostics, let total) = self else { return "\(self)" }
        let lines = diagnostics.map { diagnostic in
            let problem = diagnostic.problem.words.english
            return "\(source):"
                + [diagnostic.location?.description, diagnostic.path.isEmpty ? nil : diagnostic.path, problem]
                .compactMap { $0 }.joined(separator: ": ")
        }
        return (["\(total) problem\(total == 1 ? "" : "s")"] + lines).joined(separator: "\n")
    }
}
