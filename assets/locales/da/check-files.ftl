# What `portsmouth check`, the loaders and the game say about a file a user wrote or was
# given: a scenario, a save, a result, the settings. The place (file:line:column) and the
# rule's name in [brackets] are printed as they are, for editors and searches.

## The frame of every message: "error[rule]: …", "help: …".

check-error = fejl
check-warning = advarsel
check-help = hjælp

## Reading a file. $file is one of the check-files-the-* phrases; $problem the system's reason.

check-files-the-scenario-file = scenariefilen
check-files-the-save-file = den gemte fil
check-files-the-result-file = resultatfilen
check-files-the-translation-file = oversættelsesfilen
check-files-the-settings-file = indstillingsfilen
check-files-cannot-open = kan ikke åbne { $file }: { $problem }
check-files-cannot-open-help = kontrollér stien; `portsmouth check scenarios/*.ron` viser de medfølgende scenarier
check-files-cannot-read = kan ikke læse { $file }: { $problem }
check-files-cannot-read-help = kontrollér filens rettigheder
# $kib is the limit in KiB.
check-files-too-large = { $file } er større end { $kib } KiB
check-files-too-large-help = det er ikke en fil, spillet har skrevet; kontrollér, at du har åbnet den rigtige
# $offset is where the first bad byte is, counted from 0.
check-files-not-utf8 = { $file } er ikke UTF-8-tekst (ugyldig byte ved position { $offset })
check-files-not-utf8-help = gem den som UTF-8 i din editor
# $name is a scenario file's name.
check-files-not-embedded = `{ $name }` er ikke blandt de indlejrede filer
check-files-not-embedded-help = den gemte fil er ufuldstændig; indlæs selve scenariefilen i stedet

## A file of another kind. $found and $expected are check-files-kind-* phrases;
## $instead is one of the check-files-use-* sentences.

check-files-kind-scenario = en scenariefil
check-files-kind-save = et gemt spil
check-files-kind-result = en resultatfil fra et spil
check-files-kind-markdown = Markdown-tekst (fx et spils eksporterede referat)
check-files-kind-games-table = en tabel over simulerede spil (JSON)
check-files-kind-csv = en CSV-tabel (fx output fra `simulate` eller `tournament`)
check-files-use-scenario = Kontrollér filen med `portsmouth check FILE`, eller spil den med `portsmouth watch --scenario FILE`.
check-files-use-save = Vis filen med `portsmouth replay FILE`, eller åbn den i spillet med `portsmouth open FILE`.
check-files-use-result = Vis filen sammen med andre i klassens resultater: `portsmouth wall FOLDER`.
check-files-use-none = Denne fil har programmet skrevet, for at mennesker kan læse den (i en editor eller et regneark); programmet læser den ikke igen.
check-files-wrong-kind = dette er { $found }, ikke { $expected }
check-files-wrong-kind-help = angiv { $expected } her. { $instead }

## A scenario file's shape. $found is a check-found-* phrase.

check-files-schema-missing-help = tilføj feltet; docs/scenario-format.md viser alle felter med et eksempel
check-files-schema-unknown-help = kontrollér stavemåden i docs/scenario-format.md
check-files-schema-help = se i docs/scenario-format.md, hvad dette felt indeholder
check-files-not-a-scenario = forventede `Scenario(...)`, fandt { $found }
check-files-not-a-scenario-help = en scenariefil indeholder ét `Scenario(...)`; se docs/scenario-format.md
check-files-base-not-a-name = `base` skal være et filnavn i dobbelte anførselstegn, fandt { $found }
check-files-base-not-a-name-help = skriv fx `base: "portsmouth-1905.ron"`
# $name is the base file named; $count the most base files a chain may have.
check-files-base-chain = `{ $name }` ville få kæden af grundfiler til at gå i ring eller blive længere end { $count } filer
check-files-base-chain-help = et kontrafaktisk scenarie bør bygge direkte på den historiske fil

## Saves. $problem is the system's reason or a check-syntax message; $side a side's name
## (narrate-side-japan, narrate-side-russia).

# $kib is the size the save would have; $most the most a save may hold, both in KiB.
check-save-too-large = dette spil kan ikke gemmes: med scenariets filer ville det fylde { $kib } KiB, mere end de { $most } KiB, en gemt fil må fylde
check-save-too-large-help = scenariets filer er usædvanligt store; forkort deres tekster for at kunne gemme spil på dem
check-save-failed = kunne ikke gemme spillet: { $problem }
check-save-failed-help = kontrollér, at der er plads, og at mappen er skrivbar; en tidligere gemt fil er i så fald uændret
# $format is the save's format number; $newest the newest this version reads.
check-save-newer = dette spil er gemt af en nyere version af Portsmouth 1905 (gemmeformat { $format }; denne version læser op til { $newest })
check-save-newer-help = opdatér spillet for at åbne det; filen er uændret
check-save-damaged = denne gemte fil er beskadiget: { $problem }
check-save-damaged-unreadable-help = filen er blevet ændret eller afkortet, siden den blev gemt; indlæs en tidligere gemt fil
check-save-damaged-schema-help = filen er blevet ændret, siden den blev gemt; indlæs en tidligere gemt fil
check-save-no-scenario = den gemte fil indeholder intet scenarie
check-save-no-scenario-help = indlæs en tidligere gemt fil
# $file is the scenario file's name; the scenario's own error is printed on the next line.
check-save-scenario-does-not-load = scenariet i denne gemte fil (dens egen kopi af `{ $file }`, taget da spillet begyndte; filen med det navn på disken læses ikke) kan ikke indlæses:
check-save-scenario-does-not-load-help = kopien i den gemte fil er redigeret i hånden eller beskadiget: indlæs en tidligere gemt fil, eller start et nyt spil fra scenariefilen
check-save-digest = scenariet i denne gemte fil er ikke det samme som det, spillet blev gemt med
check-save-edited-help = den gemte fil er redigeret i hånden eller beskadiget; indlæs en tidligere gemt fil
check-save-turn-help = den gemte fil er redigeret i hånden eller beskadiget; indlæs en tidligere gemt fil, eller lav en forgrening før dette træk med `portsmouth branch`
check-save-limits-help = den gemte fil er redigeret i hånden eller beskadiget; indlæs en tidligere gemt fil (trækkene er intakte: sletter du dens `limits`, trækker spillet grænserne igen)
# $problem is check-save-turn.
check-save-origin = det oprindelige spil bag dette hvad nu hvis-spil kan ikke afspilles igen: { $problem }
# $field is the field's name in the save; $stored and $drawn are numbers or check-save-limit-*.
check-save-limits = de skjulte grænser, der er gemt for { $side }s computerdelegation (`limits.{ $field }`), er ikke dem, dette spil trak: gemt { $stored }, trukket { $drawn }
check-save-limit-none = ingen
check-save-limit-some = nogle
# $index is the session's index, counted from 0.
check-save-limit-session = møde nummer { $index } (talt fra 0)
# $turn and $session are counted from 1; $why is the reason (a refusal, or one of the messages below).
check-save-turn = træk { $turn } ({ $side }s, i møde { $session }) kan ikke afspilles igen: { $why }
check-save-unsaid = det, delegationen sagde med trækket (`said`), nævner noget, dette scenarie ikke har
# $article, $id, $scenario are ids as the save writes them.
check-save-in-two-packages = artikel `{ $article }` står i to pakker
check-save-session-zero = møderne nummereres fra 1
check-save-no-article = ingen artikel `{ $id }` i scenariet `{ $scenario }`
check-save-no-option = artikel `{ $article }` har ingen mulighed `{ $id }`
check-save-no-press = { $side } har ingen presseudtalelse `{ $id }`
check-save-no-red-line = { $side } har ingen rød linje `{ $id }`

## A game's result file, and a folder of them for the class wall.

# $kib is the size the result would have; $most the most a result file may hold, both in KiB.
check-result-too-large = dette resultat ville fylde { $kib } KiB, mere end de { $most } KiB, en resultatfil må fylde
check-result-too-large-help = scenariets titler og betegnelser er usædvanligt lange; forkort dem
# $problem is the system's reason.
check-result-not-written = kunne ikke skrive resultatet: { $problem }
check-result-not-written-help = kontrollér, at der er plads, og at mappen er skrivbar
# $problem is a check-syntax message.
check-result-unreadable = dette er ikke en læsbar resultatfil: { $problem }
check-result-bad-help = eksportér resultatet igen fra spillet eller med `portsmouth simulate --results-dir`, eller fjern filen fra mappen
# $format is the file's format number; $newest the newest this version reads.
check-result-newer = dette resultat er skrevet af en nyere version af Portsmouth 1905 (resultatformat { $format }; denne version læser op til { $newest })
check-result-newer-help = opdatér spillet for at læse det
# $article is the article's title as the file writes it; $count how many options it has.
check-result-option-beyond = artiklen “{ $article }” nævner en mulighed ud over sine { $count } muligheder
check-wall-unreadable-folder = kan ikke læse mappen med resultater: { $problem }
check-wall-unreadable-folder-help = angiv en mappe med resultatfiler (.ron eller .json), fx en skrevet af `portsmouth simulate --results-dir`
# $count is how many result files the folder holds.
check-wall-too-many-files = mappen indeholder { $count } resultatfiler
# $mib is their size in MiB.
check-wall-too-many-bytes = mappens resultatfiler fylder { $mib } MiB
# $files and $mib are the most a wall reads.
check-wall-too-many-help = klassens resultater læser højst { $files } resultatfiler og { $mib } MiB; læg resultaterne fra hver klasse eller kørsel i en mappe for sig

## The system's reason for a failed read or write. (English shows the system's own words.)

check-io-not-found = filen eller mappen findes ikke
check-io-permission-denied = adgang nægtet
check-io-is-a-directory = det er en mappe
check-io-storage-full = der er ikke mere plads på disken
check-io-read-only = filsystemet er skrivebeskyttet
check-io-not-a-directory = ikke en mappe
check-io-address-in-use = adressen er allerede i brug
check-io-address-not-available = kan ikke tildele den ønskede adresse
check-io-connection-refused = forbindelsen blev afvist
check-io-not-regular = det er { $kind ->
        [folder] en mappe
        [fifo] en navngiven pipe (FIFO)
        [device] en enhed
        [socket] en socket
       *[other] noget andet
    }, ikke en almindelig fil
check-io-link-loop = for mange niveauer af symbolske links
check-io-not-a-file-name = dette er ikke et filnavn
check-io-not-a-folder = { $folder } er ikke en mappe
check-io-no-folder = mappen { $folder } findes ikke
