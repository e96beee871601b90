# 交渉卓の見出し：会議、日程表、メニューのボタン。

table-header-your-move = { $title }の番です — { $total }手中{ $turn }手目
table-header-your-move-final = { $title }の番です — { $total }手中{ $turn }手目、交渉の最後の手番です：いま提案しても回答はありません
table-header-your-move-last-proposal = { $title }の番です — { $total }手中{ $turn }手目：{ $them }全権が回答できる最後の提案です
table-header-move-sent = あなたの手はサーバーに届いています…
table-header-move-once-allowed = 接続と先生の許可があれば、あなたの番です
table-header-seat-closed = あなたの席は閉じられました。交渉はあなた抜きで続きます
table-header-waiting-for = 相手の{ $title }を待っています
table-header-over = 講和会議は終わりました。
table-header-considering = { $title }が検討中です…
table-header-waiting = 相手の全権団を待っています
table-header-session = 第{ $number }回会議（全{ $total }回）— { $title }
table-header-date-status = { $date } · { $status }
table-header-calendar-day = { $month }/{ $day }
table-header-brief = 訓令
    .tip = 訓令を読み直す
table-header-save = 保存
    .tip = このゲームを新しい名前で保存（Ctrl+S）
table-header-title = タイトル
    .tip = 確認のうえタイトル画面へ戻る。「続ける」でこのゲームに戻れます（Esc）
