# 予想される回答の理由：一文ずつ。交渉卓ではマウスを重ねると表示され、`portsmouth estimate` も出力します。
# 名前はシナリオから（シナリオとともに翻訳済み）：
#   $he        相手の呼び名（「ウィッテ」）。文中では「〇〇全権」とし、代名詞は省きます
#   $article   条項の題名、$option 選択肢の名前
#   $country   相手国の名前（narrate-side-japan / narrate-side-russia）
#   $articles  複数の条項の題名（estimate-reasons-list-… で結ぶ）、$count その数
#   $times     回数（数値）
#   $weight    heavy、moderate、light：その条項が相手にとってどれほど重要か
#   $demand    nothing、little、much：条件が相手にどれほど求めるか

# シナリオに名前がないとき（別のシナリオの理由など）。
estimate-reasons-this-article = この条項
estimate-reasons-another-option = 別の案
estimate-reasons-these-terms = この条件

# 条項の題名の列挙：一つだけ（$name）、最後の二つ（$first と $last）、その前の一つ（$first）と結び終えた残り（$rest）。
estimate-reasons-list-one = { $name }
estimate-reasons-list-pair = { $first }および{ $last }
estimate-reasons-list-more = { $first }、{ $rest }

## 条項ごと

estimate-reasons-already-agreed = { $article }はすでに「{ $option }」で合意済みです。
estimate-reasons-position-standing = { $article }について、交渉卓にある{ $he }全権の提案は「{ $option }」を求めています。
estimate-reasons-position-earlier = { $article }について、{ $he }全権が最後に提案したのは「{ $option }」です。
estimate-reasons-position-presumed = { $he }全権は{ $article }について条件を示していませんが、「{ $option }」を望むとみられます。
estimate-reasons-refused = { $he }全権は{ $article }についてのこの条件をこれまでに{ $times }回拒否しています。
estimate-reasons-beyond-offers = { $article }について、{ $he }全権はこれほどの条件を示したことがありません。
estimate-reasons-accepted = { $he }全権は以前、{ $article }についてのこの条件を受諾しています。
estimate-reasons-proposed = { $he }全権は以前、{ $article }についてのこの条件を自ら提案しています。
# $articles：相手の提案がこの条項と結び付けている他の条項（$count 個）。
estimate-reasons-linked = { $he }全権の提案は{ $article }を{ $count ->
       *[other] { $articles }
    }と結び付けています：それらと一括でなければ、ここでは譲らないでしょう。
estimate-reasons-estimated = 推測できる限り、{ $article }は{ $he }全権にとって{ $weight ->
        [heavy] 非常に重要で
        [moderate] ある程度重要で
       *[light] あまり重要ではなく
    }、あなたの条件はそこで相手に{ $demand ->
        [nothing] 何も求めていません
        [little] 少しの譲歩を求めています
       *[much] 大きな譲歩を求めています
    }。
estimate-reasons-known-priority = { $weight ->
        [heavy] { $article }は{ $country }にとって極めて重要であることが知られています。
        [moderate] { $article }は{ $country }にとって重要ですが、最優先ではないことが知られています。
       *[light] { $article }は{ $country }にとってあまり重要でないことが知られています。
    }
estimate-reasons-known-favourite = { $country }が{ $article }について「{ $option }」を支持していることは公に知られていました。
estimate-reasons-refused-in-public = { $country }は、{ $article }についてのあなたの条件を決して受け入れないと表明しています。
estimate-reasons-held-firm = { $he }全権は{ $article }について自らの条件をこれまでに{ $times }回繰り返しています。
estimate-reasons-gave-ground = { $he }全権は{ $article }についてすでに譲歩しています。
# $mediator：仲介者の名前。
estimate-reasons-mediator-proposed = { $mediator }は{ $article }について「{ $option }」を提案しています。

## 案全体

# $text：相手国の公式の立場（シナリオから）。
estimate-reasons-public-position = { $country }の公式の立場：{ $text }
# $from と $text：公の電報の発信元と内容（シナリオから）。
estimate-reasons-public-news = 公の報道（{ $from }）：「{ $text }」
estimate-reasons-spoke-publicly = { $country }は交渉中に公に発言しています。
estimate-reasons-phase-early = 交渉はまだ序盤です：{ $he }全権にはまだ譲歩する理由がほとんどありません。
estimate-reasons-phase-middle = 交渉は半ばです：{ $he }全権はいくらか譲歩するかもしれません。
estimate-reasons-phase-late = 交渉は終盤に近づいています：{ $he }全権はもっと譲歩してよいころです。
estimate-reasons-phase-last-word = これが{ $he }全権にとって回答する最後の機会です：妥結する理由は十分にあります。
estimate-reasons-nothing-proposed = { $he }全権はまだ交渉卓に何も出していません：この読みは、{ $country }の優先事項について世に知られていることに基づいています。
estimate-reasons-within-what-he-gives = 全体として、あなたの条件は{ $he }全権がいま譲りそうな範囲を超えていません。
# 次の四つでは、$articles が $count 個の条項を挙げます。
estimate-reasons-insists-on = { $he }全権は{ $count ->
       *[other] { $articles }
    }について譲らない見込みです。
estimate-reasons-never-offered = { $count ->
       *[other] { $articles }
    }について、あなたは{ $he }全権がこれまでに示したことのない条件を求めています。
estimate-reasons-no-common-ground = { $count ->
       *[other] { $articles }
    }について、{ $he }全権は、あなたの訓令が受諾を許す条件を一度も示していません：本国への電報か、時間が、それを変えるかもしれません。
estimate-reasons-you-give-more = { $count ->
       *[other] { $articles }
    }について、あなたは{ $he }全権の要求以上のものを差し出しています。
estimate-reasons-coarse = { $he }全権は巧みに手の内を隠しています：この読みはおおまかです。
estimate-reasons-no-turn-left = { $he }全権にはもう手番がありません：交渉はあなたの手番で終わり、提案に回答することはできません。いま受け入れた相手の条件は合意となり、未決の条項はシナリオの定めるとおりに決着します。

## 自国の訓令

# $capital：自国の首都、$order：訓令の文言、$linked：yes なら訓令を満たす条件と一括であれば許される。
estimate-reasons-breach = { $capital }からの訓令により、{ $article }について「{ $option }」を提案することは禁じられています{ $linked ->
        [yes] （訓令を満たす条件と一括にする場合を除く）
       *[no] { "" }
    }（「{ $order }」）。
