/// Folds text so that what a person types finds what a deck says: fullwidth forms as ASCII (`Ｂａｓｉｃｓ` reads
/// `basics`), Latin accents dropped (`José` reads `jose`; marks on other scripts, such as Japanese voicing marks,
/// stay), and case ignored. Candidate names in file names, topic names and searches fold alike.
enum TextFolding {
    /// The form two texts are compared in.
    static func searchKey(_ text: some StringProtocol) -> String {
        withoutLatinAccents(String(text).foldingFullwidthForms).lowercased()
    }

    /// The text with Latin accents removed: precomposed letters through a table, combining marks where they follow
    /// an ASCII letter. Marks on other scripts, such as Japanese voicing marks, stay.
    static func withoutLatinAccents(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousIsASCIILetter = false
        for scalar in text.unicodeScalars {
            let isMark = scalar.properties.generalCategory == .nonspacingMark
            if isMark && previousIsASCIILetter { continue }
            let plain = latinBaseLetters[scalar] ?? scalar
            scalars.append(plain)
            if !isMark { previousIsASCIILetter = plain.isASCII && plain.properties.isAlphabetic }
        }
        return String(scalars)
    }

    /// Precomposed Latin letters (Latin-1 Supplement, Latin Extended-A and -B) and their unaccented base letters.
    private static let latinBaseLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let accented =
            "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ"
        let plain =
            "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy"
        return Dictionary(uniqueKeysWithValues: zip(accented.unicodeScalars, plain.unicodeScalars))
    }()
}
