# The table's header: the session, the calendar strip and the menu buttons.

# Whose turn it is. $title is the player's title (e.g. "Komura"); $turn counts from 1.
table-header-your-move = Your move, { $title } — turn { $turn } of { $total }
table-header-your-move-final = Your move, { $title } — turn { $turn } of { $total }, the last of the talks: a proposal now cannot be answered
table-header-your-move-last-proposal = Your move, { $title } — turn { $turn } of { $total }: your last proposal { $them } can still answer
table-header-move-sent = Your move is with the server…
table-header-move-once-allowed = Your move, once the connection and the teacher allow
table-header-seat-closed = Your seat is closed: the talks go on without you
# $title is the other side's player title.
table-header-waiting-for = Waiting for { $title } across the table
table-header-over = The conference is over.
# $title is the other side's player title.
table-header-considering = { $title } is considering…
table-header-waiting = Waiting for the other delegation
# $number of $total sessions; $title is the session's title from the scenario.
table-header-session = Session { $number } of { $total } — { $title }
# $date is the long date; $status one of the lines above.
table-header-date-status = { $date } · { $status }
# A day on the calendar strip: $day of $month (1 to 12), short.
table-header-calendar-day = { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
table-header-brief = Brief
    .tip = Read your instructions again
table-header-save = Save
    .tip = Save this game under a new name (Ctrl+S)
table-header-title = Title
    .tip = Back to the title screen, after asking; Continue resumes this game (Esc)
