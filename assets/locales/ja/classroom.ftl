# 交渉卓の授業用操作：発表者表示、先生の目、デモ（一手ずつ、自動進行、どちらを誰が指すか）。

classroom-presenter = 発表者表示
    .tip = プロジェクター用に日程・条項・最新の回答を大きく表示、または通常表示に戻す（F5）
classroom-teacher-eye = 先生の目
    .tip = 両国の隠れた限界と条項ごとの合意可能範囲を表示・非表示（T）
classroom-step = 一手進める
    .tip = コンピューターの次の手を指して一時停止（N）
classroom-auto-play = 自動進行
    .tip = デモとしてコンピューターの手を数秒ごとに自動で進める（P）
classroom-pause = 一時停止
    .tip = 「一手進める」か「自動進行」までコンピューターの次の手を止める（P）
classroom-slower = 遅く
    .tip = 自動進行の手の間隔を長くする（[）
classroom-faster = 速く
    .tip = 自動進行の手の間隔を短くする（]）
classroom-take-over = { $title }を自分で指す
classroom-take-over-tip = ここから{ $title }の手を自分で指します
classroom-hand-back = { $title }をコンピューターに
classroom-hand-back-tip = { $title }の席をコンピューターに渡します
classroom-paused-ready = 一時停止中 — 次の手の用意ができています：一手進める（N）
classroom-paused = 一時停止中 — コンピューターの手は「一手進める」を待ちます（N）
classroom-auto-every = 自動進行：{ $seconds }秒ごとに一手
classroom-auto-at-once = 自動進行：用意ができ次第一手
