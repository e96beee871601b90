# The page a student's browser shows at the class server's address: how to join from the game.
# Words between ** and ** are shown in bold.

student-page-title = Portsmouth 1905 – en klasse
student-page-languages = Sprog
student-page-intro = Din lærer kører en klasse i forhandlingsspillet på denne maskine.
student-page-step-open = Åbn **Portsmouth 1905** på din computer.
student-page-step-join = Vælg **Deltag i en klasse**.
student-page-step-type = Skriv denne sides **adresse**, dit bords **kode** (din lærer viser den) og dit **navn**.
student-page-secret = Din delegations fortrolige instrukser når kun dig: den anden delegation ser dem aldrig, og du ser aldrig deres.
