# `portsmouth simulate`：コンピューター同士の多数のゲームと、その集計。

cli-simulate-results-dir-cannot-create = --results-dir { $folder }：フォルダーを作成できません：{ $error }
cli-simulate-results-dir-cannot-create-help = ヒント：作成できるフォルダーか、既存のフォルダーを指定してください
cli-simulate-heading = { $scenario } — { $games } ゲーム、{ $japan }（日本）対 { $russia }（ロシア）、シード { $seed }
cli-simulate-could-not-write-results = 結果を書き込めませんでした：{ $error }
cli-simulate-results-dir-written = 1 ゲームごとの結果ファイルを { $folder } に書き込みました（`portsmouth wall { $folder }` で表示できます）
cli-simulate-out-format = --out { $path }：ファイル名は .csv か .json で終わる必要があります（それで形式が決まります）
cli-simulate-progress = { $bar } { $done }/{ $games } ゲーム  { $rate }  残り { $eta }

## 集計表と数値

cli-simulate-outcome = 結末
cli-simulate-games = ゲーム数
cli-simulate-share = 割合
cli-simulate-no-outcome = （どの結末にも当たらない）
cli-simulate-agreement = 合意（条約が発効）：{ $share }
cli-simulate-agreement-zone = 最後の手の時点で合意可能な範囲が残っていたゲームでの合意率：{ $games } ゲーム中 { $share }
cli-simulate-mean-utility = 平均効用：日本 { $japan }、ロシア { $russia }   （決裂と比べた平均の得：{ $japan_advantage } / { $russia_advantage }）
cli-simulate-pareto = パレート最適な合意：{ $share }（双方の最終訓令の範囲内：{ $within }）
# $distance is preformatted ("0.012").
cli-simulate-pareto-distance = 合意からパレート・フロンティアまでの平均距離：{ $distance }
cli-simulate-settlement-1905 = 1905年の講和（大筋）：全ゲームの { $share }
cli-simulate-nash-distance = ナッシュ点までの平均距離：{ $distance }
cli-simulate-mean-sessions = 平均会議回数：{ $sessions }
cli-simulate-refused-moves = ルールが拒否した手（エージェントの誤り）：{ $count }
cli-simulate-speed = 速度：毎秒 { $rate } ゲーム（{ $threads } スレッドで { $seconds } 秒）
