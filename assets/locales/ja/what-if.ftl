# もしも：保存したゲームを一手戻して別の選択をする。

what-if-just-played = 直前のゲーム
what-if-heading = もしも…
what-if-explain = 別の選択をする手を選んでください。ゲームはその手の直前まで戻ります（同じ手、同じ出来事）。その側の手はあなたが指し、その後は両側とも元のゲームどおりに進みます。振り返りで二つを比べます。
what-if-no-game = ゲームが選ばれていません。読み込み画面から保存したゲームを開いてください。
what-if-session = 第 { $session } 回会議 — { $date } — { $title }
what-if-turn = 第 { $turn } 手
what-if-turn-accessible = 第 { $turn } 手を別の選択に
what-if-turn-tip = この手の直前までゲームを戻し、{ $player } として自分で指します
what-if-back = 戻る
    .tip = 保存したゲームに戻る（Esc：タイトル画面）
