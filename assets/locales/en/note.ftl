# A historian's note: the small button beside what it explains, and its tooltip.

note-button = Note
# What a screen reader says of it: $what is the title of what the note explains.
note-button-accessible = Historian's note on { $what }
# The tooltip: $first is the note's first sentence, from the scenario.
note-preview = Historian's note: { $first } (open for the sources)
note-preview-contested = Historian's note: { $first } Sources differ. (open for the sources)
