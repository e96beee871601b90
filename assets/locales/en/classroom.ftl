# The classroom controls at the table: the presenter view, the teacher's eye and the
# demonstration (step, auto-play, who plays which side).

classroom-presenter = Presenter view
    .tip = Large calendar, articles and latest reply for a projector, or back to the desk view (F5)
classroom-teacher-eye = Teacher's eye
    .tip = Show or hide both sides' hidden limits and the zone of agreement per article (T)
classroom-step = Step
    .tip = Play the computer's next move, then pause (N)
classroom-auto-play = Auto-play
    .tip = Let the computer's moves come by themselves, one every few seconds in a demonstration (P)
classroom-pause = Pause
    .tip = Hold the computer's next move until Step or Auto-play (P)
classroom-slower = Slower
    .tip = A longer wait between auto-played moves ([)
classroom-faster = Faster
    .tip = A shorter wait between auto-played moves (])
# $title is a side's player title (e.g. "Witte").
classroom-take-over = Take over { $title }
classroom-take-over-tip = Play { $title }'s moves yourself from here on
classroom-hand-back = Computer plays { $title }
classroom-hand-back-tip = Hand { $title }'s seat to the computer
classroom-paused-ready = Paused — the next move is ready: Step (N)
classroom-paused = Paused — the computer's moves wait for Step (N)
# $seconds is a number.
classroom-auto-every = Auto-play: a move every { $seconds } s
classroom-auto-at-once = Auto-play: each move as soon as it is ready
