# 保存したゲームの一覧に出る対戦の組み合わせ。

saves-hot-seat = 交代制：二人のプレイヤー（{ $japan } 対 { $russia }）
saves-hot-seat-named = 交代制：{ $players }（{ $japan } 対 { $russia }）
saves-computers = コンピューター対コンピューター（{ $japan_level } { $japan } 対 { $russia_level } { $russia }）
saves-against-computer = あなた（{ $us }）対 { $them }（コンピューター：{ $level }）
saves-against-computer-named = { $players }（{ $us }）対 { $them }（コンピューター：{ $level }）
