# 対局の議事録（Markdown、先生用）：見出し・ラベル・文。シナリオの文章と経過の記述は別の場所から。

# $scenario：シナリオの題名。
export-minutes-title = { $scenario } — 会議議事録
# $seed：対局のシード。
export-minutes-seed = **シード** { $seed }（同じシナリオ・シード・手順でこの対局を再現できます）
# $session：現在の会議。$sessions：シナリオの会議数。
export-minutes-unfinished = 交渉はまだ続いています：第{ $session }回会議（全{ $sessions }回）。
export-minutes-outcome = 結末
export-minutes-no-outcome = シナリオのどの結末もこの終わり方に当てはまりません。
# 数値表の行。列は日本とロシア。
export-minutes-utility = 結果の効用（0＝最悪の条約、1＝最良）
export-minutes-walk-away = 決裂した場合の値
export-minutes-1905-gave = 1905年の条約の値
# $date：1905年の条約の調印日（date-long）。
export-minutes-beside-1905 = { $date }の条約との比較
# 列見出し。
export-minutes-article = 条項
export-minutes-this-game = この対局
export-minutes-1905 = 1905年
export-minutes-notes = 歴史家の注
export-minutes-sources-differ = 史料の記述が異なる点：
export-minutes-sources = 史料：
export-minutes-no-reference = （出典なし）
export-minutes-additional-articles = 追加条項
# 署名欄の見出し：$sovereign は署名の名義。
export-minutes-signed-for = { $sovereign }の全権
# 印のもとの署名：$name。
export-minutes-seal = （印）{ $name }
export-minutes-what-if = もしも
# $name：元の対局のファイル。$turn：別の決定をした手番。$player：その決定をした者。
export-minutes-what-if-from = この対局は *{ $name }* からの分岐です。第{ $turn }手までは同じ手順で、そこで{ $player }が別の決定をしました。
# $problem：再現できない理由。
export-minutes-no-replay = 元の対局を再現できません：{ $problem }
# 対局の終わり方：$outcome はシナリオの結末（または export-minutes-no-outcome-of-scenario）。
# $japan と $russia：効用（整形済み）。
export-minutes-ending = { $outcome }（日本 { $japan }、ロシア { $russia }）
export-minutes-no-outcome-of-scenario = シナリオの結末に当てはまらず
# $session：保存された会議。
export-minutes-ending-unfinished = 未完、第{ $session }回会議で保存
# $ending：export-minutes-ending の形。
export-minutes-the-original = 元の対局：{ $ending }
export-minutes-this-branch = この分岐：{ $ending }
export-minutes-branch-same = すべての条項が元の対局と同じ結果になりました。
export-minutes-branch-lost = この分岐には条約がありません。元の対局で決まった条項はすべて失われました。
export-minutes-branch-gained = 元の対局には条約がありませんでしたが、この分岐にはあります。
# 異なる条項の列見出し。
export-minutes-branch-column = この分岐
export-minutes-original-column = 元の対局
