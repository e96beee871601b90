# How each article moved, for the debrief: who asked for what and when, each change of
# position after that, and the agreement. $who is a delegate's player title or the
# mediator's name; $option an article's option as the scenario words it; $when a short date.

timeline-asked = { $who }が「{ $option }」を要求（{ $when }）
timeline-offered = { $who }が「{ $option }」を提示（{ $when }）
timeline-proposed = { $who }が「{ $option }」を提案（{ $when }）
# Each later position of the same delegate, added after the first.
timeline-then = 、のち「{ $option }」（{ $when }）
# Between one delegate's positions and the next's.
timeline-join = 。
# $offers is every delegate's positions, joined.
timeline-offers = { $offers }。
timeline-nobody = この条項にはだれも提案しませんでした。
timeline-agreed = 「{ $option }」で合意（{ $when }）。
# A session without a date; $session counts from 1.
timeline-session = 第{ $session }回会議
