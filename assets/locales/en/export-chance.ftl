# "What chance decided": after the game, how each event the scenario leaves to chance fell in
# this one, beside 1905.

export-chance-title = What chance decided
export-chance-note = Some events of 1905 are left to chance in this scenario; here is how each fell in this game. While both delegations played the turns of 1905, each happened as it did in 1905.
# $event: the event's title; $percent: its chance in this scenario, in per cent.
export-chance-came = { $event }: it happened, as in 1905 (a chance of { $percent }% in this scenario).
export-chance-missed = { $event }: not in this game; in 1905 it happened (a chance of { $percent }% in this scenario).
