# 条項の一覧：各条項、その上の提案、あなたの提案。価値はいつもパーセント。

board-column-article = 条項
board-column-state = 状態
board-column-their-offer = { $them }の提案
board-column-your-proposal = あなたの提案
board-column-package = 括
board-column-worth = 価値

board-state-open = 交渉中
board-state-agreed = 合意
board-state-set-aside = 保留
board-gap = { $steps ->
        [0] 同じ
       *[other] { $steps }段階の差
    }
board-set-aside-mark = 今回は保留
board-not-proposed = 提案なし
board-not-on-agenda = まだ議題になっていません
board-percent = { $percent }%

board-answer = { $answer ->
        [accept] 受諾 · { $term }
        [reject] 拒否 · { $term }
        [set-aside] 保留 · { $term }
       *[none] { $term }
    }
board-answer-accessible = { $article }について：{ $label }
board-answer-tip = この提案に答えます：受諾、拒否、保留、または未回答（クリックで切り替え。A/R/Dですべてに回答）。
board-answer-tip-linked = この提案に答えます：受諾、拒否、保留、または未回答（クリックで切り替え。A/R/Dですべてに回答）。{ $others }と一括案になっており、まとめて回答します。
board-package-accessible = { $article }の一括案{ $letter }
board-package = 一括案
    .tip = 一括案：同じ文字の条項はまとめて提案され、すべてか無しかです
board-previous = { $article }の前の選択肢
    .tip = 訓令が許す前の選択肢（提案に含まれない条項では、卓上の条件へ向かう矢印はそこから、もう一方はあなたの最善から始まります）
board-next = { $article }の次の選択肢
    .tip = 訓令が許す次の選択肢（提案に含まれない条項では、卓上の条件へ向かう矢印はそこから、もう一方はあなたの最善から始まります）

board-worth-to-you = あなたにとって{ $percent }%の価値
board-forbidden = 訓令で禁じられています
board-in-package = ほか{ $count }条項と一括案
board-taken-back = 撤回：もとは{ $term }
board-turned-down = 拒否済み：{ $term }
board-on-the-table = 卓上：{ $term }
board-as-on-the-table = 卓上と同じ
board-yours-turned-down = あなたの案は拒否済み：{ $term }
board-takes-back = あなたの提案を撤回：{ $term }

board-summary-no-offer = { $them }の提案は卓上にありません。
board-summary-worth = { $them }の提案をすべて受諾すると、条約はあなたにとって{ $percent }%の価値です。
board-summary-breach = すべて受諾すると訓令に反します：「{ $line }」。
board-summary-forbidden = 訓令はその条件のうち{ $count }つを禁じています。
board-summary-unit = あなたにとっての価値はパーセントで示します：0%が最悪、100%が最善です。

board-counter = 相手の提案から対案
board-counter-accessible = { $them }の提案から対案を作る
board-counter-tip = { $them }の提案を条件ごと・一括案ごとにそのまま写してから、譲れないところを変えます
board-repeat = 自分の提案を繰り返す
    .tip = 卓上にあるあなたの提案を草案に戻します（回答と行動はそのまま）
