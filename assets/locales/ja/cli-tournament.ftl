# `portsmouth tournament`：全エージェントの総当たり（両方の役で）。

cli-tournament-heading = { $scenario } — エージェント { $agents } 体の総当たり、{ $pairings } 組 × { $games } ゲーム、シード { $seed }、{ $threads } スレッド
cli-tournament-progress = { $bar } { $done }/{ $pairings } 組

## 表

cli-tournament-japan = 日本
cli-tournament-russia = ロシア
cli-tournament-agree = 合意
cli-tournament-in-zone = 合意圏内
cli-tournament-utility-japan = 効用・日
cli-tournament-utility-russia = 効用・露
cli-tournament-pareto = パレート
cli-tournament-in-mandates = 訓令内
cli-tournament-pareto-distance = P距離
cli-tournament-nash-distance = ナッシュ距離
cli-tournament-sessions = 会議数
cli-tournament-by-role = 全対戦相手に対する平均効用（役別）：
cli-tournament-agent = エージェント
cli-tournament-as-japan = 日本として
cli-tournament-as-russia = ロシアとして
cli-tournament-zone-note = 合意圏内：最後の手の時点で、その時の双方の訓令が許し、どちらにとっても決裂と同等以上の価値がある条約が存在したゲームでの合意率。
cli-tournament-pareto-distance-note = P距離：合意がパレート・フロンティアから平均してどれだけ離れていたか（効用の差で）。パレート最適でない合意によって双方が取り損ねた利得の大きさです。
