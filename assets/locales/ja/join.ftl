# クラスに参加する画面。

join-heading = クラスに参加
join-explain = 先生がクラスのサーバーを動かし、各テーブルにコードを配ります。サーバーのアドレス、テーブルのコード、あなたの名前を入力してください。あなたの全権団の書類はサーバーから届きます。届くのはあなたの側の書類だけです。
join-address = サーバーのアドレス（例：192.168.1.20:7905）
    .tip = 先生のサーバーが表示したアドレス
join-code = テーブルのコード
    .tip = 先生から配られた、あなたのテーブルの短いコード
join-name = あなたの名前
    .tip = 先生の画面であなたのテーブルの横に表示される名前
join-delegation = あなたの全権団（任意）
join-either = どちらでも
    .tip = テーブルの空いている席
join-japan = 日本
    .tip = 日本の席（小村）を希望します
join-russia = ロシア
    .tip = ロシアの席（ウィッテ）を希望します
join-join = 参加
    .tip = クラスのサーバーに接続し、テーブルの席に着きます（Enter）
join-back = 戻る
    .tip = タイトル画面に戻る（Esc）
join-the-server = サーバー
join-connecting = { $url } に接続しています…
join-reconnecting = { $url } からまだ応答がありません（{ $reason }）。もう一度試しています（{ $attempt } 回目）。アドレスを先生に確認してください。
join-lost = { $url } に接続できません（{ $reason }）。アドレスとこの機械のネットワークを確認してください。ゲームは試し続けます。
join-refused = サーバーが拒否しました：{ $reason }
join-closed = サーバーが接続を閉じました。
