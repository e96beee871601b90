# 結果をわかりやすい言葉で：1905年の交渉者と比べてどうだったか、最大の問題で条約が何を定めたか。
# $compared（および $japan、$russia）は much-better, little-better, same, little-worse, much-worse のいずれか。

export-plain-against-1905 = 1905年{ $compared ->
        [much-better] よりずっと良い
        [little-better] より少し良い
       *[same] とほぼ同じ
        [little-worse] より少し悪い
        [much-worse] よりずっと悪い
    }
# $title：プレイヤーが演じた交渉者（小村寿太郎）。
export-plain-you-did = あなたの結果は、1905年の{ $title }{ $compared ->
        [much-better] よりずっと良いものでした。
        [little-better] より少し良いものでした。
       *[same] とほぼ同じでした。
        [little-worse] より少し悪いものでした。
        [much-worse] よりずっと悪いものでした。
    }
# $japanTitle と $russiaTitle：1905年の両交渉者。
export-plain-both-did = 日本の結果は1905年の{ $japanTitle }{ $japan ->
        [much-better] よりずっと良く
        [little-better] より少し良く
       *[same] とほぼ同じで
        [little-worse] より少し悪く
        [much-worse] よりずっと悪く
    }、ロシアの結果は{ $russiaTitle }{ $russia ->
        [much-better] よりずっと良いものでした。
        [little-better] より少し良いものでした。
       *[same] とほぼ同じでした。
        [little-worse] より少し悪いものでした。
        [much-worse] よりずっと悪いものでした。
    }
export-plain-refused = 条約は調印されましたが本国で拒否されたため、その内容は何も実現しませんでした。
export-plain-no-treaty = 条約は調印されませんでした。何も決まらず、戦争は続くおそれがありました。
# 条項（$article）とこの条約の決定（$option）。$then：1905年の決定。
export-plain-settled = { $article }：{ $option }
export-plain-settled-as-1905 = { $article }：{ $option }（1905年と同じ）
export-plain-settled-unlike-1905 = { $article }：{ $option }（1905年は{ $then }）
export-plain-settled-join = { "、" }
# $settled：export-plain-settled… の形の条項を export-plain-settled-join でつないだもの。
export-plain-biggest = 最大の争点：{ $settled }。
export-plain-for-the-teacher = 各側の結果は0（その側にとって最悪の条約）から1（最良の条約）までで採点します。「決裂時の価値」は、交渉を打ち切った場合にその側が得たであろう値です。パレート・フロンティアとは、一方を悪くせずには他方を良くできない条約の集まりです。その内側の結果は、双方ともまだ得られるものを取り残したことを意味します。ナッシュ点とは、決裂に比べた利得を最も均等に分け合う（両者の利得の積を最大にする）フロンティア上の条約です。いずれも全権が目指すべきだった答えではなく、何が可能だったかを話し合うための物差しです。
