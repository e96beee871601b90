# The minutes of a game (Markdown), the teacher's copy: headings, labels and sentences of
# their own. The scenario's prose and the narration come from elsewhere.

# $scenario: the scenario's title.
export-minutes-title = { $scenario } — minutes of the conference
# $seed: the game's seed.
export-minutes-seed = **Seed** { $seed } (the same scenario, seed and moves replay this game)
# $session: the session the game is in; $sessions: how many the scenario has.
export-minutes-unfinished = The talks are still going on: session { $session } of { $sessions }.
export-minutes-outcome = Outcome
export-minutes-no-outcome = None of the scenario's outcomes matches this ending.
# Rows of the table of figures; the columns are Japan and Russia.
export-minutes-utility = Utility of the result (0 worst treaty, 1 best)
export-minutes-walk-away = Breaking off would have given
export-minutes-1905-gave = The 1905 treaty gave
# $date: the day the treaty of 1905 was signed (date-long).
export-minutes-beside-1905 = Beside the treaty of { $date }
# Column headings.
export-minutes-article = Article
export-minutes-this-game = This game
export-minutes-1905 = 1905
export-minutes-notes = The historian's notes
export-minutes-sources-differ = Where the sources differ:
export-minutes-sources = Sources:
export-minutes-no-reference = (no reference)
export-minutes-additional-articles = Additional articles
# The heading of a column of signatures: $sovereign, in whose name they sign.
export-minutes-signed-for = For { $sovereign }
# A signature under the seal: $name.
export-minutes-seal = (L.S.) { $name }
export-minutes-what-if = What if
# $name: the original game's file; $turn: the turn decided differently; $player: by whom.
export-minutes-what-if-from = This game branches from *{ $name }*: the same moves until turn { $turn }, which { $player } decided differently.
# $problem: why it does not replay.
export-minutes-no-replay = The original game does not replay: { $problem }
# How a game ended: $outcome, the scenario's outcome (or export-minutes-no-outcome-of-scenario);
# $japan and $russia: the utilities, preformatted.
export-minutes-ending = { $outcome } (Japan { $japan }, Russia { $russia })
export-minutes-no-outcome-of-scenario = no outcome of the scenario
# $session: the session it was saved in.
export-minutes-ending-unfinished = unfinished, saved in session { $session }
# $ending: as export-minutes-ending.
export-minutes-the-original = The original: { $ending }
export-minutes-this-branch = This branch: { $ending }
export-minutes-branch-same = Every article came out as in the original.
export-minutes-branch-lost = No treaty in this branch: every article the original settled is lost.
export-minutes-branch-gained = This branch has a treaty where the original had none.
# Column headings of the articles that differ.
export-minutes-branch-column = This branch
export-minutes-original-column = The original
