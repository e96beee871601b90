# Under oversigten: modpartens seneste træk, turens handlinger, oplæsningen og Send.

actions-last-move = { $them }s seneste træk
actions-not-spoken = { $them } har ikke sagt noget endnu.
actions-press-chosen = Presse: { $statement }
actions-press = Presseudtalelse
    .tip = Tal til pressen: flytter stemningen derhjemme og i Amerika; hver udtalelse kan kun bruges et vist antal gange (klik igen for den næste)
actions-cable-chosen = Depeche: { $line }
actions-cable-chosen-tip = Bed { $capital } om at ophæve »{ $order }«; svaret kommer ved næste møde og kan være nej (klik igen for den næste røde linje)
actions-cable = Depeche hjem
    .tip = Bed din regering ophæve en af dine røde linjer; svaret kommer ved næste møde og kan være nej (klik igen for den næste røde linje)
actions-ask = Spørg Roosevelt
    .tip = Bed mægleren foreslå et kompromis, som begge siders instrukser tillader
actions-ask-yes = Spørg Roosevelt: ja
actions-ultimatum = Ultimatum
actions-ultimatum-yes = Ultimatum: ja
actions-ultimatum-tip = Kræv dine udkastede betingelser senest ved mødet den { $date }, ellers afbryder din delegation: bindende, når det er sendt
actions-break-off = Afbryd
    .tip = Forlad konferencen: forhandlingerne slutter uden traktat
actions-break-off-yes = Afbryd: ja
actions-reset = Nulstil
    .tip = Tilbage til dit stående forslag, uden svar (Backspace)
actions-send = Send tur
    .tip = Send denne tur til bordet (Ctrl+Enter)
actions-worth = Hvis dit forslag blev vedtaget, ville traktaten være { $agreed } % værd for dig; afbryder du nu, { $walk_out } %.
actions-worth-open = Hvis dit forslag blev vedtaget, og forhandlingerne sluttede der (hver åben artikel, som scenariet afgør den, eller på dit værste), ville traktaten være { $agreed } % værd for dig; afbryder du nu, { $walk_out } %.
actions-recorded = Din tur, som den bliver ført til protokol

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { " " }
actions-terms-next = { "; " }
actions-terms-package = ({ $terms })

last-look-heading = Før underskriften: { $mediator }s ændringsforslag
last-look-explained = Alle artikler er aftalt. { $mediator } har hørt begge delegationer fortroligt og foreslår følgende ændring: efter hvad hver af dem har betroet ham, koster den ingen af siderne noget og gavner mindst én af dem. Acceptér den, eller behold traktaten, som den blev aftalt.
last-look-change = { $article }: { $was } → { $becomes }
last-look-settlement = Fredens karakter ændres: »{ $was }« → »{ $becomes }«.
last-look-worth = Efter dine instrukser: { $amended } % med ændringen, { $agreed } % som aftalt.
last-look-they-accepted = { $them } har accepteret ændringen.
last-look-waiting = Venter på { $them }s svar på ændringsforslaget.
last-look-accept = Acceptér ændringen
    .tip = Underskriv traktaten med { $mediator }s ændring (hvis den anden side også accepterer)
last-look-keep = Behold traktaten som aftalt
    .tip = Afvis { $mediator }s ændringsforslag: traktaten underskrives, som den blev aftalt
