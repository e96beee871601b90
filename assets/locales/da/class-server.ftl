# What the class server says to a student's game or an outside agent (src/net/server), in the
# language the client named when it joined. $side: Japan or Russia (class-server-japan/-russia).

class-server-japan = Japan
class-server-russia = Rusland

## Refusals of a message: the connection and the game go on

# $rate: messages a second.
class-server-too-fast = for mange beskeder: højst { $rate } i sekundet
# $bytes: the largest message.
class-server-too-large = en besked er højst { $bytes } byte
class-server-binary = send JSON-tekstrammer, ikke binære
# $reason: the JSON reader's own words (English).
class-server-malformed = ikke en besked i protokollen: { $reason }
class-server-already-seated = denne forbindelse har allerede en plads
class-server-not-joined = deltag først ved et bord (Join), eller tag din plads (Connect)
class-server-unknown-code = intet bord har denne kode; tjek den med din lærer
class-server-seat-not-free = pladsen for { $side } ved dette bord er ikke ledig
class-server-table-full = alle pladser ved dette bord er taget
class-server-bad-token = ingen plads har dette token (læreren har måske åbnet pladsen igen): deltag med bordets kode og dit navn
class-server-seat-handed = pladsen blev givet til computeren
class-server-seat-in-use = en anden forbindelse har denne plads; luk den først (en afbrudt forbindelse slippes inden for et minut)
class-server-table-gone = bordet findes ikke længere
class-server-seat-lost = denne forbindelse har ikke længere pladsen
class-server-talks-over = forhandlingerne er slut
class-server-paused = læreren har sat klassen på pause; vent på signalet til at fortsætte
class-server-not-your-turn = det er den anden delegations tur
class-server-name-missing = skriv et navn
# $count: the most characters a name may have.
class-server-name-too-long = et navn har højst { $count } tegn
class-server-name-control = et navn må ikke indeholde kontroltegn
class-server-nothing-to-accept = der er intet forslag fra den anden side at acceptere
class-server-not-a-move = ikke et træk
# $reason: the database's own words (English).
class-server-database = klassens database afviste ændringen: { $reason }

## News for the people at a seat

class-server-handed-to-computer = Læreren gav denne plads til computeren.
class-server-reopened = Læreren åbnede denne plads igen: deltag med bordets kode og dit navn.
class-server-waits-again = Pladsen for { $side } venter på, at dens elev deltager igen.
# $count: minutes the seat stayed empty.
class-server-nobody-came = { $count ->
    [one] Ingen tog pladsen for { $side } inden for { $count } minut: computeren spiller den nu.
   *[other] Ingen tog pladsen for { $side } inden for { $count } minutter: computeren spiller den nu.
}

## The teacher's API: errors the dashboard shows, in the page's language

class-server-api-no-route = den API-rute findes ikke
class-server-api-wrong-key = forkert lærernøgle
class-server-api-no-key = lærernøglen mangler: send Authorization: Bearer KEY
# $reason: the JSON reader's own words (English).
class-server-api-bad-body = forespørgslens indhold passer ikke til denne rute: { $reason }
# $table: the table's id as the address gives it.
class-server-api-no-table = intet bord { $table }
# $max: the most tables one request makes.
class-server-api-count = count er fra 1 til { $max }
class-server-api-empty-seat = empty_seat_secs er fra 1 til 86400 (null: tomme pladser venter på læreren)
class-server-api-time = en tid pr. tur er mindst et sekund (null for ingen)
class-server-api-seconds = seconds er fra 1 til 86400
# $side: the side as the address gives it.
class-server-api-no-side = ingen side `{ $side }`: japan eller russia
class-server-api-not-over = forhandlingerne ved dette bord er ikke slut endnu
# $scenario: the scenario's id.
class-server-api-no-scenario = intet scenarie `{ $scenario }` i mappen med scenarier
# $level: the level asked for; $levels: the scenario's levels, separated by commas.
class-server-api-no-level-of = dette scenarie har intet niveau `{ $level }`; det har: { $levels }
class-server-api-no-level = dette scenarie har intet niveau `{ $level }`
# $max: the most tables a class holds.
class-server-api-too-many = denne klasse har allerede { $max } borde, det højeste antal
# Et bord, læreren ikke gav et navn: dets nummer i klassen.
class-server-table-name = Bord { $number }
class-server-api-reopen-over = forhandlingerne ved dette bord er slut: der er ingen plads at tage
class-server-api-reopen-agent = en ekstern agents plads tages igen med dens token, ikke af en elev

## The end of the talks, where the scenario names no outcome
# The outcome a seat is told when no treaty was signed.
class-server-no-treaty = Ingen traktat
# The dashboard's outcome when a treaty matches none of the scenario's outcomes.
# The level of a computer seat given no level (the delegate at full strength), where the
# scenario has no level that plays as it does.
class-server-level-full = fuld styrke
class-server-no-outcome = Intet af scenariets udfald passer

# What stands in for the other side's confidential words quoted in a reason or a transcript line.
class-server-withheld = [instrukser, som forbliver fortrolige]
