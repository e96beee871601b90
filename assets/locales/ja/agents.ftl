## The computer delegations as a class reads them (the class results wall)

agents-delegate = コンピューターの全権
# $level: the level's name ("Steady"), or a scenario's own name for it.
agents-level-computer = コンピューター（{ $level }）
agents-historical = 1905年を再現するコンピューター
agents-boulware = ボウルウェア（時間依存型）
agents-linear = リニア（時間依存型）
agents-conceder = コンシーダー（時間依存型）
agents-hardheaded = 強硬なコンピューター
agents-tit-for-tat = しっぺ返しのコンピューター
agents-random = ランダムなコンピューター
