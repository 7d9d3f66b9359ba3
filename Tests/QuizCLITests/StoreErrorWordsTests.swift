import Foundation
import QuizKit
import Testing

@testable import QuizCLI
@testable import QuizStore

/// Store errors in Japanese (their English is pinned byte for byte in `ErrorMessagesTests`).
@Suite struct StoreErrorWordsTests {
    @Test(arguments: [
        (StoreError(.read, path: "d.json", cause: .missing), "'d.json' を読めません: そのようなファイルはありません。パスとそのアクセス権を確認してください。"),
        (StoreError(.read, path: "d", cause: .isFolder), "'d' を読めません: ファイルではなくフォルダです。フォルダではなくファイルのパスを指定してください。"),
        (StoreError(.read, path: "p", cause: .system(errno: EACCES)), "'p' を読めません: アクセスが拒否されました。ファイルのアクセス権を確認してください。"),
        (
            StoreError(.read, path: "/dev/zero", cause: .tooLarge(limit: 64 << 20)),
            "'/dev/zero' を読めません: 64 MiB を超えていて、デッキとしては大きすぎます。パスを確認してください。デッキはその大きさまでの JSON ファイルです。"
        ),
        (
            StoreError(.read, path: "/dev/zero", cause: .lineTooLong(line: 1, limit: 64 << 20)),
            "'/dev/zero' を読めません: 1 行目が改行なしで 64 MiB を超えて続いているため、記録ファイルではありません。--progress または DLQUIZ_PROGRESS で指定したパスを確認してください。"
        ),
        (
            StoreError(.write, path: "o/x", cause: .system(errno: ENOENT)),
            "'o/x' に書き込めません: そのようなファイルやフォルダはありません。先にフォルダを作るか、別のパスを選んでください。"
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: ENOSPC)),
            "'p' に書き込めません: ディスクがいっぱいです。ディスクの空きを作って、もう一度実行してください。"
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EROFS)),
            "'p' に書き込めません: 読み取り専用のファイルシステムです。書き込めるディスク上のファイルを選んでください。"
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EIO)),
            "'p' に書き込めません: 入出力エラーです。ディスクがエラーを報告しました。ディスク（と 'dmesg'）を確認してから、もう一度実行してください。"
        ),
        (
            StoreError(.write, path: "f", cause: .folderNotCreated(errno: EACCES)),
            "'f' に書き込めません: フォルダを作れません（アクセスが拒否されました）。ファイルとそのフォルダのアクセス権を確認してください。"
        ),
        (
            StoreError(.write, path: "t", cause: .noTemporaryName),
            "'t' に書き込めません: 一時ファイルに使える名前がありません。フォルダから古い '.*.tmp' ファイルを削除して、もう一度実行してください。"
        ),
        (
            StoreError(.write, path: "i", cause: .namesTaken(baseName: "b", lastSuffix: 3)),
            "'i' に書き込めません: 'b' から 'b-3' までの名前がすべて使われています。古いスコアカードをフォルダの外へ移してください。"
        ),
        (
            StoreError(.write, path: "/dev/null", cause: .notRegularFile(.characterDevice)),
            "'/dev/null' に書き込めません: 通常のファイルではなく、キャラクタデバイスです。通常のファイル（またはそれへのシンボリックリンク）を選んでください。"
        ),
    ])
    func storeErrorsAreWordedInJapanese(error: StoreError, expected: String) {
        #expect(error.message(in: "ja") == expected)
    }

    @Test func aMissingDeckAndAValidOneAreReportedInJapanese() throws {
        let harness = try CLIHarness()
        let missing = harness.run(["validate", harness.path("none.json"), "--lang", "ja"])
        #expect(missing.status == 1)
        #expect(
            missing.error.unwrappedEquals(
                "エラー: '\(harness.path("none.json"))' を読めません: そのようなファイルはありません。パスとそのアクセス権を確認してください。\n"))
        let japaneseEnvironment = harness.run(
            ["validate", harness.path("none.json")], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japaneseEnvironment.error == missing.error)
        let valid = harness.run(["validate", uiFixtureDeck, "--lang", "ja"])
        #expect(valid.status == 0)
        #expect(valid.output.unwrappedHasPrefix("問題なし: '\(uiFixtureDeck)' は使えるデッキです: "), "\(valid.output)")
    }

    @Test(arguments: [
        (#"{"type": "note"}"#, "dlquiz のスコアカードではありません"),
        (#"{"type": "scorecard", "v": 9}"#, "形式バージョンが不明です。新しい dlquiz が書いたものかもしれません"),
        ("{", "有効な JSON ではありません: 1 行 2 列: "),
    ])
    func aSkippedScorecardIsExplainedInJapanese(text: String, reason: String) throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/interviews/2026-11-23-x.json", text)
        let result = harness.run(["interviews", "--lang", "ja"])
        #expect(result.error.unwrappedContains("を読み飛ばしました（\(reason)"), "\(result.error)")
    }
}
