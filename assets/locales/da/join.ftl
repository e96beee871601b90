# At deltage i en klasse.

join-heading = Deltag i en klasse
join-explain = Din lærer kører klassens server og giver hvert bord en kode. Skriv serverens adresse, dit bords kode og dit navn; din delegations papirer kommer fra serveren, og kun dine.
join-address = Serverens adresse (for eksempel 192.168.1.20:7905)
    .tip = Den adresse, lærerens server skrev
join-code = Bordets kode
    .tip = Dit bords korte kode, som læreren gav den
join-name = Dit navn
    .tip = Dit navn, som læreren vil se det ved dit bord
join-delegation = Din delegation (valgfrit)
join-either = Hvilken som helst
    .tip = Den plads ved bordet, der er ledig
join-japan = Japan
    .tip = Bed om Japans plads: Komura
join-russia = Rusland
    .tip = Bed om Ruslands plads: Witte
join-join = Deltag
    .tip = Forbind til klassens server og tag plads ved bordet (Enter)
join-back = Tilbage
    .tip = Tilbage til titelskærmen (Esc)
join-the-server = serveren
join-connecting = Forbinder til { $url }…
join-reconnecting = Intet svar endnu fra { $url } ({ $reason }); prøver igen (forsøg { $attempt }). Tjek adressen med din lærer.
join-lost = Kan ikke nå { $url } ({ $reason }). Tjek adressen og denne maskines netværk; spillet bliver ved med at prøve.
join-refused = Serveren afviste: { $reason }
join-closed = Serveren lukkede forbindelsen.
