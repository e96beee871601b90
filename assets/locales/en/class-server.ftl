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
