# `portsmouth redteam`：コンピューターの全権に対する台本どおりの戦略。

cli-redteam-heading = { $scenario } — レッドチーム：台本 { $scripts } 本 × { $sides } 陣営 × { $levels } 段階 × { $games } ゲーム、シード { $seed }、{ $threads } スレッド
cli-redteam-progress = { $bar } { $done }/{ $batches } 組  残り { $eta }

## 表

cli-redteam-side = 陣営
cli-redteam-level = 段階
cli-redteam-best-script = 最良の台本
cli-redteam-params = パラメーター
cli-redteam-utility = 効用
cli-redteam-reference = 基準
cli-redteam-gain = 得
cli-redteam-ceiling = 上限
cli-redteam-agree = 合意
cli-redteam-refused = 拒否
cli-redteam-refused-turns = ルールが拒否した台本の手番（台本の誤り）：{ $count }

# 表の後に陣営ごとに一行：最良の台本が（自陣の効用で）最初に対戦した段階で最後の段階よりどれだけ多く得るか。
# $side は陣営、$gap は整形済み（"+0.045"）、$easier と $harder は段階の id。
cli-redteam-gap = { $side }：{ $easier } に対する最良の台本から { $harder } に対する最良の台本を引いた差：{ $gap }（台本自身の効用）
