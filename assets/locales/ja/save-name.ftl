# 保存に名前を付けるダイアログ。

save-name-class-game = クラスのゲームはこの機械ではなく、クラスのサーバーに保存されます。先生がダウンロードできます。
save-name-heading = このゲームを保存
save-name-explain = 読み込み画面で見つけやすい名前を付けてください。入力すると名前が置き換わります。Enter で保存、Esc で取り消します。
save-name-field = 保存名
    .tip = 読み込み一覧に表示される保存の名前
save-name-save = 保存
    .tip = この名前で保存します（Enter）
save-name-cancel = 取り消し
    .tip = 保存せずに閉じます（Esc）
save-name-empty = 保存に名前を付けてください（保存しない場合は Esc）。
save-name-not-saved = 保存できませんでした：{ $problem }
