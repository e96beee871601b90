# The page a student's browser shows at the class server's address: how to join from the game.
# Words between ** and ** are shown in bold.

student-page-title = Portsmouth 1905 — a class
student-page-languages = Languages
student-page-intro = Your teacher is running a class of the negotiation game on this machine.
student-page-step-open = Open **Portsmouth 1905** on your computer.
student-page-step-join = Choose **Join a class**.
student-page-step-type = Type this page's **address**, the **code** of your table (your teacher shows it), and your **name**.
student-page-secret = Your delegation's confidential instructions reach you alone: the other delegation never sees them, nor you theirs.
