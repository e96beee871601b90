# Klassens knapper ved bordet: præsentationsvisningen, lærerens øje og demonstrationen.

classroom-presenter = Præsentationsvisning
    .tip = Stor kalender, artikler og seneste svar til en projektor, eller tilbage til skrivebordsvisningen (F5)
classroom-teacher-eye = Lærerens øje
    .tip = Vis eller skjul begge siders skjulte grænser og enighedszonen for hver artikel (T)
classroom-step = Et træk
    .tip = Spil computerens næste træk, og hold så pause (N)
classroom-auto-play = Autospil
    .tip = Lad computerens træk komme af sig selv, ét hvert par sekunder i en demonstration (P)
classroom-pause = Pause
    .tip = Hold computerens næste træk tilbage indtil Et træk eller Autospil (P)
classroom-slower = Langsommere
    .tip = Længere ventetid mellem autospillede træk ([)
classroom-faster = Hurtigere
    .tip = Kortere ventetid mellem autospillede træk (])
classroom-take-over = Overtag { $title }
classroom-take-over-tip = Spil selv { $title }s træk herfra
classroom-hand-back = Computeren spiller { $title }
classroom-hand-back-tip = Giv { $title }s plads til computeren
classroom-paused-ready = Pause – næste træk er klar: Et træk (N)
classroom-paused = Pause – computerens træk venter på Et træk (N)
classroom-auto-every = Autospil: et træk hvert { $seconds }. sekund
classroom-auto-at-once = Autospil: hvert træk, så snart det er klar
