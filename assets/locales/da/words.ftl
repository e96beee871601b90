# Den computerstyrede delegats ord og de andre agenters begrundelser: hvad modparten siger
# ved forhandlingsbordet, som en diplomat i 1905. Hver slags sætning har tre formuleringer
# (-1, -2, -3), og de skal være forskellige.
# Variabler (alle fra scenariet, uoversatte her): $title den talende delegats navn,
# $other den anden delegats navn, $capital hans hovedstad, $nation hans lands fulde navn,
# $article en artikels titel, $order et punkt i hans instrukser, $mediator mæglerens navn.

words-join = { " " }

# $note: personens egne ord om hans skriftlige kompromis.
words-compromise-1 = { $note }
words-compromise-2 = { $title } sætter det på skrift. { $note }
words-compromise-3 = { $title } fremlægger et skriftligt kompromis. { $note }

# $terms: de artikler, der gives efter på, som en liste.
words-opening-1 = { $title } giver fra begyndelsen efter på det, han skønner, at { $capital } vil acceptere: { $terms }.
words-opening-2 = { $title } indleder med at indrømme, hvad hans instrukser lader ham give: { $terms }.
words-opening-3 = For at vise sin gode vilje giver { $title } straks efter: { $terms }.
words-first-terms-1 = { $title } lægger sit lands vilkår på bordet.
words-first-terms-2 = { $title } åbner med de vilkår, han er sendt fra { $capital } for at opnå.
words-first-terms-3 = { $title } fremlægger sit lands betingelser for fred.
# Ét punkt i listen: $article og $option, valgmulighedens navn.
words-opening-term = { $article } ({ $option })
words-opening-list = { ", " }

words-retreat-1 = { $capital } har strammet kursen – ›{ $order }‹ – og { $title } må tage sit tilbud om { $article } tilbage.
words-retreat-2 = Nye ordrer fra { $capital }: ›{ $order }‹. { $title } trækker det tilbage, han tilbød om { $article }.
words-retreat-3 = { $title } beklager, at han må gå tilbage på { $article }: { $capital } instruerer nu: ›{ $order }‹.
# -across: sådan som den anden delegation hører det, uden at ordren citeres (dens ordlyd er fortrolig).
words-retreat-across-1 = { $capital } har strammet kursen, og { $title } må tage sit tilbud om { $article } tilbage.
words-retreat-across-2 = Nye ordrer fra { $capital }: { $title } trækker det tilbage, han tilbød om { $article }.
words-retreat-across-3 = { $title } beklager, at han må gå tilbage på { $article }: { $capital } har sendt nye instrukser.
words-retreat-linked-1 = Ved siden af de vilkår, der nu ligger på bordet, lader ordren fra { $capital } – ›{ $order }‹ – ikke { $title }s tilbud om { $article } stå, og han tager det tilbage.
words-retreat-linked-2 = Med resten af pakken, som den nu ser ud, må { $title } trække sit tilbud om { $article } tilbage: instrukserne fra { $capital } siger: ›{ $order }‹.
words-retreat-linked-3 = { $title } beklager, at han må gå tilbage på { $article }: med de øvrige vilkår, som de nu står, gælder ordren fra { $capital }: ›{ $order }‹.
words-retreat-linked-across-1 = Ved siden af de vilkår, der nu ligger på bordet, lader ordrerne fra { $capital } ikke { $title }s tilbud om { $article } stå, og han tager det tilbage.
words-retreat-linked-across-2 = Med resten af pakken, som den nu ser ud, må { $title } trække sit tilbud om { $article } tilbage: instrukserne fra { $capital } forbyder det.
words-retreat-linked-across-3 = { $title } beklager, at han må gå tilbage på { $article }: med de øvrige vilkår, som de nu står, gælder ordrerne fra { $capital }.

# $back: artiklen, hvis vilkår tages tilbage; $given: artiklen, der nu gives efter på.
words-taken-back-1 = { $title } tager sit tidligere vilkår om { $back } tilbage: det er prisen for det, han nu giver om { $given }.
words-taken-back-2 = { $title } tilbyder mere om { $given } og trækker til gengæld det tilbage, han havde tilbudt om { $back }.
words-taken-back-3 = En ny pakke: { $title } giver efter om { $given }, men kræver atter sine egne vilkår om { $back }.
# Flere vilkår taget tilbage på én gang: $back, artiklerne (en færdig liste); $given, artiklen, der nu gives efter på.
words-taken-back-many-1 = { $title } tager sine tidligere vilkår om { $back } tilbage: de er prisen for det, han nu giver om { $given }.
words-taken-back-many-2 = { $title } tilbyder mere om { $given } og trækker til gengæld det tilbage, han havde tilbudt om { $back }.
words-taken-back-many-3 = En ny pakke: { $title } giver efter om { $given }, men kræver atter sine egne vilkår om { $back }.
# Et vilkår taget tilbage uden noget nyt givet andetsteds: $back er artiklen.
words-hardens-1 = { $title } vender tilbage til sit tidligere krav om { $back }.
words-hardens-2 = { $title } trækker det tilbage, han havde tilbudt om { $back }, og giver intet nyt i stedet.
words-hardens-3 = Om { $back } kræver { $title } atter sine egne vilkår.
# Flere vilkår taget tilbage uden noget nyt givet andetsteds: $back, artiklerne (en færdig liste).
words-hardens-many-1 = { $title } vender tilbage til sine tidligere krav om { $back }.
words-hardens-many-2 = { $title } trækker det tilbage, han havde tilbudt om { $back }, og giver intet nyt i stedet.
words-hardens-many-3 = Om { $back } kræver { $title } atter sine egne vilkår.
# Mæglerens vilkår, som delegationen har godtaget, og som venter på den anden sides svar, knyttet til det, den giver for dem: $mediator, mæglerens navn.
words-with-mediator-1 = { $title } holder { $mediator }s vilkår og det, han giver for dem, sammen: { $other } kan tage begge dele eller ingen af dem.
words-with-mediator-2 = Det, { $title } giver nu, er prisen for { $mediator }s vilkår; derfor fremsætter han dem igen sammen med det, alt eller intet.
words-with-mediator-3 = { $title } godtager { $mediator }s vilkår og knytter sit eget tilbud til dem: { $other } kan ikke tage det ene og afvise det andet.
# Den anden side har ikke rørt sig i to møder: det, delegationen nu giver af den anden sides egne vilkår, bliver i dens samlede tilbud.
words-kept-whole-1 = { $other } har ikke rørt sig i to møder: det, { $title } giver nu, kommer kun sammen med hele hans tilbud, ikke artikel for artikel.
words-kept-whole-2 = { $title } lader ikke en part, der intet selv giver, plukke hans indrømmelser ud én ad gangen: hans tilbud står samlet, alt eller intet.
words-kept-whole-3 = Så længe { $other } står fast, knytter { $title } hvert skridt, han tager, til resten: { $other } kan tage hele tilbuddet eller intet af det.
words-kept-linked-1 = { $title } giver kun efter på { $article } som en del af hele sit tilbud: så stort et skridt gives ikke alene.
words-kept-linked-2 = På { $article } går { $title } med til { $other }s vilkår, men kun sammen med resten af sit tilbud, alt eller intet.
words-kept-linked-3 = { $title } vil give efter på { $article } inden for fredsaftalen som helhed, ikke som en gave for sig.
words-paced-1 = { $other } er kommet et skridt nærmere; { $title } hilser det velkommen, men har ingen hast med at give mere efter, end han må.
words-paced-2 = Så længe { $other } bevæger sig, giver { $title } sparsomt efter: { $capital } ser ingen grund til at skynde sig en part i møde, som allerede er på vej.
words-paced-3 = { $title } bemærker, at { $other } har forbedret sit tilbud, og ser ingen grund til at forhaste sit eget.
words-held-back-1 = Først ved det sidste møde rører { $other } sig, og det med så meget på én gang: spillerummet var der altså hele tiden. { $title } beder om, hvad en retfærdig fred kræver, og det kan { $other } stadig underskrive.
words-held-back-2 = { $other } har holdt igen ved alle tidligere møder og tilbyder nu med ét slag, hvad han længe har afvist; { $title } svarer med den retfærdige fred, som { $capital } kræver, og som { $other } stadig kan underskrive.
words-held-back-3 = { $title } siger til { $other }, at en indrømmelse, der holdes tilbage til sidste stund, ikke køber mere end en retfærdig fred: de vilkår ligger på bordet, og dem vil han underskrive.
# Delegationens instrukser forbyder det, den anden side beder om i $article: den genåbner de aftalte artikler $reopened (en færdig liste) til den anden sides fordel for at opveje det.
words-makes-up-1 = { $title } må ikke give det, { $other } beder om i spørgsmålet om { $article }; for at opveje det genåbner han det, der allerede er aftalt om { $reopened }, til { $other }s fordel.
words-makes-up-2 = { $title }s instrukser forbyder ham at imødekomme { $other } i spørgsmålet om { $article }, så han tilbyder i stedet mere, hvor vilkårene allerede er aftalt: { $reopened }.
words-makes-up-3 = { $title } genåbner aftalte vilkår – ikke for at tage noget tilbage, men for at give: om { $reopened }, i stedet for { $article }.
words-mediator-refused-1 = { $other } har afvist { $mediator }s vilkår, som { $title } havde godtaget; om { $back } tager { $title } det tilbage, han havde tilbudt.
words-mediator-refused-2 = { $title } havde godtaget { $mediator }s vilkår; { $other } afviste dem, så om { $back } kræver { $title } atter mere.
words-mediator-refused-3 = Da { $other } har afvist { $mediator }s vilkår, tager { $title } det tilbage, han havde tilbudt om { $back }.
# Flere vilkår, givet for mæglerens vilkår, som den anden side siden har afvist: $back, artiklerne (en færdig liste); $mediator, mæglerens navn.
words-mediator-refused-many-1 = { $other } har afvist { $mediator }s vilkår, som { $title } havde godtaget; om { $back } tager { $title } det tilbage, han havde tilbudt.
words-mediator-refused-many-2 = { $title } havde godtaget { $mediator }s vilkår; { $other } afviste dem, så om { $back } kræver { $title } atter mere.
words-mediator-refused-many-3 = Da { $other } har afvist { $mediator }s vilkår, tager { $title } det tilbage, han havde tilbudt om { $back }.
# $given, når det er en artikel: dens titel.
words-given-article = { $article }

words-reopened-1 = { $other } genåbner { $article }, som var afgjort; det vil { $title } huske.
words-reopened-2 = { $title } protesterer: { $article } var aftalt, og nu går { $other } tilbage på det. Herefter bliver han sværere at flytte.
words-reopened-3 = Hvad der er aftalt, bør forblive aftalt, siger { $title }: ved at vende tilbage til { $article } mister { $other } hans tillid.
words-stands-firm-1 = { $other } har næsten ikke givet sig på noget i to møder; { $title } lader sig ikke slide ned og holder fast ved, hvad en retfærdig fred kræver.
words-stands-firm-2 = Møde efter møde viger { $other } næppe en tomme: { $capital } vil ikke ses give efter for en part, der ikke rører sig, og { $title } står fast på en retfærdig fred.
words-stands-firm-3 = { $title } siger ligeud til { $other }, at han er gået så langt, som hans lands ære tillader; uden et skridt fra { $other } er han rede til at rejse hjem.

words-blocked-1 = { $capital } forbyder det: ›{ $order }‹.
words-blocked-2 = { $title }s instrukser står i vejen: ›{ $order }‹.
words-blocked-3 = { $title } må ikke gå med til det; ordrerne fra { $capital } er klare: ›{ $order }‹.
words-blocked-across-1 = { $capital } forbyder det.
words-blocked-across-2 = { $title }s instrukser står i vejen.
words-blocked-across-3 = { $title } må ikke gå med til det; ordrerne fra { $capital } er klare.

words-accepted-1 = { $title } accepterer: { $other }s vilkår ligger inden for hans instrukser og tæt nok på hans egne.
words-accepted-2 = { $other }s tilbud opfylder, hvad { $capital } bad { $title } om, og han tager imod det.
words-accepted-3 = { $title } kan underskrive det og siger det.
words-accepted-in-part-1 = { $title } tager imod det af { $other }s vilkår, han kan; resten lader han ligge.
words-accepted-in-part-2 = { $title } godtager en del af { $other }s tilbud, men ikke det hele.
words-accepted-in-part-3 = Nogle af { $other }s vilkår kan { $title } underskrive, og det gør han; de andre kan han ikke.

words-trade-off-1 = { $title } mener, at begge parter kan opnå mere end { $other }s vilkår, og svarer med sine egne.
words-trade-off-2 = I stedet for at tage { $other }s tilbud, som det er, foreslår { $title } en udveksling, der også burde passe { $other }.
words-trade-off-3 = { $title } er tæt på { $other }s vilkår, men foreslår en udveksling, som han mener tjener begge.

words-refused-on-1 = { $title } kan ikke acceptere { $other }s vilkår om { $article }.
words-refused-on-2 = Hvad angår { $article }, kræver { $other } stadig mere, end { $title } kan give.
words-refused-on-3 = { $title } afviser: { $other }s krav om { $article } er en for høj pris for { $nation }.

words-refused-own-1 = { $title } havde selv tilbudt lige så meget om { $article }, men som en del af sin egen pakke, ikke sammen med resten af { $other }s tilbud.
words-refused-own-2 = Hvad angår { $article }, beder { $other } ikke om mere, end { $title } selv havde tilbudt; men { $title } tilbød det kun som en del af sin egen pakke.
words-refused-own-3 = { $title } tilbød selv så meget om { $article }, men kun som en del af sin samlede pakke: sammen med resten af { $other }s tilbud giver han det ikke.

words-refused-1 = { $other }s tilbud går endnu ikke langt nok for { $title }.
words-refused-2 = { $title } hører { $other } til ende, men tilbuddet er ikke et, han kan bringe hjem til { $capital }.
words-refused-3 = { $title } siger nej tak: { $other } må bevæge sig længere.

words-unsettled-1 = { $title } vil ikke afgøre dette, så længe { $article } stadig er åben.
words-unsettled-2 = { $title } vil have { $article } afgjort først: står den åben, vil forhandlingernes afslutning afgøre den imod ham.
words-unsettled-3 = Ikke så længe { $article } hænger uafklaret, siger { $title }.

words-meet-1 = { $title } vil ikke lade forhandlingerne bryde sammen over dette: han imødekommer { $other }s vilkår.
words-meet-2 = Stillet over for { $other }s pakkede kufferter giver { $title } efter.
words-meet-3 = { $title } tager { $other }s ultimatum alvorligt og accepterer dets vilkår.

words-counter-1 = { $title } tror ikke, at { $other } vil rejse over så lidt, og besvarer ultimatummet med sine egne vilkår.
words-counter-2 = { $title } vil ikke underskrive { $other }s vilkår, som de er dikteret, men tilbyder, hvad han kan.
words-counter-3 = På { $other }s ultimatum svarer { $title } med et modforslag: dette eller intet.

words-call-1 = { $title } vil hellere rejse hjem end underskrive { $other }s ultimatum: lad { $other } rejse, hvis det skal være.
words-call-2 = { $title } gennemskuer { $other }s bluff: han kan ikke underskrive ultimatummets vilkår.
words-call-3 = { $capital } ville aldrig ratificere vilkårene i { $other }s ultimatum; { $title } lader fristen løbe ud.

words-yields-1 = { $title } flytter sit forslag om { $article } et skridt i retning af { $other }.
words-yields-2 = { $title } tilbyder nu { $other } mere end før om { $article }.
words-yields-3 = Ud fra { $other }s tilbud går { $title } ham et stykke i møde om { $article }.

# $label: erklæringens overskrift, fra scenariet.
words-press-1 = { $title } giver pressen en erklæring: ›{ $label }‹.
words-press-2 = Til journalisterne, der venter udenfor, siger { $title }: ›{ $label }‹.
words-press-3 = { $title } fører sin sag i aviserne: ›{ $label }‹.

words-cable-1 = { $title } telegraferer til { $capital } for at få nye instrukser om ›{ $order }‹.
words-cable-2 = { $title } spørger { $capital }, om ›{ $order }‹ stadig skal gælde.
words-cable-3 = En depeche går til { $capital }: må { $title } give efter på ›{ $order }‹?
words-cable-again-1 = Sidste gang svarede { $capital } nej; { $title } spørger igen, om ›{ $order }‹ stadig skal gælde.
words-cable-again-2 = { $title } telegraferer endnu en gang til { $capital } og beder om lov til at give efter på ›{ $order }‹.
words-cable-again-3 = Endnu en depeche går til { $capital }: må { $title } alligevel give efter på ›{ $order }‹?
words-cable-again-news-1 = Der er kommet nyt, siden { $title } sidst spurgte { $capital } ({ $news }): han spørger igen, om ›{ $order }‹ stadig skal gælde.
words-cable-again-news-2 = { $title } telegraferer endnu en gang til { $capital } og beder om lov til at give efter på ›{ $order }‹ med henvisning til det nye, der er kommet siden: { $news }.
words-cable-again-news-3 = Der er kommet nyt, siden { $title } sidst spurgte ({ $news }); endnu en depeche går til { $capital }: må han nu give efter på ›{ $order }‹?

# $date: mødets dag, som »10. august«.
words-last-word-1 = Dette er { $title }s sidste ord: disse vilkår senest den { $date }, ellers rejser han.
words-last-word-2 = { $title } går ikke længere: acceptér disse vilkår senest den { $date }, ellers sejler delegationen hjem.
words-last-word-3 = { $title } fremlægger sine endelige vilkår: senest den { $date }, ellers bliver der ingen traktat.

words-ultimatum-1 = { $title } lader forstå, at delegationens kufferter er pakket: disse vilkår senest den { $date }, ellers forlader den Portsmouth.
words-ultimatum-2 = { $title } har bestilt sin hjemrejse: er disse vilkår ikke opfyldt senest den { $date }, er forhandlingerne forbi.
words-ultimatum-3 = { $title } sætter en frist: disse vilkår senest den { $date }, ellers kalder { $capital } sin delegation hjem.

words-mediator-1 = Ingen artikel er aftalt på de to seneste møder; { $title } beder { $mediator } om hjælp.
words-mediator-2 = { $title } henvender sig til { $mediator }: intet er aftalt på de to seneste møder.
words-mediator-3 = Uden nogen ny aftale på de to seneste møder beder { $title } { $mediator } om en vej frem.

words-walks-out-1 = { $title } vil ikke sætte sit navn under en traktat, som { $capital } ville forkaste, og afbryder forhandlingerne.
words-walks-out-2 = { $title } rejser sig fra forhandlingsbordet: de åbne vilkår ville blive afgjort imod { $nation }.
words-walks-out-3 = Hellere end at acceptere, hvad uret ville afgøre, afslutter { $title } konferencen.

words-restates-1 = { $title } gentager sin holdning.
words-restates-2 = { $title } holder fast ved det, han har foreslået.
words-restates-3 = { $title } venter på, at { $other } rykker.
words-waits-1 = { $title } gemmer sine vilkår til de møder, der tager dem op.
words-waits-2 = Intet ligger på bordet endnu; { $title } venter på, at konferencen tager vilkårene op.
words-waits-3 = Dette møde afgør ingen vilkår; { $title } gemmer sine egne, til artiklerne kommer på tale.
words-heeds-refusal-1 = { $other } har sagt til hele verden, at han aldrig går med til det, så { $title }s sidste ord udelader kravet om { $article }.
words-heeds-refusal-2 = { $title } ved, at { $other } har afvist det offentligt, og kræver det ikke længere om { $article }: hans sidste ord skal være et, { $other } kan underskrive.
words-heeds-refusal-3 = Om { $article } slipper { $title } det, { $other } offentligt har svoret aldrig at give, så freden kan underskrives.

# De andre agenters begrundelser (reason.rs).
words-off-script = { $title } har forladt det historiske forløb og vejer hvert tilbud mod traktaten fra 1905.
# $worth og $aim: procenter, færdigskrevne (»66%«); $nation: sidens land.
words-aspiration-met = Tilbuddet er { $worth } værd for { $nation }, hvilket når det, { $title } stadig sigter efter ({ $aim }).
words-aspiration-short = Tilbuddet er { $worth } værd for { $nation }; { $title } sigter stadig efter { $aim }.
words-aspiration-barred = Tilbuddet er { $worth } værd for { $nation }, nok til det, { $title } stadig sigter efter ({ $aim }), men hans instrukser tillader ikke dets vilkår.
words-aspiration = { $title } sigter efter { $aim } af den bedste traktat.
words-random = { $title } handler på et indfald.
words-last-look-accept-1 = { $title } accepterer { $mediator }s ændringsforslag: efter hans instrukser mister han intet ved det.
words-last-look-accept-2 = Efter { $title }s instrukser er den ændrede traktat mindst lige så meget værd som den aftalte, så han accepterer den.
words-last-look-accept-3 = { $title } finder intet i ændringen, som hans regering ville afvise, og tager imod den.
words-last-look-decline-1 = { $title } holder fast ved traktaten, som den blev aftalt: med ændringen ville han opgive noget, som hans instrukser lægger vægt på.
words-last-look-decline-2 = { $title } afslår { $mediator }s ændringsforslag; hans regering ville regne det for et tab.
words-last-look-decline-3 = For { $title } står den aftalte traktat ved magt: ændringen ville koste hans side mere, end den ville give.
