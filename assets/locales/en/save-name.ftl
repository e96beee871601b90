# The dialog that names a save.

save-name-class-game = A class game is kept by the class server, not on this machine: your teacher can download it.
save-name-heading = Save this game
save-name-explain = Name it as you will find it in Load. Type to replace the name; Enter saves, Esc cancels.
save-name-field = Save name
    .tip = The save's name, as the Load list shows it
save-name-save = Save
    .tip = Save under this name (Enter)
save-name-cancel = Cancel
    .tip = Close without saving (Esc)
save-name-empty = Give the save a name (or Esc to leave it unsaved).
# $problem is why it could not be written (the system's words).
save-name-not-saved = Not saved: { $problem }
