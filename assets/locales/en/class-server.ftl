# What the class server says to a student's game or an outside agent (src/net/server), in the
# language the client named when it joined. $side: Japan or Russia (class-server-japan/-russia).

class-server-japan = Japan
class-server-russia = Russia

## Refusals of a message: the connection and the game go on

# $rate: messages a second.
class-server-too-fast = too many messages: at most { $rate } a second
# $bytes: the largest message.
class-server-too-large = a message has at most { $bytes } bytes
class-server-binary = send JSON text frames, not binary
# $reason: the JSON reader's own words (English).
class-server-malformed = not a message of the protocol: { $reason }
class-server-already-seated = this connection already holds a seat
class-server-not-joined = join a table (Join) or take your seat (Connect) first
class-server-unknown-code = no table has this code; check it with your teacher
class-server-seat-not-free = the { $side } seat at this table is not free
class-server-table-full = every seat at this table is taken
class-server-bad-token = no seat has this token (the teacher may have opened the seat again): join with the table's code and your name
class-server-seat-handed = the seat was handed to the computer
class-server-seat-in-use = another connection holds this seat; close it first (a dropped one is let go within a minute)
class-server-table-gone = the table is gone
class-server-seat-lost = this connection no longer holds the seat
class-server-talks-over = the talks are over
class-server-paused = the teacher has paused the class; wait for the signal to go on
class-server-not-your-turn = it is the other delegation's turn
class-server-name-missing = give a name
# $count: the most characters a name may have.
class-server-name-too-long = a name has at most { $count } characters
class-server-name-control = a name has no control characters
class-server-nothing-to-accept = there is no proposal from the other side to accept
class-server-not-a-move = not a move
# $reason: the database's own words (English).
class-server-database = the class database refused the change: { $reason }

## News for the people at a seat

class-server-handed-to-computer = The teacher handed this seat to the computer.
class-server-reopened = The teacher opened this seat again: join with the table's code and your name.
class-server-waits-again = { $side }'s seat waits for its student to join again.
# $count: minutes the seat stayed empty.
class-server-nobody-came = { $count ->
    [one] No one took { $side }'s seat within { $count } minute: the computer plays it now.
   *[other] No one took { $side }'s seat within { $count } minutes: the computer plays it now.
}

## The teacher's API: errors the dashboard shows, in the page's language

class-server-api-no-route = no such API route
class-server-api-wrong-key = wrong teacher key
class-server-api-no-key = the teacher key is missing: send Authorization: Bearer KEY
# $reason: the JSON reader's own words (English).
class-server-api-bad-body = the request body is not what this route takes: { $reason }
# $table: the table's id as the address gives it.
class-server-api-no-table = no table { $table }
# $max: the most tables one request makes.
class-server-api-count = count is from 1 to { $max }
class-server-api-empty-seat = empty_seat_secs is from 1 to 86400 (null: empty seats wait for the teacher)
class-server-api-time = a time per turn is at least one second (null for none)
class-server-api-seconds = seconds is from 1 to 86400
# $side: the side as the address gives it.
class-server-api-no-side = no side `{ $side }`: japan or russia
class-server-api-not-over = the talks at this table are not over yet
# $scenario: the scenario's id.
class-server-api-no-scenario = no scenario `{ $scenario }` in the scenarios folder
# $level: the level asked for; $levels: the scenario's levels, separated by commas.
class-server-api-no-level-of = this scenario has no level `{ $level }`; it has: { $levels }
class-server-api-no-level = this scenario has no level `{ $level }`
# $max: the most tables a class holds.
class-server-api-too-many = this class already has { $max } tables, the most it may hold
# A table the teacher did not name: its number in the class.
class-server-table-name = Table { $number }
class-server-api-reopen-over = the talks at this table are over: there is no seat to take
class-server-api-reopen-agent = an outside agent's seat is taken again with its token, not by a student

## The end of the talks, where the scenario names no outcome
# The outcome a seat is told when no treaty was signed.
class-server-no-treaty = No treaty
# The dashboard's outcome when a treaty matches none of the scenario's outcomes.
# The level of a computer seat given no level (the delegate at full strength), where the
# scenario has no level that plays as it does.
class-server-level-full = full strength
class-server-no-outcome = No outcome of the scenario matches

# What stands in for the other side's confidential words quoted in a reason or a transcript line.
class-server-withheld = [its instructions, which stay confidential]
