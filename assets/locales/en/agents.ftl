## The computer delegations as a class reads them (the class results wall)

agents-delegate = Computer delegate
# $level: the level's name ("Steady"), or a scenario's own name for it.
agents-level-computer = { $level } computer
agents-historical = Computer replaying 1905
agents-boulware = Boulware (time-based)
agents-linear = Linear (time-based)
agents-conceder = Conceder (time-based)
agents-hardheaded = Hard-headed computer
agents-tit-for-tat = Tit-for-tat computer
agents-random = Random computer
