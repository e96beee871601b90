# Lærerens øje: begge siders skjulte grænser og hver artikels enighedszone.

teacher-eye-heading = Lærerens øje – skjult for delegationerne
teacher-legend-zone = begge kan underskrive og foretrækker det frem for en afbrydelse
teacher-legend-value-only = begge foretrækker det, men instrukserne forbyder det
teacher-legend-marks = J, R, M: de stående forslag
teacher-limit = { $title } vil hellere afbryde end acceptere mindre end { $reservation } %
teacher-limit-with-offer = { $title } vil hellere afbryde end acceptere mindre end { $reservation } % · dens forslag er { $own } % værd for den selv, { $other } % for { $them }
teacher-bound-by = Bundet af: { $lines }
teacher-no-zone = Ingen traktat, som begge må underskrive, er mere værd for begge end en afbrydelse: den ene sides instrukser må flytte sig (en depeche hjem, mægleren, begivenheder).
teacher-offers-meet = forslagene mødes
teacher-apart = { $gap } fra hinanden{ $zone ->
        [both-in] , begge i zonen
        [russia-out] ; Ruslands forslag uden for zonen
        [japan-out] ; Japans forslag uden for zonen
       *[both-out] ; begge uden for zonen
    }
teacher-no-zone-here = ingen zone
teacher-offer-missing = et forslag mangler
