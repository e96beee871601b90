# `portsmouth check`：シナリオファイルの内容、または問題点（問題そのものはシナリオ検査器の英語のまま）。

cli-check-ok-summary = { $path }：OK — { $summary }
cli-check-errors = { $path }：エラー { $count } 件
cli-check-translation-errors = { $path }：翻訳にエラー { $count } 件
cli-check-ok = { $path }：OK
cli-check-summary = 「{ $title }」：条項 { $articles }、会議 { $sessions } 回、出来事 { $events } 件、可能な条約 { $treaties } 通り、パレートフロンティア上の条約 { $frontier } 通り、開始時に{ $nash ->
        [point] 効用 { $japan } / { $russia } のナッシュ点があります
       *[none] 双方にとって決裂より良い条約はありません
    }

## `--analysis`：開始時の交渉の構図。

cli-check-reservation = 開始時の留保値：日本 { $japan }、ロシア { $russia }
cli-check-article = 条項
cli-check-nash-treaty = ナッシュ条約
cli-check-signed-1905 = 1905年の調印
cli-check-utilities-1905 = 1905年の条約の効用：日本 { $japan }、ロシア { $russia }
cli-check-nash-treaty-utilities = ナッシュ条約：日本 { $japan }、ロシア { $russia }。1905年からの距離 { $distance }
