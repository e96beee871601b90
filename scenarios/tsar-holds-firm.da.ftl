### Translation of the scenario scenarios/tsar-holds-firm.ron into `da`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Hvad nu hvis: zaren står fast

# description
description =
    I 1905 opgav Nikolaj II det sydlige Sakhalin ved Meyers audiens den 23. august. Her viger han ikke en tomme: audiensen ændrer intet, Wittes telegrammer afvises, og zarens tålmodighed slipper tidligere op. Kan Komura stadig bringe en fred hjem – og tør Witte blive?

## Events

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    Det skete ikke. Ved audiensen den 23. august afviste Nikolaj både en krigsskadeerstatning og enhver afståelse og samtykkede først til sidst i at opgive den sydlige del. I dette hvad-nu-hvis holder han fast ved sit afslag, og intet telegram fra Witte rokker ved det.
