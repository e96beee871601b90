### Translation of the scenario scenarios/tsar-holds-firm.ron into `da`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Hvad nu hvis: zaren står fast

# description
description =
    Nikolaj II viger ikke en tomme: Meyers audiens den 23. august ændrer intet, Wittes telegrammer afvises, og zarens tålmodighed slipper hurtigere op. Kan Komura stadig bringe en fred hjem — og tør Witte blive?
