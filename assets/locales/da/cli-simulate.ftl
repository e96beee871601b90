# `portsmouth simulate`: mange spil mellem computerdelegationer, og deres sammenfatning.

cli-simulate-results-dir-cannot-create = --results-dir { $folder }: kan ikke oprette mappen: { $error }
cli-simulate-results-dir-cannot-create-help = hjælp: angiv en mappe, der kan oprettes, eller en der findes
cli-simulate-heading = { $scenario } – { $games } spil, { $japan } (Japan) mod { $russia } (Rusland), seed { $seed }
cli-simulate-could-not-write-results = kunne ikke skrive resultaterne: { $error }
cli-simulate-results-dir-written = Én resultatfil pr. spil skrevet til { $folder } (vis dem med `portsmouth wall { $folder }`)
cli-simulate-out-format = --out { $path }: filnavnet skal ende på .csv eller .json, som bestemmer formatet
cli-simulate-progress = { $bar } { $done }/{ $games } spil  { $rate }  resterer { $eta }

## Sammenfatningens tabel og tal

cli-simulate-outcome = Udfald
cli-simulate-games = Spil
cli-simulate-share = Andel
cli-simulate-no-outcome = (passer til intet udfald)
cli-simulate-agreement = Aftale (en traktat i kraft): { $share }
cli-simulate-agreement-zone = Aftale hvor der ved det sidste træk stadig fandtes en aftalezone: { $share } af { $games } { $games ->
    [one] spil
   *[other] spil
}
cli-simulate-mean-utility = Gennemsnitlig nytte: Japan { $japan }, Rusland { $russia }   (gennemsnitlig fordel frem for afbrydelse: { $japan_advantage } / { $russia_advantage })
cli-simulate-pareto = Pareto-optimale aftaler: { $share } (inden for begge endelige instrukser: { $within })
# $distance is preformatted ("0.012").
cli-simulate-pareto-distance = Aftalernes gennemsnitlige afstand til Pareto-fronten: { $distance }
cli-simulate-settlement-1905 = Forliget fra 1905 (i grove træk): { $share } af spillene
cli-simulate-nash-distance = Gennemsnitlig afstand til Nash-punktet: { $distance }
cli-simulate-mean-sessions = Gennemsnitligt antal møder: { $sessions }
cli-simulate-refused-moves = Træk afvist af reglerne (en agents fejl): { $count }
cli-simulate-speed = Hastighed: { $rate } spil/s ({ $seconds } s på { $threads ->
    [one] én tråd
   *[other] { $threads } tråde
})
