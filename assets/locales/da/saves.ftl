# Hvem der spillede mod hvem, som listen over gemte spil viser det.

saves-hot-seat = På skift: to spillere ({ $japan } mod { $russia })
saves-hot-seat-named = På skift: { $players } ({ $japan } mod { $russia })
saves-computers = Computer mod computer ({ $japan_level } { $japan } mod { $russia_level } { $russia })
saves-against-computer = Dig som { $us } mod { $them } ({ $level } computer)
saves-against-computer-named = { $players } som { $us } mod { $them } ({ $level } computer)
