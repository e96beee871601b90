# Hvordan en plads ved bordet kaldes i referatet. (Selve resultatfilen beholder de engelske
# navne: den læses af scripts og af klassens opslagstavler på alle sprog.)

# $players: spillernes navne eller export-results-a-player; $title: den forhandler, de spillede.
export-results-seat-player = { $players } som { $title }
export-results-a-player = en spiller
# $agent: computerens navn på kommandolinjen (delegate:steady).
export-results-seat-computer = computer ({ $agent })
