# Ord, som alle skærmbilleder deler: sprogets navn, datoer.

language-name = Dansk

# En dato: begge kalendere, for forhandlingerne blev dateret på begge måder.
# "g.s." er gammel stil, den julianske kalender, som Rusland brugte.
date-long = { $weekday } den { $day }. { $month } { $year } ({ $osDay }. { $osMonth } g.s.)
date-long-same-month = { $weekday } den { $day }. { $month } { $year } ({ $osDay }. { $month } g.s.)
date-short = { $day }. { $month }

month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

weekday-monday = mandag
weekday-tuesday = tirsdag
weekday-wednesday = onsdag
weekday-thursday = torsdag
weekday-friday = fredag
weekday-saturday = lørdag
weekday-sunday = søndag

choice-chosen = { $label } (valgt)
switch-on = { $name }: til
switch-off = { $name }: fra
