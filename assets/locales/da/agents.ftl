## The computer delegations as a class reads them (the class results wall)

agents-delegate = Computerdelegat
# $level: the level's name ("Steady"), or a scenario's own name for it.
agents-level-computer = Computer: { $level }
agents-historical = Computer, der genspiller 1905
agents-boulware = Boulware (tidsbaseret)
agents-linear = Lineær (tidsbaseret)
agents-conceder = Eftergivende (tidsbaseret)
agents-hardheaded = Stædig computer
agents-tit-for-tat = Tit-for-tat-computer
agents-random = Tilfældig computer
