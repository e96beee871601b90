# The table's side column: the meters and the tabs (map, dispatches, transcript, teacher's eye).

# A meter's help: $description is what it measures, from the scenario.
side-meter-tip = { $description } (change since the last session's opening)
# What a screen reader says of a meter: $name from the scenario, $value its value and trend
# ("42 ↑3"), $tip the help above.
side-meter-accessible = { $name }: { $value }. { $tip }
# The open tab's button: $label is one of the tab names below.
side-tab-open = • { $label }
side-map = Map
    .tip = The territories and railways at stake (F1)
side-dispatches = Dispatches
    .tip = Telegrams, news and the mediator's messages (F2)
# $count dispatches arrived in this session.
side-dispatches-today = Dispatches ({ $count } today)
side-transcript = Transcript
    .tip = The record of the conference (F3)
side-teacher = Teacher's eye
    .tip = Both sides' hidden limits and the zone of agreement per article (T opens and closes it)
side-class-dispatches = At a class table the server reports news, telegrams and the mediator's word in the transcript (F3).
side-no-dispatches = No dispatches yet.
side-nothing-said = Nothing has been said at the table yet.
