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
