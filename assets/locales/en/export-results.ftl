# How a seat is named in the minutes. (The result file itself keeps the English names: it is
# read by scripts and by class walls in any language.)

# $players: the players' names, or export-results-a-player; $title: the negotiator they stood in for.
export-results-seat-player = { $players } as { $title }
export-results-a-player = a player
# $agent: the computer's name on the command line (delegate:steady).
export-results-seat-computer = computer ({ $agent })
