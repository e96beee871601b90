# コマンドラインの共通の言葉（入力を壊す出力、書き込めないファイル）と、メッセージの少ないコマンドのメッセージ。

## 出力

cli-output-cannot-write = { $flag } { $path }：ここには書き込めません：{ $error }
cli-output-cannot-write-help = ヒント：既存のフォルダー内のファイル名を指定してください（ファイルは新しく作られるか、丸ごと置き換えられます）
cli-output-is-input = { $flag } { $path }：これはコマンドが読み込む{ $what ->
        [scenario] シナリオファイル
        [base-scenario] シナリオの基になるファイル
        [scenario-link] シナリオファイル
        [save] セーブファイル
       *[result] 結果ファイル
    }です（{ $input }）。書き込むと壊れてしまいます
cli-output-is-input-help = ヒント：出力に別の名前を付けてください
cli-output-is-other-output = { $flag } { $path }：これは { $other_flag } { $other_path } と同じファイルです。一方が他方を上書きしてしまいます
cli-output-is-other-output-help = ヒント：出力ごとに別の名前を付けてください
cli-write-help = ヒント：ディスクに空きがあり、フォルダーに書き込めるか確認してください。ファイルの以前の版は変更されていません
cli-could-not-write = { $path } に書き込めませんでした：{ $error }
cli-cannot-create = { $path } を作成できません：{ $error }
cli-cannot-write = { $path } に書き込めません：{ $error }
cli-could-not-print = エラー：出力を表示できませんでした：{ $error }
cli-could-not-print-help = ヒント：出力をファイルに送っている場合は、そこに空きを作るか別の場所に送ってください。コマンド自身のファイルは先に書き込まれています
cli-results-written = 結果を { $path } に書き込みました
cli-time = 所要時間：{ $seconds } 秒
cli-side = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    }

## ゲームのウィンドウ

cli-game-lang = ゲームの言語はゲームの「設定」で選びます（初回起動時はシステムの言語に従います）。--lang はサブコマンド用です。例：`portsmouth tour DIR --lang ja`
cli-no-window = このビルドにはウィンドウがありません（`gui` 機能なしでビルドされています）。ウィンドウを使わないコマンドは `portsmouth --help` で確認してください。
cli-open-lang = ゲームの言語はゲームの「設定」で選びます（初回起動時はシステムの言語に従います）。--lang はウィンドウを使わないサブコマンド用です
cli-tour-cannot-create = フォルダー { $folder } を作成できません：{ $error }
cli-tour-cannot-create-help = ヒント：既存のフォルダーか、作成できるフォルダーを指定してください

## portsmouth branch

cli-branch-heading = { $scenario } — シード { $seed } — { $turns } 手番
cli-branch-turn = 第{ $session }回会議（{ $date }）、{ $side ->
        [Japan] 日本
       *[Russia] ロシア
    }：
cli-branch-how = 手番の前で分岐するには：portsmouth branch { $save } --turn N --out what-if.ron
cli-branch-no-out = 分岐の書き込み先を指定してください：--out FILE.ron
cli-branch-no-such-turn = --turn { $turn }：このゲームの手番は 1 から { $last } までです
cli-branch-written = もしもの展開を { $path } に書き込みました：第{ $session }回会議、{ $side ->
        [Japan] 日本
       *[Russia] ロシア
    }が手番 { $turn } をやり直します。`portsmouth open { $path }` で開いてください。

## portsmouth export

cli-export-nothing-asked = 書き出す内容を指定してください：--minutes FILE.md、--result FILE.ron（または .json）、またはその両方
cli-export-minutes-written = 議事録を { $path } に書き込みました
cli-export-result-written = 結果を { $path } に書き込みました
cli-export-not-over = { $path }：ゲームはまだ終わっていません（第{ $session }回会議）。結果がないので、最後までプレイしてください

## portsmouth replay

cli-replay-heading = { $scenario } — シード { $seed }
cli-replay-seats = 日本（{ $japan_title }）：{ $japan ->
        [human] プレイヤー
       *[computer] コンピューター（{ $japan_agent }）
    }。ロシア（{ $russia_title }）：{ $russia ->
        [human] プレイヤー
       *[computer] コンピューター（{ $russia_agent }）
    }。
cli-replay-saved-in = このゲームは全{ $sessions }回中 第{ $session }回会議で保存されました。{ $side ->
        [Japan] 日本の手番です。
        [Russia] ロシアの手番です。
       *[nobody] 誰の手番でもありません。
    }

## portsmouth watch

cli-watch-did-not-end = ゲームが終わりませんでした
cli-watch-heading = { $scenario } — { $japan }（日本）対 { $russia }（ロシア）、シード { $seed }
cli-watch-refused = 注：ルールがエージェントの手を { $count } 回拒否しました。その手はパスになりました
cli-watch-saved = { $path } に保存しました

## portsmouth translate

cli-translate-no-lang = 翻訳先の言語を指定してください：--lang ja、ru、da（自分の英語の言葉には en）
cli-translate-exists = { $path } はすでに存在します。翻訳が入っているかもしれないので、そのままにしました
cli-translate-exists-help = ヒント：--out で別の名前を付けるか、--force で置き換えてください
cli-translate-written = { $path }：{ $scenario } の { $fields } 項目を{ $language }に翻訳します

## portsmouth wall

cli-wall-left-off = （このファイルは一覧から除外されます）
cli-wall-no-results = { $folder }：表示する結果がありません。ゲームの振り返りから結果を書き出すか、`portsmouth simulate --results-dir { $folder }` で作ってください
cli-wall-no-results-for = { $folder }：シナリオ「{ $scenario }」の結果がありません。ゲームの振り返りから結果を書き出すか、`portsmouth simulate --results-dir { $folder }` で作ってください
cli-wall-not-png = --out { $path }：画像は PNG です。.png で終わる名前を指定してください
cli-wall-no-window = --out { $path }：このビルドにはウィンドウがない（`gui` 機能なしでビルドされた）ため、一覧を描けません。数値は上に表示してあります

## portsmouth loadtest

cli-loadtest-no-key = 負荷テストは先生用 API で卓を作るため、先生の鍵が必要です
cli-loadtest-no-key-help = ヒント：--key KEY（`portsmouth serve` が表示するダッシュボードのリンクの key= の部分）を指定するか、PORTSMOUTH_TEACHER_KEY を設定するか、--dir DIR でサーバーのクラスフォルダーを指定してください
cli-loadtest-no-runtime = 負荷テストの実行環境を起動できません：{ $error }
cli-loadtest-unfinished = { $games } ゲーム中 { $unfinished } ゲームが終わりませんでした

# What is wrong with an option's value: $flag is the option (--level), $problem what is wrong, already in the language.
cli-option-problem = { $flag }：{ $problem }

## `portsmouth loadtest`：実行できない理由。

cli-loadtest-no-database = { $path } がありません。サーバーを起動したときのフォルダー（--dir）を指定してください
cli-loadtest-cannot-read-key = { $path } から先生の鍵を読めません：{ $error }
cli-loadtest-too-few-tables = サーバーが作った卓は、求めた { $asked } 卓のうち { $made } 卓だけでした
cli-loadtest-no-tokens = 卓 { $table } に、2 つのエージェント席のトークンがありませんでした
cli-loadtest-no-tables = --tables は 1 以上にしてください
cli-loadtest-bad-url = { $url }：クラスサーバーのアドレスではありません（http://HOST:PORT または ws://HOST:PORT/ws を指定してください）
cli-loadtest-cannot-reach = { $server } に接続できません：{ $error }
cli-loadtest-timeout = { $path }：{ $timeout } 以内に応答がありませんでした
cli-loadtest-broken-answer = { $path }：HTTP の応答が壊れています
cli-loadtest-status = { $path }：サーバーの応答は { $status } でした：{ $body }
cli-loadtest-not-understood = { $path }：負荷テストが理解できない応答です：{ $error }

## `portsmouth loadtest`：結果。

cli-loadtest-report-tables = 卓：{ $tables }
cli-loadtest-report-finished = 終わったゲーム：{ $tables } ゲーム中 { $finished }
cli-loadtest-report-moves = 手：{ $moves }（拒否 { $refused }）
cli-loadtest-report-round-trip = 往復時間：p50 { $p50 } ms、p99 { $p99 } ms、最大 { $max } ms
cli-loadtest-report-wall-time = 経過時間：{ $seconds } 秒
cli-loadtest-report-cpu = サーバーの CPU 時間：{ $value }
cli-loadtest-report-memory = サーバーの最大メモリー：{ $value }
cli-loadtest-report-seconds = { $seconds } 秒
cli-loadtest-report-megabytes = { $megabytes } MB
cli-loadtest-report-unknown = 不明（サーバーはこのマシン上にありません）
cli-loadtest-report-stopped = 途中で止まったプレイヤー：{ $count }（最初の理由：{ $failure }）
cli-loadtest-failure-cannot-connect = { $url } に接続できません：{ $reason }
cli-loadtest-failure-silent = サーバーから { $seconds } 秒間応答がありませんでした
cli-loadtest-failure-lost = 接続が切れました（{ $reason }）
cli-loadtest-loss-closed = 閉じられました
cli-loadtest-loss-closed-by-server = サーバーが接続を閉じました
cli-loadtest-loss-dropped = 意図的に切断しました
cli-loadtest-failure-unknown-frame = プロトコルにないフレームを受け取りました：{ $reason }：{ $frame }
cli-loadtest-failure-turn-before-settings = Settings より先に YourTurn が届きました
cli-loadtest-failure-pass-refused = パスさえ拒否されました：{ $kind }：{ $message }
cli-loadtest-failure-seat-taken = 席が取り上げられました：{ $reason }
cli-loadtest-failure-crashed = プレイヤーが異常終了しました：{ $reason }
