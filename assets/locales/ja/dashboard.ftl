# The teacher's dashboard and presenter view in the browser (src/net/dashboard). The pages'
# scripts fill the variables; a message with $count has a form per plural category.
# $table: a table's name; $side: Japan or Russia; $delegate: Komura or Witte; $time: a
# duration such as 1:15 or a time of day; $name: a student's or agent's name.

## The pages

dashboard-page-title = Portsmouth 1905 — クラス
dashboard-skip = 交渉卓の一覧へ移動
dashboard-subtitle = — クラス
dashboard-languages = 言語
dashboard-connecting = クラスサーバーに接続しています…
dashboard-whole-class = クラス全体
dashboard-pause = すべての交渉卓を一時停止
dashboard-resume = すべての交渉卓を再開
dashboard-turn-minutes = 1手番の持ち時間（分）
dashboard-no-limit = 制限なし
dashboard-set-time = 時間を設定
dashboard-gradebook = 成績表をダウンロード（CSV）
dashboard-new-tables = 新しい交渉卓
dashboard-scenario = シナリオ
dashboard-loading-scenarios = シナリオを読み込んでいます…
dashboard-japan-seat = 日本（小村）
dashboard-russia-seat = ロシア（ウィッテ）
dashboard-how-many = 交渉卓の数
dashboard-seed = シード
dashboard-seed-hint = （任意：同じシードなら同じゲーム）
dashboard-empty-seat = 空席をコンピューターに渡すまで（分）
dashboard-empty-seat-hint = （相手の席が埋まってから数えます。空欄：渡しません）
dashboard-name = 名前
dashboard-optional = （任意）
dashboard-create = 作成
dashboard-tables = 交渉卓
dashboard-no-tables = まだ交渉卓がありません。上で作成し、各ペアにコードを伝えてください。
dashboard-wall = クラスの結果
dashboard-wall-none = まだ終わった交渉卓はありません。

## The connection and the server's answers

dashboard-live = 接続中
dashboard-updated = — { $time } 更新
dashboard-figures-from = — 以下の数値は { $time } 時点のものです
dashboard-reconnecting = 再接続しています…
dashboard-refused = 未接続：キーが拒否されました
dashboard-no-key = 未接続：先生のキーがありません
dashboard-needs-key = このページには先生のキーが必要です。サーバーが起動時に表示したダッシュボードのリンク（…/teacher?key=…）を開いてください。
dashboard-no-answer = クラスサーバーが応答しません。サーバーはまだ動いていますか。このコンピューターは同じネットワークにありますか。
dashboard-key-refused = サーバーが先生のキーを拒否しました。サーバーが起動時に表示したダッシュボードのリンクを開いてください。
# $reason: the server's own words.
dashboard-key-refused-because = サーバーが先生のキーを拒否しました：{ $reason }。サーバーが起動時に表示したダッシュボードのリンクを開いてください。
# $status: the HTTP status, such as "500 Internal Server Error".
dashboard-server-answered = サーバーの応答：{ $status }。

## The whole class

dashboard-tables-count = 交渉卓 { $count } 卓
dashboard-count-waiting = 学生待ち { $count }
dashboard-count-playing = 交渉中 { $count }
dashboard-count-finished = 終了 { $count }
# $tables: "4 tables".
dashboard-summary = { $tables }。
# $tables: "4 tables"; $parts: "1 playing, 3 finished".
dashboard-summary-parts = { $tables }：{ $parts }。
dashboard-list-separator = { "、" }
dashboard-label-colon = { "：" }
dashboard-time-per-turn-is = 1手番の持ち時間：{ $time }。
dashboard-no-time-limit = 1手番の時間制限はありません。
dashboard-paused-summary = クラスは一時停止中です。再開するまで手は打てません。
dashboard-all-paused = すべての交渉卓を一時停止しました。
dashboard-all-resumed = すべての交渉卓を再開しました。
dashboard-bad-minutes = 1手番の持ち時間：1〜120の整数（分）を入力するか、「制限なし」を選んでください。
dashboard-time-set = 1手番の持ち時間：{ $count } 分。
dashboard-gradebook-done = 成績表をダウンロードしました。

## A table's card

dashboard-status-waiting = 学生待ち
dashboard-status-playing = 交渉中
dashboard-status-finished = 終了
dashboard-code = コード
dashboard-seats = 席
dashboard-download = ダウンロード：
dashboard-file-save = 保存
dashboard-file-minutes = 議事録
dashboard-file-result = 結果
# $file: Save, Minutes or Result.
dashboard-downloaded = { $table } の{ $file }：ダウンロードしました。
dashboard-more-time = 時間を延長（+{ $count } 分）
dashboard-more-time-done = { $table }：この手番を { $count } 分延長しました。
dashboard-show-presenter = プレゼンター表示で見る
# $scenario: the scenario's title; $seed: its seed.
dashboard-meta = { $scenario } · シード { $seed }
dashboard-session-of = 第{ $session }回会議（全{ $sessions }回）
dashboard-talks-over = 交渉は終わりました。
dashboard-not-taken = まだ空席：{ $side }
# $first, $second: the two delegations.
dashboard-not-taken-both = まだ空席：{ $first }と{ $second }
dashboard-waiting-for-seat = 席が埋まるのを待っています
dashboard-to-move-for = { $side }の手番、{ $time } 経過
dashboard-to-computer-in = 誰も来なければ { $time } 後にコンピューターへ
dashboard-empty-seat-rule = 相手の席が埋まって { $time } 後、空席はコンピューターへ
# $line: the pieces above, joined by dashes.
dashboard-waiting-line = { $line }。
dashboard-to-move-waiting = { $side }（{ $delegate }）の手番 — { $time } 待機中
# $limit: the time per turn.
dashboard-to-move-waiting-of = { $side }（{ $delegate }）の手番 — { $time } / { $limit } 待機中
dashboard-named-to-move-waiting = { $name }、{ $side }（{ $delegate }）の手番 — { $time } 待機中
dashboard-named-to-move-waiting-of = { $name }、{ $side }（{ $delegate }）の手番 — { $time } / { $limit } 待機中
dashboard-over-time = 持ち時間を超過
dashboard-paused-mark = （一時停止中）
# $agreed: articles agreed; $count: articles in all.
dashboard-agreed-of = 合意：{ $count } 条項中 { $agreed }
# $outcome: the outcome's title in the scenario.
dashboard-outcome = 結果：{ $outcome }
dashboard-nobody-came = { $table }：{ $side }の席に誰も着かなかったため、コンピューターが担当します。
dashboard-computer = コンピューター
# $level: the computer's level, such as Steady.
dashboard-computer-level = コンピューター（{ $level }）
dashboard-nobody-took = 誰も席に着きませんでした
dashboard-agent = 外部エージェント
dashboard-agent-named = 外部エージェント：{ $name }
dashboard-student-named = 学生：{ $name }
dashboard-student-free = 学生の席（まだ空席）
dashboard-connected = 接続中
dashboard-not-connected = 未接続
dashboard-show-token = トークンを表示
dashboard-hide-token = トークンを隠す
dashboard-hand-to-computer = コンピューターに渡す
dashboard-hand-question = { $table } の{ $side }の席をコンピューターに渡しますか。今その席にいる人は切断され、最後までコンピューターが担当します。
dashboard-hand-question-named = { $table } の{ $side }の席（{ $name }）をコンピューターに渡しますか。今その席にいる人は切断され、最後までコンピューターが担当します。
dashboard-handed = { $table }：{ $side }はコンピューターが担当するようになりました。
dashboard-reopen = 学生に開放
# $code: the table's code.
dashboard-reopen-question = { $table } の{ $side }の席を再び開放しますか。今その席にいる人は切断され、古いトークンは使えなくなります。コード { $code } で次に参加した学生が、交渉の現状からその席を引き継ぎます。
dashboard-reopen-question-named = { $table } の{ $side }の席（{ $name }）を再び開放しますか。今その席にいる人は切断され、古いトークンは使えなくなります。コード { $code } で次に参加した学生が、交渉の現状からその席を引き継ぎます。
dashboard-reopened = { $table }：{ $side }の席を開放しました。学生はコード { $code } で参加します。
dashboard-japan = 日本
dashboard-russia = ロシア
dashboard-komura = 小村
dashboard-witte = ウィッテ

## The results wall

# $japan, $russia: how many tables each side did better at than in 1905.
dashboard-wall-summary = 終了した交渉卓：{ $count }。1905年より良い結果だった交渉卓：日本 { $japan }、ロシア { $russia }。
dashboard-better-than-1905 = 1905年より良い
dashboard-worse-than-1905 = 1905年より悪い
dashboard-as-in-1905 = 1905年と同じ
dashboard-no-1905 = 比較する1905年の数値なし
# $utility: the side's utility in 1905, such as 0.59.
dashboard-in-1905 = （1905年：{ $utility }）

## New tables

dashboard-scenarios-unavailable = シナリオを取得できません
# $reason: why, in the server's or the browser's words.
dashboard-scenarios-failed = シナリオの一覧を読み込めませんでした：{ $reason }
dashboard-no-scenarios = サーバーにシナリオがありません
dashboard-choice-student = 学生
dashboard-choice-computer = コンピューター — { $level }
dashboard-choice-agent = 外部エージェント（プログラム）
dashboard-choose-scenario = まずシナリオを選んでください（サーバーにはまだありません）。
dashboard-bad-count = 交渉卓の数：1〜60の整数を入力してください。
# $max: the largest seed.
dashboard-bad-seed = シード：0〜{ $max }の整数を入力するか、空欄にしてください。
dashboard-bad-empty-seat = 空席をコンピューターに渡すまで：1〜120の整数（分）を入力するか、空欄にしてください。
# $codes: the new tables' codes, separated by commas.
dashboard-created = 交渉卓を { $count } 卓作成しました。コード：{ $codes }。

## The presenter view

dashboard-presenter-title = Portsmouth 1905 — プレゼンター表示
dashboard-presenter-join = 参加コード
dashboard-presenter-agreed = 合意
dashboard-presenter-none-agreed = まだ合意はありません。
dashboard-presenter-still-open = 未決
dashboard-presenter-last-moves = 最近の手
dashboard-presenter-back = クラスのダッシュボードに戻る
# $table: the table's id in the address.
dashboard-presenter-no-table = このサーバーに交渉卓 { $table } はありません。ダッシュボードに戻って選んでください。
dashboard-presenter-shown-as-at = — { $time } 時点の表示
dashboard-presenter-waiting = 学生の参加を待っています。
dashboard-presenter-to-move = { $side }（{ $delegate }）の手番 — { $time }
dashboard-presenter-agreed-of = 合意：{ $count } 中 { $agreed }
dashboard-presenter-left-open = 未決のまま：{ $count }
dashboard-presenter-open-count = 未決：{ $count }
dashboard-presenter-move = 第{ $session }回会議 — { $side }
# $date: the session's date in the scenario.
dashboard-presenter-move-dated = 第{ $session }回会議、{ $date } — { $side }
# $text: the reason a delegation gave, in its own words.
dashboard-presenter-quoted = 「{ $text }」
dashboard-presenter-over = 交渉は終わりました
dashboard-presenter-needs-key = このページには先生のキーが必要です。クラスのダッシュボードから開いてください。
dashboard-presenter-no-id = このアドレスは交渉卓を指していません。クラスのダッシュボードからプレゼンター表示を開いてください。
