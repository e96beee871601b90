# What the class server says to a student's game or an outside agent (src/net/server), in the
# language the client named when it joined. $side: Japan or Russia (class-server-japan/-russia).

class-server-japan = 日本
class-server-russia = ロシア

## Refusals of a message: the connection and the game go on

# $rate: messages a second.
class-server-too-fast = メッセージが多すぎます。1秒あたり最大 { $rate } 件です
# $bytes: the largest message.
class-server-too-large = メッセージは最大 { $bytes } バイトです
class-server-binary = バイナリではなく JSON のテキストフレームを送ってください
# $reason: the JSON reader's own words (English).
class-server-malformed = プロトコルのメッセージではありません：{ $reason }
class-server-already-seated = この接続はすでに席に着いています
class-server-not-joined = まず交渉卓に参加する（Join）か、自分の席に着いて（Connect）ください
class-server-unknown-code = このコードの交渉卓はありません。先生に確認してください
class-server-seat-not-free = この交渉卓の{ $side }の席は空いていません
class-server-table-full = この交渉卓の席はすべて埋まっています
class-server-bad-token = このトークンの席はありません（先生が席を再び開放したのかもしれません）。交渉卓のコードと名前で参加してください
class-server-seat-handed = この席はコンピューターに渡されました
class-server-seat-in-use = 別の接続がこの席を使っています。先にそちらを閉じてください（切れた接続は1分以内に解放されます）
class-server-table-gone = この交渉卓はもうありません
class-server-seat-lost = この接続はもう席を持っていません
class-server-talks-over = 交渉は終わりました
class-server-paused = 先生がクラスを一時停止しました。再開の合図を待ってください
class-server-not-your-turn = 相手の全権団の手番です
class-server-name-missing = 名前を入力してください
# $count: the most characters a name may have.
class-server-name-too-long = 名前は最大 { $count } 文字です
class-server-name-control = 名前に制御文字は使えません
class-server-nothing-to-accept = 受諾できる相手側の提案がありません
class-server-not-a-move = 手ではありません
# $reason: the database's own words (English).
class-server-database = クラスのデータベースが変更を拒否しました：{ $reason }

## News for the people at a seat

class-server-handed-to-computer = 先生がこの席をコンピューターに渡しました。
class-server-reopened = 先生がこの席を再び開放しました。交渉卓のコードと名前で参加してください。
class-server-waits-again = { $side }の席は、学生の再参加を待っています。
# $count: minutes the seat stayed empty.
class-server-nobody-came = { $count } 分以内に誰も{ $side }の席に着かなかったため、コンピューターが担当します。

## The teacher's API: errors the dashboard shows, in the page's language

class-server-api-no-route = そのような API ルートはありません
class-server-api-wrong-key = 先生のキーが違います
class-server-api-no-key = 先生のキーがありません。Authorization: Bearer KEY を送ってください
# $reason: the JSON reader's own words (English).
class-server-api-bad-body = リクエストの本文がこのルートの形式ではありません：{ $reason }
# $table: the table's id as the address gives it.
class-server-api-no-table = 交渉卓 { $table } はありません
# $max: the most tables one request makes.
class-server-api-count = count は 1〜{ $max } です
class-server-api-empty-seat = empty_seat_secs は 1〜86400 です（null：空席は先生を待ちます）
class-server-api-time = 1手番の持ち時間は1秒以上です（制限なしは null）
class-server-api-seconds = seconds は 1〜86400 です
# $side: the side as the address gives it.
class-server-api-no-side = `{ $side }` という側はありません：japan か russia です
class-server-api-not-over = この交渉卓の交渉はまだ終わっていません
# $scenario: the scenario's id.
class-server-api-no-scenario = シナリオのフォルダーに `{ $scenario }` というシナリオはありません
# $level: the level asked for; $levels: the scenario's levels, separated by commas.
class-server-api-no-level-of = このシナリオに `{ $level }` というレベルはありません。あるのは：{ $levels }
class-server-api-no-level = このシナリオに `{ $level }` というレベルはありません
# $max: the most tables a class holds.
class-server-api-too-many = このクラスにはすでに交渉卓が { $max } 卓あり、これが上限です
# 教師が名前を付けなかった交渉卓：クラスでの番号。
class-server-table-name = 交渉卓 { $number }
class-server-api-reopen-over = この交渉卓の交渉は終わっています。引き継ぐ席はありません
class-server-api-reopen-agent = 外部エージェントの席は、学生ではなくそのトークンで再び使います

## The end of the talks, where the scenario names no outcome
# The outcome a seat is told when no treaty was signed.
class-server-no-treaty = 条約なし
# The dashboard's outcome when a treaty matches none of the scenario's outcomes.
# The level of a computer seat given no level (the delegate at full strength), where the
# scenario has no level that plays as it does.
class-server-level-full = 全力
class-server-no-outcome = シナリオのどの結果にも当たりません

# What stands in for the other side's confidential words quoted in a reason or a transcript line.
class-server-withheld = ［相手の訓令：非公開］
