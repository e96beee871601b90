# What `portsmouth check` and the loaders say about a file's syntax: the RON or JSON text
# itself, before its meaning is read. Text in `backquotes` is what the file must hold: keep it.

## What a value is. $name is a word or record name as written in the file.

check-found-unit = `()`
check-found-bool = true eller false
check-found-whole = et heltal
check-found-decimal = et decimaltal
check-found-string = en tekststreng
check-found-char = et tegn
check-found-word = ordet `{ $name }`
check-found-list = en liste `[...]`
check-found-map = en tabel `{"{"}...{"}"}`
check-found-record = `{ $name }(...)`
check-found-tuple = `(...)`

## What a value should have been.

check-want-bool = `true` eller `false`
check-want-whole = et heltal
check-want-number = et tal
check-want-char = et tegn
check-want-string = en tekststreng i dobbelte anførselstegn
check-want-bytes = bytes (bruges ikke i disse filer)
check-want-some = `Some(value)` med præcis én værdi
check-want-unit = `()`
# $name is the one word the value may be.
check-want-word = `{ $name }`
check-want-list = en liste `[...]`
check-want-tuple = en tupel `(...)`
check-want-map = en tabel `{"{"}...{"}"}`
# $name is the record's name.
check-want-record = `{ $name }(field: value, ...)`
check-want-choice-such-as = et af de navngivne valg, fx `Japan` eller `Name(...)`
check-want-name = et navn
check-want-choice = et af de navngivne valg
check-want-no-value = ingen værdi til dette valg
check-want-plain-word = et enkelt ord uden `(...)`
check-want-newtype = `Name(value)`
check-want-tuple-variant = `Name(...)` med { $count } værdier
check-want-struct-variant = `Name(field: value, ...)`

## A value of the wrong kind. $expected and $found are the phrases above.

check-expected-found = forventede { $expected }, fandt { $found }
# $expected and $found are record names.
check-wrong-record = forventede `{ $expected }(...)`, fandt `{ $found }(...)`
# $name is a record name; $found how many values it has; $count how many it takes.
check-takes-one-value = `{ $name }(...)` tager præcis én værdi, men har { $found }
check-takes-values = `{ $name }(...)` tager { $count } værdier, men har { $found }
# $found and $expected are technical words ("integer `300`", "u8").
check-invalid-type = forkert type: { $found }, forventede { $expected }
check-invalid-value = ugyldig værdi: { $found }, forventede { $expected }
check-invalid-length = ugyldig længde { $count }, forventede { $expected }
# $name is the name written in the file; $expected the names allowed (check-either, check-one-of, or one name).
check-unknown-variant = ukendt valg `{ $name }`, forventede { $expected }
check-unknown-variant-none = ukendt valg `{ $name }`, der er ingen valg
check-unknown-field = ukendt felt `{ $name }`, forventede { $expected }
check-unknown-field-none = ukendt felt `{ $name }`, der er ingen felter
check-missing-field = feltet `{ $name }` mangler
check-duplicate-field = feltet `{ $name }` står der to gange
# $first and $second are names in `backquotes`.
check-either = { $first } eller { $second }
# $names is a list of names in `backquotes`, separated by commas.
check-one-of = en af { $names }

## The text itself.

check-syntax-extensions = RON-udvidelser (`#![enable(...)]`) understøttes ikke i disse filer
check-syntax-extensions-help = fjern linjen `#![...]`, og skriv `Some(...)` om valgfrie værdier
check-syntax-empty = filen er tom
check-syntax-empty-help = et scenarie begynder med `Scenario(` – se docs/scenario-format.md
check-syntax-trailing = uventet tekst efter værdiens slutning
check-syntax-trailing-help = se efter en ekstra lukkeparentes eller tekst efter den sidste `)`
check-syntax-comment-open = denne blokkommentar bliver aldrig lukket
check-syntax-comment-open-help = tilføj `*/`, hvor kommentaren skal slutte
# $count is the limit.
check-syntax-too-many-values = filen indeholder mere end { $count } værdier, det højeste en fil må have
check-syntax-too-many-values-help = del indholdet op, eller fjern gentagne poster
check-syntax-ends-early = filen slutter, hvor der forventedes en værdi
check-syntax-ends-early-help = filen er måske afkortet: kontrollér, at hver `(`, `[` og `{"{"}` bliver lukket
# $char is the character found.
check-syntax-unexpected-char = uventet tegn `{ $char }`, hvor der forventedes en værdi
check-syntax-unexpected-char-help = værdier er tekststrenge i dobbelte anførselstegn, tal, ord som `Japan` eller `(...)`, `[...]`, `{"{"}...{"}"}`
check-syntax-too-deep = værdierne er indlejret mere end { $count } niveauer
check-syntax-too-deep-help = gør strukturen fladere; betingelser kan kombineres med `All([...])` i stedet for at blive indlejret
check-syntax-too-many = denne samling har mere end { $count } poster
check-syntax-too-many-help = fjern poster; ingen del af et scenarie har brug for så mange
# $bracket is the opening or closing bracket.
check-syntax-never-closed = denne `{ $bracket }` bliver aldrig lukket
check-syntax-never-closed-help = tilføj `{ $bracket }`, hvor den skal slutte
check-syntax-comma = forventede `,` eller `{ $bracket }`
check-syntax-comma-help = der mangler sandsynligvis et komma efter den forrige post
check-syntax-map-open = denne `{"{"}` bliver aldrig lukket
check-syntax-map-open-help = tilføj `{"}"}`, hvor tabellen skal slutte
# $name is the key or field written twice.
check-syntax-duplicate-key = nøglen `{ $name }` står to gange i denne tabel
check-syntax-duplicate-key-help = behold den ene af de to poster
check-syntax-map-colon = forventede `:` efter en nøgle
check-syntax-map-colon-help = poster i en tabel skrives `"key": value`
check-syntax-paren-open = denne `(` bliver aldrig lukket
check-syntax-paren-open-help = tilføj `)`, hvor den skal slutte
check-syntax-field-name = forventede et feltnavn
check-syntax-field-colon = forventede `:` efter feltnavnet `{ $name }`
check-syntax-field-help = felter skrives `name: value`
check-syntax-duplicate-field = feltet `{ $name }` står der to gange
check-syntax-duplicate-field-help = behold det ene af de to
# $count is the limit in bytes.
check-syntax-string-too-long = denne tekststreng er længere end { $count } bytes
check-syntax-string-too-long-help = forkort teksten; lange afsnit hører hjemme i separate depecher eller afsnit i epilogen
check-syntax-shorten = forkort teksten
check-syntax-string-open = denne tekststreng bliver aldrig lukket
check-syntax-string-open-help = tilføj det afsluttende `"`
check-syntax-escape = ukendt escape-sekvens i en tekststreng
check-syntax-escape-help = skriv `\\` for en omvendt skråstreg, `\"` for et anførselstegn, `\n` for en ny linje
check-syntax-raw-string = forkert skrevet rå tekststreng
check-syntax-raw-string-help = rå tekststrenge ser sådan ud: r#"..."#
check-syntax-raw-string-open = denne rå tekststreng bliver aldrig lukket
check-syntax-raw-string-open-help = luk den med lige så mange `#`, som den blev åbnet med
check-syntax-char-open = dette tegn bliver aldrig lukket
check-syntax-char-open-help = tilføj det afsluttende `'`
check-syntax-char-one = en tegnkonstant indeholder ét tegn
check-syntax-char-one-help = brug dobbelte anførselstegn til tekst
check-syntax-number = forkert skrevet tal
# $text is the number as written.
check-syntax-number-text = forkert skrevet tal `{ $text }`
check-syntax-number-help = tal skrives som 12, -3 eller 0.25

## Laying a counterfactual over its base file. $id is an entry's id.

check-merge-remove-unknown = `remove: true` nævner `{ $id }`, som grundfilen ikke har
check-merge-remove-unknown-help = sammenlign id'et med grundscenariet, eller slet denne post
check-merge-remove-bool = `remove` skal være `true` eller `false`
check-merge-remove-bool-help = skriv `remove: true` for at slette grundfilens post med dette id
