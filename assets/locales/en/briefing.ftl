# The briefing: the side's confidential instructions.

# Stands for the delegate's name when the scenario names none.
briefing-the-delegate = the delegate
# $capital and $player come from the scenario ("Tokyo", "Japan's plenipotentiary").
briefing-confidential = CONFIDENTIAL — from { $capital } to { $player }
# $delegate is the delegate's name.
briefing-instructions-for = Instructions for { $delegate }
briefing-if-talks-fail = If the talks fail
briefing-red-lines = Absolutely necessary — your red lines
# $text is one instruction, from the scenario.
briefing-necessary = • { $text }
# $text is one instruction, from the scenario.
briefing-necessary-cable = • { $text } (a cable home may lift this)
briefing-reserved = Instructions the capital may still impose
briefing-tradeable = What you may trade — share of all you have at stake
briefing-guarded = Guarded by your red lines
# $party is the other side's name, from the scenario.
briefing-public-position = { $party }'s public position
briefing-situation = The situation
briefing-words-to-know = Words to know
briefing-take-seat = Take your seat at the table
    .tip = Open the negotiating table; the brief stays available from the table's Brief button
