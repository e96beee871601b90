# ルールが手を認めない理由（プレイヤーに示す）。
# 変数（名はシナリオから、未翻訳）：$article と $linked は条項の題、$author と $to は全権または仲介者の名、
# $capital は首都、$order は訓令の一文、$side・$from・$to_move は側（narrate-side-japan／narrate-side-russia）。

refusal-conference-over = 会議は終わりました。
refusal-not-your-turn = いまは{ $side }ではなく{ $to_move }の番です。
refusal-nothing-to-answer = { $from }は回答すべき提案を交渉卓に出していません。
refusal-no-mediator-proposal = { $mediator }は交渉卓に提案を出していません。
refusal-last-look-answer-only = 条約はすでに完成しています。いまできるのは、{ $mediator }の修正案を全体として受諾するか退けるかだけです。
refusal-answer-names-no-article = { $to }への回答が、どの条項も挙げていません。
refusal-answer-names-unknown-article = 回答が、この会議にない条項を挙げています。
refusal-not-in-proposal = { $article }は{ $author }の提案に含まれていません。
refusal-two-answers = { $article }に二つの異なる回答が与えられています。
refusal-package-split = { $author }は{ $article }を{ $linked }と一括にしました。両者には一緒に回答してください。
refusal-settled-by-other-answer = { $article }は、この手番で{ $side }への回答によりすでに決着しています。
refusal-empty-proposal = 提案には少なくとも一つの条件が必要です。
refusal-no-such-article = そのような条項はありません。
refusal-no-such-option = { $article }にそのような選択肢はありません。
refusal-not-tabled-later = { $article }はまだ交渉卓に上っていません。後の会議で取り上げられます。
refusal-not-tabled-on = { $article }はまだ交渉卓に上っていません。{ $date }に取り上げられます。
refusal-not-tabled-in-session = { $article }はまだ交渉卓に上っていません。第{ $number }回会議で取り上げられます。
refusal-settled-this-turn = { $article }はこの手番のあなたの回答で決着しました。
refusal-already-agreed = { $article }はまさにその内容ですでに合意されています。
# $act：accept（受諾）、propose（提案）、demand（要求）。$linked：yes なら、訓令を満たす条件と一括であれば許される。
refusal-forbidden = { $capital }からの訓令により、{ $article }について「{ $option }」を{ $act ->
        [accept] 受諾する
        [demand] 要求する
       *[propose] 提案する
    }ことは禁じられています{ $linked ->
        [yes] （訓令を満たす条件と一括にする場合を除く）
       *[no] { "" }
    }（「{ $order }」）。本国への電報で訓令が変わるかもしれません。
refusal-no-such-press = あなたの全権団にそのような声明はありません。
refusal-press-used = 声明「{ $label }」はすでに出しています。
refusal-no-such-instruction = 問い合わせるべきそのような訓令はありません。
refusal-instruction-lifted = 「{ $order }」はもはやあなたを拘束していません。
refusal-cable-awaited = 前回の電報への{ $capital }の返答をまだ待っています。
refusal-no-time-for-cable = 最後の会議が終わるまでに返答は届きません。
refusal-mediator-already-asked = この会議ではすでに{ $mediator }に仲介を求めました。
refusal-ultimatum-stands = 先の最後通牒がまだ有効です。
refusal-empty-ultimatum = 最後通牒には要求する条件を挙げる必要があります。
refusal-deadline-out-of-range = 期限は第{ $first }回から第{ $last }回までの会議でなければなりません。
refusal-ultimatum-unknown-term = 最後通牒が未知の条件を挙げています。
refusal-ultimatum-not-tabled = { $article }はまだ交渉卓に上っていません。
refusal-ultimatum-already-agreed = それらの条件はすでに合意されています。
