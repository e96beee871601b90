# `portsmouth serve`: klasseserverens beskeder i terminalen.

cli-serve-no-threads = kan ikke starte serverens tråde: { $error }
cli-serve-warning = advarsel: { $warning }
cli-serve-this-machine = <denne maskines adresse>
cli-serve-heading = Portsmouth 1905 klasseserver — klassemappe { $folder }
cli-serve-resumed = { $count ->
        [one] Genoptog { $count } bord
       *[other] Genoptog { $count } borde
    }, hvor de slap.
cli-serve-students = Elever: åbn spillet, vælg Deltag i en klasse, og angiv adressen { $address }
cli-serve-teacher = Lærerens oversigt (hold nøglen for dig selv): { $link }
cli-serve-loopback = Lytter kun på denne maskine; brug --bind 0.0.0.0 for at lade klassens maskiner deltage.
cli-serve-stopped = serveren stoppede: { $error }
