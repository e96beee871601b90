# 交代制の席の受け渡し。

handover-session = 第 { $session } 回会議 — { $date }
handover-opens = 会議が始まります：{ $player } が先に発言します
handover-put-away = { $player } の書類は片付けられました
handover-pass-seat = 席を { $next }（{ $side ->
        [Japan] 日本
       *[Russia] ロシア
    }）に渡してください。{ $next } が読んでいる間、{ $previous } は見ないでください。
handover-i-am = 私は { $player } です — 書類を見せる
    .tip = あなたの訓令と、あなたの全権団から見た交渉卓を表示します
