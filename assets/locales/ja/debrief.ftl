# 振り返り：会議の結末、本国の反応、条項ごとの比較、分析。

debrief-original-broken = 元のゲームを再現できません：{ $problem }
debrief-no-outcome = どの結末にも当てはまらない終わり方
debrief-no-outcome-lower = どの結末にも当てはまらない終わり方
debrief-what-if = もしも — { $player } が第 { $turn } 手を別の選択にしました。元のゲームは { $original } です
debrief-original = 元のゲーム：{ $outcome } — 日本 { $japan }、ロシア { $russia }
debrief-original-unfinished = 元のゲーム：未完のまま保存（第 { $session } 回会議）
debrief-this-branch = この分岐：{ $outcome } — 日本 { $japan }、ロシア { $russia }
debrief-differing = { $article }：{ $ours }（元のゲーム：{ $original }）
debrief-last-word = { $them }の最後の言葉
debrief-at-home = 本国では
debrief-aftermath = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    }：{ $text }
debrief-aftermath-result = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    } — { $result ->
        [ratified] 批准
        [unrest] 騒乱の中で批准
       *[refused] 批准拒否
    }：{ $text }
debrief-clauses = 条項ごとに、1905年9月5日の条約と比べて
debrief-as-in-1905 = 1905年と同じ
debrief-better-for-japan = 日本に有利
debrief-better-for-russia = ロシアに有利
debrief-better-for-both = 双方に有利
debrief-differs = 異なる
debrief-how-each-moved = 各条項の動き
debrief-for-the-teacher = 先生向け：交渉の余地
debrief-this-game = このゲーム
debrief-nash = ナッシュ交渉解
debrief-treaty-ring = 1905年の条約（輪）
debrief-pareto = パレート・フロンティア
debrief-side-utility = { $side ->
        [Japan] 日本
       *[Russia] ロシア
    }：{ $utility }（決裂時 { $walk_away }）
debrief-on-frontier = フロンティア上：双方にとってより良い条約はありませんでした。
debrief-inside-frontier = フロンティアの内側：双方にとってより良い条約がありました。
debrief-new-game = 新しいゲーム
    .tip = 別の会議を始めます
debrief-save = 保存
    .tip = 終わったゲームを保存し、再現や比較に使います
debrief-export-minutes = 議事録を書き出す
    .tip = 会議全体を Markdown で書き出します。話し合いや採点に
debrief-export-result = 結果を書き出す
    .tip = このゲームの結果ファイルを書き出します。クラスの結果一覧用
debrief-what-if-button = もしも…
    .tip = このゲームを任意の手まで戻し、別の選択をします
debrief-title = タイトル
    .tip = タイトル画面に戻る
debrief-axis-japan = 日本 →
debrief-axis-russia = ロシア
debrief-worth = { $party } にとっての価値：{ $worth }
debrief-worth-beside-1905 = { $party } にとっての価値：{ $worth } — 1905年の条約はあなたの側にとって { $worth_1905 } でした
debrief-class-private = 相手の全権団の評価と限度はクラスのサーバーにとどまります。各テーブルの結果は先生の画面で見られます。
debrief-transcript = { $table } — 記録
debrief-class-export-minutes-tip = あなたの全権団から見た交渉を Markdown で書き出します
debrief-class-title-tip = テーブルを離れ、タイトル画面に戻ります
