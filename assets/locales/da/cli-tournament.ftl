# `portsmouth tournament`: alle agenter mod alle agenter, i begge roller.

cli-tournament-heading = { $scenario } – turnering med { $agents } agenter, { $pairings } parringer × { $games } spil, seed { $seed }, { $threads } { $threads ->
        [one] tråd
       *[other] tråde
    }
cli-tournament-progress = { $bar } { $done }/{ $pairings } parringer

## Tabellen

cli-tournament-japan = Japan
cli-tournament-russia = Rusland
cli-tournament-agree = aftale
cli-tournament-in-zone = i zone
cli-tournament-utility-japan = n Japan
cli-tournament-utility-russia = n Rusl.
cli-tournament-pareto = Pareto
cli-tournament-in-mandates = i instr.
cli-tournament-pareto-distance = Pareto a
cli-tournament-nash-distance = Nash a
cli-tournament-sessions = møder
cli-tournament-by-role = Gennemsnitlig nytte mod alle modstandere, efter rolle:
cli-tournament-agent = agent
cli-tournament-as-japan = som Japan
cli-tournament-as-russia = som Rusland
cli-tournament-zone-note = i zone: aftaler i de spil, hvor der ved det sidste træk fandtes en traktat, som begge siders instrukser dengang tillod, og som for hver af dem var mindst lige så meget værd som et brud.
cli-tournament-pareto-distance-note = Pareto a: hvor langt en aftale i gennemsnit lå fra Pareto-fronten (i nytte) – hvor meget de aftaler, der ikke er Pareto-optimale, efterlod uudnyttet.
