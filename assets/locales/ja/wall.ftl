# クラスの結果一覧。

wall-heading = クラスの結果
wall-empty = { $folder } にはまだ結果がありません。各ゲームの振り返りに「結果を書き出す」があります。クラスの結果ファイルをこのフォルダーにコピーするか、`portsmouth simulate --results-dir { $folder }` で作ってください。
wall-summary = { $scenario } — { $games } ゲーム — 1905年どおり：{ $share_1905 }
wall-from = 出典：{ $folder }
wall-from-others-left-off = 出典：{ $folder }（他のシナリオの結果 { $others } 件は除外）
wall-back = 戻る
    .tip = タイトル画面に戻る（Esc）
wall-show-scenario-accessible = { $title } の結果を表示
wall-show-scenario-tip = 同じフォルダーから、このシナリオの結果を表示します
wall-left-off = 除外：{ $first }
wall-left-off-more = 除外：{ $first }（ほかに { $more } ファイル。`portsmouth wall` で一覧できます）
wall-how-ended = 交渉の結末
wall-as-in-1905 = { $outcome } — 1905年どおり
wall-articles = 各条項の最終条件
wall-articles-explain = 選択肢は左の日本の要求から右のロシアの立場へ並びます。枠で囲んだものが1905年の条件です
wall-no-treaty = 条約なし ×{ $count }
wall-delegations = 小村とウィッテに対して
wall-tally = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    }：より良い { $better } · 同程度 { $same } · より悪い { $worse }
wall-delegations-explain = 各全権団の結果を1905年のその側の結果と比べます（同程度：最悪の条約を0、最良を1とする尺度で { $about } 以内。大きな差：{ $much } 以上）
wall-more =
    …ほか { $more } 件
    （`portsmouth wall` ですべて一覧できます）

# One line of the standings: $side is the side's name, $who the player (a student's name, or
# the computer's level), $count how many results it stands for (shown from 2 on), $compared
# how it did beside the negotiator of 1905 (one of the wall-*-better/-worse below).
wall-standing = { $side }：{ $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    }
wall-standing-compared = { $side }：{ $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    } — { $compared }
wall-much-better = 1905年よりずっと良い
wall-little-better = 1905年より少し良い
wall-about-the-same = 1905年とほぼ同じ
wall-little-worse = 1905年より少し悪い
wall-much-worse = 1905年よりずっと悪い
