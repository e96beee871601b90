# A student's seat at a class table: the connection line under the table's header, the
# join form's checks, and the notices the class server's messages bring.
# $table is the table's name as the server gives it; $reason is the connection's or the
# server's own words.

class-status-connecting = { $table }: connecting to the class server…
class-status-paused = { $table }: connected — the teacher has paused the class; moves wait until it resumes
class-status-sent = { $table }: connected — your move went to the server
class-status-connected = { $table }: connected
# $attempt counts the tries to reconnect.
class-status-reconnecting = { $table }: connection dropped ({ $reason }) — reconnecting, attempt { $attempt }; nothing is lost
class-status-lost = { $table }: connection lost ({ $reason }) — still trying; check this machine's network, or tell your teacher
class-status-refused = { $table }: the server closed your seat ({ $reason }) — ask your teacher; Title leaves the table
class-status-closed = { $table }: the talks are over; the server closed the connection

class-status-no-address = Type the server's address, as the teacher gave it (for example 192.168.1.20:7905).
# $address is what the student typed.
class-status-bad-address = “{ $address }” is not an address: it should look like 192.168.1.20:7905 or school-server:7905.
class-status-bad-port = The port in “{ $address }” should be a number from 1 to 65535.
class-status-no-code = Type your table's code, as the teacher gave it (for example KX7P).
# $code is what the student typed.
class-status-bad-code = “{ $code }” is not a table code: codes are a few letters and digits, like KX7P.
class-status-no-name = Type your name: the teacher sees it beside your table.
# $problem is the system's reason.
class-status-cannot-connect = The game could not start its connection: { $problem }
class-status-server-refused = The server refused: { $reason }
class-status-unsent = The move was not sent: the connection is down. It reconnects by itself; send again once it says connected.
class-status-paused-notice = The teacher has paused the class: moves wait until it resumes.
class-status-resumed-notice = The teacher has resumed the class.
class-status-seat-taken = The teacher handed your seat to the computer: { $reason }
# $message is the server's own words.
class-status-move-refused = The move was not sent: { $message }
class-status-move-not-taken = The server did not take the move: { $message }
