import QuizKit
import QuizStore

/// The deck `dlquiz new` writes: two questions and notes on the format, in the interface language, with ids taken
/// from the file's name so that no two new decks share a deck id or a question id (progress is kept by both).
struct StarterDeck {
    /// The deck id: `Deck.identifier(forName:)` of the file's name without its extension.
    var id: String
    /// The file's name as the notes' check command gives it, quoted for the shell.
    var shownFileName: String
    /// Japanese rather than English.
    var isJapanese: Bool

    /// The starter for the file at `path` (`-` for standard output) in the interface language of `strings`.
    init(path: String, strings: UIStrings) {
        let name = String(path.split(separator: "/").last ?? "")
        let stem = DeckLibrary.stem(name)
        id = Deck.identifier(forName: stem.isEmpty || path == "-" ? "my-deck" : stem)
        shownFileName = path == "-" ? "FILE.md" : ShellQuoting.quoted(name)
        isJapanese = strings.isJapanese
    }

    /// The starter as a Markdown deck.
    var markdown: String {
        (isJapanese ? Self.japanese : Self.english)
            .replacing("{id}", with: id)
            .replacing("{file}", with: shownFileName)
    }

    // MARK: The texts

    /// `{id}` is the deck id (each question's id starts with it), `{file}` the file's name.
    static let english = """
        ---
        id: {id}
        title: My deck
        languages: [en]
        topics:
          basics: Basics
        ---

        # My deck

        Notes for you (dlquiz skips everything above the first "## " heading):

        - Each question starts with "## id (topic, difficulty 1 to 3, minutes)". The id is kebab-case and keeps your
          progress, so change the text freely but keep the id.
        - The question text follows the heading; "### Answer" holds the model answer (paragraphs and "- " lists).
        - "### Key points" lists up to 8 one-line points a good answer covers; you tick the ones you covered. Leave
          the section out and the question is a plain flashcard: you grade it directly (again, hard, good, easy).
        - Optional sections: "### Follow-ups" ("- Q: …" and an indented "A: …"), "### References", "### Details".
        - Check the file with: dlquiz validate {file}

        ## {id}-overfitting (basics, difficulty 1, 2 min)

        What is overfitting, and how do you notice it?

        ### Answer

        The model learns the training data, noise included, instead of the pattern behind it.

        - Training loss keeps falling while validation loss rises.
        - More data, regularization and early stopping help.

        ### Key points

        - Fits noise in the training data
        - Training and validation loss diverge
        - Regularization, more data or early stopping

        ### Follow-ups

        - Q: What is the opposite problem called?
          A: Underfitting: the model is too simple to fit even the training data.

        ## {id}-learning-rate (basics, difficulty 1, 1 min)

        What does the learning rate control?

        ### Answer

        The size of each step the optimizer takes along the negative gradient.

        """

    static let japanese = """
        ---
        id: {id}
        title: 自分のデッキ
        languages: [ja]
        topics:
          basics: 基礎
        ---

        # 自分のデッキ

        メモ（最初の "## " の見出しより上は、dlquiz が読み飛ばします）:

        - 質問は "## id (topic, difficulty 1 to 3, minutes)" の形の見出しで始めます。見出しと "### " の節の名前は
          英語のまま書きます。id は kebab-case で記録の引き継ぎに使うので、本文は自由に直しても id は変えないでください。
        - 見出しの次に質問文を書き、"### Answer" に模範解答（段落と "- " の箇条書き）を書きます。
        - "### Key points" には、よい答えが押さえる 1 行のポイントを 8 個まで並べます。答えたあと、押さえたものに
          印を付けます。この節を省くとフラッシュカードになり、直接評価します（again、hard、good、easy）。
        - 省略できる節: "### Follow-ups"（"- Q: …" と字下げした "A: …"）、"### References"、"### Details"。
        - ファイルの確認: dlquiz validate {file}

        ## {id}-overfitting (basics, difficulty 1, 2 min)

        過学習とは何ですか。どうすれば気づけますか。

        ### Answer

        モデルが、データの背後にあるパターンではなく、ノイズまで含めた訓練データそのものを覚えてしまうことです。

        - 訓練損失は下がり続けるのに、検証損失が上がります。
        - データを増やす、正則化、早期終了が効きます。

        ### Key points

        - 訓練データのノイズまで当てはめる
        - 訓練損失と検証損失が離れていく
        - 正則化、データの追加、早期終了

        ### Follow-ups

        - Q: 反対の問題は何と呼びますか。
          A: 未学習（アンダーフィッティング）です。モデルが単純すぎて、訓練データにさえ合いません。

        ## {id}-learning-rate (basics, difficulty 1, 1 min)

        学習率は何を決めますか。

        ### Answer

        オプティマイザが勾配の逆方向へ進む 1 歩の大きさです。

        """
}
