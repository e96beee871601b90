# Rammen om en traktats tekst, som instrumentet fra 1905 lyder: navnene, formålet, stedet
# og artiklernes tekst er scenariets egne.

# $numeral: artiklens romertal i denne traktat.
export-treaty-article = Artikel { $numeral }
# $numeral: tillægsartiklens romertal; $to: romertallet for den artikel, den supplerer.
export-treaty-additional-article = Tillægsartikel { $numeral } (til artikel { $to })

# Én befuldmægtiget: $name og $office fra scenariet.
export-treaty-plenipotentiary = Hans Excellence { $name }, { $office }
export-treaty-plenipotentiaries-join = { " og " }
# En part og dens befuldmægtigede: $sovereign; $plenipotentiaries, hver som
# export-treaty-plenipotentiary, sat sammen med export-treaty-plenipotentiaries-join.
export-treaty-party = { $sovereign }: { $plenipotentiaries }
# $japan og $russia: monarkerne; $purpose: scenariets ord om formålet; $japanNamed og
# $russiaNamed: hver som export-treaty-party. Første bogstav gøres stort.
export-treaty-preamble = { $japan } på den ene side og { $russia } på den anden side, { $purpose }, har i dette øjemed udnævnt Deres befuldmægtigede, nemlig { $japanNamed }; og { $russiaNamed }; som, efter at have udvekslet deres fuldmagter, der fandtes i god og behørig form, har vedtaget følgende artikler.

export-treaty-numerals-join = { ", " }
# Tillægsartiklerne supplerer $count artikler: $last, den sidstes romertal; $numerals, de
# andres, sat sammen med export-treaty-numerals-join.
export-treaty-additional-preamble = I overensstemmelse med bestemmelserne i { $count ->
        [1] artikel { $last }
       *[other] artiklerne { $numerals } og { $last }
    } i fredstraktaten af dags dato har de undertegnede befuldmægtigede vedtaget følgende tillægsartikler.
export-treaty-additional-closing = Ovenstående tillægsartikler anses for ratificeret sammen med ratifikationen af den fredstraktat, som de er knyttet til.

# $place: scenariets sted; $japanese: datoen, som Japan skrev den (export-treaty-meiji-date
# eller export-treaty-western-date); $osDay og $day: ordenstal (export-treaty-ordinal) for
# dagen i den russiske (julianske) og den vestlige kalender; $osMonth og $month: månederne;
# $year: året.
export-treaty-closing = Til bekræftelse heraf har de respektive befuldmægtigede underskrevet denne fredstraktat og forsynet den med deres segl. Udfærdiget i { $place } { $japanese }, svarende til den { $osDay } { $osMonth } efter den russiske kalender (den { $day } { $month }), { $year }.
# En dato i Meiji-æraen: $day, $month og $year som ordenstal (export-treaty-ordinal).
export-treaty-meiji-date = den { $day } dag i den { $month } måned i Meiji-æraens { $year } år
# En dato uden for den: $day et ordenstal, $month månedens navn, $year året.
export-treaty-western-date = den { $day } { $month } { $year }
# Et ordenstal, $n fra 1 til 45.
export-treaty-ordinal = { $n }.
# Underskriftsdagen: $day og $osDay tal, $month og $osMonth månedernes navne.
export-treaty-dated = { $day }. { $month } { $year } ({ $osDay }. { $osMonth } g.s.)
