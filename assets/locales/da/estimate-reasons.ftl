# Grundene til det sandsynlige svar: én sætning hver, vist ved forhandlingsbordet, når musen
# holdes over, og af `portsmouth estimate`. Navnene kommer fra scenariet (oversat med det):
#   $he        modpartens titel (»Witte«); sætningerne kalder ham »han«
#   $article   en artikels titel; $option en muligheds navn
#   $country   hans sides navn, som narrate-side-japan / narrate-side-russia
#   $articles  flere artiklers titler, sat sammen af estimate-reasons-list-…; $count hvor mange
#   $times     hvor mange gange (et tal)
#   $weight    heavy, moderate eller light: hvor meget artiklen betyder for ham
#   $demand    nothing, little eller much: hvor meget vilkårene kræver af ham

# Navne, når scenariet ikke har nogen (en grund fra et andet scenarie).
estimate-reasons-this-article = denne artikel
estimate-reasons-another-option = en anden mulighed
estimate-reasons-these-terms = disse vilkår

# En liste af artiklers titler: én alene ($name); de sidste to ($first og $last); og hver
# før dem ($first) foran resten af listen, der allerede er sat sammen ($rest).
estimate-reasons-list-one = { $name }
estimate-reasons-list-pair = { $first } og { $last }
estimate-reasons-list-more = { $first }, { $rest }

## Én artikel

estimate-reasons-already-agreed = Der er allerede enighed om { $article }: { $option }.
estimate-reasons-position-standing = Om { $article } kræver { $he }s forslag på forhandlingsbordet »{ $option }«.
estimate-reasons-position-earlier = Om { $article } foreslog { $he } senest »{ $option }«.
estimate-reasons-position-presumed = { $he } har ikke nævnt nogen vilkår om { $article }; han forventes at ville have »{ $option }«.
estimate-reasons-refused = { $he } har afvist disse vilkår om { $article } { $times ->
        [1] én gang
        [2] to gange
       *[other] { $times } gange
    }.
estimate-reasons-beyond-offers = { $he } har aldrig tilbudt så meget som dette om { $article }.
estimate-reasons-accepted = { $he } har accepteret disse vilkår om { $article } før.
estimate-reasons-proposed = { $he } har selv foreslået disse vilkår om { $article } før.
# $articles: de andre artikler, hans forslag knytter til denne ($count af dem).
estimate-reasons-linked = { $count ->
        [1] { $he }s forslag knytter { $article } til { $articles }: han giver måske kun efter her sammen med den.
       *[other] { $he }s forslag knytter { $article } til { $articles }: han giver måske kun efter her sammen med dem.
    }
estimate-reasons-estimated = Så vidt vi kan se, betyder { $article } { $weight ->
        [heavy] overordentlig meget
        [moderate] en del
       *[light] kun lidt
    } for { $he }, og dine vilkår kræver { $demand ->
        [nothing] intet af ham dér
        [little] lidt af ham dér
       *[much] meget af ham dér
    }.
estimate-reasons-known-priority = { $weight ->
        [heavy] Det er kendt, at { $article } betyder meget for { $country }.
        [moderate] Det er kendt, at { $article } betyder noget for { $country }, men ikke mest af alt.
       *[light] Det er kendt, at { $article } kun betyder lidt for { $country }.
    }
estimate-reasons-known-favourite = Det var offentligt kendt, at { $country } om { $article } foretrak »{ $option }«.
estimate-reasons-refused-in-public = { $country } har erklæret, at det aldrig vil gå med til dine vilkår om { $article }.
estimate-reasons-held-firm = { $he } har gentaget sine vilkår om { $article } { $times ->
        [1] én gang
        [2] to gange
       *[other] { $times } gange
    }.
estimate-reasons-gave-ground = { $he } har allerede givet sig på { $article }.
# $mediator: mæglerens navn.
estimate-reasons-mediator-proposed = Om { $article } har { $mediator } foreslået »{ $option }«.

## Hele udkastet

# $text: hans sides offentlige holdning, fra scenariet.
estimate-reasons-public-position = { $country }s offentlige holdning: { $text }
# $from og $text: hvem der sendte en offentlig depeche, og hvad den siger, fra scenariet.
estimate-reasons-public-news = Offentlige nyheder fra { $from }: »{ $text }«
estimate-reasons-spoke-publicly = { $country } har udtalt sig offentligt under forhandlingerne.
estimate-reasons-phase-early = Forhandlingerne er kun lige begyndt: { $he } har endnu ikke megen grund til at give sig.
estimate-reasons-phase-middle = Forhandlingerne er halvvejs: { $he } giver sig måske en smule.
estimate-reasons-phase-late = Forhandlingerne nærmer sig deres afslutning: { $he } burde give sig mere.
estimate-reasons-phase-last-word = Dette er { $he }s sidste chance for at svare: han har al mulig grund til at slutte en aftale.
estimate-reasons-nothing-proposed = { $he } har endnu ikke lagt noget på forhandlingsbordet: denne aflæsning bygger på, hvad verden ved om { $country }s prioriteter.
estimate-reasons-within-what-he-gives = Samlet set kræver dine vilkår ikke mere af { $he }, end han sandsynligvis vil give nu.
# I de næste fire nævner $articles $count artikler.
estimate-reasons-insists-on = { $he } vil sandsynligvis holde fast ved { $count ->
       *[other] { $articles }
    }.
estimate-reasons-never-offered = Du beder om mere, end { $he } nogensinde har tilbudt om { $count ->
       *[other] { $articles }
    }.
estimate-reasons-no-common-ground = Om { $count ->
       *[other] { $articles }
    } har { $he } aldrig tilbudt noget, som dine instrukser lader dig acceptere: en depeche hjem, eller tid, kan ændre det.
estimate-reasons-you-give-more = Om { $count ->
       *[other] { $articles }
    } tilbyder du { $he } mere, end han beder om.
estimate-reasons-coarse = { $he } spiller et snedigt spil og skjuler sine kort: denne aflæsning er grov.
estimate-reasons-no-turn-left = { $he } har ikke flere træk: forhandlingerne slutter med dit, og han kan ikke svare på et forslag. Det, du nu accepterer af hans vilkår, er aftalt; åbne artikler afgøres, som scenariet foreskriver.

## Dine egne instrukser

# $capital: din hovedstad; $order: instruksens tekst; $linked: yes, hvis vilkårene var tilladt
# i en pakke med vilkår, der opfylder instrukserne.
estimate-reasons-breach = Dine instrukser fra { $capital } forbyder dig at foreslå { $article }: { $option }{ $linked ->
        [yes] , medmindre det kommer i en pakke med vilkår, der opfylder dem
       *[no] { "" }
    } (»{ $order }«).
