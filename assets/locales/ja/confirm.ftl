# 交渉卓を離れる前、終了する前の確認。

confirm-leave-table = 交渉卓を離れますか？
confirm-seat-kept = あなたの席はそのまま残ります。タイトル画面の「戻る」で席に戻れます。
confirm-autosaved = ゲームは自動保存されています。タイトル画面の「続ける」で戻れます。
confirm-leave = 離れる
    .tip = タイトル画面へ
confirm-quit-question = Portsmouth 1905 を終了しますか？
confirm-games-saved = ゲームは保存されています。
confirm-quit = 終了
    .tip = ゲームを閉じます
confirm-stay = 留まる
    .tip = この質問を閉じます（Esc）
