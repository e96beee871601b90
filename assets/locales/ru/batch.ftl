# Почему прогон игр между компьютерными делегациями (simulate, tournament, redteam, watch) не может начаться.

batch-list-separator = { ", " }
batch-no-such-level = в этом сценарии нет уровня сложности «{ $level }»; есть уровни: { $levels }
batch-too-many-games = --games { $games }: { $shape ->
        [pairings] по { $games } на каждую из { $pairings } пар, всего игр: { $total }
       *[single] игр: { $games }
    }, а за один прогон играется не больше { $max }; запустите несколько прогонов с разными зёрнами или возьмите меньше агентов
