# A student's seat at a class table: the connection line under the table's header, the
# join form's checks, and the notices the class server's messages bring.
# $table is the table's name as the server gives it; $reason is the connection's or the
# server's own words.

class-status-connecting = { $table }：クラスのサーバーに接続しています…
class-status-paused = { $table }：接続済み — 先生がクラスを一時停止しています。再開まで手は送れません
class-status-sent = { $table }：接続済み — あなたの手をサーバーに送りました
class-status-connected = { $table }：接続済み
# $attempt counts the tries to reconnect.
class-status-reconnecting = { $table }：接続が切れました（{ $reason }）— 再接続中、{ $attempt } 回目。失われたものはありません
class-status-lost = { $table }：接続を失いました（{ $reason }）— 再試行中。このコンピューターのネットワークを確かめるか、先生に伝えてください
class-status-refused = { $table }：サーバーがあなたの席を閉じました（{ $reason }）— 先生に尋ねてください。「タイトル」で交渉卓を離れます
class-status-closed = { $table }：交渉は終わりました。サーバーが接続を閉じました

class-status-no-address = 先生から伝えられたサーバーのアドレスを入力してください（例：192.168.1.20:7905）。
# $address is what the student typed.
class-status-bad-address = 「{ $address }」はアドレスではありません。192.168.1.20:7905 や school-server:7905 のような形で入力してください。
class-status-bad-port = 「{ $address }」のポートは 1 から 65535 までの数字にしてください。
class-status-no-code = 先生から伝えられた交渉卓のコードを入力してください（例：KX7P）。
# $code is what the student typed.
class-status-bad-code = 「{ $code }」は交渉卓のコードではありません。コードは KX7P のような数文字の英数字です。
class-status-no-name = 名前を入力してください。先生には交渉卓の横に表示されます。
# $problem is the system's reason.
class-status-cannot-connect = 接続を開始できませんでした：{ $problem }
class-status-server-refused = サーバーが拒否しました：{ $reason }
class-status-unsent = 手は送られませんでした。接続が切れています。自動で再接続しますので、「接続済み」と表示されたらもう一度送ってください。
class-status-paused-notice = 先生がクラスを一時停止しました。再開まで手は送れません。
class-status-resumed-notice = 先生がクラスを再開しました。
class-status-seat-taken = 先生があなたの席をコンピューターに渡しました：{ $reason }
# $message is the server's own words.
class-status-move-refused = 手は送られませんでした：{ $message }
class-status-move-not-taken = サーバーは手を受け付けませんでした：{ $message }
