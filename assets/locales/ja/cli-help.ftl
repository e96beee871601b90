# コマンドラインのヘルプ：プログラムと各サブコマンドの説明、各引数の説明
# (cli-help-<サブコマンド>-<引数>)、clap 自身のフラグと見出し、引数のエラー。
# オプション (--out)、値 (japan, csv)、ファイル名、`逆引用符` 内のコマンドは入力する文字なので、そのままにします。

## portsmouth

cli-help-about = ポーツマス 1905：小村寿太郎かセルゲイ・ウィッテとして日露戦争の講和を交渉します
    .long =
        ポーツマス 1905：小村寿太郎かセルゲイ・ウィッテとして日露戦争の講和を交渉します。

        サブコマンドなしではゲームがウィンドウで開きます。サブコマンドは画面がなくても動きます。
cli-help-lang = 出力の言語。翻訳があればシナリオの文章の言語も：en、ja、ru、da、pseudo（既定：システムの言語、なければ英語）

## portsmouth check

cli-help-check-about = シナリオファイルを検証し、すべての問題を ファイル:行:列 付きで表示します（エラーがあれば終了コード 1）
cli-help-check-files = シナリオファイル（.ron）
cli-help-check-quiet = 問題だけを表示します
cli-help-check-analysis = 交渉の分析も表示します：留保値、ナッシュ解の条約、1905年の条約

## portsmouth translate

cli-help-translate-about = シナリオの翻訳テンプレートを書き出します：翻訳するための、すべての文章項目とその本文
cli-help-translate-scenario = シナリオファイル（.ron）
cli-help-translate-out = テンプレートの書き込み先（既定：シナリオの隣の <scenario>.<lang>.ftl）
cli-help-translate-force = 既存のファイルを置き換えます（翻訳が入っていれば失われます）

## portsmouth simulate

cli-help-simulate-about = コンピューターの全権団どうしで多数のゲームを行い、結末を報告します
cli-help-simulate-scenario = シナリオファイル
cli-help-simulate-japan = 日本側のエージェント
cli-help-simulate-russia = ロシア側のエージェント
cli-help-simulate-games = ゲーム数
cli-help-simulate-seed = 実行のシード（ゲーム i はここから導いたシードを使います）。省略すると新しいシードを表示します
cli-help-simulate-out = 1 ゲーム 1 行でこのファイルに書き込みます（.csv か .json）
cli-help-simulate-results-dir = 1 ゲームごとの結果ファイルをこのフォルダーに書き込みます（`portsmouth wall` 用）
cli-help-simulate-threads = スレッド数（既定、または 0：コアごとに 1 つ）。結果はこれに左右されません

## portsmouth tournament

cli-help-tournament-about = すべてのエージェントどうしを両方の役で対戦させます。組み合わせごとに CSV 1 行と集計表
cli-help-tournament-scenario = シナリオファイル
cli-help-tournament-games = 組み合わせごとのゲーム数
cli-help-tournament-seed = 実行のシード。省略すると新しいシードを表示します
cli-help-tournament-out = 組み合わせごとに 1 行でこの CSV ファイルに書き込みます
cli-help-tournament-agents = 参加するエージェント、コンマ区切り（既定：すべて）
cli-help-tournament-threads = スレッド数（既定、または 0：コアごとに 1 つ）

## portsmouth redteam

cli-help-redteam-about = 台本どおりの戦略をコンピューターの全権と両方の役・各段階で対戦させ、全権どうしの対戦と比べます。台本・陣営・段階ごとに CSV 1 行
cli-help-redteam-scenario = シナリオファイル
cli-help-redteam-level = コンピューターの全権の難易度の段階、コンマ区切り（既定：シナリオのすべての段階）
cli-help-redteam-side = 台本が受け持つ陣営：japan、russia、both
cli-help-redteam-games = 台本・陣営・段階ごとのゲーム数（どの台本も同じシード）
cli-help-redteam-seed = 実行のシード（ゲーム i はここから導いたシードを使います）
cli-help-redteam-out = 台本・陣営・段階ごとに 1 行でこの CSV ファイルに書き込みます
cli-help-redteam-small = 完全な格子ではなく、系統ごとに少数のパラメーターだけを使います
cli-help-redteam-threads = スレッド数（既定、または 0：コアごとに 1 つ）。結果はこれに左右されません

## portsmouth watch

cli-help-watch-about = コンピューターの全権団どうしの 1 ゲームを観戦します：議事録と振り返り
cli-help-watch-scenario = シナリオファイル
cli-help-watch-japan = 日本側のエージェント
cli-help-watch-russia = ロシア側のエージェント
cli-help-watch-seed = シード。省略すると新しいシードを表示します
cli-help-watch-save = ゲームをこのファイル（RON）に保存します。`replay` 用、またはゲームで開くために
cli-help-watch-viewer = 一方の全権団に見えたものだけを表示します：japan か russia

## portsmouth replay

cli-help-replay-about = 保存したゲームの議事録（と振り返り）を表示します
cli-help-replay-save = 保存ファイル

## portsmouth export

cli-help-export-about = 保存したゲームの議事録を Markdown で、結果をファイル（RON か JSON）で書き出します
cli-help-export-save = 保存ファイル
cli-help-export-minutes = 議事録（会議、提案、理由つきの返答、出来事、条約、1905年）を Markdown で
cli-help-export-result = 結果（シナリオ、陣営、シード、条件、効用、結末）：.ron か .json

## portsmouth estimate

cli-help-estimate-about = 保存したゲームで、相手の全権団が草案をどう受け止めそうか、今すぐ調印させるには何が要るか
cli-help-estimate-save = 保存ファイル（進行中のゲーム。`portsmouth branch` でどのゲームからも作れます）
cli-help-estimate-side = 草案を出す全権団：japan か russia（既定：手番の側）
cli-help-estimate-draft = 草案の条件（条項=選択肢の id）。例：--draft korea=free_hand,sakhalin=south（既定：交渉卓にあるその全権団の提案）
cli-help-estimate-coarse = 最も難しい段階で交渉卓が示す、より粗い読み

## portsmouth branch

cli-help-branch-about = もしも：保存したゲームの手番を一覧にするか、ある手番の前から分岐して新しい保存にします
cli-help-branch-save = 保存ファイル
cli-help-branch-turn = 別の選択をする手番（一覧の番号、1 から）。省略すると手番を一覧にします
cli-help-branch-out = 分岐の保存ファイル（`portsmouth open` で開けます）

## portsmouth wall

cli-help-wall-about = 結果ファイルのフォルダーから作るクラスの結果ボード：結末、各条項のばらつき、1905年より良かったか悪かったか。表示し、--out があれば画像にも描きます
cli-help-wall-folder = 結果ファイル（.ron か .json）のフォルダー
cli-help-wall-scenario = このシナリオの結果を表示します（既定：最も多くの結果があるシナリオ）
cli-help-wall-out = ボードをこの PNG ファイルに描きます（一瞬ウィンドウが開きます。ディスプレイが必要です）

## portsmouth serve

cli-help-serve-about = クラスのサーバー：ネットワーク上の生徒、コンピューターの全権団、外部エージェントの交渉卓と、ブラウザーで見る先生のダッシュボード。クラスは DIR/class.sqlite に保存します
cli-help-serve-port = 待ち受けるポート
cli-help-serve-bind = 待ち受けるアドレス：このマシンだけなら 127.0.0.1、ネットワーク全体なら 0.0.0.0
cli-help-serve-dir = クラスのフォルダー：データベース（class.sqlite）をここに置き、次回もここから読みます
cli-help-serve-scenarios = 先生が交渉卓を開けるシナリオファイルのフォルダー（既定：どこでサーバーを起動してもゲーム本体のもの）

## portsmouth loadtest

cli-help-loadtest-about = 動いているクラスサーバーに負荷をかけます：2 つのプロトコルクライアントが最後まで打つ交渉卓を N 個。終わったゲーム数、手の往復時間、サーバーの CPU 時間と最大メモリ
cli-help-loadtest-url = クラスサーバー：http://HOST:PORT（ws://HOST:PORT/ws や HOST:PORT でも可）
cli-help-loadtest-tables = 開く交渉卓の数。それぞれ外部エージェント席 2 つを負荷テストが打ちます
cli-help-loadtest-key = 先生の鍵（`portsmouth serve` がダッシュボードのリンクに表示します）。なければ環境変数 PORTSMOUTH_TEACHER_KEY、それもなければ --dir から読みます
cli-help-loadtest-dir = サーバーのクラスフォルダー（その --dir）。サーバーがこのマシンで動くとき、データベースから先生の鍵を読みます
cli-help-loadtest-scenario = サーバー上のシナリオ id
cli-help-loadtest-seed = すべての交渉卓に共通のシード（既定：サーバーが交渉卓ごとに引きます）
cli-help-loadtest-pid = 測定するサーバーのプロセス id（既定：サーバーがこのマシンにあれば、そのポートで待ち受けるプロセス）
cli-help-loadtest-json = 文章の報告ではなく JSON を 1 行表示します

## portsmouth open

cli-help-open-about = 保存したゲームの交渉卓でゲームを開きます（たとえば先生が用意した局面）
cli-help-open-save = 保存ファイル
cli-help-open-measure-frames = この数のフレームを描き続け、フレーム時間を表示して終了します（計測用）

## portsmouth tour

cli-help-tour-about = ゲームを開き、各画面の画像を DIR に保存して終了します
cli-help-tour-dir = 画像のフォルダー（なければ作成します）

## clap 自身のフラグ、サブコマンド、見出し

cli-help-builtin-help = ヘルプを表示します
cli-help-builtin-help-more = ヘルプを表示します（詳しくは '--help'）
cli-help-builtin-help-summary = ヘルプを表示します（要約は '-h'）
cli-help-builtin-version = バージョンを表示します
cli-help-with-default = { $help }［既定：{ $value }］
cli-help-builtin-help-command = このメッセージか、指定したサブコマンドのヘルプを表示します
cli-help-heading-usage = 使い方
cli-help-heading-commands = コマンド
cli-help-heading-arguments = 引数
cli-help-heading-options = オプション

## 引数のエラー

cli-help-error = エラー：{ $message }
cli-help-error-quoted = 「{ $text }」
# Between the names of a list of possibilities.
cli-help-error-list-separator = { "、" }
cli-help-error-unknown-argument = 想定外の引数{ $argument }があります
cli-help-error-unknown-subcommand = { $subcommand }というサブコマンドはありません
cli-help-error-missing = 次の必須の引数（{ $count } 個）が指定されていません：
cli-help-error-value-required = { $argument }には値が必要ですが、指定されていません
cli-help-error-invalid-value = { $argument }の値{ $value }は無効です
cli-help-error-possible-values = [指定できる値：{ $values }]
cli-help-error-invalid-value-because = { $argument }の値{ $value }は無効です：{ $reason }
cli-help-error-unknown-lang = en、ja、ru、da、pseudo のいずれかを指定してください
cli-help-error-choose-side = japan か russia を指定してください
cli-help-error-choose-side-or-both = japan、russia、both のいずれかを指定してください
cli-help-error-unknown-agent = 不明なエージェントです。{ $agents } のいずれか、またはシナリオの難易度の段階を表す delegate:<level> を指定してください
cli-help-error-not-a-number = 範囲内の整数ではありません
cli-help-error-not-an-address = IP アドレスではありません（127.0.0.1、またはすべてのネットワーク向けの 0.0.0.0 など）
cli-help-error-out-of-range = 範囲 { $range } の外です
cli-help-error-repeated = 引数{ $argument }は 1 回しか指定できません
cli-help-error-conflict = 引数{ $argument }は{ $others }と一緒には使えません
cli-help-error-unexpected-value = { $argument }に想定外の値{ $value }があります。これ以上の値は受け付けません
cli-help-error-similar = ヒント：似た{ $what ->
        [subcommand] サブコマンド
        [argument] 引数
       *[value] 値
    }が { $count } 件あります：{ $names }
cli-help-error-tip = ヒント：{ $tip }
cli-help-error-tip-as-value = ヒント：{ $value }を値として渡すには、{ $instead }としてください
cli-help-error-try-help = 詳しくは '{ $flag }' をお試しください。
