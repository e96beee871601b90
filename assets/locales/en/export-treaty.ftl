# The frame of a treaty's text, as the instrument of 1905 reads: the names, the purpose,
# the place and the articles' text are the scenario's own.

# $numeral: the article's Roman numeral in this treaty.
export-treaty-article = Article { $numeral }
# $numeral: the additional article's Roman numeral; $to: that of the article it completes.
export-treaty-additional-article = Additional Article { $numeral } (to Article { $to })

# One plenipotentiary: $name and $office, from the scenario.
export-treaty-plenipotentiary = His Excellency { $name }, { $office }
export-treaty-plenipotentiaries-join = { ", " }and{ " " }
# A party and those who sign for it: $sovereign; $plenipotentiaries, each as
# export-treaty-plenipotentiary, joined by export-treaty-plenipotentiaries-join.
export-treaty-party = { $sovereign }: { $plenipotentiaries }
# $japan and $russia: the sovereigns; $purpose: the scenario's words for why they treat;
# $japanNamed and $russiaNamed: each as export-treaty-party. The first letter is made a capital.
export-treaty-preamble = { $japan } on the one part, and { $russia } on the other part, { $purpose }, and have for this purpose named Their Plenipotentiaries, that is to say, { $japanNamed }; and { $russiaNamed }; who, after having exchanged their full powers, found to be in good and due form, have concluded the following Articles.

export-treaty-numerals-join = { ", " }
# The additional articles complete $count articles: $last, the last one's numeral;
# $numerals, the others', joined by export-treaty-numerals-join.
export-treaty-additional-preamble = In conformity with the provisions of { $count ->
        [1] Article { $last }
       *[other] Articles { $numerals } and { $last }
    } of the Treaty of Peace of this date, the undersigned Plenipotentiaries have concluded the following additional Articles.
export-treaty-additional-closing = The foregoing additional Articles are to be considered as ratified with the ratification of the Treaty of Peace to which they are annexed.

# $place: the scenario's; $japanese: the date as Japan wrote it (export-treaty-meiji-date or
# export-treaty-western-date); $osDay and $day: ordinals (export-treaty-ordinal) of the day in
# the Russian (Julian) and the Western calendar; $osMonth and $month: the months' names
# (month-1 … month-12); $year: the year.
export-treaty-closing = In witness whereof the respective Plenipotentiaries have signed and affixed their seals to this Treaty of Peace. Done at { $place }, this { $japanese }, corresponding to the { $osDay } day of { $osMonth } of the Russian calendar (the { $day } of { $month }), { $year }.
# A date in the Meiji era: $day, $month and $year as ordinals (export-treaty-ordinal).
export-treaty-meiji-date = { $day } day of the { $month } month of the { $year } year of Meiji
# A date outside it: $day an ordinal, $month the month's name, $year the year.
export-treaty-western-date = { $day } day of { $month } { $year }
# An ordinal number, $n from 1 to 45.
export-treaty-ordinal = { $n ->
        [1] { $n }st
        [2] { $n }nd
        [3] { $n }rd
        [21] { $n }st
        [22] { $n }nd
        [23] { $n }rd
        [31] { $n }st
        [32] { $n }nd
        [33] { $n }rd
        [41] { $n }st
        [42] { $n }nd
        [43] { $n }rd
       *[other] { $n }th
    }
# The day it is signed: $day and $osDay numbers, $month and $osMonth the months' names.
export-treaty-dated = { $day } { $month } { $year } ({ $osDay } { $osMonth } O.S.)
