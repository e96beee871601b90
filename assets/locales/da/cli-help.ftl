# Kommandolinjens hjælp: programmets og hver underkommandos beskrivelse, hjælpen til hvert
# argument (cli-help-<underkommando>-<argument>), claps egne flag og overskrifter og dens
# fejl i argumenterne. Tilvalg (--out), værdier (japan, csv), filnavne og kommandoer i
# `bagvendte anførselstegn` er det, brugeren skriver: lad dem stå.

## portsmouth

cli-help-about = Portsmouth 1905: forhandl slutningen på den russisk-japanske krig som Komura eller Witte
    .long =
        Portsmouth 1905: forhandl slutningen på den russisk-japanske krig som Komura eller Witte.

        Uden en underkommando åbner spillet i et vindue. Underkommandoerne virker uden skærm.
cli-help-lang = Sproget i uddata og i scenariets tekst, hvor der er en oversættelse: en, ja, ru, da eller pseudo (standard: systemets sprog, ellers engelsk)

## portsmouth check

cli-help-check-about = Kontrollér scenariefiler; skriv hvert problem med fil:linje:kolonne (afslutningskode 1 ved enhver fejl)
cli-help-check-files = Scenariefiler (.ron)
cli-help-check-quiet = Skriv kun problemer
cli-help-check-analysis = Skriv også forhandlingsanalysen: reservationsværdier, Nash-traktaten, traktaten fra 1905

## portsmouth translate

cli-help-translate-about = Skriv et scenaries oversættelsesskabelon: hvert tekstfelt med sin tekst, til oversættelse
cli-help-translate-scenario = Scenariefil (.ron)
cli-help-translate-out = Hvor skabelonen skrives (standard: <scenario>.<lang>.ftl ved siden af scenariet)
cli-help-translate-force = Erstat en eksisterende fil (der kan være en oversættelse i den: den ville gå tabt)

## portsmouth simulate

cli-help-simulate-about = Spil mange spil mellem computerdelegationer og rapportér udfaldene
cli-help-simulate-scenario = Scenariefil
cli-help-simulate-japan = Agent for Japan
cli-help-simulate-russia = Agent for Rusland
cli-help-simulate-games = Antal spil
cli-help-simulate-seed = Kørslens seed (spil i bruger et seed afledt af det); et nyt vises, hvis det udelades
cli-help-simulate-out = Skriv én række pr. spil til denne fil (.csv eller .json)
cli-help-simulate-results-dir = Skriv én resultatfil pr. spil i denne mappe (til `portsmouth wall`)
cli-help-simulate-threads = Tråde (standard, eller 0: én pr. kerne); resultaterne afhænger ikke af det

## portsmouth tournament

cli-help-tournament-about = Hver agent mod hver agent i begge roller; én CSV-række pr. parring og en tabel
cli-help-tournament-scenario = Scenariefil
cli-help-tournament-games = Spil pr. parring
cli-help-tournament-seed = Kørslens seed; et nyt vises, hvis det udelades
cli-help-tournament-out = Skriv én række pr. parring til denne CSV-fil
cli-help-tournament-agents = Deltagende agenter, kommasepareret (standard: alle)
cli-help-tournament-threads = Tråde (standard, eller 0: én pr. kerne)

## portsmouth redteam

cli-help-redteam-about = Skriptede strategier mod computerdelegaten, i begge roller og på hvert niveau, ved siden af delegatens spil mod sig selv; én CSV-række pr. skript, side og niveau
cli-help-redteam-scenario = Scenariefil
cli-help-redteam-level = Delegatens sværhedsniveauer, kommasepareret (standard: alle scenariets)
cli-help-redteam-side = Den side, skripterne spiller: japan, russia eller both
cli-help-redteam-games = Spil pr. skript, side og niveau (de samme seeds for hvert skript)
cli-help-redteam-seed = Kørslens seed (spil i bruger et seed afledt af det)
cli-help-redteam-out = Skriv én række pr. skript, side og niveau til denne CSV-fil
cli-help-redteam-small = Nogle få parametre pr. familie i stedet for hele gitteret
cli-help-redteam-threads = Tråde (standard, eller 0: én pr. kerne); resultaterne afhænger ikke af det

## portsmouth watch

cli-help-watch-about = Se ét spil mellem computerdelegationer: dets referat og gennemgang
cli-help-watch-scenario = Scenariefil
cli-help-watch-japan = Agent for Japan
cli-help-watch-russia = Agent for Rusland
cli-help-watch-seed = Seed; et nyt vises, hvis det udelades
cli-help-watch-save = Gem spillet i denne fil (RON), til `replay` eller til at åbne i spillet
cli-help-watch-viewer = Vis kun det, én delegation kunne se: japan eller russia

## portsmouth replay

cli-help-replay-about = Skriv referatet (og gennemgangen) af et gemt spil
cli-help-replay-save = Gemt fil

## portsmouth export

cli-help-export-about = Skriv et gemt spils referat som Markdown og dets resultat som en fil (RON eller JSON)
cli-help-export-save = Gemt fil
cli-help-export-minutes = Referatet (møder, forslag, svar med begrundelser, begivenheder, traktat, 1905) som Markdown
cli-help-export-result = Resultatet (scenarie, sider, seed, vilkår, nytte, udfald): .ron eller .json

## portsmouth estimate

cli-help-estimate-about = Hvordan den anden delegation sandsynligvis modtager et udkast i et gemt spil, og hvad der skal til, for at den skriver under nu
cli-help-estimate-save = Gemt fil (et spil i gang: `portsmouth branch` laver et af ethvert spil)
cli-help-estimate-side = Den delegation, hvis udkast det er: japan eller russia (standard: den, der er i trækket)
cli-help-estimate-draft = Udkastets vilkår som artikel=valgmulighed-id'er, f.eks. --draft korea=free_hand,sakhalin=south (standard: delegationens forslag på forhandlingsbordet)
cli-help-estimate-coarse = Den grovere aflæsning, forhandlingsbordet giver mod det sværeste niveau

## portsmouth branch

cli-help-branch-about = Hvad nu hvis: vis et gemt spils træk, eller forgren det før ét træk til en ny gemt fil
cli-help-branch-save = Gemt fil
cli-help-branch-turn = Det træk, der skal besluttes anderledes (fra 1, som i listen); uden det vises trækkene
cli-help-branch-out = Forgreningens gemte fil (åbn den med `portsmouth open`)

## portsmouth wall

cli-help-wall-about = Klassens resultatvæg ud fra en mappe med resultatfiler: udfald, hver artikels spredning, og hvem der klarede sig bedre eller dårligere end 1905. Skrives ud; med --out også tegnet som et billede
cli-help-wall-folder = Mappe med resultatfiler (.ron eller .json)
cli-help-wall-scenario = Vis dette scenaries resultater (standard: det scenarie, flest resultater er fra)
cli-help-wall-out = Tegn væggen i denne PNG-fil (åbner kortvarigt et vindue; kræver en skærm)

## portsmouth serve

cli-help-serve-about = Klassens server: elevers, computerdelegationers og eksterne agenters forhandlingsborde på netværket, lærerens oversigt i en browser; klassen gemt i DIR/class.sqlite
cli-help-serve-port = Port, der lyttes på
cli-help-serve-bind = Adresse, der lyttes på: 127.0.0.1 kun for denne maskine, 0.0.0.0 for hele netværket
cli-help-serve-dir = Klassens mappe: dens database (class.sqlite) gemmes der og findes igen næste gang
cli-help-serve-scenarios = Mappe med scenariefiler, læreren kan åbne forhandlingsborde med (standard: spillets egne, uanset hvor serveren startes)

## portsmouth loadtest

cli-help-loadtest-about = Belastningstest af en kørende klasseserver: N forhandlingsborde med to protokolklienter, der spiller til enden; færdige spil, trækkenes rundturstid og serverens CPU-tid og maksimale hukommelse
cli-help-loadtest-url = Klasseserveren: http://HOST:PORT (ws://HOST:PORT/ws og HOST:PORT virker også)
cli-help-loadtest-tables = Forhandlingsborde, der åbnes, hver med to pladser til eksterne agenter, som belastningstesten spiller
cli-help-loadtest-key = Lærerens nøgle (skrevet af `portsmouth serve` i oversigtens link); ellers miljøvariablen PORTSMOUTH_TEACHER_KEY, ellers læst fra --dir
cli-help-loadtest-dir = Serverens klassemappe (dens --dir), så lærerens nøgle kan læses fra dens database, når serveren kører på denne maskine
cli-help-loadtest-scenario = Scenariets id på serveren
cli-help-loadtest-seed = Ét seed til alle forhandlingsborde (standard: serveren trækker ét pr. bord)
cli-help-loadtest-pid = Serverens proces-id, for at måle den (standard: den proces, der lytter på porten, når serveren er på denne maskine)
cli-help-loadtest-json = Skriv én JSON-linje i stedet for tekstrapporten

## portsmouth open

cli-help-open-about = Åbn spillet ved forhandlingsbordet i et gemt spil (f.eks. en stilling, læreren har forberedt)
cli-help-open-save = Gemt fil
cli-help-open-measure-frames = Tegn uafbrudt så mange billeder, skriv billedtiderne og afslut (en måling)

## portsmouth tour

cli-help-tour-about = Åbn spillet, gem et billede af hver skærm i DIR, og afslut
cli-help-tour-dir = Mappe til billederne (oprettes, hvis den mangler)

## Claps egne flag, underkommando og overskrifter

cli-help-builtin-help = Vis hjælp
cli-help-builtin-help-more = Vis hjælp (se mere med '--help')
cli-help-builtin-help-summary = Vis hjælp (se et resumé med '-h')
cli-help-builtin-version = Vis version
cli-help-with-default = { $help } [standard: { $value }]
cli-help-builtin-help-command = Vis denne besked eller hjælpen til de angivne underkommandoer
cli-help-heading-usage = Brug
cli-help-heading-commands = Kommandoer
cli-help-heading-arguments = Argumenter
cli-help-heading-options = Tilvalg

## Fejl i argumenterne

cli-help-error = fejl: { $message }
cli-help-error-quoted = '{ $text }'
# Between the names of a list of possibilities.
cli-help-error-list-separator = { ", " }
cli-help-error-unknown-argument = uventet argument { $argument }
cli-help-error-unknown-subcommand = ukendt underkommando { $subcommand }
cli-help-error-missing = { $count ->
        [one] følgende påkrævede argument mangler
       *[other] følgende påkrævede argumenter mangler
    }:
cli-help-error-value-required = { $argument } kræver en værdi, men ingen blev angivet
cli-help-error-invalid-value = ugyldig værdi { $value } for { $argument }
cli-help-error-possible-values = [mulige værdier: { $values }]
cli-help-error-invalid-value-because = ugyldig værdi { $value } for { $argument }: { $reason }
cli-help-error-unknown-lang = brug en, ja, ru, da eller pseudo
cli-help-error-choose-side = vælg japan eller russia
cli-help-error-choose-side-or-both = vælg japan, russia eller both
cli-help-error-unknown-agent = ukendt agent; vælg en af: { $agents } eller delegate:<level> for et af scenariets sværhedsniveauer
cli-help-error-not-a-number = ikke et helt tal inden for området
cli-help-error-not-an-address = ikke en IP-adresse (såsom 127.0.0.1, eller 0.0.0.0 for alle netværk)
cli-help-error-out-of-range = ikke inden for { $range }
cli-help-error-repeated = argumentet { $argument } kan ikke bruges flere gange
cli-help-error-conflict = argumentet { $argument } kan ikke bruges sammen med { $others }
cli-help-error-unexpected-value = uventet værdi { $value } for { $argument }; der ventedes ikke flere
cli-help-error-similar = tip: { $what ->
        [subcommand] { $count ->
            [one] der findes en lignende underkommando
           *[other] der findes lignende underkommandoer
        }
        [argument] { $count ->
            [one] der findes et lignende argument
           *[other] der findes lignende argumenter
        }
       *[value] { $count ->
            [one] der findes en lignende værdi
           *[other] der findes lignende værdier
        }
    }: { $names }
cli-help-error-tip = tip: { $tip }
cli-help-error-tip-as-value = tip: for at angive { $value } som en værdi, brug { $instead }
cli-help-error-try-help = Prøv '{ $flag }' for mere information.
