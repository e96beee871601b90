# Under the board: the counterpart's last move, the turn's actions, the read-back and Send.

# $them is the other side's player title (e.g. "Witte").
actions-last-move = { $them }'s last move
actions-not-spoken = { $them } has not spoken yet.
# $statement is the chosen press statement's label, from the scenario.
actions-press-chosen = Press: { $statement }
actions-press = Press statement
    .tip = Speak to the press: moves opinion at home and in America; each statement can be used only so often (click again for the next statement)
# $line names the red line the player asks the capital to lift, from the scenario.
# $line: the articles the chosen instruction binds, joined.
actions-cable-chosen = Cable: { $line }
# $capital: the player's capital; $order: the instruction, from the scenario.
actions-cable-chosen-tip = Ask { $capital } to lift “{ $order }”; the answer arrives at the next session and may be no (click again for the next red line)
actions-cable = Cable home
    .tip = Ask your government to lift one of your red lines; the answer arrives at the next session and may be no (click again for the next red line)
actions-ask = Ask Roosevelt
    .tip = Ask the mediator to propose a compromise both sides' instructions allow
actions-ask-yes = Ask Roosevelt: yes
actions-ultimatum = Ultimatum
actions-ultimatum-yes = Ultimatum: yes
# $date is a short date.
actions-ultimatum-tip = Demand your drafted terms by the session of { $date }, or your delegation breaks off: binding once sent
actions-break-off = Break off
    .tip = Walk out of the conference: the talks end with no treaty
actions-break-off-yes = Break off: yes
actions-reset = Reset
    .tip = Back to your standing proposal, with no answers (Backspace)
actions-send = Send turn
    .tip = Send this turn to the table (Ctrl+Enter)
# $agreed and $walk_out are numbers (percent).
actions-worth = If your proposal were agreed, the treaty would be worth { $agreed }% to you; breaking off now, { $walk_out }%.
actions-worth-open = If your proposal were agreed and the talks ended there (each open article as the scenario settles it, or at your worst), the treaty would be worth { $agreed }% to you; breaking off now, { $walk_out }%.
actions-recorded = Your turn, as it will be recorded

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { " " }
actions-terms-next = { "; " }
actions-terms-package = ({ $terms })

# While the mediator's amendment of the complete treaty waits (see narrate-last-look). $mediator is his name.
last-look-heading = Before the signing: { $mediator }'s amendment
last-look-explained = Every article is agreed. { $mediator } has heard both delegations in confidence and proposes this change: by what each told him, it costs neither side anything and gains at least one. Accept it, or keep the treaty as agreed.
# $article is the article's title; $was the agreed option; $becomes the amended one.
last-look-change = { $article }: { $was } → { $becomes }
# $amended and $agreed are percentages (numbers only) by the player's own instructions.
# When the amendment makes a different kind of settlement: $was and $becomes are the outcomes' titles.
last-look-settlement = The settlement changes: { $was } → { $becomes }.
last-look-worth = By your instructions: { $amended }% with the amendment, { $agreed }% as agreed.
last-look-they-accepted = { $them } has accepted the amendment.
last-look-waiting = Waiting for { $them }'s answer to the amendment.
last-look-accept = Accept the amendment
    .tip = Sign the treaty as { $mediator } amends it (if the other side accepts too)
last-look-keep = Keep the treaty as agreed
    .tip = Decline { $mediator }'s amendment: the treaty is signed as it was agreed
