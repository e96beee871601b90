# `portsmouth serve`: klasseserverens beskeder i terminalen.

cli-serve-no-threads = kan ikke starte serverens tråde: { $error }
cli-serve-warning = advarsel: { $warning }
cli-serve-this-machine = <denne maskines adresse>
cli-serve-heading = Portsmouth 1905 klasseserver – klassemappe { $folder }
cli-serve-resumed = { $count ->
        [one] Genoptog { $count } bord
       *[other] Genoptog { $count } borde
    }, hvor de slap.
cli-serve-students = Elever: åbn spillet, vælg Deltag i en klasse, og angiv adressen { $address }
cli-serve-teacher = Lærerens oversigt (hold nøglen for dig selv): { $link }
cli-serve-loopback = Lytter kun på denne maskine; brug --bind 0.0.0.0 for at lade klassens maskiner deltage.
cli-serve-stopped = serveren stoppede: { $error }

## Hvorfor serveren ikke kan starte, med hjælpelinjen.

cli-serve-no-class-folder = kan ikke bruge klassemappen { $folder }: { $error }
cli-serve-no-class-folder-help = hjælp: angiv en mappe, du må skrive i, med --dir DIR
cli-serve-no-scenarios-folder = kan ikke læse scenariemappen { $folder }: { $error }
cli-serve-no-scenarios-folder-help = hjælp: angiv mappen med scenariefilerne med --scenarios DIR, eller sæt PORTSMOUTH_DATA til mappen, der rummer `assets` og `scenarios`
cli-serve-no-scenario = intet scenarie kan indlæses fra { $folder }
cli-serve-no-scenario-help = hjælp: angiv mappen med scenariefilerne med --scenarios DIR
cli-serve-cannot-open-db = kan ikke åbne klassens database { $path }: { $error }
cli-serve-cannot-open-db-help = hjælp: hvis filen er beskadiget, så flyt den til side (klassen begynder tom) eller gendan en kopi; en anden server bruger den måske også
cli-serve-cannot-read-db = kan ikke læse klassens database { $path }: { $error }
cli-serve-cannot-read-db-help = hjælp: flyt filen til side for at begynde en tom klasse, eller gendan en kopi
cli-serve-cannot-listen = kan ikke lytte på { $address }:{ $port }: { $error }
cli-serve-port-in-use-help = hjælp: et andet program (måske en anden klasseserver) bruger denne port: stop det, eller vælg en anden med --port
cli-serve-cannot-listen-help = hjælp: kontrollér, at adressen angivet med --bind er en af denne maskines, og porten med --port

## Scenariefiler, serveren udelader, når den starter (vises som advarsler).

cli-serve-scenario-twice = { $path }: et scenarie med id '{ $id }' er allerede læst; denne udelades
cli-serve-scenario-left-out = { $path }: udeladt, den kan ikke indlæses: { $error }

## Mens klassen kører: hvad der går galt ved et bord, for læreren ved terminalen.
cli-serve-seat-stays-empty = bord { $table }: den tomme plads forbliver tom: { $error }
cli-serve-computer-move-not-played = bord { $table }: computerens træk blev ikke spillet: { $error }
cli-serve-table-left-out = bord { $table } ({ $name }) udelades: { $error }

## En scenarieoversættelse, serveren springer over (vises som advarsler).
cli-serve-translation-does-not-load = { $file } kan ikke indlæses på `{ $lang }`; originalteksten bruges
cli-serve-translation-not-the-same = { $file } på `{ $lang }` er ikke det samme scenarie bortset fra ordene; originalteksten bruges
