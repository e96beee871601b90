# Forhandlingsbordets sidekolonne: målerne og fanerne (kort, depecher, referat, lærerens øje).

side-meter-tip = { $description } (ændring siden sidste mødes åbning)
side-meter-accessible = { $name }: { $value }. { $tip }
side-tab-open = • { $label }
side-map = Kort
    .tip = De områder og jernbaner, det gælder (F1)
side-dispatches = Depecher
    .tip = Telegrammer, nyheder og mæglerens beskeder (F2)
side-dispatches-today = Depecher ({ $count } i dag)
side-transcript = Referat
    .tip = Konferencens protokol (F3)
side-teacher = Lærerens øje
    .tip = Begge siders skjulte grænser og enighedszonen for hver artikel (T åbner og lukker)
side-class-dispatches = Ved et klassebord melder serveren nyheder, telegrammer og mæglerens ord i referatet (F3).
side-no-dispatches = Ingen depecher endnu.
side-nothing-said = Der er endnu ikke sagt noget ved bordet.
