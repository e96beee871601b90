# Kommandolinjens egne ord, fælles for dens kommandoer (uddata der ville ødelægge en inddatafil,
# filer der ikke kunne skrives), og beskederne fra de kommandoer, der kun har få.

## Uddata

cli-output-cannot-write = { $flag } { $path }: kan ikke skrive dér: { $error }
cli-output-cannot-write-help = hjælp: angiv navnet på en fil i en mappe, der findes (filen oprettes eller erstattes helt)
cli-output-is-input = { $flag } { $path }: det er { $what ->
        [scenario] scenariefilen
        [base-scenario] en grundfil til scenariet
        [scenario-link] en scenariefil
        [save] den gemte fil
       *[result] en resultatfil
    }, som kommandoen læser ({ $input }); at skrive dér ville ødelægge den
cli-output-is-input-help = hjælp: giv uddata et andet navn
cli-output-is-other-output = { $flag } { $path }: det er den samme fil som { $other_flag } { $other_path }; den ene ville overskrive den anden
cli-output-is-other-output-help = hjælp: giv hvert uddata sit eget navn
cli-write-help = hjælp: kontrollér, at der er plads på disken, og at der kan skrives i mappen; en tidligere udgave af filen er uændret
cli-could-not-write = kunne ikke skrive { $path }: { $error }
cli-cannot-create = kan ikke oprette { $path }: { $error }
cli-cannot-write = kan ikke skrive { $path }: { $error }
cli-could-not-print = fejl: kunne ikke udskrive resultatet: { $error }
cli-could-not-print-help = hjælp: hvis uddata går til en fil, så frigør plads dér eller send det et andet sted hen; kommandoens egne filer blev skrevet først
cli-results-written = Resultaterne er skrevet til { $path }
cli-time = Tid: { $seconds } s
cli-side = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }

## Spillets vindue

cli-game-lang = spillets sprog vælges i dets Indstillinger (første gang følges systemets sprog); --lang er til underkommandoerne, for eksempel `portsmouth tour DIR --lang ja`
cli-no-window = Denne udgave har intet vindue (bygget uden funktionen `gui`). Prøv `portsmouth --help` for kommandoerne uden vindue.
cli-open-lang = spillets sprog vælges i dets Indstillinger (første gang følges systemets sprog); --lang er til underkommandoerne uden vindue
cli-tour-cannot-create = kan ikke oprette mappen { $folder }: { $error }
cli-tour-cannot-create-help = hjælp: angiv en mappe, der findes eller kan oprettes

## portsmouth branch

cli-branch-heading = { $scenario } – seed { $seed } – { $turns } { $turns ->
        [one] tur
       *[other] ture
    }
cli-branch-turn = møde { $session } ({ $date }), { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }:
cli-branch-how = Forgren før en tur med: portsmouth branch { $save } --turn N --out what-if.ron
cli-branch-no-out = angiv hvor forgreningen skal skrives: --out FILE.ron
cli-branch-no-such-turn = --turn { $turn }: spillet har ture fra 1 til { $last }
cli-branch-written = Hvad-nu-hvis skrevet til { $path }: møde { $session }, { $side ->
        [Japan] Japan
       *[Russia] Rusland
    } beslutter tur { $turn } igen. Åbn den med `portsmouth open { $path }`.

## portsmouth export

cli-export-nothing-asked = angiv hvad der skal skrives: --minutes FILE.md, --result FILE.ron (eller .json) eller begge
cli-export-minutes-written = Referatet er skrevet til { $path }
cli-export-result-written = Resultatet er skrevet til { $path }
cli-export-not-over = { $path }: spillet er ikke slut endnu (møde { $session }), så det har intet resultat; spil det til ende først

## portsmouth replay

cli-replay-heading = { $scenario } – seed { $seed }
cli-replay-seats = Japan ({ $japan_title }): { $japan ->
        [human] en spiller
       *[computer] computeren ({ $japan_agent })
    }. Rusland ({ $russia_title }): { $russia ->
        [human] en spiller
       *[computer] computeren ({ $russia_agent })
    }.
cli-replay-saved-in = Spillet blev gemt i møde { $session } af { $sessions }; { $side ->
        [Japan] det er Japans tur
        [Russia] det er Ruslands tur
       *[nobody] det er ingens tur
    }.

## portsmouth watch

cli-watch-did-not-end = spillet sluttede ikke
cli-watch-heading = { $scenario } – { $japan } (Japan) mod { $russia } (Rusland), seed { $seed }
cli-watch-refused = bemærk: reglerne afviste { $count } træk fra en agent; den meldte pas i stedet
cli-watch-saved = Gemt i { $path }

## portsmouth translate

cli-translate-no-lang = angiv hvilket sprog der skal oversættes til: --lang ja, ru eller da (en for dine egne engelske ord)
cli-translate-exists = { $path } findes allerede; den kan indeholde en oversættelse, så den er ladt urørt
cli-translate-exists-help = hjælp: giv et andet navn med --out, eller --force for at erstatte den
cli-translate-written = { $path }: { $fields } { $fields ->
        [one] felt
       *[other] felter
    } fra { $scenario } skal oversættes til { $language }

## portsmouth wall

cli-wall-left-off = (denne fil kommer ikke med på væggen)
cli-wall-no-results = { $folder }: ingen resultater at vise; eksportér resultater fra spillets efterbehandling, eller skriv nogle med `portsmouth simulate --results-dir { $folder }`
cli-wall-no-results-for = { $folder }: ingen resultater at vise for scenariet "{ $scenario }"; eksportér resultater fra spillets efterbehandling, eller skriv nogle med `portsmouth simulate --results-dir { $folder }`
cli-wall-not-png = --out { $path }: billedet er en PNG; angiv et navn, der ender på .png
cli-wall-no-window = --out { $path }: denne udgave har intet vindue (bygget uden funktionen `gui`), så den kan ikke tegne væggen; tallene står ovenfor

## portsmouth loadtest

cli-loadtest-no-key = belastningstesten opretter sine borde gennem lærerens API og skal bruge lærerens nøgle
cli-loadtest-no-key-help = hjælp: angiv --key KEY (key=-delen af linket til oversigten, som `portsmouth serve` udskriver), sæt PORTSMOUTH_TEACHER_KEY, eller angiv serverens klassemappe med --dir DIR
cli-loadtest-no-runtime = kan ikke starte belastningstestens afviklingsmiljø: { $error }
cli-loadtest-unfinished = { $unfinished } af { $games } spil blev ikke færdige

# What is wrong with an option's value: $flag is the option (--level), $problem what is wrong, already in the language.
cli-option-problem = { $flag }: { $problem }

## `portsmouth loadtest`: hvorfor den ikke kan køre.

cli-loadtest-no-database = { $path } findes ikke: angiv den mappe, serveren blev startet med (--dir)
cli-loadtest-cannot-read-key = kan ikke læse lærerens nøgle fra { $path }: { $error }
cli-loadtest-too-few-tables = serveren oprettede { $made } af de { $asked } borde, der blev bedt om
cli-loadtest-no-tokens = bord { $table } kom uden nøglerne til sine to agentpladser
cli-loadtest-no-tables = --tables skal være mindst 1
cli-loadtest-bad-url = { $url }: ikke en adresse på klasseserveren (angiv http://HOST:PORT eller ws://HOST:PORT/ws)
cli-loadtest-cannot-reach = kan ikke nå { $server }: { $error }
cli-loadtest-timeout = { $path }: intet svar inden for { $timeout }
cli-loadtest-broken-answer = { $path }: et ødelagt HTTP-svar
cli-loadtest-status = { $path }: serveren svarede { $status }: { $body }
cli-loadtest-not-understood = { $path }: et svar, belastningstesten ikke forstår: { $error }

## `portsmouth loadtest`: rapporten, ét tal pr. linje.

cli-loadtest-report-tables = borde: { $tables }
cli-loadtest-report-finished = spil færdige: { $finished } af { $tables }
cli-loadtest-report-moves = træk: { $moves } ({ $refused } afvist)
cli-loadtest-report-round-trip = svartid: p50 { $p50 } ms, p99 { $p99 } ms, maks. { $max } ms
cli-loadtest-report-wall-time = samlet tid: { $seconds } s
cli-loadtest-report-cpu = serverens CPU-tid: { $value }
cli-loadtest-report-memory = serverens største hukommelsesforbrug: { $value }
cli-loadtest-report-seconds = { $seconds } s
cli-loadtest-report-megabytes = { $megabytes } MB
cli-loadtest-report-unknown = ukendt (serveren er ikke på denne maskine)
cli-loadtest-report-stopped = spillere, der stoppede før tid: { $count } (første: { $failure })
cli-loadtest-failure-cannot-connect = kan ikke forbinde til { $url }: { $reason }
cli-loadtest-failure-silent = serveren sagde intet i { $seconds } s
cli-loadtest-failure-lost = forbindelsen blev afbrudt: { $reason }
cli-loadtest-loss-closed = lukket
cli-loadtest-loss-closed-by-server = lukket af serveren
cli-loadtest-loss-dropped = afbrudt med vilje
cli-loadtest-failure-unknown-frame = en ramme, protokollen ikke kender: { $reason }: { $frame }
cli-loadtest-failure-turn-before-settings = YourTurn kom før Settings
cli-loadtest-failure-pass-refused = selv et pas blev afvist: { $kind }: { $message }
cli-loadtest-failure-seat-taken = pladsen blev taget: { $reason }
cli-loadtest-failure-crashed = en spiller brød sammen: { $reason }
