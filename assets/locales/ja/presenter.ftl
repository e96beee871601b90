# 発表者表示：プロジェクター用の交渉卓。

presenter-offers = { $them }の提案
presenter-how-far-apart = 隔たり
presenter-zone = 合意可能範囲
presenter-agreed = 合意：{ $term }
presenter-opens = 講和会議が始まります。
presenter-mover = { $title }（{ $side ->
        [japan] 日本
       *[russia] ロシア
    }）— 第{ $session }回会議
presenter-public = 各国が公に述べたこと
presenter-position = { $title }（{ $side ->
        [japan] 日本
       *[russia] ロシア
    }）：{ $position }
presenter-cares = 特に重視していると知られている条項：{ $articles }
