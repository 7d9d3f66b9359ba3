import Testing

/// A broken deck says where, and exits 65.
@Suite struct DeckErrorTests {
    @Test func aBrokenDeckNamesFileLineAndColumn() throws {
        let harness = try CLIHarness()
        let path = try harness.write(
            "broken.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"questions\": [}\n")
        let result = harness.run(["quiz", "--deck", path])
        #expect(result.status == 65)
        #expect(result.error.unwrappedContains("\(path):4:17: JSON syntax error: unexpected '}'"), "\(result.error)")
        #expect(harness.progressLines().isEmpty)
    }

    @Test func validateReportsEveryProblem() throws {
        let harness = try CLIHarness()
        let path = try harness.write(
            "deck.json",
            """
            {"schemaVersion": 1, "id": "mine", "title": "Mine", "languages": ["en"], "questions": [
              {"id": "a", "topic": "t", "difficulty": 4, "minutes": 2, "question": "Q?", "answer": "A.",
               "keyPoints": ["one", "two", ""]},
              {"id": "a", "topic": "t", "difficulty": 1, "minutes": 2, "question": "Q?", "answer": "A.",
               "keyPoints": ["one", "two", "three"]}
            ]}
            """)
        let result = harness.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.error.contains("it has 3 problems"))
        #expect(
            result.error.unwrappedContains(
                "\(path):2:43: questions[0].difficulty: expected a whole number from 1 to 3, found 4"),
            "\(result.error)")
        #expect(
            result.error.unwrappedContains("\(path):3:32: questions[0].keyPoints[2]: the text is empty"),
            "\(result.error)")
        #expect(result.error.unwrappedContains("\(path):4:10: questions[1].id: duplicate id 'a'"), "\(result.error)")
    }

    @Test func aValidDeckPasses() throws {
        let harness = try CLIHarness()
        let path = try harness.write(
            "deck.json",
            """
            {"schemaVersion": 1, "id": "mine", "title": "Mine", "languages": ["en"], "questions": [
              {"id": "a", "topic": "t", "difficulty": 3, "minutes": 2, "question": "Q?", "answer": "A.",
               "keyPoints": ["one", "two", "three"]}]}
            """)
        let result = harness.run(["validate", path])
        #expect(result.status == 0)
        #expect(
            result.output.unwrappedEquals(
                "OK: '\(path)' is a valid deck: id 'mine', 1 question, 1 topic, languages en.\n"))
    }

    @Test func aMissingDeckFileIsAnErrorNotADataError() throws {
        let result = try CLIHarness().run(["list", "--deck", "/nonexistent/deck.json"])
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot read '/nonexistent/deck.json': no such file. Check the path and its permissions.\n"))
    }
}
