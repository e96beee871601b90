# 保存したゲームの一覧に出る対戦の組み合わせ。

saves-hot-seat = 交代制：二人のプレイヤー（{ $japan } 対 { $russia }）
saves-hot-seat-named = 交代制：{ $players }（{ $japan } 対 { $russia }）
saves-computers = コンピューター対コンピューター（{ $japan_level } { $japan } 対 { $russia_level } { $russia }）
saves-against-computer = あなた（{ $us }）対 { $them }（コンピューター：{ $level }）
saves-against-computer-named = { $players }（{ $us }）対 { $them }（コンピューター：{ $level }）

# How a saved game stands.
saves-in-progress = 交渉中
saves-signed = 条約調印
saves-broke-down = 交渉決裂

# The name the save dialog offers. $first and $second are the two delegations, the
# player's own first; $session counts from 1.
saves-default-name = { $first } 対 { $second } — 第{ $session }回会議
# $outcome is how the game ended (saves-signed or saves-broke-down).
saves-default-name-done = { $first } 対 { $second } — { $outcome }
# A computer delegation in the name: $level is its difficulty, $title its player title.
saves-default-computer = { $level }の{ $title }

# When a save was written, in the machine's local time: $weekday 0 is Sunday, $month 1 is
# January; $time is the hour and minute, "14:05".
saves-when = { $year }年{ $month }月{ $day }日（{ $weekday ->
        [0] 日
        [1] 月
        [2] 火
        [3] 水
        [4] 木
        [5] 金
       *[6] 土
    }）{ $time }
# The same in UTC, where the local time cannot be found. $when is saves-when.
saves-when-utc = { $when }（協定世界時）
