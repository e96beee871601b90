# タイトル画面。

title-conference = 日露講和会議、1905年8月
title-name = Portsmouth 1905
title-peace = ポーツマス条約 — 日露講和条約
title-pitch = 海軍工廠で開かれる十二回の会議。日本の小村寿太郎、またはロシアのセルゲイ・ウィッテとなり、セオドア・ルーズベルトがオイスター・ベイから仲介するなか、韓国、満州、樺太、そして賠償金をめぐって交渉する。

title-new-game = 新しいゲーム
    .tip = シナリオ、陣営、相手を選ぶ
title-continue = 続ける
    .tip = 最後に遊んでいたゲームを再開する
title-join = クラスに参加
    .tip = 先生のクラスサーバーの交渉卓に着く：アドレス、卓のコード、あなたの名前
title-rejoin = { $table } に戻る
    .tip = 離れたクラスの交渉卓の席に戻る
title-load = 読み込む
    .tip = 保存したゲームを開く
title-results = クラスの結果
    .tip = クラス全員の対局の結果一覧：結末、各条項のばらつき、1905年より良い結果を得たのは誰か
title-settings = 設定
    .tip = 言語、プロジェクター用の設定、ハイコントラスト、教師用ツール、画面と文字の大きさ
title-quit = 終了
    .tip = ゲームを閉じる（Escキーは先に確認します）
title-footer = バージョン { $version } · Tab と Enter ですべてのボタンに届きます · Esc で終了を確認
title-scenarios = このゲームに入っているシナリオ
title-scenario-extent = 会議{ $sessions }回、{ $first }～{ $last } · 条項{ $articles }件 · { $file }
title-scenario-broken = 読み込めません — `portsmouth check` で確認してください
