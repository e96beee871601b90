# Under oversigten: modpartens seneste træk, turens handlinger, oplæsningen og Send.

actions-last-move = { $them }s seneste træk
actions-not-spoken = { $them } har ikke sagt noget endnu.
actions-press-chosen = Presse: { $statement }
actions-press = Presseudtalelse
    .tip = Tal til pressen: flytter stemningen derhjemme og i Amerika; hver udtalelse kan kun bruges et vist antal gange (klik igen for den næste)
actions-cable-chosen = Depeche: { $line }
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
actions-recorded = Din tur, som den bliver ført til protokol

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { " " }
actions-terms-next = { "; " }
actions-terms-package = ({ $terms })
