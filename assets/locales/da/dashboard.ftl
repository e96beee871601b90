# The teacher's dashboard and presenter view in the browser (src/net/dashboard). The pages'
# scripts fill the variables; a message with $count has a form per plural category.
# $table: a table's name; $side: Japan or Russia; $delegate: Komura or Witte; $time: a
# duration such as 1:15 or a time of day; $name: a student's or agent's name.

## The pages

dashboard-page-title = Portsmouth 1905 – klassen
dashboard-skip = Gå til bordene
dashboard-subtitle = – klassen
dashboard-languages = Sprog
dashboard-connecting = Forbinder til klasseserveren…
dashboard-whole-class = Hele klassen
dashboard-pause = Sæt alle borde på pause
dashboard-resume = Genoptag alle borde
dashboard-turn-minutes = Tid pr. tur (minutter)
dashboard-no-limit = Ingen grænse
dashboard-set-time = Sæt tiden
dashboard-gradebook = Hent karakterbogen (CSV)
dashboard-new-tables = Nye borde
dashboard-scenario = Scenarie
dashboard-loading-scenarios = Henter scenarier…
dashboard-japan-seat = Japan (Komura)
dashboard-russia-seat = Rusland (Witte)
dashboard-how-many = Hvor mange borde
dashboard-seed = Seed
dashboard-seed-hint = (valgfrit: samme seed, samme spil)
dashboard-empty-seat = Tom plads til computeren efter (minutter)
dashboard-empty-seat-hint = (regnet fra da den anden plads blev taget; tomt: aldrig)
dashboard-name = Navn
dashboard-optional = (valgfrit)
dashboard-create = Opret
dashboard-tables = Borde
dashboard-no-tables = Ingen borde endnu: opret nogle ovenfor, og giv så hvert par dets kode.
dashboard-wall = Klassens resultater
dashboard-wall-none = Intet bord er færdigt endnu.

## The connection and the server's answers

dashboard-live = Live
dashboard-updated = – opdateret { $time }
dashboard-figures-from = – tallene nedenfor er fra { $time }
dashboard-reconnecting = Forbinder igen…
dashboard-refused = Ikke forbundet: nøglen blev afvist
dashboard-no-key = Ikke forbundet: ingen lærernøgle
dashboard-needs-key = Denne side kræver lærerens nøgle: åbn det link til oversigten, som serveren skrev, da den startede (…/teacher?key=…).
dashboard-no-answer = Klasseserveren svarer ikke. Kører den stadig, og er denne maskine på dens netværk?
dashboard-key-refused = Serveren afviste lærerens nøgle. Åbn det link til oversigten, som serveren skrev, da den startede.
# $reason: the server's own words.
dashboard-key-refused-because = Serveren afviste lærerens nøgle: { $reason }. Åbn det link til oversigten, som serveren skrev, da den startede.
# $status: the HTTP status, such as "500 Internal Server Error".
dashboard-server-answered = Serveren svarede { $status }.

## The whole class

dashboard-tables-count = { $count ->
    [one] { $count } bord
   *[other] { $count } borde
}
dashboard-count-waiting = { $count } venter på elever
dashboard-count-playing = { $count } spiller
dashboard-count-finished = { $count ->
    [one] { $count } færdigt
   *[other] { $count } færdige
}
# $tables: "4 tables".
dashboard-summary = { $tables }.
# $tables: "4 tables"; $parts: "1 playing, 3 finished".
dashboard-summary-parts = { $tables }: { $parts }.
dashboard-list-separator = { ", " }
dashboard-label-colon = { ": " }
dashboard-time-per-turn-is = Tid pr. tur: { $time }.
dashboard-no-time-limit = Ingen tidsgrænse pr. tur.
dashboard-paused-summary = Klassen er sat på pause: ingen træk, før du genoptager.
dashboard-all-paused = Alle borde er sat på pause.
dashboard-all-resumed = Alle borde er genoptaget.
dashboard-bad-minutes = Tid pr. tur: angiv et helt antal minutter fra 1 til 120, eller sæt kryds ved »Ingen grænse«.
dashboard-time-set = { $count ->
    [one] Tid pr. tur: { $count } minut.
   *[other] Tid pr. tur: { $count } minutter.
}
dashboard-gradebook-done = Karakterbogen er hentet.

## A table's card

dashboard-status-waiting = Venter på elever
dashboard-status-playing = Spiller
dashboard-status-finished = Færdigt
dashboard-code = Kode
dashboard-seats = Pladser
dashboard-download = Hent:
dashboard-file-save = Gem
dashboard-file-minutes = Referat
dashboard-file-result = Resultat
# $file: Save, Minutes or Result.
dashboard-downloaded = { $file } for { $table }: hentet.
dashboard-more-time = Mere tid (+{ $count } min)
dashboard-more-time-done = { $count ->
    [one] { $table }: { $count } minut mere til denne tur.
   *[other] { $table }: { $count } minutter mere til denne tur.
}
dashboard-show-presenter = Vis i præsentationsvisning
# $scenario: the scenario's title; $seed: its seed.
dashboard-meta = { $scenario } · seed { $seed }
dashboard-session-of = Møde { $session } af { $sessions }
dashboard-talks-over = Forhandlingerne er slut.
dashboard-not-taken = Ikke taget endnu: { $side }
# $first, $second: the two delegations.
dashboard-not-taken-both = Ikke taget endnu: { $first } og { $second }
dashboard-waiting-for-seat = Venter på, at en plads bliver taget
dashboard-to-move-for = { $side } har turen, i { $time }
dashboard-to-computer-in = til computeren om { $time }, hvis ingen kommer
dashboard-empty-seat-rule = en tom plads går til computeren { $time } efter, at den anden er taget
# $line: the pieces above, joined by dashes.
dashboard-waiting-line = { $line }.
dashboard-to-move-waiting = { $side } ({ $delegate }) har turen – venter { $time }
# $limit: the time per turn.
dashboard-to-move-waiting-of = { $side } ({ $delegate }) har turen – venter { $time } af { $limit }
dashboard-named-to-move-waiting = { $name }, { $side } ({ $delegate }) har turen – venter { $time }
dashboard-named-to-move-waiting-of = { $name }, { $side } ({ $delegate }) har turen – venter { $time } af { $limit }
dashboard-over-time = over tiden pr. tur
dashboard-paused-mark = (på pause)
# $agreed: articles agreed; $count: articles in all.
dashboard-agreed-of = { $count ->
    [one] Enige: { $agreed } af { $count } artikel
   *[other] Enige: { $agreed } af { $count } artikler
}
# $outcome: the outcome's title in the scenario.
dashboard-outcome = Udfald: { $outcome }
dashboard-nobody-came = { $table }: ingen tog pladsen for { $side }, så computeren spiller den nu.
dashboard-computer = Computer
# $level: the computer's level, such as Steady.
dashboard-computer-level = Computer ({ $level })
dashboard-nobody-took = ingen tog pladsen
dashboard-agent = Ekstern agent
dashboard-agent-named = Ekstern agent: { $name }
dashboard-student-named = Elev: { $name }
dashboard-student-free = Elevplads, ikke taget endnu
dashboard-connected = forbundet
dashboard-not-connected = ikke forbundet
dashboard-show-token = Vis token
dashboard-hide-token = Skjul token
dashboard-hand-to-computer = Giv til computeren
dashboard-hand-question = Giv pladsen for { $side } ved { $table } til computeren? Den, der har pladsen nu, bliver afbrudt, og computeren spiller den til ende.
dashboard-hand-question-named = Giv pladsen for { $side } ({ $name }) ved { $table } til computeren? Den, der har pladsen nu, bliver afbrudt, og computeren spiller den til ende.
dashboard-handed = { $table }: { $side } spilles nu af computeren.
dashboard-reopen = Åbn for en elev
# $code: the table's code.
dashboard-reopen-question = Åbn pladsen for { $side } ved { $table } igen? Den, der har den nu, bliver afbrudt, dens gamle token holder op med at virke, og den næste elev, der deltager med koden { $code }, overtager den, hvor forhandlingerne står.
dashboard-reopen-question-named = Åbn pladsen for { $side } ({ $name }) ved { $table } igen? Den, der har den nu, bliver afbrudt, dens gamle token holder op med at virke, og den næste elev, der deltager med koden { $code }, overtager den, hvor forhandlingerne står.
dashboard-reopened = { $table }: pladsen for { $side } er åben: eleven deltager med koden { $code }.
dashboard-japan = Japan
dashboard-russia = Rusland
dashboard-komura = Komura
dashboard-witte = Witte

## The results wall

# $japan, $russia: how many tables each side did better at than in 1905.
dashboard-wall-summary = { $count ->
    [one] { $count } bord er færdigt. Borde, hvor Japan klarede sig bedre end i 1905: { $japan }; hvor Rusland gjorde: { $russia }.
   *[other] { $count } borde er færdige. Borde, hvor Japan klarede sig bedre end i 1905: { $japan }; hvor Rusland gjorde: { $russia }.
}
dashboard-better-than-1905 = bedre end 1905
dashboard-worse-than-1905 = dårligere end 1905
dashboard-as-in-1905 = som i 1905
dashboard-no-1905 = intet tal fra 1905 at sammenligne med
# $utility: the side's utility in 1905, such as 0.59.
dashboard-in-1905 = (1905: { $utility })

## New tables

dashboard-scenarios-unavailable = Scenarier er ikke tilgængelige
# $reason: why, in the server's or the browser's words.
dashboard-scenarios-failed = Listen over scenarier blev ikke hentet: { $reason }
dashboard-no-scenarios = Ingen scenarier på serveren
dashboard-choice-student = En elev
dashboard-choice-computer = Computeren – { $level }
dashboard-choice-agent = En ekstern agent (et program)
dashboard-choose-scenario = Vælg først et scenarie (serveren har endnu ingen).
dashboard-bad-count = Hvor mange borde: et helt tal fra 1 til 60.
# $max: the largest seed.
dashboard-bad-seed = Seed: et helt tal fra 0 til { $max }, eller lad feltet stå tomt.
dashboard-bad-empty-seat = Tom plads til computeren efter: et helt antal minutter fra 1 til 120, eller lad feltet stå tomt.
# $codes: the new tables' codes, separated by commas.
dashboard-created = { $count ->
    [one] Bord oprettet: kode { $codes }.
   *[other] { $count } borde oprettet: koder { $codes }.
}

## The presenter view

dashboard-presenter-title = Portsmouth 1905 – præsentationsvisning
dashboard-presenter-join = Deltag med koden
dashboard-presenter-agreed = Enige om
dashboard-presenter-none-agreed = Intet aftalt endnu.
dashboard-presenter-still-open = Stadig åbent
dashboard-presenter-last-moves = De seneste træk
dashboard-presenter-back = Tilbage til klassens oversigt
# $table: the table's id in the address.
dashboard-presenter-no-table = Der er intet bord { $table } på denne server. Gå tilbage til oversigten, og vælg et.
dashboard-presenter-shown-as-at = – vist som kl. { $time }
dashboard-presenter-waiting = Venter på, at eleverne deltager.
dashboard-presenter-to-move = { $side } ({ $delegate }) har turen – { $time }
dashboard-presenter-agreed-of = Enige om: { $agreed } af { $count }
dashboard-presenter-left-open = Efterladt åbent: { $count }
dashboard-presenter-open-count = Stadig åbent: { $count }
dashboard-presenter-move = Møde { $session } – { $side }
# $date: the session's date in the scenario.
dashboard-presenter-move-dated = Møde { $session }, { $date } – { $side }
# $text: the reason a delegation gave, in its own words.
dashboard-presenter-quoted = »{ $text }«
dashboard-presenter-over = forhandlingerne er slut
dashboard-presenter-needs-key = Denne side kræver lærerens nøgle: åbn den fra klassens oversigt.
dashboard-presenter-no-id = Denne adresse nævner intet bord: åbn præsentationsvisningen fra klassens oversigt.
