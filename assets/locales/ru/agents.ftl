## The computer delegations as a class reads them (the class results wall)

agents-delegate = Компьютерный делегат
# $level: the level's name ("Steady"), or a scenario's own name for it.
agents-level-computer = Компьютер: { $level }
agents-historical = Компьютер, повторяющий 1905 год
agents-boulware = Boulware (по времени)
agents-linear = Линейный (по времени)
agents-conceder = Уступающий (по времени)
agents-hardheaded = Несговорчивый компьютер
agents-tit-for-tat = Компьютер «око за око»
agents-random = Случайный компьютер
