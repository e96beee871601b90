### Translation of the scenario scenarios/portsmouth-1905.ron into `da`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/portsmouth-1905.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Freden i Portsmouth, 1905

# description
description =
    Tolv møder på flådeværftet i Portsmouth, 9.–29. august 1905. Japan har vundet hvert slag, men er ved at løbe tør for penge og mandskab; Rusland har mistet sine flåder, men ikke sin hær, og står over for revolution derhjemme. Theodore Roosevelt mægler fra Oyster Bay. Korea, Manchuriet, Sakhalin og pengene er på bordet.

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
japan-delegate-1-role = Udenrigsminister, første befuldmægtigede

# parties.japan.delegates[2].name
japan-delegate-2-name = Takahira Kogorō

# parties.japan.delegates[2].role
japan-delegate-2-role = Gesandt i Washington, anden befuldmægtigede

# parties.japan.delegates[3].name
japan-delegate-3-name = Henry W. Denison

# parties.japan.delegates[3].role
japan-delegate-3-role = Amerikansk rådgiver for udenrigsministeriet

# parties.japan.briefing
japan-briefing =
    Dine instrukser, vedtaget af regeringen den 30. juni og godkendt af kejseren den 5. juli, inddeler Japans mål i tre klasser. ABSOLUT NØDVENDIGT: Korea overladt helt frit til Japan; de russiske tropper ud af Manchuriet, samtidig med at Japans trækkes ud; forpagtningen af Liaodong og jernbanen fra Harbin til Port Arthur overdraget til Japan. RELATIVT NØDVENDIGT, at forfølge så vidt omstændighederne tillader: godtgørelse af krigens omkostninger; de russiske krigsskibe, der er interneret i neutrale havne; Sakhalin, som vores hær besatte i juli; fiskerirettigheder langs de russiske kyster. FORHANDLINGSEMNER, du kan opgive: begrænsninger af Ruslands Stillehavsflåde. Tokyo ved, at en stormagt, hvis territorium vi ikke har invaderet, næppe vil betale krigsskadeerstatning, og holder det for sig selv. Krigen har kostet omkring 1.700 mio. yen mod en nationalindkomst på lidt over 2.000 mio. yen; vores kredit bærer ikke endnu et krigsår. Instrukserne nævner intet beløb: godtgørelsen skal fastsættes senere. De overlader de relativt nødvendige punkter til dig, så vidt omstændighederne tillader, men spillet holder dig til det, der skete: at opgive pengene helt blev besluttet i Tokyo, af regeringen og de ældre statsmænd, så du må telegrafere hjem om det. Bag dig: Takahashi Korekiyo har optaget fire udenlandske lån siden maj 1904 – det sidste, £30 millioner, i juli, i London, New York og Tyskland – mens Jacob Schiff fra Kuhn, Loeb sælger Japans obligationer i New York; baron Kaneko Kentarō, Roosevelts studiekammerat fra Harvard, har under hele krigen talt og skrevet for Japan i Amerika og er din forbindelse til præsidenten; og den 27. juli drøftede premierminister Katsura og den amerikanske krigsminister Taft Korea og Filippinerne i Tokyo, og Roosevelt bekræftede Tafts ord. Derhjemme har regeringen aldrig fortalt offentligheden, hvor tæt den er på at mangle penge og mandskab: aviserne og en gruppe professorer i Tokyo, heriblandt Tomizu Hirondo, kræver tre milliarder yen, Sakhalin, Kamtjatka og Primorje-provinsen.

# parties.japan.public_position
japan-public_position =
    Japans tolv betingelser, overrakt den 10. august: Korea, Manchuriet, forpagtningen af Liaodong og dens jernbane, Sakhalin, godtgørelse af krigsomkostninger, de internerede krigsskibe, begrænsninger af Ruslands flåde og fiskerirettigheder.

# parties.japan.no_treaty.text
japan-no_treaty =
    Krigen genoptages i Manchuriet mod en russisk hær, der vokser hver uge, betalt med lån, som Japan ikke længere kan rejse.

# parties.japan.red_lines[korea_free_disposal].text
japan-red_line-korea_free_disposal-text =
    Korea skal overlades helt frit til Japan (absolut nødvendigt)

# parties.japan.red_lines[manchuria_evacuated].text
japan-red_line-manchuria_evacuated-text = De russiske tropper skal forlade Manchuriet (absolut nødvendigt)

# parties.japan.red_lines[lease_and_railway].text
japan-red_line-lease_and_railway-text =
    Forpagtningen af Liaodong og den sydlige jernbane skal overgå til Japan (absolut nødvendigt)

# parties.japan.red_lines[war_costs].text
japan-red_line-war_costs-text =
    Opgiv ikke godtgørelsen af krigens omkostninger uden Tokyos beslutning (relativt nødvendigt; i penge eller som prisen for det nordlige Sakhalin)

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    Tokyo: De må slutte fred uden godtgørelse af krigsomkostningerne.

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = Tokyo: godtgørelsen er stadig uundværlig. Hold fast ved den.

# parties.japan.red_lines[keep_sakhalin].text
japan-red_line-keep_sakhalin-text =
    Opgiv ikke den ø, Japan holder, uden Tokyos tilladelse (relativt nødvendigt)

# parties.japan.red_lines[keep_sakhalin].cable.yes
japan-red_line-keep_sakhalin-cable-yes =
    Tokyo: hvis intet andet kan bringe fred, må De opgive Sakhalin.

# parties.japan.red_lines[keep_sakhalin].cable.no
japan-red_line-keep_sakhalin-cable-no = Tokyo: øen må ikke opgives. Hold Dem til Deres instrukser.

# parties.japan.press[stand_firm].label
japan-press-stand_firm-label = Japan står ved sine vilkår

# parties.japan.press[stand_firm].text
japan-press-stand_firm-text =
    Japans delegation lader forstå, at dens betingelser er sejrens frugt og ikke vil blive beskåret.

# parties.japan.press[just_peace].label
japan-press-just_peace-label = Japan kræver kun en retfærdig fred

# parties.japan.press[just_peace].text
japan-press-just_peace-text = Japan søger en varig fred, ikke Ruslands ydmygelse.

# parties.japan.press[reimbursement_not_indemnity].label
japan-press-reimbursement_not_indemnity-label = Godtgørelse, ikke krigsskadeerstatning

# parties.japan.press[reimbursement_not_indemnity].text
japan-press-reimbursement_not_indemnity-text =
    Japan beder kun om at få dækket omkostningerne ved en krig, som Rusland påtvang det; det kræver ingen straffende krigsskadeerstatning.

# parties.japan.delegate.compromise.note
japan-persona-compromise =
    Komuras skriftlige note af 18. august: Japan vil frafalde sine krav om de internerede krigsskibe og om begrænsninger af Ruslands flåde, for så vidt de stadig står, hvis Rusland kommer Japan i møde om Sakhalin og krigens omkostninger.

# parties.russia.name
russia-name = Det Russiske Kejserrige

# parties.russia.capital
russia-capital = Sankt Petersborg

# parties.russia.player_title
russia-player_title = Witte

# parties.russia.delegates[1].name
russia-delegate-1-name = Sergej Witte

# parties.russia.delegates[1].role
russia-delegate-1-role =
    Formand for Ministerkomitéen, første befuldmægtigede

# parties.russia.delegates[2].name
russia-delegate-2-name = Baron Roman Rosen

# parties.russia.delegates[2].role
russia-delegate-2-role = Ambassadør i Washington, anden befuldmægtigede

# parties.russia.delegates[3].name
russia-delegate-3-name = Fjodor Martens

# parties.russia.delegates[3].role
russia-delegate-3-role = Jurist, folkeret

# parties.russia.delegates[4].name
russia-delegate-4-name = Ivan Korostovets

# parties.russia.delegates[4].role
russia-delegate-4-role = Delegationens sekretær, dagbogsskriver

# parties.russia.briefing
russia-briefing =
    Hans Majestæt forbyder dig at afstå en tomme russisk territorium, at betale en kopek i nogen form eller at acceptere begrænsninger af Ruslands styrker i Fjernøsten. Grev Lamsdorfs instrukser forklarer, hvorfor Sakhalin betyder noget: Japan ved La Pérouse-strædet ville næsten lukke Det Japanske Hav, og øen vogter Amurs munding. Grev Lamsdorfs egen rapport regner allerede Ruslands stilling i Korea for tabt, hvis man ønsker fred. Alt andet hviler på dit eget skøn, og Sankt Petersborg kan desavouere det: du mener, at Korea, rømningen af Manchuriet, hvis Japan også trækker sig ud, forpagtningen af Liaodong, den sydlige jernbane op til det punkt, japanske tropper holder, fiskeri langs kysterne og fangernes underhold kan indrømmes – men et telegram fra hovedstaden erklærer selv jernbanen og fiskerirettighederne for uacceptable. Rusland har opbrugt sin kredit i udlandet – i New York holder Jacob Schiff fra Kuhn, Loeb, som hjælper med at udbyde Japans lån, amerikanske penge væk fra Rusland, så længe zarens regering forfølger jøderne – og revolutionen ulmer derhjemme, men hæren ved Sipingai bliver stærkere for hver uge, og kejseren vil hellere kæmpe videre end betale.

# parties.russia.public_position
russia-public_position =
    Rusland er ikke besejret: dets hær står ubesejret i Manchuriet. Det betaler ingen krigsskadeerstatning og afstår intet territorium.

# parties.russia.no_treaty.text
russia-no_treaty =
    Krigen genoptages: en hær på en halv million ved Sipingai mod Japans udtømte reserver – og revolution derhjemme.

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = Ikke en tomme russisk territorium

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    Peterhof: Hans Majestæt samtykker i at afstå den sydlige halvdel af Sakhalin, som Japan holder – på betingelse af, at der ikke betales en kopek for den nordlige del.

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = Peterhof: ikke en tomme russisk jord.

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = Den sydlige halvdel af Sakhalin kan gå, den nordlige kan ikke

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = Ikke en kopek i krigsskadeerstatning, direkte eller indirekte

# parties.russia.red_lines[no_military_limits].text
russia-red_line-no_military_limits-text = Ingen begrænsninger af Ruslands styrker i Fjernøsten

# parties.russia.press[open_sessions].label
russia-press-open_sessions-label = Krav om åbne møder

# parties.russia.press[open_sessions].text
russia-press-open_sessions-text =
    Witte beder om, at konferencen holdes offentligt, og taler frit med den amerikanske presse.

# parties.russia.press[not_defeated].label
russia-press-not_defeated-label = Rusland er ikke besejret

# parties.russia.press[not_defeated].text
russia-press-not_defeated-text =
    Rusland har tabt slag, ikke krigen: dets hær i Manchuriet er stærkere end nogensinde.

# parties.russia.press[fighting_for_money].label
russia-press-fighting_for_money-label = Japan kæmper videre for penge

# parties.russia.press[fighting_for_money].text
russia-press-fighting_for_money-text =
    Witte fortæller journalisterne, at Japan ville forlænge krigen for penge.

## Mediator

# mediator.name
mediator-name = Theodore Roosevelt

# mediator.title
mediator-title = De Forenede Staters præsident

# mediator.country
mediator-country = De Forenede Stater

# mediator.seat
mediator-seat = Sagamore Hill, Oyster Bay

# mediator.proposals[japans_compromise].title
mediator-proposal-japans_compromise-title = Fred på Japans kompromisvilkår

# mediator.proposals[japans_compromise].text
mediator-proposal-japans_compromise-text =
    Præsidenten opfordrer zaren til at slutte fred på Japans vilkår af 18. august: del Sakhalin ved 50. breddegrad og betal for at få den nordlige del tilbage, mens Japan frafalder sit krav om krigsomkostninger. Han nævner intet beløb; i vilkårene på bordet står Japans pris: 1.200 millioner yen.

# mediator.proposals[commission_for_the_north].title
mediator-proposal-commission_for_the_north-title = En kommission til at prissætte den nordlige del

# mediator.proposals[commission_for_the_north].text
mediator-proposal-commission_for_the_north-text =
    Præsidenten foreslår, at prisen for det nordlige Sakhalin overlades til en kommission, så konferencen ikke behøver at strande på et beløb.

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = Det sydlige Sakhalin og fangernes underhold

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    Præsidenten skriver til Witte: afstå det sydlige Sakhalin, betal fangernes underhold tilbage, og slut fred.

## Sessions

# sessions[1].title
session-1-title = Indledende møde: procedure og fuldmagter

# sessions[1].note
session-1-note =
    Engelsk og fransk, med den franske tekst som gældende; underskrevne referater; to møder om dagen; hemmeligholdelse, skønt Witte ønskede åbne møder. [PPT-N][UL-LANG][ILYIN]

# sessions[2].title
session-2-title = Japans tolv betingelser

# sessions[2].note
session-2-note =
    Fuldmagterne udveksles; Witte går med til at svare artikel for artikel, og Komura overrækker de tolv skriftlige betingelser. [BRK-A][KOR][JACAR]

# sessions[3].title
session-3-title = Ruslands skriftlige svar; Korea

# sessions[3].note
session-3-note =
    Det russiske svar, udarbejdet natten over, overrækkes; debatten begynder med Korea. [NZTIM-0815][KOJ-118][NH-042]

# sessions[4].title
session-4-title = Korea formuleret; Manchuriet rømmet og tilbagegivet

# sessions[4].note
session-4-note = {"["}BRK-A][KOJ-118][NH-042]

# sessions[5].title
session-5-title = Sakhalin; forpagtningen af Liaodong

# sessions[5].note
session-5-note =
    Sakhalin debatteres i to timer, synspunkterne noteres, og sagen lægges til side. [BRK-A][KOR][ILYIN][KOJ-119]

# sessions[6].title
session-6-title = Jernbanerne

# sessions[6].note
session-6-note = {"["}BRK-A][ILYIN]

# sessions[7].title
session-7-title = Godtgørelse; de internerede krigsskibe

# sessions[7].note
session-7-note = {"["}BRK-A][UTAH-0817][ILYIN][KOJ-120]

# sessions[8].title
session-8-title = Flådebegrænsning; fiskeri; Komuras kompromis

# sessions[8].note
session-8-note =
    Udsat til den 22. august. [BRK-A][NH-049][NH-050][ISHII][KOJ-123]

# sessions[9].title
session-9-title = Efter pausen: mødet udsat

# sessions[9].note
session-9-note =
    Kilderne er uenige: ifølge Brinkley blev konferencen udsat til den 22. august kl. 15; et telegram af den 23. siger, at mødet blev udskudt, fordi referatet ikke var færdigt, og Witte manglede instrukser. Spillet bruger dagen som en runde af uformelle kontakter; i 1905 blev intet afgjort ved bordet. [BRK-A][NZMAIL-0830]

# sessions[10].title
session-10-title = Japans kompromis fremlagt

# sessions[10].note
session-10-note = {"["}OREG][NZMAIL-0830][KOJ-134]

# sessions[11].title
session-11-title = Ingen betaling i nogen form

# sessions[11].note
session-11-note =
    Witte afviser betaling i nogen form og har ifølge Komuras telegram nr. 104 samme aften intet andet forslag; kun Korostovets nævner et tilbud om den sydlige del denne dag. Witte havde betalt sin hotelregning. [WJ-0826][LETOP][OREG][KOR][S0]

# sessions[12].title
session-12-title = Det afsluttende møde

# sessions[12].note
session-12-note =
    Et privat møde kl. 9.30, det formelle møde kl. 10.55. Kilderne er uenige om, hvem der talte først: Witte læste en note op, der tilbød den sydlige del uden betaling, eller Komura tilbød at frafalde pengene for halvdelen af øen. [PPT-P][KOJ-134][NH-053][KOR]

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
    Rusland anerkender Japans overvejende politiske, militære og økonomiske interesser i Korea og vil ikke hindre de foranstaltninger til vejledning, beskyttelse og kontrol, som Japan måtte træffe dér.

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = Overvejende interesser, med garantier

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    Rusland anerkender Japans overvejende politiske, militære og økonomiske interesser i Korea og vil ikke hindre Japans vejledning, beskyttelse og kontrol; russiske undersåtter i Korea får mestbegunstigelsesbehandling, og ingen af parterne træffer militære foranstaltninger ved den russisk-koreanske grænse, der truer russisk eller koreansk territorium.

# articles[korea].options[korean_consent].label
article-korea-option-korean_consent-label = Koreas suverænitet forbeholdt

# articles[korea].options[korean_consent].clause
article-korea-option-korean_consent-clause =
    Rusland anerkender Japans overvejende interesser i Korea, men foranstaltninger, der berører den koreanske kejsers suveræne rettigheder, træffes kun efter aftale med den koreanske regering; russere beholder mestbegunstigelsesbehandling.

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = Ingen anerkendelse

# articles[korea].note.text
article-korea-note =
    Artikel II anerkendte Japans overvejende politiske, militære og økonomiske interesser i Korea, med mestbegunstigelsesbehandling for russere og ingen militære foranstaltninger ved grænsen. Den gav ikke Korea til Japan: protektoratstraktaten kom den 17. november 1905, annekteringen den 22. august 1910. Korea havde ingen stemme i Portsmouth; dets udsendinges andragende til Roosevelt blev afvist.

# articles[korea].note.contested[1].says
article-korea-note-reading-1 =
    Wittes første svar forbeholdt den koreanske kejsers suveræne rettigheder; Komura afviste, og forbeholdet faldt.

# articles[korea].note.contested[2].says
article-korea-note-reading-2 =
    Protektoratstraktaten af november 1905 tog Koreas udenrigspolitik; Koreas kejser kaldte den påtvunget.

# articles[evacuation].group
article-evacuation-group = Manchuriet

# articles[evacuation].title
article-evacuation-title = Rømning af Manchuriet

# articles[evacuation].title_in_sentence
article-evacuation-title_in_sentence = rømning af Manchuriet

# articles[evacuation].summary
article-evacuation-summary = Hvem der trækker tropper ud af Manchuriet, og hvornår.

# articles[evacuation].options[russia_only].label
article-evacuation-option-russia_only-label = Rusland trækker sig ud

# articles[evacuation].options[russia_only].clause
article-evacuation-option-russia_only-clause =
    Rusland rømmer Manchuriet fuldstændigt og giver afkald på alle territoriale fordele og præferentielle eller eksklusive koncessioner dér, som krænker Kinas suverænitet.

# articles[evacuation].options[simultaneous].label
article-evacuation-option-simultaneous-label = Begge trækker sig ud sammen

# articles[evacuation].options[simultaneous].clause
article-evacuation-option-simultaneous-clause =
    Japan og Rusland forpligter sig gensidigt til at rømme Manchuriet fuldstændigt og samtidigt, undtagen det forpagtede område på Liaodong, som tillægsartiklen fastsætter; og Rusland erklærer, at det i Manchuriet ikke har territoriale fordele eller præferentielle eller eksklusive koncessioner, der krænker Kinas suverænitet eller strider mod lige muligheder.

# articles[evacuation].options[russia_keeps_north].label
article-evacuation-option-russia_keeps_north-label = Russiske tropper bliver i nord

# articles[evacuation].options[russia_keeps_north].clause
article-evacuation-option-russia_keeps_north-clause =
    Russiske tropper bliver langs Den Kinesiske Østbane i det nordlige Manchuriet.

# articles[evacuation].note.text
article-evacuation-note =
    Artikel III og den første tillægsartikel: begge hære forlader Manchuriet inden for atten måneder, undtagen det forpagtede område på Liaodong, med højst femten jernbanevagter pr. kilometer. Artikel III er gensidig – begge giver Manchuriet tilbage til Kina – og Rusland erklærer, at det ikke har præferentielle koncessioner dér. Muligheden, at russiske tropper bliver i nord, er spillets egen: ingen delegation foreslog den.

# articles[restoration].group
article-restoration-group = Manchuriet

# articles[restoration].title
article-restoration-title = Tilbagegivelse til Kina

# articles[restoration].title_in_sentence
article-restoration-title_in_sentence = tilbagegivelse til Kina

# articles[restoration].summary
article-restoration-summary =
    Om Japan giver de distrikter, det besætter, tilbage til kinesisk forvaltning.

# articles[restoration].options[restored].label
article-restoration-option-restored-label = Givet tilbage til Kina

# articles[restoration].options[restored].clause
article-restoration-option-restored-clause =
    Japan og Rusland giver helt og fuldstændigt hele den del af Manchuriet, som deres tropper besætter eller kontrollerer, tilbage til Kinas eksklusive forvaltning, undtagen det forpagtede område på Liaodong.

# articles[restoration].options[occupation_continues].label
article-restoration-option-occupation_continues-label = Japansk forvaltning fortsætter

# articles[open_door].group
article-open_door-group = Manchuriet

# articles[open_door].title
article-open_door-title = Den åbne dør

# articles[open_door].title_in_sentence
article-open_door-title_in_sentence = den åbne dør

# articles[open_door].summary
article-open_door-summary =
    Lige muligheder for alle nationers handel i Manchuriet.

# articles[open_door].options[open_door].label
article-open_door-option-open_door-label = Lige muligheder

# articles[open_door].options[open_door].clause
article-open_door-option-open_door-clause =
    Ingen af magterne vil hindre almindelige foranstaltninger, fælles for alle lande, som Kina måtte træffe for at udvikle handel og industri i Manchuriet.

# articles[open_door].options[no_undertaking].label
article-open_door-option-no_undertaking-label = Ingen forpligtelse

# articles[sakhalin].group
article-sakhalin-group = Sakhalin

# articles[sakhalin].title
article-sakhalin-title = Sakhalin

# articles[sakhalin].summary
article-sakhalin-summary =
    Øen, som Japan besatte i juli 1905: afstået helt, delt ved 50. breddegrad eller givet tilbage.

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = Hele Sakhalin afstås

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause =
    Rusland afstår til Japan øen Sakhalin og alle tilgrænsende øer med offentlige anlæg og ejendomme.

# articles[sakhalin].options[south_and_payment].label
article-sakhalin-option-south_and_payment-label = Den sydlige del afstås, den nordlige købes tilbage for 1.200 mio. yen

# articles[sakhalin].options[south_and_payment].clause
article-sakhalin-option-south_and_payment-clause =
    Rusland afstår Sakhalin syd for 50. breddegrad; Japan giver den nordlige del tilbage for 1.200 mio. yen; strædet forbliver frit.

# articles[sakhalin].options[south_and_commission].label
article-sakhalin-option-south_and_commission-label = Den sydlige del afstås, en kommission fastsætter prisen på den nordlige

# articles[sakhalin].options[south_and_commission].clause
article-sakhalin-option-south_and_commission-clause =
    Rusland afstår Sakhalin syd for 50. breddegrad; en kommission fastsætter det beløb, Rusland betaler for at få den nordlige del tilbage.

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = Syd for 50. breddegrad afstås

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    Rusland afstår til Japan for evigt og med fuld suverænitet den sydlige del af Sakhalin og de tilgrænsende øer med alle offentlige anlæg og ejendomme dér; 50. nordlige breddegrad er nordgrænsen, og den nøjagtige linje fastsættes som tillægsartiklen bestemmer. Ingen af parterne befæster sin del af øen eller de tilgrænsende øer eller træffer militære foranstaltninger, der kan hindre fri sejlads gennem La Pérouse-strædet og Tatarstrædet.

# articles[sakhalin].options[residence_rights].label
article-sakhalin-option-residence_rights-label = Øen forbliver russisk, japanere må bosætte sig og handle

# articles[sakhalin].options[residence_rights].clause
article-sakhalin-option-residence_rights-clause =
    Sakhalin forbliver russisk; japanske undersåtter må bo der og drive handel og fiskeri.

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = Hele Sakhalin gives tilbage til Rusland

# articles[sakhalin].note.text
article-sakhalin-note =
    Artikel IX afstår Sakhalin syd for 50. breddegrad; ingen af parterne befæster sin del, og strædet forbliver frit. Hvem der foreslog hvad, er omstridt ved hvert skridt.

# articles[sakhalin].note.contested[1].says
article-sakhalin-note-reading-1 =
    18. august: Witte bragte en deling af øen på bane i fortrolighed; Komura nævnte 50. breddegrad og 1.200 mio. yen for den nordlige del, hvorefter Japan ville frafalde kravet om krigsomkostninger.

# articles[sakhalin].note.contested[2].says
article-sakhalin-note-reading-2 =
    18. august: Roosevelt fik Rosen til at foreslå delingen; 23. august: Witte tilbød hele Sakhalin mod at pengekravet blev frafaldet.

# articles[sakhalin].note.contested[3].says
article-sakhalin-note-reading-3 = 23. august: Rusland afviste kun at betale for den nordlige del.

# articles[sakhalin].note.contested[4].says
article-sakhalin-note-reading-4 = 26. august: en russisk note tilbød den sydlige del, som Japan holdt.

# articles[sakhalin].note.contested[5].says
article-sakhalin-note-reading-5 =
    26. august, Komuras telegram nr. 104: Witte afviste betaling i nogen form og havde intet andet forslag.

# articles[sakhalin].note.contested[6].says
article-sakhalin-note-reading-6 =
    29. august: Witte læste zarens note op, der tilbød den sydlige del gratis; Komura accepterede.

# articles[sakhalin].note.contested[7].says
article-sakhalin-note-reading-7 =
    29. august: Komura tilbød at frafalde krigsskadeerstatningen for halvdelen af øen.

# articles[liaodong].group
article-liaodong-group = Manchuriet

# articles[liaodong].title
article-liaodong-title = Forpagtningen af Liaodong

# articles[liaodong].title_in_sentence
article-liaodong-title_in_sentence = forpagtningen af Liaodong

# articles[liaodong].summary
article-liaodong-summary =
    Port Arthur, Dalnij (Talien, som traktaten kalder den) og det tilgrænsende område, forpagtet af Kina.

# articles[liaodong].options[transferred].label
article-liaodong-option-transferred-label = Forpagtningen overdrages til Japan

# articles[liaodong].options[transferred].clause
article-liaodong-option-transferred-clause =
    Rusland overdrager med Kinas samtykke til Japan forpagtningen af Port Arthur, Talien og det tilgrænsende territorium og farvand med alle dertil knyttede rettigheder, privilegier, offentlige anlæg og ejendomme; begge forpligter sig til at indhente Kinas samtykke, og russiske undersåtters ejendomsret dér respekteres.

# articles[liaodong].options[returned_to_china].label
article-liaodong-option-returned_to_china-label = Forpagtningen gives tilbage til Kina

# articles[liaodong].options[returned_to_china].clause
article-liaodong-option-returned_to_china-clause = Forpagtningen af Port Arthur og Dalnij gives tilbage til Kina.

# articles[liaodong].options[kept_by_russia].label
article-liaodong-option-kept_by_russia-label = Rusland beholder forpagtningen

# articles[liaodong].note.text
article-liaodong-note =
    Artikel V overdrager forpagtningen af Port Arthur og Dalnij til Japan med Kinas samtykke – som Kina gav i Peking-traktaten af 22. december 1905, underskrevet for Japan af Komura. Leksikonartiklen siger, at Rusland måtte give sine forpagtninger tilbage til Kina: det er en fejl, og spillets mulighed med en forpagtning givet tilbage til Kina er opdigtet.

# articles[southern_railway].group
article-southern_railway-group = Manchuriet

# articles[southern_railway].title
article-southern_railway-title = Den sydlige jernbane

# articles[southern_railway].title_in_sentence
article-southern_railway-title_in_sentence = den sydlige jernbane

# articles[southern_railway].summary
article-southern_railway-summary = Sidebanen til Port Arthur – og hvor den skæres over.

# articles[southern_railway].options[to_harbin].label
article-southern_railway-option-to_harbin-label = Hele sidebanen fra Harbin

# articles[southern_railway].options[to_harbin].clause
article-southern_railway-option-to_harbin-clause =
    Rusland overdrager til Japan jernbanen fra Harbin til Port Arthur med dens sidelinjer, rettigheder, ejendomme og kulminer.

# articles[southern_railway].options[to_changchun].label
article-southern_railway-option-to_changchun-label = Fra Changchun til Port Arthur

# articles[southern_railway].options[to_changchun].clause
article-southern_railway-option-to_changchun-clause =
    Rusland overdrager til Japan, uden kompensation og med Kinas samtykke, jernbanen mellem Changchun (Kuanchengtzu) og Port Arthur, dens sidelinjer, rettigheder, ejendomme og de kulminer, der drives for den.

# articles[southern_railway].options[to_japanese_lines].label
article-southern_railway-option-to_japanese_lines-label = Kun den strækning, Japans tropper holder

# articles[southern_railway].options[to_japanese_lines].clause
article-southern_railway-option-to_japanese_lines-clause =
    Rusland overdrager til Japan jernbanen syd for de stillinger, den japanske hær holder.

# articles[southern_railway].options[kept_by_russia].label
article-southern_railway-option-kept_by_russia-label = Rusland beholder banen

# articles[southern_railway].note.text
article-southern_railway-note =
    Artikel VI giver Japan banen fra Changchun (Kuanchengtzu) til Port Arthur med dens kulminer, uden kompensation og med Kinas samtykke. Wittes første svar tilbød kun banen op til det punkt, japanske tropper holdt; et telegram fra Sankt Petersborg kaldte derefter selv det uacceptabelt – for sent.

# articles[southern_railway].note.contested[1].says
article-southern_railway-note-reading-1 =
    Witte ville kun afstå jernbanen »op til det punkt«, japanske tropper holdt; Sankt Petersborg afviste selv det.

# articles[southern_railway].note.contested[2].says
article-southern_railway-note-reading-2 =
    En populær biografi sammenfatter det første svar som en afståelse af banen fra Changchun til Port Arthur.

# articles[cer].group
article-cer-group = Manchuriet

# articles[cer].title
article-cer-title = Den Kinesiske Østbane

# articles[cer].title_in_sentence
article-cer-title_in_sentence = Den Kinesiske Østbane

# articles[cer].summary
article-cer-summary = Om de mandsjuriske jernbaner må tjene hære.

# articles[cer].options[russia_commercial_only].label
article-cer-option-russia_commercial_only-label = Russisk bane, kun handel

# articles[cer].options[russia_commercial_only].clause
article-cer-option-russia_commercial_only-clause =
    Rusland beholder Den Kinesiske Østbane, men bruger den kun til kommercielle og industrielle formål.

# articles[cer].options[both_commercial_only].label
article-cer-option-both_commercial_only-label = Begge baner kun til handel

# articles[cer].options[both_commercial_only].clause
article-cer-option-both_commercial_only-clause =
    Japan og Rusland driver deres mandsjuriske jernbaner udelukkende til kommercielle og industrielle formål, ikke strategiske, undtagen i det forpagtede område på Liaodong.

# articles[cer].options[unrestricted].label
article-cer-option-unrestricted-label = Ingen begrænsning

# articles[reparations].group
article-reparations-group = Krigsskadeerstatning

# articles[reparations].title
article-reparations-title = Godtgørelse af krigsomkostninger

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = godtgørelse af krigsomkostninger

# articles[reparations].summary
article-reparations-summary =
    Japan bad om »godtgørelse«, ikke »krigsskadeerstatning« – et beløb i millioner af yen, eller kun fangernes underhold.

# articles[reparations].options[yen_1200].label
article-reparations-option-yen_1200-label = 1.200 mio. yen

# articles[reparations].options[yen_1200].clause
article-reparations-option-yen_1200-clause =
    Rusland godtgør Japan 1.200 mio. yen af krigens udgifter.

# articles[reparations].options[yen_900].label
article-reparations-option-yen_900-label = 900 mio. yen

# articles[reparations].options[yen_900].clause
article-reparations-option-yen_900-clause =
    Rusland godtgør Japan 900 mio. yen af krigens udgifter.

# articles[reparations].options[yen_600].label
article-reparations-option-yen_600-label = 600 mio. yen

# articles[reparations].options[yen_600].clause
article-reparations-option-yen_600-clause =
    Rusland godtgør Japan 600 mio. yen af krigens udgifter.

# articles[reparations].options[yen_300].label
article-reparations-option-yen_300-label = 300 mio. yen

# articles[reparations].options[yen_300].clause
article-reparations-option-yen_300-clause =
    Rusland godtgør Japan 300 mio. yen af krigens udgifter.

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = Kun fangernes underhold

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    Når fangerne er udleveret, forelægger hver regering den anden en opgørelse over sine direkte udgifter til fangernes pleje og underhold, fra tilfangetagelse eller overgivelse til død eller udlevering; Rusland betaler Japan forskellen mellem det, Japan har brugt, og det, Rusland har brugt.

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = Ingen betaling

# articles[reparations].note.text
article-reparations-note =
    Japan bad om »godtgørelse« af krigens faktiske omkostninger, ikke en »krigsskadeerstatning«, og beløbet skulle fastsættes senere; instrukserne klassificerer den som relativt nødvendig og lader loftet stå tomt. 1.200 mio. yen var den pris, der blev nævnt den 18. august for at give det nordlige Sakhalin tilbage, krævet i stedet for godtgørelsen, ikke ved siden af den: intet japansk forslag krævede begge dele, selv om spillet lader Japan kræve dem sammen. De lavere trin er spillets. Artikel XIII pålægger kun Rusland at betale forskellen i udgifterne til fangernes underhold.

# articles[reparations].note.contested[1].says
article-reparations-note-reading-1 =
    Den officielle tekst lader loftet stå tomt: »___ hundrede millioner yen«.

# articles[reparations].note.contested[2].says
article-reparations-note-reading-2 =
    Nogle historikere kalder den vederlagsfri overdragelse af jernbanen, minerne og forpagtningen for krigsskadeerstatning i naturalier.

# articles[warships].group
article-warships-group = Flåden

# articles[warships].title
article-warships-title = De internerede krigsskibe

# articles[warships].title_in_sentence
article-warships-title_in_sentence = de internerede krigsskibe

# articles[warships].summary
article-warships-summary =
    Russiske krigsskibe, der flygtede til neutrale havne og blev interneret dér.

# articles[warships].options[surrendered].label
article-warships-option-surrendered-label = Udleveres til Japan

# articles[warships].options[surrendered].clause
article-warships-option-surrendered-clause =
    Rusland udleverer til Japan de krigsskibe, der er interneret i neutrale havne.

# articles[warships].options[dropped].label
article-warships-option-dropped-label = Kravet frafaldet

# articles[naval_limit].group
article-naval_limit-group = Flåden

# articles[naval_limit].title
article-naval_limit-title = Flådebegrænsning i Fjernøsten

# articles[naval_limit].title_in_sentence
article-naval_limit-title_in_sentence = flådebegrænsning i Fjernøsten

# articles[naval_limit].summary
article-naval_limit-summary = Et loft over Ruslands flåde i Stillehavet.

# articles[naval_limit].options[limited].label
article-naval_limit-option-limited-label = Ruslands Stillehavsflåde begrænses

# articles[naval_limit].options[limited].clause
article-naval_limit-option-limited-clause = Rusland begrænser sine flådestyrker i Fjernøsten.

# articles[naval_limit].options[dropped].label
article-naval_limit-option-dropped-label = Kravet frafaldet

# articles[naval_limit].note.text
article-naval_limit-note =
    Frafaldet af Japan efter Komuras note af 18. august, ligesom kravet om de internerede krigsskibe. Kilderne er uenige om kravets klasse: »supplerende« i instrukserne, »relativt nødvendigt« i en liste baseret på Kojima.

# articles[naval_limit].note.contested[1].says
article-naval_limit-note-reading-1 = Et forhandlingsemne, efter den befuldmægtigedes skøn.

# articles[naval_limit].note.contested[2].says
article-naval_limit-note-reading-2 = Relativt nødvendigt.

# articles[fishing].group
article-fishing-group = Fiskeri

# articles[fishing].title
article-fishing-title = Fiskerirettigheder

# articles[fishing].title_in_sentence
article-fishing-title_in_sentence = fiskerirettigheder

# articles[fishing].summary
article-fishing-summary =
    Japansk fiskeri langs de russiske kyster af Det Japanske Hav, Det Okhotske Hav og Beringshavet.

# articles[fishing].options[coasts_and_rivers].label
article-fishing-option-coasts_and_rivers-label = Kyster, bugter, vige og floder

# articles[fishing].options[coasts_and_rivers].clause
article-fishing-option-coasts_and_rivers-clause =
    Rusland giver japanske undersåtter fiskerirettigheder langs sine kyster, bugter, vige og floder i Det Japanske Hav, Det Okhotske Hav og Beringshavet.

# articles[fishing].options[coasts].label
article-fishing-option-coasts-label = Kun kysterne

# articles[fishing].options[coasts].clause
article-fishing-option-coasts-clause =
    Rusland vil med Japan aftale fiskerirettigheder for japanske undersåtter langs de russiske kyster af Det Japanske Hav, Det Okhotske Hav og Beringshavet, uden at berøre eksisterende rettigheder.

# articles[fishing].options[none].label
article-fishing-option-none-label = Ingen fiskerirettigheder

# articles[fishing].note.text
article-fishing-note =
    Artikel XI: Rusland vil aftale fiskerirettigheder langs sine kyster af Det Japanske Hav, Det Okhotske Hav og Beringshavet. Konventionen af juli 1907 udelod floder og vige, som Witte havde insisteret på i Portsmouth.

## Meters

# meters[japan_finances].name
meter-japan_finances-name = Japans finanser

# meters[japan_finances].description
meter-japan_finances-description =
    Hvad der er tilbage af Japans krigskasse og kredit. Under 10 lukker bankfolkene dørene (en enkelt kilde uden titel; tærsklen er spillets).

# meters[russia_reinforcements].name
meter-russia_reinforcements-name = Russisk styrke i Manchuriet

# meters[russia_reinforcements].description
meter-russia_reinforcements-description = Tropper, der ankommer til Sipingai ad Den Transsibiriske Jernbane.

# meters[japan_expectations].name
meter-japan_expectations-name = Stemningen i Japan

# meters[japan_expectations].description
meter-japan_expectations-description =
    Hvor meget den japanske offentlighed forventer: krigsskadeerstatning og hele Sakhalin. Skuffede høje forventninger betyder uro derhjemme.

# meters[russia_unrest].name
meter-russia_unrest-name = Uro i Rusland

# meters[russia_unrest].description
meter-russia_unrest-description =
    Strejker, bondekongresser og mytterier under revolutionen i 1905.

# meters[american_opinion].name
meter-american_opinion-name = Amerikansk opinion

# meters[american_opinion].description
meter-american_opinion-description =
    Hvor den amerikanske presse hælder: 100 helt for Japan, 0 helt for Rusland. Omstridt: Korostovets så aviserne svinge over mod Rusland under konferencen; en dansk fremstilling siger, at den amerikanske opinion i det store hele forblev på Japans side hele vejen igennem.

# meters[tsar_patience].name
meter-tsar_patience-name = Zarens tålmodighed

# meters[tsar_patience].description
meter-tsar_patience-description =
    Hvor længe Nikolaj II vil lade forhandlingerne fortsætte. Ved 0 kalder han sin delegation hjem.

## Events

# events[warships_to_kamchatka].title
event-warships_to_kamchatka-title = Japanske krigsskibe sejler mod Kamtjatka

# events[warships_to_kamchatka].dispatch.from
event-warships_to_kamchatka-dispatch-from = pressen

# events[warships_to_kamchatka].dispatch.text
event-warships_to_kamchatka-dispatch-text =
    Japanske krigsskibe meldes sendt til Kamtjatka og Det Okhotske Hav.

# events[alliance_renewed].title
event-alliance_renewed-title = Den engelsk-japanske alliance fornyet

# events[alliance_renewed].dispatch.from
event-alliance_renewed-dispatch-from = London

# events[alliance_renewed].dispatch.text
event-alliance_renewed-dispatch-text =
    lord Lansdowne og gesandt Hayashi underskriver en fornyet alliance mellem Storbritannien og Japan, forlænget til ti år.

# events[jewish_leaders_call_on_witte].title
event-jewish_leaders_call_on_witte-title = Amerikanske jødiske ledere besøger Witte

# events[jewish_leaders_call_on_witte].dispatch.from
event-jewish_leaders_call_on_witte-dispatch-from = Portsmouth

# events[jewish_leaders_call_on_witte].dispatch.text
event-jewish_leaders_call_on_witte-dispatch-text =
    Witte modtager fem amerikanske jødiske ledere – Jacob Schiff, Oscar Straus, Isaac Seligman, Adolph Lewisohn og Adolf Kraus – om de russiske jøders rettigheder. Schiff, hvis firma har hjulpet med at udbyde Japans krigslån, siger til ham, at så længe zarens regering forfølger jøderne, vil den ikke rejse en kopek i De Forenede Stater.

# events[jewish_leaders_call_on_witte].note.text
event-jewish_leaders_call_on_witte-note =
    Gæsterne kom som jødiske ledere, ikke som bankfolk, for at tale om de russiske jøders rettigheder. Schiff havde hjulpet med at udbyde Japans krigslån og havde holdt amerikanske bankfolk væk fra Ruslands. Witte gik i princippet ind for lige rettigheder, men gradvist; størrelsen af begivenhedens virkninger er spillets.

# events[peasant_congress].title
event-peasant_congress-title = Bondekongres i Moskva

# events[peasant_congress].dispatch.from
event-peasant_congress-dispatch-from = Moskva

# events[peasant_congress].dispatch.text
event-peasant_congress-dispatch-text = En bondekongres træder sammen i Moskva og kræver reformer.

# events[kaneko_reports_deadlock].title
event-kaneko_reports_deadlock-title = Kaneko bringer bud om dødvande

# events[kaneko_reports_deadlock].dispatch.from
event-kaneko_reports_deadlock-dispatch-from = baron Kaneko, New York

# events[kaneko_reports_deadlock].dispatch.text
event-kaneko_reports_deadlock-dispatch-text =
    På Deres anmodning tager jeg til Oyster Bay for at fortælle præsidenten, at konferencen er gået i hårdknude om Sakhalin og pengene, og for at bede ham presse zaren.

# events[duma_manifesto].title
event-duma_manifesto-title = Dumamanifestet

# events[duma_manifesto].dispatch.from
event-duma_manifesto-dispatch-from = Sankt Petersborg

# events[duma_manifesto].dispatch.text
event-duma_manifesto-dispatch-text = Et kejserligt manifest opretter en rådgivende statsduma.

# events[korean_envoys].title
event-korean_envoys-title = Koreas andragende bliver ikke hørt

# events[korean_envoys].dispatch.from
event-korean_envoys-dispatch-from = Oyster Bay

# events[korean_envoys].dispatch.text
event-korean_envoys-dispatch-text =
    Korea har ingen plads i Portsmouth. Kort før konferencen besøgte to koreanere, Syngman Rhee og hans ledsager Yoon, præsidenten i Oyster Bay for at gå i forbøn for deres lands uafhængighed; Koreas kejser regner med de gode tjenester, der blev lovet i den amerikanske traktat af 1882. Roosevelt tog imod dem med varme ord, men ville ikke modtage deres skriftlige andragende: det måtte komme ad diplomatiske kanaler.

# events[korean_envoys].note.text
event-korean_envoys-note =
    Syngman Rhee og hans ledsager blev modtaget i Oyster Bay kort før konferencen; Roosevelt ville kun modtage deres andragende ad diplomatiske kanaler. Få dage før, den 27. juli, havde Taft og Katsura drøftet Korea i Tokyo. Den nøjagtige dag for mødet i Oyster Bay står ikke i de læste kilder: spillet viser det ved første møde.

# events[china_not_at_the_table].title
event-china_not_at_the_table-title = Kina er ikke med

# events[china_not_at_the_table].dispatch.from
event-china_not_at_the_table-dispatch-from = Peking

# events[china_not_at_the_table].dispatch.text
event-china_not_at_the_table-dispatch-text =
    Det er Kina, der bortforpagter Liaodong og giver koncession på den sydlige jernbane, men Kina har ingen plads i Portsmouth: alt, hvad der går fra Rusland til Japan, kræver bagefter Pekings samtykke.

# events[china_not_at_the_table].note.text
event-china_not_at_the_table-note =
    Kina var ikke part i Portsmouth, skønt artikel III til VII råder over dets provinser, jernbaner og forpagtninger, hver »med Kinas samtykke«. Det samtykke kom i traktaten mellem Japan og Kina, underskrevet i Peking den 22. december 1905.

# events[roosevelt_appeal].title
event-roosevelt_appeal-title = Roosevelt appellerer til zaren

# events[roosevelt_appeal].dispatch.from
event-roosevelt_appeal-dispatch-from = Oyster Bay

# events[roosevelt_appeal].dispatch.text
event-roosevelt_appeal-dispatch-text =
    Præsidenten har tilkaldt baron Rosen og telegraferet til ambassadør Meyer om at opsøge zaren: han anbefaler fred på Japans kompromisvilkår – halvdelen af øen og en betaling for den nordlige del, hvis beløb han lader stå åbent.

# events[roosevelt_letter_to_kaneko].title
event-roosevelt_letter_to_kaneko-title = Roosevelts brev til Tokyo

# events[roosevelt_letter_to_kaneko].dispatch.from
event-roosevelt_letter_to_kaneko-dispatch-from = baron Kaneko, New York

# events[roosevelt_letter_to_kaneko].dispatch.text
event-roosevelt_letter_to_kaneko-dispatch-text =
    Et fortroligt brev fra præsidenten, der skal telegraferes til Tokyo: verden vil ikke stå bag Japan, hvis det kæmper videre blot for penge. Han tilråder fred uden krigsskadeerstatning.

# events[roosevelt_letter_to_kaneko].note.text
event-roosevelt_letter_to_kaneko-note =
    En dateret kendsgerning, så den kommer i hvert spil. De senere breve, mægleren skriver, når en hovedstad afviser ham, er spillets.

# events[tsar_orders_break_off].title
event-tsar_orders_break_off-title = Zaren beordrer forhandlingerne afbrudt

# events[tsar_orders_break_off].dispatch.from
event-tsar_orders_break_off-dispatch-from = Peterhof

# events[tsar_orders_break_off].dispatch.text
event-tsar_orders_break_off-dispatch-text = Hans Majestæt pålægger Dem at afbryde forhandlingerne.

# events[tsar_orders_break_off].note.text
event-tsar_orders_break_off-note =
    Zarens ordrer om at afbryde er dateret omkring den 22. og 28. august; Witte ignorerede begge. Hvor meget de kostede af zarens tålmodighed, er spillets.

# events[meyer_audience].title
event-meyer_audience-title = Meyers audiens i Peterhof

# events[meyer_audience].dispatch.from
event-meyer_audience-dispatch-from = Peterhof

# events[meyer_audience].dispatch.text
event-meyer_audience-dispatch-text =
    Ambassadør Meyer har fremført præsidentens appel. Hans Majestæt afviser enhver betaling, men samtykker til sidst i at afstå den sydlige halvdel af Sakhalin, som Japan holder.

# events[meyer_audience].note.text
event-meyer_audience-note =
    Den 23. august sagde Nikolaj til ambassadør Meyer, at han ville opgive den sydlige halvdel af Sakhalin, hvis der ikke blev betalt noget for den nordlige. Russerne strides senere om, hvem der mistede øen. Ingen i Portsmouth kunne regne med hans samtykke: i spillet giver han det i de fleste spil, ikke i alle (chancen er opfundet). Witte meddelte først Sankt Petersborgs svar på mødet den 26. august; spillet bringer det til ham på audiensens dag.

# events[meyer_audience].note.contested[1].says
event-meyer_audience-note-reading-1 = Salonerne gav Witte skylden: »grev Halv-Sakhalin«.

# events[meyer_audience].note.contested[2].says
event-meyer_audience-note-reading-2 = Zaren opgav selv den sydlige del, over for Meyer.

# events[tsar_refuses_meyer].title
event-tsar_refuses_meyer-title = Zaren afviser Meyer

# events[tsar_refuses_meyer].dispatch.from
event-tsar_refuses_meyer-dispatch-from = Peterhof

# events[tsar_refuses_meyer].dispatch.text
event-tsar_refuses_meyer-dispatch-text =
    Ambassadør Meyer har fremført præsidentens appel. Hans Majestæt hører ham og giver intet: ikke en tomme russisk jord, ikke en kopek.

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    Det skete ikke. Ved audiensen den 23. august afviste Nikolaj både en krigsskadeerstatning og enhver afståelse og samtykkede først til sidst i at opgive den sydlige del. I nogle spil holder han fast ved sit afslag; Witte kan stadig telegrafere hjem om tilladelse.

# events[lamsdorf_statement].title
event-lamsdorf_statement-title = Lamsdorf: ingen kontribution, ingen afståelse

# events[lamsdorf_statement].dispatch.from
event-lamsdorf_statement-dispatch-from = Reuters, Sankt Petersborg

# events[lamsdorf_statement].dispatch.text
event-lamsdorf_statement-dispatch-text =
    Grev Lamsdorf erklærer officielt, at Rusland ikke vil betale nogen kontribution, direkte eller indirekte, og intet vil afstå.

# events[roosevelt_commission].title
event-roosevelt_commission-title = Roosevelt foreslår en kommission

# events[roosevelt_commission].dispatch.from
event-roosevelt_commission-dispatch-from = Oyster Bay

# events[roosevelt_commission].dispatch.text
event-roosevelt_commission-dispatch-text =
    Præsidenten opfordrer begge regeringer til at overlade prisen for det nordlige Sakhalin til en kommission i stedet for at lade forhandlingerne strande på det spørgsmål.

# events[tsar_second_telegram].title
event-tsar_second_telegram-title = Vogt Ruslands ære

# events[tsar_second_telegram].dispatch.from
event-tsar_second_telegram-dispatch-from = Peterhof

# events[tsar_second_telegram].dispatch.text
event-tsar_second_telegram-dispatch-text = Vogt over Ruslands vel og ære.

# events[tokyo_overrules_komura].title
event-tokyo_overrules_komura-title = Tokyo lader ikke Komura afbryde

# events[tokyo_overrules_komura].dispatch.from
event-tokyo_overrules_komura-dispatch-from = Tokyo

# events[tokyo_overrules_komura].dispatch.text
event-tokyo_overrules_komura-dispatch-text =
    Deres melding om, at forhandlingerne er ved at bryde sammen, er modtaget. Afbryd ikke: regeringen og de ældre statsmænd drøfter sagen.

# events[tokyo_overrules_komura].note.text
event-tokyo_overrules_komura-note =
    Komuras telegram nr. 104 af 26. august siger, at Witte afviste betaling i nogen form og intet andet forslag havde, så forhandlingerne måtte mislykkes. Tokyo ville ikke lade ham afbryde: regeringen og de ældre statsmænd trådte sammen, og Komura bad om at få mødet den 28. udsat.

# events[cabinet_decides].title
event-cabinet_decides-title = Tokyo beslutter sig for fred

# events[cabinet_decides].dispatch.from
event-cabinet_decides-dispatch-from = Tokyo

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    Regeringen og de ældre statsmænd, for kejserens åsyn: slut fred, også uden godtgørelse af krigsomkostningerne.

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    Tokyos beslutning om at slutte fred uden penge dateres af Ishii til den 27. august og af andre japanske kronologier til den 28. august – dels på grund af de fjorten timers tidsforskel mellem Tokyo og Portsmouth.

# events[cabinet_decides].note.contested[1].says
event-cabinet_decides-note-reading-1 =
    27. august, revideret samme dag efter hans rapport om zarens ord til Meyer.

# events[cabinet_decides].note.contested[2].says
event-cabinet_decides-note-reading-2 = 28. august, ved en kejserlig konference.

# events[ishii_report].title
event-ishii_report-title = Hvad zaren sagde til Meyer

# events[ishii_report].dispatch.from
event-ishii_report-dispatch-from = Tokyo

# events[ishii_report].dispatch.text
event-ishii_report-dispatch-text =
    Vi erfarer fra et udenlandsk gesandtskab, at zaren har sagt til ambassadør Meyer, at han vil opgive den sydlige halvdel af Sakhalin. Hold fast på den sydlige del.

# events[tsar_orders_again].title
event-tsar_orders_again-title = Zaren beordrer Witte hjem

# events[tsar_orders_again].dispatch.from
event-tsar_orders_again-dispatch-from = Peterhof

# events[tsar_orders_again].dispatch.text
event-tsar_orders_again-dispatch-text = Afslut forhandlingerne og vend tilbage.

# events[roosevelt_advises_tokyo].title
event-roosevelt_advises_tokyo-title = Roosevelt presser Tokyo igen

# events[roosevelt_advises_tokyo].dispatch.from
event-roosevelt_advises_tokyo-dispatch-from = baron Kaneko, New York

# events[roosevelt_advises_tokyo].dispatch.text
event-roosevelt_advises_tokyo-dispatch-text =
    Præsidenten skriver igen til Tokyo: Japan afviser hans råd på eget ansvar; den amerikanske sympati vil ikke overleve en krig for penge.

# events[kaiser_presses_tsar].title
event-kaiser_presses_tsar-title = Kejser Wilhelm presser zaren

# events[kaiser_presses_tsar].dispatch.from
event-kaiser_presses_tsar-dispatch-from = Berlin

# events[kaiser_presses_tsar].dispatch.text
event-kaiser_presses_tsar-dispatch-text =
    På præsidentens anmodning opfordrer kejser Wilhelm Hans Majestæt til at slutte fred.

# events[kaiser_presses_tsar].note.text
event-kaiser_presses_tsar-note =
    Roosevelt bad Wilhelm II om at presse Nikolaj; datoen står ikke i de læste kilder, og spillet udløser det kun, når zaren afviser præsidenten.

# events[witte_recalled].title
event-witte_recalled-title = Witte kaldt hjem

# events[witte_recalled].dispatch.from
event-witte_recalled-dispatch-from = Peterhof

# events[witte_recalled].dispatch.text
event-witte_recalled-dispatch-text =
    Zarens tålmodighed er opbrugt: den russiske delegation kaldes hjem og forlader Portsmouth.

# events[credit_exhausted].title
event-credit_exhausted-title = Bankfolkene lukker dørene

# events[credit_exhausted].dispatch.from
event-credit_exhausted-dispatch-from = Tokyo

# events[credit_exhausted].dispatch.text
event-credit_exhausted-dispatch-text =
    Amerikanske finansfolk lader forstå, at der ikke kommer flere lån til at fortsætte krigen.

# events[credit_exhausted].note.text
event-credit_exhausted-note =
    En enkelt bogside uden titel siger, at amerikanske finansfolk fortalte Japan, at der ikke ville komme flere lån til at fortsætte krigen. De bedre kilder viser, at Japans kredit blev bedre: lånet fra juli 1905 blev tegnet i London, New York og Tyskland. Begivenheden er et hvad-nu-hvis med en opdigtet tærskel.

# events[army_at_full_strength].title
event-army_at_full_strength-title = Den mandsjuriske hær i fuld styrke

# events[army_at_full_strength].dispatch.from
event-army_at_full_strength-dispatch-from = Manchuriet

# events[army_at_full_strength].dispatch.text
event-army_at_full_strength-dispatch-text =
    Ruslands hære ved Sipingai tæller nu en halv million mand, med ti gange så mange maskingeværer som ved Mukden.

# events[american_press_turns].title
event-american_press_turns-title = Den amerikanske presse vender

# events[american_press_turns].dispatch.from
event-american_press_turns-dispatch-from = New York

# events[american_press_turns].dispatch.text
event-american_press_turns-dispatch-text = Amerikanske aviser fremstiller nu Japan som en nation, der kæmper videre for penge.

# events[american_press_turns].note.text
event-american_press_turns-note =
    Om den amerikanske opinion vendte, er omstridt. Spillet lader den vende, hvis måleren falder langt nok.

# events[american_press_turns].note.contested[1].says
event-american_press_turns-note-reading-1 =
    Korostovets så de amerikanske aviser svinge over mod Rusland, mens Witte bejlede til pressen.

# events[american_press_turns].note.contested[2].says
event-american_press_turns-note-reading-2 =
    Den amerikanske opinion forblev i det store hele på Japans side hele vejen igennem, trods Wittes anstrengelser.

# events[revolution_spreads].title
event-revolution_spreads-title = Revolutionen breder sig

# events[revolution_spreads].dispatch.from
event-revolution_spreads-dispatch-from = Sankt Petersborg

# events[revolution_spreads].dispatch.text
event-revolution_spreads-dispatch-text =
    Strejker og mytterier breder sig; regeringen har brug for sine soldater derhjemme.

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = Portsmouth-traktaten, som den blev underskrevet

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    Traktaten underskrives på flådeværftet den 5. september lidt før klokken fire om eftermiddagen. Rusland anerkender Japans overvejende interesser i Korea og overdrager forpagtningen af Liaodong, jernbanen til Changchun og det sydlige Sakhalin – og betaler ikke en yen i godtgørelse. Hverken Korea eller Kina underskriver. Den 17. november 1905 påtvinger Japan Korea en protektoratstraktat; den 22. december giver Kina i Peking sit samtykke til overdragelsen af forpagtningen og jernbanen; den 22. august 1910 annekterer Japan Korea. Theodore Roosevelt får Nobels fredspris for 1906 som den første amerikaner. Rusland og Japan, fjender i 1905, underskriver i juli 1907 en fiskerikonvention og en politisk konvention, hvis hemmelige artikler deler Manchuriet i et russisk nord og et japansk syd og giver Japan frie hænder i Korea.

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    Offentligheden ventede krigsskadeerstatning og hele Sakhalin: regeringen havde aldrig fortalt den, hvor tæt Japan var på at løbe tør for penge, og vil nu ikke offentliggøre de fulde vilkår. Den 5. september bliver et forbudt møde i Hibiya-parken til optøjer: politiposter, indenrigsministerens bolig og en regeringsvenlig avis angribes, og der erklæres undtagelsestilstand. Kejseren ratificerer den 14. oktober; Katsura-regeringen falder i januar 1906.

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 =
    Med en offentlighed forberedt på en beskeden fred ratificeres traktaten den 14. oktober uden uroligheder.

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 =
    Nikolaj II ratificerer i Peterhof den 14. oktober. Witte bliver greve, da han kommer hjem – og salonerne kalder ham »grev Halv-Sakhalin«.

# outcomes[as_signed].note.text
outcome-as_signed-note =
    Underskrevet den 5. september 1905 af Komura, Takahira, Witte og Rosen for de to kejsere: femten artikler og to tillægsartikler. Ratificeret af begge kejsere den 14. oktober; ratifikationerne udvekslet i Washington den 25. november.

# outcomes[as_signed].note.contested[1].says
outcome-as_signed-note-reading-1 =
    Det japanske gehejmeråd ratificerede den 10. oktober, Rusland den 14. oktober.

# outcomes[as_signed].note.contested[2].says
outcome-as_signed-note-reading-2 = Begge kejsere ratificerede den 14. oktober.

# outcomes[as_signed].note.contested[3].says
outcome-as_signed-note-reading-3 = Hibiya: 17 dræbt, over 2.000 anholdt.

# outcomes[as_signed].note.contested[4].says
outcome-as_signed-note-reading-4 = De første telegrammer: fire uromagere dræbt, to hundrede anholdt.

# outcomes[indemnity_treaty].title
outcome-indemnity_treaty-title = En traktat med krigsskadeerstatning

# outcomes[indemnity_treaty].epilogue
outcome-indemnity_treaty-epilogue =
    Rusland betaler Japan for krigen – noget, Tokyo selv anså for uopnåeligt fra en stormagt, hvis jord ikke var blevet invaderet. Pengene letter Japans gæld; i Rusland huskes det som en ydmygelse.

# outcomes[indemnity_treaty].aftermath[1].text
outcome-indemnity_treaty-aftermath-1 = Tokyo jubler: ofrene er blevet betalt.

# outcomes[indemnity_treaty].aftermath[2].text
outcome-indemnity_treaty-aftermath-2 =
    Zaren, der havde forbudt enhver betaling, nægter at ratificere; krigen genoptages til foråret.

# outcomes[indemnity_treaty].aftermath[3].text
outcome-indemnity_treaty-aftermath-3 =
    Zaren ratificerer med bitterhed; betalingen nærer revolutionens vrede.

# outcomes[north_bought_back].title
outcome-north_bought_back-title = Det nordlige Sakhalin købt tilbage

# outcomes[north_bought_back].epilogue
outcome-north_bought_back-epilogue =
    Japan beholder det sydlige Sakhalin og sælger den nordlige del tilbage til Rusland: formlen fra den fortrolige samtale den 18. august, hvor Witte bragte en deling af øen på bane, og Komura nævnte prisen. Pengene er en krigsskadeerstatning i alt andet end navnet.

# outcomes[north_bought_back].aftermath[1].text
outcome-north_bought_back-aftermath-1 =
    Betalingen for den nordlige del letter krigsgælden; offentligheden brokker sig over at miste halvdelen af øen, men accepterer.

# outcomes[north_bought_back].aftermath[2].text
outcome-north_bought_back-aftermath-2 =
    Sankt Petersborg havde kaldt det en forklædt krigsskadeerstatning; at betale den vanærer regeringen midt under en revolution.

# outcomes[all_sakhalin].title
outcome-all_sakhalin-title = Japan får hele Sakhalin

# outcomes[all_sakhalin].epilogue
outcome-all_sakhalin-epilogue =
    Japan beholder hele den ø, det besatte i juli, og Rusland betaler intet. Nogle fremstillinger siger, at Witte tilbød netop dette den 23. august; russiske optegnelser taler kun om den sydlige del.

# outcomes[all_sakhalin].aftermath[1].text
outcome-all_sakhalin-aftermath-1 =
    Hele Sakhalin, men ingen penge: folkemængderne, der ventede begge dele, laver stadig optøjer.

# outcomes[all_sakhalin].aftermath[2].text
outcome-all_sakhalin-aftermath-2 =
    Hele Sakhalin er en sejr, offentligheden kan se på et kort; traktaten vedtages i stilhed.

# outcomes[all_sakhalin].aftermath[3].text
outcome-all_sakhalin-aftermath-3 =
    Tabet af hele øen – og La Pérouse-strædet med den – bliver holdt imod Witte resten af hans liv.

# outcomes[all_sakhalin].note.text
outcome-all_sakhalin-note = Om Witte nogensinde tilbød hele Sakhalin, er omstridt.

# outcomes[all_sakhalin].note.contested[1].says
outcome-all_sakhalin-note-reading-1 =
    Den 23. august tilbød Witte hele øen, hvis Japan frafaldt pengekravet; Komura afslog.

# outcomes[all_sakhalin].note.contested[2].says
outcome-all_sakhalin-note-reading-2 = Russiske optegnelser taler kun om den sydlige del.

# outcomes[portsmouth_variant].title
outcome-portsmouth_variant-title = En Portsmouth-fred, tegnet anderledes

# outcomes[portsmouth_variant].epilogue
outcome-portsmouth_variant-epilogue =
    Sakhalin deles ved 50. breddegrad uden betaling, som i 1905, men andre artikler afviger fra traktaten underskrevet den 5. september. Gennemgangen sammenligner dem punkt for punkt.

# outcomes[portsmouth_variant].aftermath[1].text
outcome-portsmouth_variant-aftermath-1 =
    Ingen krigsskadeerstatning og en halv ø: som i 1905 laver folkemængderne i Tokyo optøjer.

# outcomes[portsmouth_variant].aftermath[2].text
outcome-portsmouth_variant-aftermath-2 = Traktaten ratificeres uden uroligheder.

# outcomes[portsmouth_variant].aftermath[3].text
outcome-portsmouth_variant-aftermath-3 =
    Rusland ratificerer; Witte får skylden for halvdelen af Sakhalin og ros for ikke at have betalt noget.

# outcomes[no_sakhalin].title
outcome-no_sakhalin-title = Fred uden Sakhalin

# outcomes[no_sakhalin].epilogue
outcome-no_sakhalin-epilogue =
    Japan giver den ø tilbage, som det erobrede i juli – som Tokyo i slutningen af august 1905 var parat til, hvis intet andet kunne bringe fred.

# outcomes[no_sakhalin].aftermath[1].text
outcome-no_sakhalin-aftermath-1 =
    Ingen penge og intet Sakhalin: offentlighedens raseri er værre end ved Hibiya.

# outcomes[no_sakhalin].aftermath[2].text
outcome-no_sakhalin-aftermath-2 =
    Witte kommer hjem uden at have opgivet en tomme russisk jord.

# outcomes[japan_breaks_off].title
outcome-japan_breaks_off-title = Japan afbryder: krigen genoptages

# outcomes[japan_breaks_off].epilogue
outcome-japan_breaks_off-epilogue =
    Japans delegation forlader Portsmouth. Krigen genoptages i Manchuriet mod en forstærket russisk hær, mens Japans kredit næsten er udtømt.

# outcomes[japan_breaks_off].aftermath[1].text
outcome-japan_breaks_off-aftermath-1 =
    Offentligheden hylder fastheden – indtil tabslisterne og skatteopkrævningerne kommer.

# outcomes[japan_breaks_off].aftermath[2].text
outcome-japan_breaks_off-aftermath-2 = Rusland kæmper videre med revolutionen i ryggen.

# outcomes[russia_breaks_off].title
outcome-russia_breaks_off-title = Rusland går: krigen genoptages

# outcomes[russia_breaks_off].epilogue
outcome-russia_breaks_off-epilogue =
    Den russiske delegation forlader Portsmouth, sådan som zaren to gange beordrede den. Kuropatkin og andre generaler vil hævde, at Rusland, der blev stærkere i Manchuriet for hver uge, kunne have vundet; Japans reserver var næsten opbrugt.

# outcomes[russia_breaks_off].aftermath[1].text
outcome-russia_breaks_off-aftermath-1 = Japan må rejse nye hære og nye lån.

# outcomes[russia_breaks_off].aftermath[2].text
outcome-russia_breaks_off-aftermath-2 = Rusland kæmper videre, mens strejker og mytterier breder sig derhjemme.

# outcomes[russia_breaks_off].note.text
outcome-russia_breaks_off-note =
    Nikolaj beordrede to gange Witte hjem. Kuropatkin og andre hævdede senere, at Rusland, der blev stærkere i Manchuriet for hver uge, sluttede fred for tidligt; japanske kilder understreger, at Japans reserver og kredit var ved at slippe op.

# outcomes[collapse].title
outcome-collapse-title = Forhandlingerne bryder sammen: krigen genoptages

# outcomes[collapse].epilogue
outcome-collapse-epilogue =
    Møderne slutter uden traktat. Hærene ved Sipingai genoptager krigen.

# outcomes[collapse].aftermath[1].text
outcome-collapse-aftermath-1 = Japan kæmper videre med en næsten tom statskasse.

# outcomes[collapse].aftermath[2].text
outcome-collapse-aftermath-2 = Rusland kæmper videre med revolution derhjemme.

## History

# history.note
history-note =
    Traktaten underskrevet den 5. september 1905 og de træk, der førte til den, tur for tur.

# history.script[1].note
history-step-1-note =
    Komuras fuldmagter er ikke ved hånden; proceduren aftales.

# history.script[2].note
history-step-2-note =
    Witte beder om åbne møder; konferencen vælger hemmeligholdelse.

# history.script[3].note
history-step-3-note =
    Komura overrækker Japans tolv betingelser; Witte går med til at svare artikel for artikel.

# history.script[4].note
history-step-4-note = Det russiske svar udarbejdes natten over.

# history.script[5].note
history-step-5-note =
    Wittes skriftlige svar: Korea i princippet, med tre forbehold; rømning kun hvis den sker samtidigt; jernbanen kun op til de japanske linjer; jernbanereglen gjort gensidig; fiskeri kun langs kysterne. Sakhalin, godtgørelse, krigsskibene og flådebegrænsning afvist.

# history.script[6].note
history-step-6-note =
    Komura vil ikke lade Japans frihed i Korea binde; debatten varer til hen på aftenen.

# history.script[7].note
history-step-7-note =
    Korea formuleret: mestbegunstigelsesbehandling for russere og ingen militære foranstaltninger ved grænsen; Manchuriet rømmes af begge sammen.

# history.script[8].note
history-step-8-note =
    Koreaartiklen og Manchuriets tilbagegivelse til Kina vedtaget.

# history.script[9].note
history-step-9-note = Komura hævder, at Japan holder øen og må beholde den.

# history.script[10].note
history-step-10-note =
    Forpagtningen af Liaodong overgår til Japan med forbehold af Kinas samtykke. Om Sakhalin vil Witte kun tilbyde ophold og handel for japanske undersåtter.

# history.script[11].note
history-step-11-note =
    Komura afslår; begge synspunkter noteres, og Sakhalin lægges til side.

# history.script[12].note
history-step-12-note =
    Begge jernbaner skal kun tjene handel; Japan beder om banen op til Changchun.

# history.script[13].note
history-step-13-note =
    Japan får banen fra Changchun til Port Arthur; Rusland beholder resten.

# history.script[14].note
history-step-14-note = Komura presser på for godtgørelse af krigens omkostninger.

# history.script[15].note
history-step-15-note =
    En formiddag om godtgørelse: Rusland er ikke besejret og betalte aldrig, end ikke efter Sevastopol; det tilbyder kun fangernes underhold. Krigsskibene afvist.

# history.script[16].note
history-step-16-note = Uenigheden noteres.

# history.script[17].note
history-step-17-note =
    Fiskeri langs kysterne vedtaget. Komuras skriftlige note: Japan vil frafalde krigsskibene og flådebegrænsningen, hvis Rusland er imødekommende om Sakhalin og krigsomkostningerne. I den fortrolige samtale, der følger, bringer Witte først en deling af øen på bane; Komura nævner 50. breddegrad og 1.200 mio. yen for den nordlige del.

# history.script[18].note
history-step-18-note = Witte forelægger forståelsen for Sankt Petersborg.

# history.script[19].note
history-step-19-note =
    Mødet udsættes: referatet er ikke færdigt, og Witte har ingen instrukser.

# history.script[20].note
history-step-20-note = Witte ignorerer zarens ordre om at afbryde.

# history.script[21].note
history-step-21-note =
    Tokyo hilser præsidentens appel velkommen; Japan fremlægger formelt sit kompromis.

# history.script[22].note
history-step-22-note = Rusland vil intet betale for den nordlige del.

# history.script[23].note
history-step-23-note =
    Sankt Petersborgs svar: ingen betaling i nogen form, og Witte har intet andet forslag. Han har betalt sin hotelregning. (Kun Korostovets siger, at den sydlige del blev tilbudt i dag.)

# history.script[24].note
history-step-24-note =
    Komura telegraferer, at forhandlingerne må mislykkes, og beder om en udsættelse.

# history.script[25].note
history-step-25-note = I fortrolighed beder Komura om Ruslands svar.

# history.script[26].note
history-step-26-note =
    Witte læser zarens sidste ord op: ingen betaling, men den sydlige del af øen, som Japan holder, kan gå, hvis den nordlige gives tilbage uden vederlag.

# history.script[27].note
history-step-27-note =
    Japan frafalder pengene; Rusland afstår Sakhalin syd for 50. breddegrad. Komura kalder dagen »Minatogawa«: en loyal sidste kamp.

## Treaty form

# treaty_form.title
treaty-title = Fredstraktat mellem Japan og Rusland

# treaty_form.japan.sovereign
treaty-japan-sovereign = Hans Majestæt Japans Kejser

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = Baron Komura Jutarō

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office =
    Jusammi, Storkors af Den Kejserlige Orden af Den Opgående Sol, Hans Udenrigsminister

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = Takahira Kogorō

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office =
    Jusammi, Storkors af Den Kejserlige Orden af Den Hellige Skat, Hans Overordentlige Gesandt og Befuldmægtigede Minister i Amerikas Forenede Stater

# treaty_form.russia.sovereign
treaty-russia-sovereign = Hans Majestæt Kejseren af hele Rusland

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = Sergej Witte

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office =
    Hans Statssekretær og Formand for Det Russiske Kejserriges Ministerkomité

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = Baron Roman Rosen

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office =
    Hofmester ved Det Kejserlige Russiske Hof, Hans Overordentlige og Befuldmægtigede Ambassadør i Amerikas Forenede Stater

# treaty_form.preamble
treaty-preamble =
    besjælet af ønsket om at give Deres lande og folk fredens velsignelser tilbage, har besluttet at slutte en Fredstraktat

# treaty_form.place
treaty-place = Portsmouth (New Hampshire)

# treaty_form.articles[peace].title
treaty-article-peace-title = Fred og venskab

# treaty_form.articles[peace].parts[1]
treaty-article-peace-text-1 =
    Der skal herefter være fred og venskab mellem Deres Majestæter Japans Kejser og Kejseren af hele Rusland samt mellem Deres respektive Stater og undersåtter.

# treaty_form.articles[korea].title
treaty-article-korea-title = Korea

# treaty_form.articles[manchuria].title
treaty-article-manchuria-title = Manchuriet rømmet og givet tilbage til Kina

# treaty_form.articles[open_door].title
treaty-article-open_door-title = Handel og industri i Manchuriet

# treaty_form.articles[liaodong].title
treaty-article-liaodong-title = Forpagtningen af Liaodong: Port Arthur og Dalnij

# treaty_form.articles[railway].title
treaty-article-railway-title = Jernbanen fra Changchun til Port Arthur

# treaty_form.articles[commercial_railways].title
treaty-article-commercial_railways-title = Jernbaner kun til handel

# treaty_form.articles[junction].title
treaty-article-junction-title = Sammenhængende jernbanetrafik

# treaty_form.articles[junction].parts[1]
treaty-article-junction-text-1 =
    For at fremme og lette samkvem og trafik vil Japan og Rusland snarest muligt slutte en særskilt konvention, der regulerer deres sammenhængende jernbanetrafik i Manchuriet.

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = Sakhalin

# treaty_form.articles[residents].title
treaty-article-residents-title = Indbyggerne i det afståede område

# treaty_form.articles[residents].parts[1]
treaty-article-residents-text-1 =
    Russiske undersåtter, der bor i det område, der er afstået til Japan, kan sælge deres faste ejendom og vende tilbage til deres land; bliver de, beholder de deres erhverv og ejendomsret og underkaster sig japansk lov og jurisdiktion. Japan kan fratage indbyggere, der er underlagt politiske eller administrative begrænsninger, opholdsretten eller udvise dem, men vil fuldt ud respektere deres ejendomsret.

# treaty_form.articles[warships].title
treaty-article-warships-title = De internerede krigsskibe

# treaty_form.articles[naval_limit].title
treaty-article-naval_limit-title = Flådestyrker i Fjernøsten

# treaty_form.articles[fishing].title
treaty-article-fishing-title = Fiskerirettigheder

# treaty_form.articles[commerce].title
treaty-article-commerce-title = Handel indtil en ny traktat

# treaty_form.articles[commerce].parts[1]
treaty-article-commerce-text-1 =
    Da handels- og sejladstraktaten er blevet ophævet af krigen, vil Japan og Rusland, indtil en ny er sluttet på grundlag af den traktat, der gjaldt før krigen, behandle hinanden på mestbegunstiget nations fod med hensyn til ind- og udførselstold, toldformaliteter, transit- og tonnageafgifter samt adgang for og behandling af hinandens agenter, undersåtter og skibe.

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = Krigsfanger

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    Snarest muligt efter traktatens ikrafttræden udleveres alle krigsfanger gensidigt, idet hver regering udnævner en særlig kommissær til at tage sig af dem.

# treaty_form.articles[ratification].title
treaty-article-ratification-title = Ratifikation

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    Nærværende Traktat skal ratificeres af Deres Majestæter Japans Kejser og Kejseren af hele Rusland. Hver ratifikation meddeles den anden regering snarest muligt og inden halvtreds dage efter undertegnelsen gennem Frankrigs gesandt i Tokyo og De Forenede Staters ambassadør i Sankt Petersborg; Traktaten træder fuldt i kraft fra den seneste meddelelse. Ratifikationerne udveksles formelt i Washington snarest muligt.

# treaty_form.articles[languages].title
treaty-article-languages-title = Engelsk og fransk tekst

# treaty_form.articles[languages].parts[1]
treaty-article-languages-text-1 =
    Nærværende Traktat skal underskrives i to eksemplarer på engelsk og på fransk. De to tekster stemmer fuldstændig overens; i tilfælde af uoverensstemmelse i fortolkningen har den franske tekst forrang.

# treaty_form.additional[evacuation_terms].title
treaty-additional-evacuation_terms-title = Tilbagetrækningen fra Manchuriet

# treaty_form.additional[evacuation_terms].parts[1]
treaty-additional-evacuation_terms-text-1 =
    Japan og Rusland begynder samtidigt at trække deres styrker ud af Manchuriet straks efter Traktatens ikrafttræden og fuldfører det inden for atten måneder, undtagen fra det forpagtede område på Liaodong-halvøen; styrkerne i de forreste stillinger trækkes ud først. Hver part kan beholde vagter til beskyttelse af sine jernbanelinjer i Manchuriet, højst femten pr. kilometer, idet deres befalingsmænd i fælles forståelse fastsætter et så lille antal, som de faktiske behov tillader; befalingsmændene aftaler enkelthederne i rømningen.

# treaty_form.additional[demarcation].title
treaty-additional-demarcation-title = Grænsen på Sakhalin

# treaty_form.additional[demarcation].parts[1]
treaty-additional-demarcation-text-1 =
    Snarest muligt efter Traktatens ikrafttræden afmærker en afgrænsningskommission med lige mange medlemmer fra hver side på stedet og permanent grænsen mellem de japanske og russiske besiddelser på Sakhalin. Den følger den halvtredsindstyvende breddegrad, så vidt terrænet tillader, idet enhver afvigelse udlignes af en tilsvarende andetsteds; den opregner og beskriver de afståede tilgrænsende øer og underskriver kort over grænsen. Dens arbejde skal godkendes af begge parter.

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
glossary-3-term = Manchuriet

# glossary[3].means
glossary-3-means =
    Det nordøstlige Kinesiske Kejserrige, hvor krigens store landslag blev udkæmpet; begge hære var der stadig i august 1905.

# glossary[4].term
glossary-4-term = rømning

# glossary[4].means
glossary-4-means =
    At trække en hær ud af land, den besætter: begge hære skulle forlade Manchuriet inden for atten måneder, undtagen det forpagtede område på Liaodong.

# glossary[5].term
glossary-5-term = tilbagegivelse til Kina

# glossary[5].means
glossary-5-means =
    At give de dele af Manchuriet, hærene holdt, tilbage til kinesisk styre.

# glossary[6].term
glossary-6-term = den åbne dør

# glossary[6].means
glossary-6-means =
    Lige muligheder for alle landes handel i Manchuriet: ingen magt må lukke de andre ude.

# glossary[7].term
glossary-7-term = forpagtningen af Liaodong

# glossary[7].means
glossary-7-means =
    Spidsen af Liaodong-halvøen med Port Arthur og Dalnij, som Kina havde forpagtet ud til Rusland; traktaten overførte forpagtningen til Japan.

# glossary[8].term
glossary-8-term = Liaodong

# glossary[8].means
glossary-8-means =
    Halvøen syd i Manchuriet, der rækker ud i Det Gule Hav, med Port Arthur på spidsen.

# glossary[9].term
glossary-9-term = forpagtning

# glossary[9].means
glossary-9-means =
    Land lejet af ejeren for en fastsat tid: Rusland lejede spidsen af Liaodong-halvøen af Kina.

# glossary[10].term
glossary-10-term = Port Arthur

# glossary[10].means
glossary-10-means =
    Ruslands flådebase på spidsen af Liaodong-halvøen; den faldt til Japan efter en lang belejring den 2. januar 1905.

# glossary[11].term
glossary-11-term = Dalnij

# glossary[11].means
glossary-11-means =
    Handelshavnen ved siden af Port Arthur, kaldt Dalnij af russerne og Talien af kineserne.

# glossary[12].term
glossary-12-term = Talien

# glossary[12].means
glossary-12-means =
    Det kinesiske navn for Dalnij, handelshavnen ved siden af Port Arthur.

# glossary[13].term
glossary-13-term = Den Kinesiske Østbane

# glossary[13].means
glossary-13-means =
    Jernbanen, Rusland byggede tværs over Manchuriet til Vladivostok på jord, Kina havde givet koncession på; en sidebane gik sydpå fra Harbin til Port Arthur.

# glossary[14].term
glossary-14-term = den sydlige jernbane

# glossary[14].means
glossary-14-means =
    Den Kinesiske Østbanes sidebane fra Harbin sydpå til Port Arthur; traktaten gav Japan delen fra Changchun og sydpå.

# glossary[15].term
glossary-15-term = Sipingai

# glossary[15].means
glossary-15-means =
    En station på jernbanen mellem Mukden og Changchun, hvor den russiske hær gravede sig ned efter at have tabt slaget ved Mukden.

# glossary[16].term
glossary-16-term = Harbin

# glossary[16].means
glossary-16-means =
    Den russiskbyggede jernbaneby i det nordlige Manchuriet, hvor banen til Port Arthur grenede af fra hovedbanen til Vladivostok.

# glossary[17].term
glossary-17-term = Changchun

# glossary[17].means
glossary-17-means =
    Byen i det centrale Manchuriet, hvor traktaten skar den sydlige jernbane over: Japan fik banen syd for den.

# glossary[18].term
glossary-18-term = Mukden

# glossary[18].means
glossary-18-means =
    Hovedbyen i det sydlige Manchuriet, hvor Japan vandt krigens største landslag i februar og marts 1905.

# glossary[19].term
glossary-19-term = Sakhalin

# glossary[19].means
glossary-19-means =
    En lang ø nord for Japan; japanske tropper indtog den i juli 1905, og traktaten gav Japan halvdelen syd for 50. breddegrad.

# glossary[20].term
glossary-20-term = 50. breddegrad

# glossary[20].means
glossary-20-means =
    Breddegraden 50 grader nord; traktaten delte Sakhalin langs den.

# glossary[21].term
glossary-21-term = godtgørelse

# glossary[21].means
glossary-21-means =
    Japans ord for de penge, landet bad Rusland betale til dækning af krigens omkostninger, valgt i stedet for »krigsskadeerstatning« efter Roosevelts råd.

# glossary[22].term
glossary-22-term = krigsskadeerstatning

# glossary[22].means
glossary-22-means =
    Penge, et slået land betaler sejrherren efter en krig; Rusland sagde, at det ikke var slået og ikke ville betale en kopek.

# glossary[23].term
glossary-23-term = krigsomkostninger

# glossary[23].means
glossary-23-means =
    Hvad Japan brugte på krigen, omkring 1.716 mio. yen, tæt på et års samlede indkomst for landet.

# glossary[24].term
glossary-24-term = fangernes underhold

# glossary[24].means
glossary-24-means =
    Hvad hver part brugte på at give den andens fanger mad og husly; Rusland tilbød kun at betale dette tilbage.

# glossary[25].term
glossary-25-term = internerede krigsskibe

# glossary[25].means
glossary-25-means =
    Russiske krigsskibe, der flygtede til neutrale havne og blev holdt der til krigens slutning; Japan krævede dem, men frafaldt siden kravet.

# glossary[26].term
glossary-26-term = flådebegrænsning

# glossary[26].means
glossary-26-means =
    Et loft over de krigsskibe, Rusland måtte have i Stillehavet; Japan frafaldt kravet.

# glossary[27].term
glossary-27-term = fiskerirettigheder

# glossary[27].means
glossary-27-means =
    Tilladelse for japanske fiskere til at fiske ud for Ruslands stillehavskyster; traktaten lovede kysterne, ikke floderne.

# glossary[28].term
glossary-28-term = befuldmægtiget

# glossary[28].means
glossary-28-means =
    En diplomat med fuld magt til at forhandle og underskrive på sin regerings vegne; Komura og Witte var de første.

# glossary[29].term
glossary-29-term = ratifikation

# glossary[29].means
glossary-29-means =
    En regerings formelle godkendelse af en underskrevet traktat; begge kejsere ratificerede denne den 14. oktober 1905.

# glossary[30].term
glossary-30-term = ratificeret

# glossary[30].means
glossary-30-means =
    Formelt godkendt af regeringen derhjemme; begge kejsere ratificerede traktaten den 14. oktober 1905.

# glossary[31].term
glossary-31-term = zaren

# glossary[31].means
glossary-31-means =
    Ruslands kejser, Nikolaj II; han beordrede to gange Witte til at afbryde forhandlingerne.

# glossary[32].term
glossary-32-term = Oyster Bay

# glossary[32].means
glossary-32-means =
    Roosevelts sommerbolig på Long Island, New York, hvorfra han fulgte forhandlingerne.

# glossary[33].term
glossary-33-term = g.s.

# glossary[33].means
glossary-33-means =
    Gammel stil: den julianske kalender, som Rusland stadig brugte i 1905, og som lå tretten dage efter den vestlige kalender; traktaten blev underskrevet den 5. september, 23. august g.s.

# glossary[34].term
glossary-34-term = Peterhof

# glossary[34].means
glossary-34-means =
    Zarens slot ved havet nær Sankt Petersborg, hvor Nikolaj II modtog ambassadør Meyer den 23. august; zarens svar til Witte kom derfra.

# glossary[35].term
glossary-35-term = Minatogawa

# glossary[35].means
glossary-35-means =
    Navnet på et slag, der i Japan står for en loyal sidste kamp; Komura blev hørt bruge navnet om forligets dag.

# glossary[36].term
glossary-36-term = absolut nødvendigt

# glossary[36].means
glossary-36-means =
    Den første klasse af krav i Japans instrukser af 30. juni 1905: betingelserne for enhver fred, som Komura ikke måtte opgive.

# glossary[37].term
glossary-37-term = relativt nødvendigt

# glossary[37].means
glossary-37-means =
    Den anden klasse af krav i Japans instrukser af 30. juni 1905: krav, der skulle opnås, så vidt omstændighederne tillod.
