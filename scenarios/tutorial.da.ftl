### Translation of the scenario scenarios/tutorial.ron into `da`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tutorial.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Introduktion: handelen om Sakhalin

# description
description =
    Fire møder, tre spørgsmål: Korea, Sakhalin og pengene. Lær at stille forslag, at binde vilkår sammen i en pakke, at telegrafere hjem efter nye instrukser og at bruge Roosevelts gode tjenester – og prøv så hele konferencen. Fire møder svarer til tolv, så nogle ting sker tidligere end i 1905: Tokyos tilladelse til at opgive pengene, en beslutning fra den 27.–28. august, kommer som svar på Komuras første telegram, og Roosevelts råd fra den 22.–24. august når begge delegationer den 23. august.

## Parties

# parties.japan.name
japan-name = Kejserriget Japan

# parties.japan.capital
japan-capital = Tokyo

# parties.japan.player_title
japan-player_title = Komura

# parties.japan.delegates[1].name
japan-delegate-1-name = Komura Jutarō

# parties.japan.delegates[1].role
japan-delegate-1-role = Udenrigsminister, befuldmægtiget

# parties.japan.briefing
japan-briefing =
    Ordre fra Tokyo: Korea skal overlades frit til Japan – det er ikke til forhandling. Forsøg at få Sakhalin, som vores hær holder besat, og penge til at betale for krigen; du kan ikke opgive pengene uden at spørge Tokyo. TIP: bind »ingen penge« sammen med en del af Sakhalin i én pakke, så Rusland ikke kan tage det ene uden det andet.

# parties.japan.public_position
japan-public_position =
    Japan kræver Korea, hele Sakhalin og krigens omkostninger.

# parties.japan.no_treaty.text
japan-no_treaty = Krigen genoptages, og Japans statskasse er næsten tom.

# parties.japan.red_lines[korea].text
japan-red_line-korea-text = Korea skal overlades helt frit til Japan

# parties.japan.red_lines[money].text
japan-red_line-money-text = Opgiv ikke pengene uden Tokyos tilladelse

# parties.japan.red_lines[money].cable.yes
japan-red_line-money-cable-yes = Tokyo: De må slutte fred uden pengene.

# parties.japan.red_lines[money].cable.no
japan-red_line-money-cable-no = Tokyo: for tidligt at opgive pengene.

# parties.japan.press[just_peace].label
japan-press-just_peace-label = Japan kræver kun en retfærdig fred

# parties.japan.press[just_peace].text
japan-press-just_peace-text = Japan søger en varig fred, ikke Ruslands ydmygelse.

# parties.russia.name
russia-name = Det Russiske Kejserrige

# parties.russia.capital
russia-capital = Sankt Petersborg

# parties.russia.player_title
russia-player_title = Witte

# parties.russia.delegates[1].name
russia-delegate-1-name = Sergej Witte

# parties.russia.delegates[1].role
russia-delegate-1-role = Befuldmægtiget

# parties.russia.briefing
russia-briefing =
    Zarens ordre: ikke en kopek i krigsskadeerstatning, ikke en tomme jord. Korea mener du, at du kan opgive. Sakhalin er russisk jord – men Japans hær holder øen besat, og zaren kan endnu give efter, hvis Roosevelt presser ham. TIP: telegrafér hjem og spørg.

# parties.russia.public_position
russia-public_position =
    Rusland er ikke besejret. Det betaler intet og afstår intet.

# parties.russia.no_treaty.text
russia-no_treaty = Krigen genoptages, med revolution derhjemme.

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = Ikke en kopek i krigsskadeerstatning

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = Ikke en tomme russisk jord

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    Peterhof: Hans Majestæt samtykker i at afstå den sydlige halvdel af Sakhalin, hvis der ikke betales en kopek.

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = Peterhof: ikke en tomme russisk jord.

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = Det nordlige Sakhalin forbliver russisk

## Mediator

# mediator.name
mediator-name = Theodore Roosevelt

# mediator.title
mediator-title = De Forenede Staters præsident

# mediator.country
mediator-country = De Forenede Stater

# mediator.seat
mediator-seat = Oyster Bay

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = Halvdelen af øen, kun fangernes underhold

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    Præsidenten skriver til Witte: afstå det sydlige Sakhalin, betal fangernes underhold tilbage, og slut fred.

## Sessions

# sessions[1].title
session-1-title = Korea

# sessions[1].note
session-1-note =
    Kun Korea er på bordet. Stil et forslag, og svar på modpartens forslag.

# sessions[2].title
session-2-title = Sakhalin og pengene

# sessions[2].note
session-2-note =
    Bind vilkår sammen i én pakke, når det ene kun kan accepteres sammen med det andet.

# sessions[3].title
session-3-title = Roosevelts råd

# sessions[3].note
session-3-note = Roosevelts forslag kræver, at begge parter accepterer det.

# sessions[4].title
session-4-title = Det sidste møde

# sessions[4].note
session-4-note =
    Hvad der ikke er aftalt, når dette møde slutter, afgør, om der bliver en traktat.

## Articles

# articles[korea].group
article-korea-group = Korea

# articles[korea].title
article-korea-title = Korea

# articles[korea].summary
article-korea-summary = Ruslands anerkendelse af Japans stilling i Korea.

# articles[korea].options[free_hand].label
article-korea-option-free_hand-label = Frie hænder til Japan

# articles[korea].options[free_hand].clause
article-korea-option-free_hand-clause =
    Rusland anerkender Japans overvejende interesser i Korea og vil ikke hindre Japans vejledning, beskyttelse og kontrol.

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = Overvejende interesser, med garantier

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    Rusland anerkender Japans overvejende interesser i Korea og vil ikke hindre Japans vejledning, beskyttelse og kontrol; russere i Korea får mestbegunstigelsesbehandling, og ingen af parterne træffer militære foranstaltninger ved den russisk-koreanske grænse.

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = Ingen anerkendelse

# articles[sakhalin].group
article-sakhalin-group = Sakhalin

# articles[sakhalin].title
article-sakhalin-title = Sakhalin

# articles[sakhalin].summary
article-sakhalin-summary = Øen, som Japan besatte i juli 1905.

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = Hele Sakhalin afstås

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause = Rusland afstår Sakhalin og de tilgrænsende øer.

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = Syd for 50. breddegrad afstås

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    Rusland afstår Sakhalin syd for 50. breddegrad; ingen af parterne befæster sin del.

# articles[sakhalin].options[trade_rights].label
article-sakhalin-option-trade_rights-label = Forbliver russisk, japanere må handle

# articles[sakhalin].options[trade_rights].clause
article-sakhalin-option-trade_rights-clause =
    Sakhalin forbliver russisk; japanske undersåtter må bo og drive handel der.

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = Gives tilbage til Rusland

# articles[reparations].group
article-reparations-group = Krigsskadeerstatning

# articles[reparations].title
article-reparations-title = Pengene

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = pengene

# articles[reparations].summary
article-reparations-summary =
    Godtgørelse af Japans krigsomkostninger, eller kun fangernes underhold.

# articles[reparations].options[costs].label
article-reparations-option-costs-label = Rusland betaler krigsomkostningerne

# articles[reparations].options[costs].clause
article-reparations-option-costs-clause = Rusland godtgør Japan en del af krigens omkostninger.

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = Kun fangernes underhold

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    Hver part opgør, hvad den har brugt på fangernes underhold, og Rusland betaler Japan forskellen tilbage.

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = Ingen betaling

## Meters

# meters[opinion].name
meter-opinion-name = Stemningen i Japan

# meters[opinion].description
meter-opinion-description =
    Hvad den japanske offentlighed forventer. Hvis den forventede meget og får lidt, bliver der uro.

## Events

# events[roosevelt_presses_tsar].title
event-roosevelt_presses_tsar-title = Roosevelt presser zaren

# events[roosevelt_presses_tsar].dispatch.from
event-roosevelt_presses_tsar-dispatch-from = Oyster Bay

# events[roosevelt_presses_tsar].dispatch.text
event-roosevelt_presses_tsar-dispatch-text =
    Præsidenten har telegraferet til zaren gennem ambassadør Meyer og anbefalet Japans vilkår: halvdelen af øen og en betaling for den nordlige del. Gennem Kaneko har han rådet Tokyo til at slutte fred uden krigsskadeerstatning, og nu skriver han til Witte: afstå den sydlige del, betal fangernes underhold, og tag freden. Svar ham – eller slut handelen selv.

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = Handelen i Portsmouth

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    Japans overvejende interesser i Korea anerkendt, Sakhalin delt ved 50. breddegrad, ingen krigsskadeerstatning ud over fangernes underhold: den handel, Witte og Komura sluttede i Portsmouth den 29. august 1905. Korea bliver japansk protektorat i november 1905 og annekteres i 1910.

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    Offentligheden ventede mere: der udbryder optøjer i Hibiya-parken i Tokyo.

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 = Japan ratificerer i stilhed.

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 = Rusland ratificerer; Witte kaldes »grev Halv-Sakhalin«.

# outcomes[japan_takes_more].title
outcome-japan_takes_more-title = Japan får mere

# outcomes[japan_takes_more].epilogue
outcome-japan_takes_more-epilogue =
    Japan opnår mere, end det gjorde i 1905 – hele Sakhalin eller penge.

# outcomes[japan_takes_more].aftermath[1].text
outcome-japan_takes_more-aftermath-1 = Tokyo jubler.

# outcomes[japan_takes_more].aftermath[2].text
outcome-japan_takes_more-aftermath-2 = I Sankt Petersborg kaldes traktaten en ydmygelse.

# outcomes[russia_keeps_sakhalin].title
outcome-russia_keeps_sakhalin-title = Rusland beholder Sakhalin

# outcomes[russia_keeps_sakhalin].epilogue
outcome-russia_keeps_sakhalin-epilogue =
    Japan giver den ø tilbage, som det erobrede: fred, men en bitter fred for Tokyo.

# outcomes[russia_keeps_sakhalin].aftermath[1].text
outcome-russia_keeps_sakhalin-aftermath-1 = Ingen penge og ingen ø: offentligheden er rasende.

# outcomes[russia_keeps_sakhalin].aftermath[2].text
outcome-russia_keeps_sakhalin-aftermath-2 = Witte kommer hjem uden at have opgivet russisk jord.

# outcomes[no_treaty].title
outcome-no_treaty-title = Ingen traktat: krigen genoptages

# outcomes[no_treaty].epilogue
outcome-no_treaty-epilogue =
    Forhandlingerne ender uden traktat, og hærene i Manchuriet kæmper videre.

# outcomes[no_treaty].aftermath[1].text
outcome-no_treaty-aftermath-1 = Japan kæmper videre med en tom statskasse.

# outcomes[no_treaty].aftermath[2].text
outcome-no_treaty-aftermath-2 = Rusland kæmper videre med revolution derhjemme.

## History

# history.script[1].note
history-step-1-note = Komura kræver frie hænder i Korea.

# history.script[2].note
history-step-2-note =
    Witte accepterer Japans overvejende interesser, med garantier for russerne og grænsen.

# history.script[3].note
history-step-3-note = Komura accepterer garantierne.

# history.script[4].note
history-step-4-note = Komura kræver hele Sakhalin og krigens omkostninger.

# history.script[5].note
history-step-5-note =
    Witte tilbyder handelsrettigheder på øen og fangernes underhold.

# history.script[6].note
history-step-6-note =
    Komura afslår og spørger Tokyo, om han må opgive pengene.

# history.script[7].note
history-step-7-note =
    Witte spørger Sankt Petersborg, om den sydlige del af øen må gå.

# history.script[8].note
history-step-8-note = Tokyo følger præsidentens råd.

# history.script[9].note
history-step-9-note = Komura beder om Ruslands sidste ord.

# history.script[10].note
history-step-10-note =
    Zaren har givet sit samtykke til den sydlige del: Witte tilbyder den, med fangernes underhold og intet mere.

# history.script[11].note
history-step-11-note = Komura accepterer: handelen er sluttet mellem de delegerede.

## Treaty form

# treaty_form.title
treaty-title = Fredstraktat mellem Japan og Rusland

# treaty_form.japan.sovereign
treaty-japan-sovereign = Hans Majestæt Japans Kejser

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = Baron Komura Jutarō

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office = Hans Udenrigsminister

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = Takahira Kogorō

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office = Hans Gesandt i Amerikas Forenede Stater

# treaty_form.russia.sovereign
treaty-russia-sovereign = Hans Majestæt Kejseren af hele Rusland

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = Sergej Witte

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office = Formand for Ministerkomitéen

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = Baron Roman Rosen

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office = Hans Ambassadør i Amerikas Forenede Stater

# treaty_form.preamble
treaty-preamble =
    besjælet af ønsket om at give Deres lande og folk fredens velsignelser tilbage, har besluttet at slutte en Fredstraktat

# treaty_form.place
treaty-place = Portsmouth (New Hampshire)

# treaty_form.articles[peace].title
treaty-article-peace-title = Fred og venskab

# treaty_form.articles[peace].parts[1]
treaty-article-peace-text-1 =
    Der skal herefter være fred og venskab mellem Deres Majestæter Japans Kejser og Kejseren af hele Rusland samt mellem Deres Stater og undersåtter.

# treaty_form.articles[korea].title
treaty-article-korea-title = Korea

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = Sakhalin

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = Krigsfanger

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    Alle krigsfanger sendes tilbage, så snart traktaten træder i kraft.

# treaty_form.articles[ratification].title
treaty-article-ratification-title = Ratifikation

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    Nærværende Traktat skal ratificeres af Deres Majestæter Japans Kejser og Kejseren af hele Rusland, og ratifikationerne skal meddeles inden halvtreds dage efter dens undertegnelse.

## Glossary

# glossary[1].term
glossary-1-term = Korea

# glossary[1].means
glossary-1-means =
    Kejserriget mellem Kina og Japan, under sin egen kejser; traktaten anerkendte Japans overvejende interesser dér, og i november 1905 overtog Japan landets udenrigsanliggender.

# glossary[2].term
glossary-2-term = overvejende interesser

# glossary[2].means
glossary-2-means =
    Det første ord: Rusland accepterede, at Japans politiske, militære og økonomiske interesser i Korea gik forud for alle andres.

# glossary[3].term
glossary-3-term = Sakhalin

# glossary[3].means
glossary-3-means =
    En lang ø nord for Japan, indtaget af japanske tropper i juli 1905; traktaten gav Japan halvdelen syd for 50. breddegrad.

# glossary[4].term
glossary-4-term = 50. breddegrad

# glossary[4].means
glossary-4-means =
    Breddegraden 50 grader nord; traktaten delte Sakhalin langs den.

# glossary[5].term
glossary-5-term = godtgørelse

# glossary[5].means
glossary-5-means =
    Japans ord for de penge, landet bad Rusland betale til dækning af krigens omkostninger.

# glossary[6].term
glossary-6-term = fangernes underhold

# glossary[6].means
glossary-6-means =
    Hvad hver part brugte på at give den andens fanger mad og husly; traktaten pålagde Rusland at betale forskellen tilbage.

# glossary[7].term
glossary-7-term = befuldmægtiget

# glossary[7].means
glossary-7-means =
    En diplomat med fuld magt til at forhandle og underskrive på sin regerings vegne; Komura og Witte var de første.
