# How each article moved, for the debrief: who asked for what and when, each change of
# position after that, and the agreement. $who is a delegate's player title or the
# mediator's name; $option an article's option as the scenario words it; $when a short date.

timeline-asked = { $who } asked for “{ $option }” ({ $when })
timeline-offered = { $who } offered “{ $option }” ({ $when })
timeline-proposed = { $who } proposed “{ $option }” ({ $when })
# Each later position of the same delegate, added after the first.
timeline-then = , then “{ $option }” ({ $when })
# Between one delegate's positions and the next's.
timeline-join = ;{" "}
# $offers is every delegate's positions, joined.
timeline-offers = { $offers }.
timeline-nobody = Nobody made an offer on it.
timeline-agreed = { " " }Agreed on “{ $option }” ({ $when }).
# A session without a date; $session counts from 1.
timeline-session = session { $session }
