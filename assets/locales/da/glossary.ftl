# The game's own words, explained in one line each wherever they appear (a tooltip, the
# briefing's words to know). Each message is the word as it appears in this language's
# text (it is looked for there), its .means the explanation.

glossary-reservation = smertegrænse
    .means = Hvad det er værd for en side at gå fra bordet: en traktat, der er mindre værd end dette, er værre end ingen traktat.
glossary-walk-away-value = værdien af at gå
    .means = Hvad en side får, hvis forhandlingerne slår fejl og krigen fortsætter; ingen fornuftig delegeret underskriver for mindre.
glossary-red-line = rød linje
    .means = Et vilkår, din regering har forbudt dig at acceptere; kun en depeche hjem kan ophæve forbuddet.
glossary-instructions = instrukser
    .means = De ordrer, en delegation har med fra sin hovedstad; hovedstaden kan stadig ændre dem eller give nye med en depeche.
glossary-cable = depeche
    .means = Et telegram hjem, der beder regeringen ændre sine instrukser; svaret kan være ja eller nej.
glossary-ultimatum = ultimatum
    .means = Et sidste tilbud: acceptér disse vilkår, ellers afbrydes forhandlingerne.
glossary-package = pakke
    .means = Artikler, der tilbydes samlet: den anden side må tage dem alle eller ingen.
glossary-set-aside = udskudt
    .means = Holdt uden for traktaten efter aftale, for at blive afgjort senere eller aldrig.
glossary-agenda = dagsorden
    .means = De artikler, konferencen har taget op indtil nu; en artikel kan først foreslås, når den er på dagsordenen.
glossary-mediator = mægler
    .means = En mellemmand, der hjælper begge sider med at finde vilkår, de begge kan underskrive, uden at tage parti.
glossary-utility = nytteværdi
    .means = Hvor godt et resultat er for én side, fra 0 (dens værst mulige traktat) til 1 (dens bedste).
glossary-pareto-frontier = Pareto-fronten
    .means = De traktater, der ikke kan gøres bedre for den ene side uden at blive værre for den anden.
glossary-nash-point = Nash-punktet
    .means = Traktaten på fronten, der deler gevinsten i forhold til at gå fra bordet mest ligeligt, efter en regel John Nash foreslog i 1950.
