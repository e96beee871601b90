# What `portsmouth check` says about a scenario's contents, rule by rule. Ids and field names
# in `backquotes` are as written in the file: keep them.

## Names and ids. $id is an id as written; $count a limit.

check-scenario-bad-id = `{ $id }` kan ikke bruges som id
check-scenario-bad-id-help = et id begynder med et lille bogstav og bruger kun a–z, 0–9, `_` og `-` (højst { $count } tegn)
# $kind is one of the check-scenario-kind-* phrases (plural).
check-scenario-duplicate-id = to { $kind } har id'et `{ $id }`
check-scenario-duplicate-id-help = giv hver sit id
check-scenario-kind-events = begivenheder
check-scenario-kind-outcomes = udfald
check-scenario-kind-proposals = mæglerforslag
check-scenario-kind-red-lines = røde linjer
check-scenario-kind-press = presseudtalelser
check-scenario-kind-articles = artikler
# $article is the article's id.
check-scenario-kind-options = muligheder under `{ $article }`
check-scenario-kind-meters = målere
check-scenario-kind-treaty-articles = traktatartikler
# $key is a source's key.
check-scenario-unknown-source = kildenøglen `{ $key }` står ikke under `sources`
# $choices is check-did-you-mean, check-use-one-of or check-none-defined.
check-scenario-unknown-source-help = tilføj `"{ $key }": "..."` under `sources`, eller: { $choices }
# $text is the reference as written.
check-scenario-thin-source = kilden `{ $key }` er ikke en fuld henvisning: "{ $text }"
check-scenario-thin-source-help = skriv forfatter, titel og år (eller n.d.) og sidetal, hvor de kendes, fx "Ilyin, Sergei, Witte, 2006, pp. 145–152"
check-scenario-no-article = der er ingen artikel `{ $id }`
# $article is the article's id.
check-scenario-no-option = artikel `{ $article }` har ingen mulighed `{ $id }`
check-scenario-no-meter = der er ingen måler `{ $id }`
check-scenario-no-event = der er ingen begivenhed `{ $id }`
check-scenario-no-red-line = der er ingen rød linje `{ $id }`
check-scenario-no-proposal = mægleren har intet forslag `{ $id }`

## The names a misspelt one may have meant. $known is a list of ids, separated by commas.

# $guess is the id closest to the one written.
check-did-you-mean = mente du `{ $guess }`? Kendte: { $known }
check-none-defined = der er ikke defineret nogen endnu
check-use-one-of = brug en af: { $known }

## Articles and meters. $article and $meter are ids; $count how many there are; $least and
## $most the limits; the other numbers are as written in the file.

check-scenario-no-articles = scenariet har ingen artikler
check-scenario-no-articles-help = tilføj mindst én artikel at forhandle om
check-scenario-too-many-articles = { $count } artikler; et scenarie må højst have { $most }
check-scenario-too-many-articles-help = slå mindre artikler sammen
check-scenario-option-count = artikel `{ $article }` har { $count } muligheder; en artikel skal have { $least } til { $most }
check-scenario-option-count-help = en artikel skal kunne afgøres på mindst to måder
check-scenario-too-many-meters = { $count } målere; højst { $most } er tilladt
check-scenario-too-many-meters-help = slå målere sammen
check-scenario-meter-bound = måleren `{ $meter }` har en grænse på { $value }, uden for ±{ $most }
check-scenario-meter-bound-help = hold min og max inden for -{ $most }..={ $most }
check-scenario-meter-min-max = måleren `{ $meter }` har min { $min } og max { $max }
check-scenario-meter-min-max-help = max skal være større end min (standard: 0 og 100)
check-scenario-meter-start = måleren `{ $meter }` starter på { $start }, uden for { $min }..={ $max }
check-scenario-meter-start-help = vælg en startværdi mellem min og max
check-scenario-meter-per-session = måleren `{ $meter }` flytter sig { $value } pr. møde, uden for ±{ $most }
check-scenario-meter-per-session-help = hold `per_session` inden for -{ $most }..={ $most }

## Sessions. $count how many; $most the limit; $date a date as written ("1905-08-10").

check-scenario-session-count = { $count } møder; et scenarie skal have 1 til { $most }
check-scenario-session-count-help = den historiske konference havde tolv
check-scenario-bad-date = `{ $date }` er ikke en dato
check-scenario-bad-date-help = skriv datoer som "YYYY-MM-DD" (ny stil), fx "1905-08-10"
# $session and $previous are session numbers, counted from 1; $previous_date the earlier session's date.
check-scenario-date-order = møde { $session } ({ $date }) ligger ikke efter møde { $previous } ({ $previous_date })
check-scenario-date-order-help = opstil møderne i datoorden, ét om dagen
check-scenario-exchange-count = { $count } udvekslinger; et møde rummer 1 til { $most }
check-scenario-exchange-count-help = i hver udveksling trækker begge sider én gang; 2 er det sædvanlige formiddags- og eftermiddagsmøde
# $article is the article's id.
check-scenario-never-tabled = artikel `{ $article }` står ikke på noget mødes dagsorden, så der kan aldrig forhandles om den
check-scenario-never-tabled-help = føj "{ $article }" til et mødes dagsorden

## Numbers out of range. $what is one of the check-scenario-what-* phrases; $value, $start
## and $end are numbers as written.

check-scenario-out-of-range = { $what } { $value } ligger uden for { $start }..={ $end }
check-scenario-out-of-range-help = docs/scenario-format.md angiver intervallet for hvert tal
check-scenario-what-utility-threshold = en nyttetærskel på
check-scenario-what-no-treaty-change = en ændring i point uden traktat på
check-scenario-what-pressure = et pres på
check-scenario-what-walk-out-chance = en chance for afbrydelse på
check-scenario-what-no-treaty-points = point uden traktat
check-scenario-what-points-per-session = point pr. møde
check-scenario-what-points-per-meter = point pr. målerpoint

## The two parties. $side is a side's name (narrate-side-japan, narrate-side-russia);
## $article an article's id.

check-scenario-no-delegates = { $side } har ingen delegerede
check-scenario-no-delegates-help = nævn i det mindste den første befuldmægtigede
# $value is the priority as written.
check-scenario-bad-priority = prioriteten { $value } for `{ $article }` er uden for intervallet
check-scenario-bad-priority-help = brug et positivt tal på højst 1000 (vægte er relative: 1 er standard)
check-scenario-values-unknown-article = { $side } værdsætter en artikel `{ $article }`, som ikke findes
check-scenario-missing-valuation = { $side } har ingen værdisætning af artikel `{ $article }`
# $zeros is "0, 0, 0": one zero per option.
check-scenario-missing-valuation-help = tilføj `"{ $article }": [{ $zeros }]` med ét pointtal pr. mulighed
# $count is how many values are given; $options how many options the article has.
check-scenario-valuation-length = { $side } giver { $count } værdier for `{ $article }`, som har { $options } muligheder
# $options is the list of the article's option ids.
check-scenario-valuation-length-help = giv ét tal pr. mulighed, i denne rækkefølge: { $options }
# $points is the number as written; $most the limit.
check-scenario-valuation-range = { $points } point ligger uden for 0..={ $most }
check-scenario-valuation-range-help = værdsæt mulighederne fra 0 (dårligst) og opad
check-scenario-flat-valuation = { $side } værdsætter alle traktater ens
check-scenario-flat-valuation-help = giv mulighederne forskellige point, så nogle traktater er bedre end andre

## Events. $event is an event's id; $meter a meter's id; dates as written ("1905-08-23").

check-scenario-too-many-events = { $count } begivenheder; højst { $most } er tilladt
check-scenario-too-many-events-help = fjern nogle
check-scenario-bad-event-date-help = skriv datoer som "YYYY-MM-DD", fx "1905-08-23"
# $first and $last are the first and last sessions' dates.
check-scenario-event-outside-sessions = begivenheden `{ $event }` er dateret { $date }, uden for møderne ({ $first } til { $last })
check-scenario-event-outside-sessions-help = giv den en dato inden for konferencen, eller beskriv tidligere forhold i instrukserne og startværdierne
# $chance is the number as written.
check-scenario-bad-chance = chancen { $chance } ligger ikke mellem 0 og 1
check-scenario-bad-chance-help = skriv en sandsynlighed som 0.5
check-scenario-idle-event = begivenheden `{ $event }` har hverken virkninger eller en depeche
check-scenario-idle-event-help = giv den en depeche, så spillerne hører om den, eller virkninger, så den betyder noget
# $change is the number as written; $most the limit.
check-scenario-meter-change = en ændring på { $change } af måleren `{ $meter }` er uden for ±{ $most }
check-scenario-meter-change-help = hold ændringer af målere inden for -{ $most }..={ $most }

## Red lines, press statements, the mediator, outcomes. $side is a side's name.

check-scenario-too-many-red-lines = { $count } røde linjer; højst { $most } er tilladt
check-scenario-too-many-red-lines-help = slå røde linjer sammen
# $red_line is the red line's id.
check-scenario-empty-red-line = den røde linje `{ $red_line }` forbyder ingenting
# $article is the first article's id, for the example.
check-scenario-empty-red-line-help = angiv de muligheder, den udelukker, fx {"{"}"{ $article }": [...]{"}"}
check-scenario-bad-uses = en presseudtalelse, der kan bruges 0 gange
check-scenario-bad-uses-help = brug mindst 1, eller slet udtalelsen
check-scenario-too-many-press = { $count } presseudtalelser; højst { $most } er tilladt
check-scenario-too-many-proposals = { $count } mæglerforslag; højst { $most } er tilladt
# $proposal is the proposal's id.
check-scenario-empty-proposal = mæglerforslaget `{ $proposal }` foreslår ingenting
check-scenario-empty-proposal-help = angiv de vilkår, det foreslår
check-scenario-outcome-count = { $count } udfald; et scenarie skal have 1 til { $most }
check-scenario-outcome-count-help = definér mindst et udfald med traktat og et udfald uden
# $outcome is the outcome's id.
check-scenario-aftermath-gap = udfaldet `{ $outcome }` har intet efterspil for { $side }, der altid gælder
# $side_id is the side as the file writes it (Japan, Russia): keep it in English.
check-scenario-aftermath-gap-help = afslut listen over efterspil med en post `Aftermath(side: { $side_id }, result: ..., text: "...")` uden `when`
check-scenario-impossible-article = { $side }s røde linjer forbyder fra starten alle muligheder for `{ $article }`
check-scenario-impossible-article-help = det er kun tilsigtet, hvis en begivenhed eller en depeche skal ophæve en af dem

## Conditions, by where they are used.

check-scenario-condition-terms = denne betingelse ser ud over traktatens vilkår, og det er ikke kendt på dette tidspunkt
check-scenario-condition-terms-help = brug den i begivenheder, efterspil eller svar på depecher; her gælder kun `Term`, `Agreed`, `All`, `Any` og `Not`
check-scenario-condition-talks = denne betingelse spørger, hvordan spillet endte, og det er ikke kendt på dette tidspunkt
check-scenario-condition-talks-help = brug den i udfald og efterspil
check-scenario-condition-outcome = denne betingelse afhænger af mere end slutningen og traktatens vilkår, og det er ikke kendt på dette tidspunkt
check-scenario-condition-outcome-help = brug den i efterspil, begivenheder eller svar på depecher
check-scenario-condition-final = denne betingelse kan ikke bruges her, for det er ikke kendt på dette tidspunkt
check-scenario-condition-final-help = brug andre betingelser
# $article is the article's id.
check-scenario-empty-term = `Term("{ $article }", [])` angiver ingen muligheder
check-scenario-empty-term-help = angiv de muligheder, der tæller
# $session is the number written; $count how many sessions there are.
check-scenario-bad-session = møde { $session } findes ikke; møderne er nummereret 1 til { $count }
check-scenario-bad-session-help = brug et mødenummer fra listen

## The computer's personas and levels of play.

check-scenario-bad-persona-session-help = skriv et mødenummer fra scenariets liste, hvor det første er 1
# $firmness is the number as written.
check-scenario-bad-firmness = fastheden { $firmness } er uden for intervallet
check-scenario-bad-firmness-help = brug et tal over 0 og højst 20: 1 giver jævnt efter, 3 holder fast, 0.5 giver tidligt efter
check-scenario-bad-difficulty-firmness-help = brug en faktor over 0 og højst 10 (1 spiller personaen, som den er skrevet)
# $id is the press statement's id; $known the side's press statement ids.
check-scenario-unknown-press = { $side } har ingen presseudtalelse `{ $id }`
check-scenario-unknown-press-help = brug et af denne sides id'er for presseudtalelser: { $known }
# $option, $article and $red_line are ids.
check-scenario-opening-forbidden = { $side }s åbning indrømmer `{ $option }` om `{ $article }`, som dens røde linje `{ $red_line }` forbyder
check-scenario-opening-forbidden-help = åbn med et vilkår, instrukserne tillader, eller ændr den røde linje
# $field is the field's name (resolve, patience, pressure); the numbers are as written.
check-scenario-hidden-range = intervallet for { $field } ({ $low }, { $high }) skal gå fra lav til høj inden for { $start } til { $end }
check-scenario-hidden-range-help = skriv (low, high) med low højst lig med high, begge fra { $start } til { $end }
# $from and $to are session numbers.
check-scenario-walk-out-order = møderne for afbrydelse går fra { $from } tilbage til { $to }
check-scenario-walk-out-order-help = `to` skal ligge mindst lige så sent som `from`

## The file's format, and the size of the game it describes.

# $format is the number written; $newest the newest this version reads.
check-scenario-format-newer = dette scenarie er skrevet i format { $format }, som er nyere end det, denne version af spillet læser ({ $newest })
check-scenario-format-newer-help = opdatér Portsmouth 1905 for at åbne det
check-scenario-format-unknown = ukendt format { $format }
check-scenario-format-unknown-help = skriv `format: 1`
# $count is how many treaties the options make; $most the limit.
check-scenario-too-many-treaties = artiklernes muligheder giver tilsammen { $count } mulige traktater; spillet kan højst håndtere { $most }
check-scenario-too-many-treaties-help = fjern muligheder, eller slå små artikler sammen til én

## The treaty form and the historical record. $article is an article's id.

check-scenario-bad-plain-date-help = skriv datoer som "YYYY-MM-DD"
# $sovereign is the sovereign's name as the scenario writes it.
check-scenario-no-plenipotentiaries = ingen underskriver for { $sovereign }
check-scenario-no-plenipotentiaries-help = nævn mindst én befuldmægtiget: `(name: "...", office: "...")`
check-scenario-too-many-form-articles = { $count } artikler; en traktattekst rummer højst { $most }
check-scenario-too-many-form-articles-help = slå korte artikler sammen til én
check-scenario-misplaced-to = traktatens artikel `{ $article }` har `to`, som kun tillægsartikler har
check-scenario-misplaced-to-help = flyt den ind under `additional`, eller slet `to`
check-scenario-unknown-treaty-article = traktatteksten har ingen artikel `{ $article }`
check-scenario-missing-to = tillægsartiklen `{ $article }` siger ikke, hvilken artikel den supplerer
check-scenario-missing-to-help = tilføj `to: "..."` med id'et for en af traktatens artikler
check-scenario-unplaced-article = den forhandlede artikel `{ $article }` har ingen plads i traktatteksten
check-scenario-unplaced-article-help = tilføj `Term("{ $article }")` til de dele af traktatartiklen, hvor dens bestemmelse hører hjemme
check-scenario-empty-article = traktatartiklen `{ $article }` har ingen dele
check-scenario-empty-article-help = giv den dele som `Text("...")` eller `Term("article id")`
check-scenario-placed-twice = den forhandlede artikel `{ $article }` har en plads mere i traktatteksten
check-scenario-placed-twice-help = hver forhandlet artikels bestemmelse står ét sted; slet denne
check-scenario-missing-term = den historiske traktat angiver ingen mulighed for `{ $article }`
check-scenario-missing-term-help = tilføj `"{ $article }": "..."`
check-scenario-no-outcome = der er intet udfald `{ $id }`
# $outcome is the outcome the treaty falls under (or "none"); $expected the one the file names.
check-scenario-history-mismatch = den historiske traktat hører under udfaldet `{ $outcome }`, ikke `{ $expected }`
check-scenario-history-mismatch-help = ret udfaldenes betingelser eller de historiske vilkår, så de stemmer overens
check-scenario-too-many-steps = { $count } trin i drejebogen; højst { $most } er tilladt
check-scenario-too-many-steps-help = forkort drejebogen
check-scenario-bad-script-help = drejebogens træk bruger de id'er for artikler, muligheder, presseudtalelser og røde linjer, der er defineret ovenfor

## The glossary. $term is a term as written; $most a limit.

check-scenario-too-many-terms = ordlisten har mere end { $most } termer
check-scenario-too-many-terms-help = behold de ord, en læser måske ikke kender; udelad de dagligdags
check-scenario-bad-term = `{ $term }` kan ikke bruges som term i ordlisten
check-scenario-bad-term-help = skriv ordet eller udtrykket, som teksten bruger det, på én linje, højst { $most } tegn
check-scenario-duplicate-term = ordlisten forklarer `{ $term }` to gange
check-scenario-duplicate-term-help = behold én post pr. term (store og små bogstaver er ligegyldige)
check-scenario-glossary-line = forklaringen af `{ $term }` er ikke én kort linje
check-scenario-glossary-line-help = forklar termen på én linje med højst { $most } tegn
check-scenario-glossary-source = forklaringen af `{ $term }` nævner ingen kilde
check-scenario-glossary-source-help = angiv nøglen for den kilde, den stammer fra, som den står under `sources` (INVENTED er ikke nok)
