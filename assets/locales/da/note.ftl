# En historikers note: den lille knap ved det, den forklarer, og dens værktøjstip.

note-button = Note
note-button-accessible = Historikerens note om { $what }
note-preview = Historikerens note: { $first } (åbn for kilderne)
note-preview-contested = Historikerens note: { $first } Kilderne er uenige. (åbn for kilderne)
