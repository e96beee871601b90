# The game's own words, explained in one line each wherever they appear (a tooltip, the
# briefing's words to know). Each message is the word as it appears in this language's
# text (it is looked for there), its .means the explanation.

glossary-reservation = reservation
    .means = What walking away is worth to a side: a treaty worth less than this is worse than no treaty at all.
glossary-walk-away-value = walk-away value
    .means = What a side gets if the talks fail and the war goes on; no sensible delegate signs for less.
glossary-red-line = red line
    .means = A term your government has forbidden you to accept; only a cable home can lift it.
glossary-instructions = instructions
    .means = The orders a delegation brings from its capital; the capital can still change them, or impose new ones, by cable.
glossary-cable = cable
    .means = A telegram home asking the government to change its instructions; the answer may be yes or no.
glossary-ultimatum = ultimatum
    .means = A final offer: accept these terms or the talks are broken off.
glossary-package = package
    .means = Articles offered together: the other side must take all of them or none.
glossary-set-aside = set aside
    .means = Left out of the treaty by agreement, to be settled later or never.
glossary-agenda = agenda
    .means = The articles the conference has taken up so far; an article can only be proposed once it is on the agenda.
glossary-mediator = mediator
    .means = A go-between who helps both sides find terms they can both sign, without taking either side.
glossary-utility = utility
    .means = How good a result is for one side, from 0 (its worst possible treaty) to 1 (its best).
glossary-pareto-frontier = Pareto frontier
    .means = The treaties that cannot be made better for one side without making them worse for the other.
glossary-nash-point = Nash point
    .means = The treaty on the frontier that shares the gain over walking away most evenly, by a rule John Nash proposed in 1950.
