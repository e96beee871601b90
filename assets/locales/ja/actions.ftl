# 一覧の下：相手の最後の手、この手番の行動、読み上げと送信。

actions-last-move = { $them }の最後の手
actions-not-spoken = { $them }はまだ発言していません。
actions-press-chosen = 新聞発表：{ $statement }
actions-press = 新聞発表
    .tip = 新聞に語る：本国とアメリカの世論を動かします。各声明は使える回数に限りがあります（もう一度クリックで次の声明）
actions-cable-chosen = 電報：{ $line }
actions-cable-chosen-tip = { $capital }に「{ $order }」の解除を求めます。返事は次の会議で届き、拒否もありえます（もう一度クリックで次の一線）
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
actions-worth-open = あなたの提案が合意され、そこで交渉が終われば（未決の条項はシナリオの定めどおり、または最悪の条件で数える）、条約はあなたにとって{ $agreed }%の価値、いま決裂すれば{ $walk_out }%です。
actions-recorded = 記録されるあなたの手

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { "" }
actions-terms-next = { "；" }
actions-terms-package = （{ $terms }）

last-look-heading = 調印の前に：{ $mediator }の修正案
last-look-explained = すべての条項が合意されました。{ $mediator }は両全権団から内々に意向を聞いたうえで、次の修正を提案します。それぞれが語ったところによれば、この修正はいずれの側にも不利益がなく、少なくとも一方に利益をもたらします。これを受諾するか、合意どおりの条約を維持するかを選んでください。
last-look-change = { $article }：{ $was } → { $becomes }
last-look-settlement = 講和の形が変わります：「{ $was }」→「{ $becomes }」。
last-look-worth = あなたの訓令に照らした価値：修正後{ $amended }%、合意どおり{ $agreed }%。
last-look-they-accepted = { $them }は修正案を受諾しました。
last-look-waiting = 修正案に対する{ $them }の回答を待っています。
last-look-accept = 修正案を受諾する
    .tip = { $mediator }の修正どおりに条約に調印します（相手側も受諾した場合）
last-look-keep = 合意どおりの条約を維持する
    .tip = { $mediator }の修正案を退けます。条約は合意どおりに調印されます
