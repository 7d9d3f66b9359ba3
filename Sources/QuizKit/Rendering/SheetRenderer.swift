/// A format of study sheet: turns a sheet into the text of a document. A new format is one new conforming type.
package protocol SheetRenderer: Sendable {
    /// The document, ending with a newline.
    func render(_ sheet: StudySheet) -> String
}
