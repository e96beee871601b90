# Words shared by every screen: the language's own name, dates and their parts.

# The language's name in itself, as the language picker shows it.
language-name = English

# A date as the game writes it: both calendars, since the talks were dated both ways.
# $weekday, $month and $osMonth are the messages below; $osDay and $osMonth give the
# Old Style (Julian) date Russia used.
date-long = { $weekday } { $day } { $month } { $year } ({ $osDay } { $osMonth } O.S.)
# The same, when both calendars name the same month: $month stands for both (Russian
# then writes it once).
date-long-same-month = { $weekday } { $day } { $month } { $year } ({ $osDay } { $month } O.S.)
date-short = { $day } { $month }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

# What a screen reader says of the chosen one of several buttons.
choice-chosen = { $label } (chosen)
# A button that switches something on or off: "Full screen: on".
switch-on = { $name }: on
switch-off = { $name }: off
