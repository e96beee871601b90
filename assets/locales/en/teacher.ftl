# The teacher's eye: both sides' hidden limits and each article's zone of agreement.

teacher-eye-heading = The teacher's eye — hidden from the delegations
teacher-legend-zone = both may sign it and prefer it to breaking off
teacher-legend-value-only = both prefer it, but instructions forbid it
teacher-legend-marks = J, R, M: the standing offers
# $title is a side's player title; $reservation a number (percent).
teacher-limit = { $title } would rather break off than accept less than { $reservation }%
# As above, with what the side's standing offer is worth ($own to it, $other to $them).
teacher-limit-with-offer = { $title } would rather break off than accept less than { $reservation }% · its offer is worth { $own }% to it, { $other }% to { $them }
# $lines are the red lines' texts, from the scenario.
teacher-bound-by = Bound by: { $lines }
teacher-no-zone = No treaty both may sign is worth more to both than breaking off: one side's instructions must move (a cable home, the mediator, events).
teacher-offers-meet = offers meet
# $gap options apart; $zone says which offers are in the zone: both-in, russia-out, japan-out or both-out.
teacher-apart = { $gap } apart{ $zone ->
        [both-in] , both in the zone
        [russia-out] ; Russia's offer outside the zone
        [japan-out] ; Japan's offer outside the zone
       *[both-out] ; both outside the zone
    }
teacher-no-zone-here = no zone
teacher-offer-missing = an offer missing
