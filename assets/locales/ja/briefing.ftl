# 訓令の画面。

briefing-the-delegate = 全権
briefing-confidential = 極秘 — { $capital } より { $player } へ
briefing-instructions-for = { $delegate } への訓令
briefing-if-talks-fail = 交渉が決裂した場合
briefing-red-lines = 絶対必要条件 — 譲れない一線
briefing-necessary = ・{ $text }
briefing-necessary-cable = ・{ $text }（本国への電報で解除できる場合があります）
briefing-reserved = 本国がなお課しうる訓令
briefing-tradeable = 譲歩できるもの — 懸かっているもの全体に占める割合
briefing-guarded = 譲れない一線で守られているもの
briefing-public-position = { $party } の公式の立場
briefing-situation = 情勢
briefing-words-to-know = 知っておきたい言葉
briefing-take-seat = 交渉卓に着く
    .tip = 交渉卓を開きます。訓令は交渉卓の「訓令」ボタンからいつでも読めます
