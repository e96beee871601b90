# Skærmen for et nyt spil.

new-game-heading = En ny konference
new-game-scenario = Scenarie
new-game-scenario-extent = af { $author } · { $sessions ->
        [one] { $sessions } møde
       *[other] { $sessions } møder
    } · { $articles ->
        [one] { $articles } artikel
       *[other] { $articles } artikler
    }
new-game-broken = { $file } – kan ikke vælges
new-game-broken-fix = Sådan rettes det: { $help }
new-game-broken-reread = Gem filen igen, så bliver den læst med det samme.
new-game-back = Tilbage
    .tip = Tilbage til titelskærmen (Esc)
new-game-begin = Begynd konferencen
    .tip = Læs dine instrukser og tag plads ved forhandlingsbordet
new-game-delegation = Din delegation
new-game-japan = Komura Jutarō, for Japan
    .tip = Sejrherren, der ikke har råd til endnu et års krig
new-game-russia = Sergej Witte, for Rusland
    .tip = Taberen, der ikke vil indrømme nederlaget
new-game-across = På den anden side af bordet
new-game-computer = Computer: { $level }
new-game-hot-seat = Anden spiller (på skift)
    .tip = To spillere skiftes ved denne maskine; hver spillers papirer er skjult for den anden
new-game-demonstration = Demonstration: computer mod computer ({ $level })
    .tip = Til at se på i klassen: begge delegationer spilles af computeren, skridt for skridt eller automatisk, hvert træk med sin begrundelse; din sides papirer vises, og du kan overtage en af siderne når som helst
new-game-names-heading = Jeres navne – på jeres resultat for klassen (valgfrit)
new-game-names = Jeres navne
    .tip = Skriv jeres navne eller gruppens
new-game-seed-heading = Seed – det samme seed genspiller det samme spil
new-game-seed = Seed
    .tip = Kun cifre: skriv et seed, en klassekammerat spillede, for at genspille deres spil
new-game-fresh-seed = Nyt seed
    .tip = Træk et nyt seed fra uret
