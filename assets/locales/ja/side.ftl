# 交渉卓の脇の列：指標とタブ（地図、電報、議事録、先生の目）。

side-meter-tip = { $description }（前回の会議の開始からの変化）
side-meter-accessible = { $name }：{ $value }。{ $tip }
side-tab-open = • { $label }
side-map = 地図
    .tip = 争点の領土と鉄道（F1）
side-dispatches = 電報
    .tip = 電報、ニュース、仲介者からの知らせ（F2）
side-dispatches-today = 電報（本日{ $count }通）
side-transcript = 議事録
    .tip = 講和会議の記録（F3）
side-teacher = 先生の目
    .tip = 両国の隠れた限界と条項ごとの合意可能範囲（Tで開閉）
side-class-dispatches = クラスの交渉卓では、ニュース、電報、仲介者の言葉はサーバーが議事録に載せます（F3）。
side-no-dispatches = まだ電報はありません。
side-nothing-said = 交渉卓ではまだ何も話されていません。
