# クラス結果掲示板のテキスト版（端末の `portsmouth wall`）。シナリオの題名とラベルは結果ファイルから。

# $scenario：シナリオの題名。$count：掲示板に載る対局数。
export-wall-title = クラスの結果 — { $scenario } — { $count }局
# $count：フォルダ内の他のシナリオの結果の数。
export-wall-other-scenarios = （他のシナリオの結果{ $count }件は除外）
export-wall-outcomes = 結末
# 1905年の結末の印。
export-wall-historical = ← 1905年
export-wall-articles = 各条項の最終条件（* = 1905年）
# 条項が決まらなかった対局。
export-wall-open = 条約なし／未決
# $about と $much：しきい値（整形済み、"0.05"）。
export-wall-against-1905 = 1905年の小村寿太郎とセルゲイ・ウィッテとの比較（ほぼ同じ：最悪の条約0から最良1までの尺度で1905年との差が{ $about }以内。ずっと：{ $much }以上）
# $side：narrate-side-japan または narrate-side-russia。$better、$same、$worse：1905年より
# 良かった、同じくらいだった、悪かった全権団の数。
export-wall-tally = { $side }：良い{ $better }、同じ{ $same }、悪い{ $worse }
