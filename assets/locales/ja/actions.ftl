# 一覧の下：相手の最後の手、この手番の行動、読み上げと送信。

actions-last-move = { $them }の最後の手
actions-not-spoken = { $them }はまだ発言していません。
actions-press-chosen = 新聞発表：{ $statement }
actions-press = 新聞発表
    .tip = 新聞に語る：本国とアメリカの世論を動かします。各声明は使える回数に限りがあります（もう一度クリックで次の声明）
actions-cable-chosen = 電報：{ $line }
actions-cable = 本国へ電報
    .tip = 譲れない一線の一つを外すよう政府に求めます。返事は次の会議で届き、拒否もありえます（もう一度クリックで次の一線）
actions-ask = ルーズベルトに依頼
    .tip = 両国の訓令が許す妥協案を出すよう仲介者に求めます
actions-ask-yes = ルーズベルトに依頼：する
actions-ultimatum = 最後通牒
actions-ultimatum-yes = 最後通牒：出す
actions-ultimatum-tip = { $date }の会議までに草案の条件を要求し、通らなければ全権団は交渉を打ち切ります。送れば取り消せません
actions-break-off = 決裂
    .tip = 講和会議から退席します。条約なしで交渉は終わります
actions-break-off-yes = 決裂：する
actions-reset = 元に戻す
    .tip = 卓上のあなたの提案に戻し、回答を消します（Backspace）
actions-send = 手を送る
    .tip = この手を交渉卓に送ります（Ctrl+Enter）
actions-worth = あなたの提案が合意されれば条約はあなたにとって{ $agreed }%の価値、いま決裂すれば{ $walk_out }%です。
actions-recorded = 記録されるあなたの手

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { "" }
actions-terms-next = { "；" }
actions-terms-package = （{ $terms }）
