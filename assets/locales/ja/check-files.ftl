# What `portsmouth check`, the loaders and the game say about a file a user wrote or was
# given: a scenario, a save, a result, the settings. The place (file:line:column) and the
# rule's name in [brackets] are printed as they are, for editors and searches.

## The frame of every message: "error[rule]: …", "help: …".

check-error = エラー
check-warning = 警告
check-help = ヒント

## Reading a file. $file is one of the check-files-the-* phrases; $problem the system's reason.

check-files-the-scenario-file = シナリオファイル
check-files-the-save-file = 保存ファイル
check-files-the-result-file = 結果ファイル
check-files-the-translation-file = 翻訳ファイル
check-files-the-settings-file = 設定ファイル
check-files-cannot-open = { $file }を開けません: { $problem }
check-files-cannot-open-help = パスを確認してください。`portsmouth check scenarios/*.ron` で同梱のシナリオを一覧できます
check-files-cannot-read = { $file }を読めません: { $problem }
check-files-cannot-read-help = ファイルのアクセス権を確認してください
# $kib is the limit in KiB.
check-files-too-large = { $file }が { $kib } KiB を超えています
check-files-too-large-help = このゲームが書いたファイルではありません。開くファイルが正しいか確認してください
# $offset is where the first bad byte is, counted from 0.
check-files-not-utf8 = { $file }が UTF-8 のテキストではありません（位置 { $offset } に不正なバイト）
check-files-not-utf8-help = エディタで UTF-8 として保存してください
# $name is a scenario file's name.
check-files-not-embedded = `{ $name }` は埋め込まれたファイルの中にありません
check-files-not-embedded-help = 保存データが不完全です。シナリオファイルそのものを読み込んでください

## A file of another kind. $found and $expected are check-files-kind-* phrases;
## $instead is one of the check-files-use-* sentences.

check-files-kind-scenario = シナリオファイル
check-files-kind-save = 保存したゲーム
check-files-kind-result = ゲームの結果ファイル
check-files-kind-markdown = Markdown テキスト（書き出した議事録など）
check-files-kind-games-table = シミュレーションしたゲームの表（JSON）
check-files-kind-csv = CSV の表（`simulate` や `tournament` の出力など）
check-files-use-scenario = このファイルを使うには、`portsmouth check FILE` で検査するか、`portsmouth watch --scenario FILE` でプレイしてください。
check-files-use-save = このファイルを使うには、`portsmouth replay FILE` で表示するか、`portsmouth open FILE` でゲームで開いてください。
check-files-use-result = このファイルを使うには、クラスの結果一覧で他の結果と並べて表示してください: `portsmouth wall FOLDER`。
check-files-use-none = このファイルは人が読むために（エディタや表計算ソフトで）プログラムが書いたもので、プログラムが読み戻すことはありません。
check-files-wrong-kind = これは{ $found }で、{ $expected }ではありません
check-files-wrong-kind-help = ここには{ $expected }を指定してください。{ $instead }

## A scenario file's shape. $found is a check-found-* phrase.

check-files-schema-missing-help = フィールドを追加してください。docs/scenario-format.md にすべてのフィールドが例とともに載っています
check-files-schema-unknown-help = docs/scenario-format.md と照らして綴りを確認してください
check-files-schema-help = このフィールドに何を書くかは docs/scenario-format.md を参照してください
check-files-not-a-scenario = `Scenario(...)` が必要ですが、{ $found }が書かれています
check-files-not-a-scenario-help = シナリオファイルには `Scenario(...)` を 1 つ書きます。docs/scenario-format.md を参照してください
check-files-base-not-a-name = `base` にはダブルクォートで囲んだファイル名が必要ですが、{ $found }が書かれています
check-files-base-not-a-name-help = 例: `base: "portsmouth-1905.ron"`
# $name is the base file named; $count the most base files a chain may have.
check-files-base-chain = `{ $name }` を使うと、元ファイルの連なりが循環するか { $count } ファイルを超えます
check-files-base-chain-help = 仮定のシナリオは史実のファイルを直接拡張してください

## Saves. $problem is the system's reason or a check-syntax message; $side a side's name
## (narrate-side-japan, narrate-side-russia).

# $kib is the size the save would have; $most the most a save may hold, both in KiB.
check-save-too-large = このゲームは保存できません: シナリオファイルを含めると { $kib } KiB になり、保存データの上限 { $most } KiB を超えます
check-save-too-large-help = シナリオのファイルが異常に大きいです。このシナリオのゲームを保存するには、テキストを短くしてください
check-save-failed = ゲームを保存できませんでした: { $problem }
check-save-failed-help = 空き容量とフォルダーの書き込み権限を確認してください。以前の保存データがあれば、そのまま残っています
# $format is the save's format number; $newest the newest this version reads.
check-save-newer = このゲームは新しいバージョンの Portsmouth 1905 で保存されています（保存形式 { $format }。このバージョンが読めるのは { $newest } まで）
check-save-newer-help = 開くにはゲームを更新してください。ファイルは変更されていません
check-save-damaged = この保存ファイルは壊れています: { $problem }
check-save-damaged-unreadable-help = 保存後にファイルが変更されたか、途中で切れています。以前の保存データを読み込んでください
check-save-damaged-schema-help = 保存後にファイルが変更されています。以前の保存データを読み込んでください
check-save-no-scenario = 保存データにシナリオが含まれていません
check-save-no-scenario-help = 以前の保存データを読み込んでください
# $file is the scenario file's name; the scenario's own error is printed on the next line.
check-save-scenario-does-not-load = この保存データに収められたシナリオ（ゲーム開始時に取った `{ $file }` の写し。ディスク上の同名ファイルは読みません）を読み込めません:
check-save-scenario-does-not-load-help = 保存データ内の写しが手で編集されたか、壊れています。以前の保存データを読み込むか、シナリオファイルから新しいゲームを始めてください
check-save-digest = この保存データ内のシナリオが、保存したときのシナリオと異なります
check-save-edited-help = 保存データが手で編集されたか、壊れています。以前の保存データを読み込んでください
check-save-turn-help = 保存データが手で編集されたか、壊れています。以前の保存データを読み込むか、`portsmouth branch` でこの手番より前から分岐させてください
check-save-limits-help = 保存データが手で編集されたか、壊れています。以前の保存データを読み込んでください（手番は無傷です。`limits` を削除すると、ゲームが限界を引き直します）
# $problem is check-save-turn.
check-save-origin = この「もしも」の元のゲームを再現できません: { $problem }
# $field is the field's name in the save; $stored and $drawn are numbers or check-save-limit-*.
check-save-limits = { $side }のコンピューター代表に保存された隠れた限界（`limits.{ $field }`）が、このゲームで引いたものと一致しません: 保存値 { $stored }、引いた値 { $drawn }
check-save-limit-none = なし
check-save-limit-some = あり
# $index is the session's index, counted from 0.
check-save-limit-session = 会議番号 { $index }
# $turn and $session are counted from 1; $why is the reason (a refusal, or one of the messages below).
check-save-turn = 手番 { $turn }（{ $side }、第 { $session } 回会議）を再現できません: { $why }
check-save-unsaid = その手番で全権団が述べたこと（`said`）が、このシナリオにないものを指しています
# $article, $id, $scenario are ids as the save writes them.
check-save-in-two-packages = 条項 `{ $article }` が 2 つの一括案に含まれています
check-save-session-zero = 会議の番号は 1 から始まります
check-save-no-article = シナリオ `{ $scenario }` に条項 `{ $id }` はありません
check-save-no-option = 条項 `{ $article }` に選択肢 `{ $id }` はありません
check-save-no-press = { $side }に声明 `{ $id }` はありません
check-save-no-red-line = { $side }に譲れない一線 `{ $id }` はありません

## A game's result file, and a folder of them for the class wall.

# $kib is the size the result would have; $most the most a result file may hold, both in KiB.
check-result-too-large = この結果は { $kib } KiB になり、結果ファイルの上限 { $most } KiB を超えます
check-result-too-large-help = シナリオの題名やラベルが異常に長いです。短くしてください
# $problem is the system's reason.
check-result-not-written = 結果を書き込めませんでした: { $problem }
check-result-not-written-help = 空き容量とフォルダーの書き込み権限を確認してください
# $problem is a check-syntax message.
check-result-unreadable = 読み取れる結果ファイルではありません: { $problem }
check-result-bad-help = ゲームまたは `portsmouth simulate --results-dir` から結果を書き出し直すか、このファイルをフォルダーから取り除いてください
# $format is the file's format number; $newest the newest this version reads.
check-result-newer = この結果は新しいバージョンの Portsmouth 1905 で書かれています（結果形式 { $format }。このバージョンが読めるのは { $newest } まで）
check-result-newer-help = 読むにはゲームを更新してください
# $article is the article's title as the file writes it; $count how many options it has.
check-result-option-beyond = 条項「{ $article }」が、{ $count } 個ある選択肢の範囲外を指しています
check-wall-unreadable-folder = 結果のフォルダーを読めません: { $problem }
check-wall-unreadable-folder-help = 結果ファイル（.ron または .json）のあるフォルダーを指定してください（例: `portsmouth simulate --results-dir` で書いたもの）
# $count is how many result files the folder holds.
check-wall-too-many-files = フォルダーに結果ファイルが { $count } 個あります
# $mib is their size in MiB.
check-wall-too-many-bytes = フォルダーの結果ファイルが合計 { $mib } MiB あります
# $files and $mib are the most a wall reads.
check-wall-too-many-help = 結果一覧が読むのは結果ファイル { $files } 個、{ $mib } MiB までです。クラスや実行ごとに結果を別のフォルダーに分けてください

## The system's reason for a failed read or write. (English shows the system's own words.)

check-io-not-found = ファイルまたはフォルダーが見つかりません
check-io-permission-denied = アクセスが拒否されました
check-io-is-a-directory = これはフォルダーです
check-io-storage-full = ディスクの空き容量がありません
check-io-read-only = 読み取り専用のファイルシステムです
check-io-not-a-directory = フォルダーではありません
check-io-address-in-use = アドレスはすでに使われています
check-io-address-not-available = 要求されたアドレスを割り当てられません
check-io-connection-refused = 接続が拒否されました
check-io-not-regular = { $kind ->
        [folder] フォルダー
        [fifo] 名前付きパイプ（FIFO）
        [device] デバイス
        [socket] ソケット
       *[other] 通常のファイル以外のもの
    }であり、通常のファイルではありません
check-io-link-loop = シンボリックリンクの階層が深すぎます
check-io-not-a-file-name = これはファイル名ではありません
check-io-not-a-folder = { $folder } はフォルダーではありません
check-io-no-folder = フォルダー { $folder } がありません
