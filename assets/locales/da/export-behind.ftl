# "Bag forhandlingsbordet": efter spillet, hvad hver computerdelegation holdt for sig selv.
# Tallene i kantede parenteser er til læreren.

export-behind-title = Bag forhandlingsbordet
export-behind-note = Hvad hver computerdelegation holdt for sig selv, trukket til dette spil fra scenariets intervaller og brugt på det valgte sværhedsniveau; i kantede parenteser de trukne tal. Delegationen krævede mere, hver gang den anden side genåbnede en aftalt artikel til skade for den.
# Hvem der taler for en part uden navngiven delegeret: $party, partens navn.
export-behind-delegation = { $party }s delegation
# $party: partens navn; $agent: computerens navn på kommandolinjen (delegate:steady);
# $insisted: hvor langt den holdt fast (little, part, half, most, nearly); $resolve: tallet.
export-behind-resolve = { $party } (computeren, { $agent }): delegationen { $insisted ->
        [little] ville nøjes med lidt mere end det, en afbrydelse var værd
        [part] holdt fast på en del af det, den fandt rimeligt
        [half] holdt fast på omtrent halvdelen af det, den fandt rimeligt
        [most] holdt fast på det meste af det, den fandt rimeligt
       *[nearly] holdt fast på næsten alt det, den fandt rimeligt
    } [fasthed { $resolve }].
# $patience: mindre, lige så eller mere tålmodig end $persona, scenariets delegerede;
# $patienceValue og $pressure: tallene.
export-behind-patience = Den var { $patience ->
        [less] mindre tålmodig end
        [same] omtrent lige så tålmodig som
       *[more] mere tålmodig end
    } scenariets { $persona } [tålmodighed ×{ $patienceValue }, pres ×{ $pressure }].
# Som export-behind-patience, på et lettere eller sværere niveau: $level, niveauets navn;
# $pace, sooner eller later.
export-behind-patience-level = Den var { $patience ->
        [less] mindre tålmodig end
        [same] omtrent lige så tålmodig som
       *[more] mere tålmodig end
    } scenariets { $persona } [tålmodighed ×{ $patienceValue }, pres ×{ $pressure }], og på niveauet { $level } gav den efter { $pace ->
        [sooner] tidligere
       *[later] senere
    } end med fuld styrke.
# $session: mødets nummer; $date: dets dato (date-long).
export-behind-walk-out = Den var parat til at lægge sine betingelser frem og gå fra møde { $session }, { $date }, hvis den anden side ikke var kommet dem nær, og derefter at stå fast på alt, hvad den fandt retfærdigt, hvis den anden side holdt op med at nærme sig.
export-behind-no-walk-out = Den var ikke parat til at gå før det sidste møde.
# Afsnittet: export-behind-resolve, export-behind-patience (eller -level), så afbrydelsen.
export-behind-paragraph = { $resolve } { $patience } { $walkOut }
