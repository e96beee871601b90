# コンピューターの全権どうしのゲームの実行（simulate、tournament、redteam、watch）を始められない理由。

batch-list-separator = { "、" }
batch-no-such-level = このシナリオには難易度の段階「{ $level }」はありません。あるのは { $levels } です
batch-too-many-games = --games { $games }：{ $shape ->
        [pairings] { $pairings } 組それぞれに { $games } ゲームで、合計 { $total } ゲーム
       *[single] { $games } ゲーム
    }となり、1 回の実行で行える { $max } ゲームを超えます。シードを変えて何回かに分けて実行するか、エージェントを減らしてください
