import Testing

@testable import QuizKit

/// The language pieces of the matcher, each with examples: stemming and spellings, folding, Japanese segmentation,
/// the lexicon, negation and contrast.
@Suite struct MatcherLanguageTests {
    /// The features of a text, with ¬ for negated and × for set-aside units.
    static func features(_ text: String) -> [String] {
        AnalyzedText(text).units.filter(\.isContent).map {
            $0.feature + ($0.negated ? "¬" : "") + ($0.excluded ? "×" : "")
        }
    }

    // MARK: Stemming

    @Test(arguments: [
        ("normalizes", "normaliz"), ("normalized", "normaliz"), ("normalizing", "normaliz"),
        ("normalization", "normaliz"), ("normalisation", "normaliz"), ("normalise", "normaliz"),
        ("saturated", "satur"), ("saturation", "satur"), ("saturates", "satur"),
        ("embeddings", "embed"), ("embedding", "embed"), ("stopped", "stop"), ("running", "run"),
        ("sensitivity", "sensitiv"), ("sensitive", "sensitiv"), ("calibrated", "calibr"), ("calibration", "calibr"),
        ("bias", "bias"), ("biases", "bias"), ("loss", "loss"), ("needs", "need"), ("needed", "need"),
        ("behaviour", "behavior"), ("neighbours", "neighbor"), ("modelling", "model"), ("labelled", "label"),
        ("analyse", "analyz"), ("centre", "center"), ("layer", "layer"), ("parameters", "parameter"),
    ])
    func stemsMeetAcrossInflectionsAndBritishSpellings(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    // MARK: Folding

    @Test func foldingMakesFullwidthHalfwidthCaseAndGreekMeet() {
        #expect(String(String.UnicodeScalarView(FoldedText("ＢＮ").scalars)) == "bn")
        #expect(String(String.UnicodeScalarView(FoldedText("ﾊﾞｯﾁ").scalars)) == "バッチ")
        #expect(String(String.UnicodeScalarView(FoldedText("γ/β").scalars)) == " gamma / beta ")
        #expect(String(String.UnicodeScalarView(FoldedText("a → b ≈ c").scalars)) == "a -> b ≈ c")
        #expect(String(String.UnicodeScalarView(FoldedText("x̂ − μ").scalars)) == "x -  mu ")
    }

    @Test func evidenceRangesPointIntoTheOriginalText() {
        let text = AnalyzedText("ＢＮは γ を学習する")
        let unit = text.units.first { $0.feature == "c:batchnorm" }!
        #expect(text.originalRange(keys: unit.keys) == 0..<6)  // the six bytes of "ＢＮ"
    }

    // MARK: Japanese without word boundaries

    @Test func japaneseRunsBecomeConceptsAndCharacterBigrams() {
        // 移動平均 is a term of the lexicon; 蓄え (store) too; 学習中 (training); the rest are kanji bigrams.
        #expect(
            Self.features("推論時は学習中に蓄えた移動平均を使う") == [
                "c:inference", "c:training", "c:store", "c:running-average", "u:使",
            ])
        #expect(
            Self.features("分散学習のアーキテクチャ") == ["c:variance", "b:学習", "b:アー", "b:ーキ", "b:キテ", "b:テク", "b:クチ", "b:チャ"])
    }

    @Test(arguments: ["BN", "BatchNorm", "batch norm", "batch normalization", "Batch Normalisation", "バッチ正規化", "ＢＮ"])
    func katakanaEnglishAndAbbreviationsAreOneConcept(form: String) {
        #expect(Self.features(form) == ["c:batchnorm"])
    }

    @Test func symbolsOfTheFieldReadAsConcepts() {
        #expect(Self.features("lr < 2/λ_max") == ["c:learning-rate", "c:below", "n:2", "c:divide", "c:lambda-max"])
        #expect(Self.features("iters/epoch = ceil(N/B)").contains("f:n/b"))
        #expect(!Self.features("B divided by N").contains("f:n/b"))
        #expect(Self.features("B divided by N").contains("f:b/n"))
    }

    // MARK: Negation and contrast

    @Test(arguments: [
        ("it does not depend on the batch size", "c:depend¬"),
        ("BN doesnt depend on the batch", "c:depend¬"),
        ("label noise that no model can get rid of", "c:remove¬"),
        ("the noise is irreducible", "c:remove¬"),
        ("the layer isnt stuck at mean 0", "c:fixed¬"),
        ("ReLU has no saturation on that side", "c:saturate¬"),
        ("ROC hardly moves with prevalence", "c:move¬"),
        ("バッチサイズに依存しない", "c:depend¬"),
        ("推論時も特に何も変わらず", "c:change¬"),
        ("移動平均は持っていません", "c:store¬"),
        ("正則化は不要", "c:need¬"),
    ])
    func negationReachesThePredicateItNegates(text: String, negated: String) {
        #expect(Self.features(text).contains(negated))
    }

    @Test func negationStaysInsideItsClause() {
        // "not" negates "depend"; after the comma, "changes" is asserted.
        #expect(Self.features("it does not depend on the input, but the output changes").contains("c:change"))
        #expect(Self.features("保存しないのでメモリは使いません") == ["c:store¬", "b:メモ", "b:モリ", "u:使¬"])
    }

    @Test func aNegatedNeedNegatesWhatIsNeeded() {
        // "You don't need to keep X" does not keep X; a hyphen-split prefix takes its verb along.
        #expect(Self.features("you dont need to keep the activations") == ["c:need¬", "c:keep¬", "c:activation"])
        #expect(Self.features("no need to retain them").contains("c:keep¬"))
        #expect(Self.features("BN doesn't need re-estimating").suffix(2) == ["w:re¬", "w:estim¬"])
        // 「再推定する必要はない」: every character pair of the word before 必要.
        #expect(Self.features("再推定する必要はない") == ["b:再推¬", "b:推定¬", "c:need¬"])
        // Only a need passes its negation on.
        #expect(Self.features("it does not depend on the batch size").contains("c:batch-size"))
        #expect(Self.features("バッチサイズに依存しない").first == "c:batch-size")
    }

    @Test func anElidedPredicateIsNegatedAgain() {
        // "depends on A, not on B": the negation repeats "depends".
        let features = Self.features("parameters depend on the kernel, not on the input size")
        #expect(features.contains("c:depend") && features.contains("c:depend¬"))
    }

    @Test func contrastSetsAPhraseAside() {
        #expect(
            Self.features("up-weight the minority class rather than penalizing the majority").suffix(2) == [
                "w:penaliz×", "c:majority×",
            ])
        #expect(Self.features("the running averages instead of the batch statistics").contains("c:statistics×"))
        // "X worked better than Y" offers X, not Y.
        let better = Self.features("class weights in the loss worked better than oversampling")
        #expect(better.last?.hasSuffix("×") == true)
        #expect(better.first?.hasSuffix("×") == false)
        #expect(
            Self.features("not the batch statistics but the running averages") == [
                "c:batch×", "c:statistics×", "c:running-average",
            ])
        // 「X ではなく Y」 sets X aside but keeps the topic before は.
        #expect(
            Self.features("推論時はバッチの統計ではなく移動平均を使う") == [
                "c:inference", "c:batch×", "c:statistics×", "c:running-average", "u:使",
            ])
        // The topic may end in とき, で, に or と before は.
        #expect(Self.features("不均衡なときはROC-AUCではなくPR曲線を使う").prefix(3) == ["c:imbalance", "c:auc×", "c:pr-curve"])
        #expect(Self.features("学習時にはバッチ統計ではなく").first == "c:training")
    }

    @Test(arguments: [
        ("推論時は移動平均を保存しなければならない", "c:store"),
        ("移動平均を保存しなくてはいけません", "c:store"),
        ("バッチサイズを小さくする必要があるかもしれません", "c:need"),
        ("推論時は移動平均しか使わない", "u:使"),
        ("推論時は移動平均だけしか使いません", "u:使"),
    ])
    func obligationPossibilityAndOnlyAreNotNegations(text: String, asserted: String) {
        #expect(Self.features(text).contains(asserted))
        #expect(!Self.features(text).contains(asserted + "¬"))
    }

    @Test func aNegatorReachesPastAnAdverbAndTheConditionalStaysNegated() {
        #expect(Self.features("発散することは基本的にはなく").contains("c:divergence¬"))
        #expect(Self.features("発散することは決してない").contains("c:divergence¬"))
        #expect(Self.features("正規化しないと発散する").prefix(2) == ["c:normalize¬", "c:divergence"])
        #expect(Self.features("しかし移動平均は保存しない").contains("c:store¬"))
        // 不安定 is its own word, not 不 and 安定 ("stable", read as "does not change").
        #expect(Self.features("学習が不安定になる").contains("c:change"))
        #expect(Self.features("training becomes unstable").contains("c:change"))
    }

    @Test(arguments: ["まず最初に", "必ず使う", "ずつ増える", "ずれる"])
    func zuIsNotANegationInOtherWords(text: String) {
        #expect(!Self.features(text).contains { $0.hasSuffix("¬") })
    }
}
