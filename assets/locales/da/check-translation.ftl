# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = oversættelsesfiler er beskrevet i docs/scenario-format.md under "Translations"; `portsmouth translate SCENARIO --lang CODE --out FILE` skriver en frisk skabelon at sammenligne med
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` udelader { $term }, som originalen bruger: kilderne [{ $source }] skriver det { $renderings }
check-translation-history-term-help = kildernes navne på personer, steder og traktaten står i assets/history-terms.ron; er denne gengivelse rigtig, kan du se bort fra advarslen
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}eller{" "}

## Problems in a translation file. $key is a message's key as the file writes it.

# $problem is Fluent's own reason, in English.
check-translation-unreadable = Fluent kan ikke læse denne meddelelse: { $problem }
check-translation-twice = `{ $key }` står der to gange; behold den ene
# $reference is the file it is compared with.
check-translation-not-in = `{ $key }` findes ikke i { $reference }: fjern den, eller tilføj den der først
# $origin is where the original text is: check-translation-near, check-translation-in, or a file:line:column.
check-translation-missing = `{ $key }` mangler: oversæt den fra { $origin }
# $missing and $unknown are placeholders as written, e.g. "{ $count }".
check-translation-leaves-out = `{ $key }` udelader { $missing }, som originalen bruger
check-translation-unknown-placeholder = `{ $key }` bruger { $unknown }, som originalen ikke giver
check-translation-wrong-placeholder = `{ $key }` bruger { $unknown }, hvor originalen bruger { $missing }
# $place is where in the scenario the text belongs; $location a file:line:column; $file a file.
check-translation-near = `{ $place }` nær { $location }
check-translation-in = `{ $place }` i { $file }
# $base is the base scenario's file; $file the translation file to write it in.
check-translation-base-text = `{ $key }` er tekst fra { $base }, som dette scenarie ikke ændrer: oversæt den i { $file }, og fjern den her
# $problem is why the file could not be read (a check-files message).
check-translation-unread = { $problem }; originalteksten bruges
check-translation-too-large = større end de { $kib } KiB, en oversættelse må fylde; originalteksten bruges
check-translation-too-deep = pladsholderne er indlejret mere end { $count } niveauer her; originalteksten bruges
# $problem is the rule the translated text breaks (a check-scenario message).
check-translation-breaks-rule = med denne oversættelse bryder scenariet en regel ({ $problem }); originalteksten bruges
# $problems is Fluent's own reasons, in English.
check-translation-cannot-format = `{ $key }` kan ikke formateres ({ $problems }); originalteksten beholdes
