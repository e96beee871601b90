# A student's seat at a class table: the connection line under the table's header, the
# join form's checks, and the notices the class server's messages bring.
# $table is the table's name as the server gives it; $reason is the connection's or the
# server's own words.

class-status-connecting = { $table }: forbinder til klassens server…
class-status-paused = { $table }: forbundet – læreren har sat klassen på pause; træk venter, til den fortsætter
class-status-sent = { $table }: forbundet – dit træk er sendt til serveren
class-status-connected = { $table }: forbundet
# $attempt counts the tries to reconnect.
class-status-reconnecting = { $table }: forbindelsen faldt ud ({ $reason }) – forbinder igen, forsøg { $attempt }; intet er tabt
class-status-lost = { $table }: forbindelsen er tabt ({ $reason }) – prøver stadig; tjek denne computers netværk, eller sig det til din lærer
class-status-refused = { $table }: serveren lukkede din plads ({ $reason }) – spørg din lærer; Titel forlader bordet
class-status-closed = { $table }: forhandlingerne er slut; serveren lukkede forbindelsen

class-status-no-address = Skriv serverens adresse, som læreren gav dig (for eksempel 192.168.1.20:7905).
# $address is what the student typed.
class-status-bad-address = “{ $address }” er ikke en adresse: den skal se ud som 192.168.1.20:7905 eller skole-server:7905.
class-status-bad-port = Porten i “{ $address }” skal være et tal fra 1 til 65535.
class-status-no-code = Skriv dit bords kode, som læreren gav dig (for eksempel KX7P).
# $code is what the student typed.
class-status-bad-code = “{ $code }” er ikke en bordkode: koder er nogle få bogstaver og tal, som KX7P.
class-status-no-name = Skriv dit navn: læreren ser det ved siden af dit bord.
# $problem is the system's reason.
class-status-cannot-connect = Spillet kunne ikke oprette forbindelse: { $problem }
class-status-server-refused = Serveren afviste: { $reason }
class-status-unsent = Trækket blev ikke sendt: forbindelsen er nede. Den forbinder igen af sig selv; send igen, når der står forbundet.
class-status-paused-notice = Læreren har sat klassen på pause: træk venter, til den fortsætter.
class-status-resumed-notice = Læreren har genoptaget klassen.
class-status-seat-taken = Læreren gav din plads til computeren: { $reason }
# $message is the server's own words.
class-status-move-refused = Trækket blev ikke sendt: { $message }
class-status-move-not-taken = Serveren tog ikke imod trækket: { $message }
