# Joining a class: the teacher's server, the table's code and the player's name.

join-heading = Join a class
join-explain = Your teacher runs the class server and gives each table a code. Type the server's address, your table's code and your name; your delegation's papers come from the server, and only yours.
join-address = Server address (for example 192.168.1.20:7905)
    .tip = The address the teacher's server printed
join-code = Table code
    .tip = The short code of your table, as the teacher gave it
join-name = Your name
    .tip = Your name, as the teacher will see it beside your table
join-delegation = Your delegation (optional)
join-either = Either
    .tip = Whichever seat is free at the table
join-japan = Japan
    .tip = Ask for Japan's seat: Komura
join-russia = Russia
    .tip = Ask for Russia's seat: Witte
join-join = Join
    .tip = Connect to the class server and take a seat at the table (Enter)
join-back = Back
    .tip = Back to the title screen (Esc)
# Stands for the address while none is known yet.
join-the-server = the server
# $url is the server's address.
join-connecting = Connecting to { $url }…
# $url is the server's address, $reason the network's error (English), $attempt a count.
join-reconnecting = No answer yet from { $url } ({ $reason }); trying again (attempt { $attempt }). Check the address with your teacher.
# $url is the server's address, $reason the network's error (English).
join-lost = Cannot reach { $url } ({ $reason }). Check the address and this machine's network; the game keeps trying.
# $reason is the server's reason (English).
join-refused = The server refused: { $reason }
join-closed = The server closed the connection.
