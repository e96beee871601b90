# `portsmouth serve`: the class server's messages in the terminal.

# $error is why, from the system.
cli-serve-no-threads = cannot start the server's threads: { $error }
# $warning is the server's warning (English).
cli-serve-warning = warning: { $warning }
# Shown in place of the address when the machine's address on its network is unknown.
cli-serve-this-machine = <this machine's address>
# $folder is the class's folder.
cli-serve-heading = Portsmouth 1905 class server — class folder { $folder }
# $count is how many tables were resumed.
cli-serve-resumed = Resumed { $count } table(s) where they stood.
# $address is the server's address; "Join a class" is the title screen's button (title-join).
cli-serve-students = Students: open the game, choose Join a class, and give the address { $address }
# $link is the dashboard's address with its key.
cli-serve-teacher = Teacher's dashboard (keep the key to yourself): { $link }
cli-serve-loopback = Listening on this machine only; use --bind 0.0.0.0 to let the class's machines join.
# $error is why.
cli-serve-stopped = the server stopped: { $error }
