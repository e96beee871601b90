# 会議の議事録としての交渉の記録。交渉卓の記録、watch と replay、クラスのプロジェクターで使う。
# 変数（名と題はシナリオから、未翻訳）：
#   $actor    全権とその側（narrate-who の形：「Komura（日本）」）
#   $title    全権の名、または会議・出来事・提案の題
#   $articles 条項の題（narrate-articles-join でつなぐ）、$count その数
#   $terms    条件（それぞれ narrate-term、narrate-terms-join でつなぐ）

narrate-term = { $article } — { $option }
narrate-terms-join = { "；" }
# 日本語には複数形がないので、$count を使う文も一つの形だけ。
narrate-articles-join = { "、" }
narrate-articles-join-last = { "、" }
# 一覧の一項目。
narrate-article = { $article }
# 複数の条件からなる一括案の冒頭。空白のあとに条件が続く。
narrate-together = 一括案（すべてか、無か）：

narrate-side-japan = 日本
narrate-side-russia = ロシア
narrate-who = { $title }（{ $side }）

narrate-proposes = { $actor }の提案：
narrate-press = { $actor }が新聞に声明 —「{ $label }」：{ $text }
narrate-cable = { $actor }は{ $capital }に電報を打ち、「{ $order }」の解除を求めます。
narrate-cable-again = { $actor }は再び{ $capital }に電報を打ち、「{ $order }」の解除を求めます。
narrate-appeal = { $actor }は{ $mediator }に仲介を求めます。
narrate-ultimatum = { $actor }が最後通牒を発します：{ $date }の会議までに次の条件に同意すること — { $terms } — さもなくば{ $side }は交渉を打ち切ります。
narrate-breaks-off = { $actor }は交渉を打ち切ります。
narrate-waits = { $actor }は待ちます。
narrate-accepts = { $count ->
   *[other] { $actor }は{ $articles }についての{ $to }の条件を受諾します。
}
narrate-rejects = { $count ->
   *[other] { $actor }は{ $articles }についての{ $to }の条件を拒否します。
}
narrate-rejects-with-own = { $count ->
   *[other] { $same_count ->
           *[other] { $actor }は{ $articles }についての{ $to }の条件を拒否し、それとともに{ $same }についての条件も、自らの条件と同じでありながら退けます。
        }
}
narrate-rejects-own = { $same_count ->
   *[other] { $actor }は{ $same }についての{ $to }の条件を、自らの条件と同じであるにもかかわらず拒否します。
}
narrate-asks-set-aside = { $count ->
   *[other] { $actor }は{ $articles }の棚上げを求めます。
}

narrate-ending-all-agreed = すべての条項が合意されました。条約は完成です。
narrate-ending-time-up-treaty = 最後の会議が終わりました。合意された条項で条約が調印され、未決の条項はシナリオの定めるとおりに決着します。
narrate-ending-time-up-no-treaty = 最後の会議は、欠くことのできない条項を未決のまま終わりました。条約はありません。
narrate-ending-walkout = { $actor }が会議を打ち切ります。
narrate-ending-ultimatum = { $actor }の最後通牒は満たされないまま期限を迎えました。{ $side }は会議を打ち切ります。
narrate-ending-recalled = { $capital }は全権団を召還しました。会議は終わりです。

narrate-session = 第{ $number }回会議 — { $date } — { $title }
narrate-agreed = 合意 — { $term }（{ $author }の提案）
narrate-agreed-on-reopening = 再交渉により合意 — { $term }（{ $author }の提案）
narrate-set-aside = 双方の見解を記録し、{ $count }件を棚上げ：{ $articles }。
narrate-mediator-terms-await = { $count ->
   *[other] { $articles }についての仲介者の条件は、{ $title }の回答を待っています。
}
narrate-lapsed = { $count ->
   *[other] { $articles }についての{ $author }の条件は、もはや交渉卓にありません。
}
narrate-dispatch = { $from }からの電報：{ $title } — { $text }
narrate-event = 出来事：{ $title }
narrate-cable-unchanged = { $capital }はあなたの訓令を変えません。
narrate-cable-answer = { $title }への返電――{ $text }
narrate-instructions-bind = 訓令：「{ $order }」が{ $title }を拘束するようになりました。
narrate-instructions-release = 訓令：「{ $order }」はもはや{ $title }を拘束しません。
narrate-mediator-proposes-named = { $mediator }の提案 — { $title }：{ $text }
narrate-mediator-proposes = { $mediator }が妥協案を示します：
narrate-at-request = { $title }の求めに応じて：
narrate-mediator-declined = { $mediator }は、いまのところ{ $title }に示せる妥協案はないと見ています。
narrate-last-look = 条約は完成しました。調印に先立ち、{ $mediator }は修正を提案します。各全権団が内々に語ったところによれば、いずれの側にも不利益がなく、少なくとも一方に利益をもたらす修正です：
narrate-last-look-declined = { $title }は合意どおりの条約を維持し、{ $mediator }の修正案は不成立となります。
narrate-ultimatum-met = { $actor }の最後通牒は満たされました。
narrate-ultimatum-overtaken = { $actor }の最後通牒は効力を失いました。その条項はすでに合意されていますが、すべてが通牒の要求どおりの条件ではありません。

narrate-withdraws-back-to = { $who }は{ $article }についての文言「{ $from }」を撤回し、かわりに「{ $to }」を求めます。
narrate-withdraws = { $who }は{ $article }についての文言「{ $from }」を撤回します。それはもう彼の提案にありません。

# 対局後の講評（watch、replay）。
narrate-debrief-plain = わかりやすく言えば
narrate-debrief-outcome = 結末：{ $title }
narrate-debrief-no-outcome = 結末：この終わり方に合うシナリオの結末はありません。
narrate-debrief-at-home = 本国の反応
narrate-debrief-aftermath = { $side }：{ $text }
narrate-debrief-aftermath-result = { $side } — { $result }：{ $text }
narrate-ratified = 批准
narrate-ratified-amid-unrest = 騒擾のなか批准
narrate-ratification-refused = 批准拒否
narrate-debrief-sources = 出典：{ $sources }
narrate-debrief-clauses = 条項ごとに、1905年9月5日の条約と並べて
narrate-debrief-signed = 1905年：{ $signed }（{ $verdict }）
narrate-verdict-same = 1905年と同じ
narrate-verdict-japan = 本局の結果は日本に有利
narrate-verdict-russia = 本局の結果はロシアに有利
narrate-verdict-both = 本局の結果は双方に有利
narrate-verdict-different = 1905年と異なる
narrate-debrief-teacher = 先生へ：交渉の余地
narrate-debrief-utilities = 効用（0 = 最悪の条約、1 = 最良。決裂時の価値 = 交渉を打ち切った場合の価値。得られた利得の割合 = 決裂時の価値から 1 までの幅のうち、結果が得た割合）
narrate-debrief-utility = { $side } { $utility }   決裂時の価値 { $walkaway }   得られた利得の割合 { $share }
narrate-debrief-pareto-yes = パレート最適：はい（フロンティアまでの距離 { $distance }）
narrate-debrief-pareto-no = パレート最適：いいえ — 双方にとってより良い条約がありました（フロンティアまでの距離 { $distance }）
narrate-debrief-nash = ナッシュ交渉解は { $japan } / { $russia }。この結果からの距離 { $distance }
narrate-debrief-no-nash = 最後の時点で、双方にとって決裂より良い条約はありませんでした。
narrate-debrief-history = 1905年の条約からの効用上の距離：{ $distance }
