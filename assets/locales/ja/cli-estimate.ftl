# `portsmouth estimate`：交渉卓による草案の見積もり。受け止め方と理由の言葉はエンジンのもの（estimate と estimate-reasons の領域）。

cli-estimate-game-over = ゲームは終わっています。誰の草案かを --side japan か --side russia で指定してください
cli-estimate-no-proposal = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    }は交渉卓に提案を出していません。--draft article=option,... で草案を指定してください
cli-estimate-heading = { $me }の草案を{ $him }がどう受け止めそうか（{ $reading ->
        [coarse] 大まかな読み
       *[fine] 細かな読み
    }）：
cli-estimate-whole-draft = 草案全体：{ $meter }
cli-estimate-before-you-send = 送る前に：{ $breach }
cli-estimate-take-as-it-stands = 何が必要か：この草案のままで十分です。
cli-estimate-take = 何が必要か：
cli-estimate-take-changed = { $article }：{ $option }   （変更）
cli-estimate-take-nothing = 何が必要か：これらの条項について訓令が許す範囲では、今{ $him }を調印に導けるものはありません。
cli-estimate-take-no-answer = 何が必要か：いまは何もありません — { $him }には提案に回答する手番がもう残っていません。
cli-estimate-draft-form = --draft { $term }：各条件は article=option の形で書いてください（例：korea=free_hand）
