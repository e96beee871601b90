### Translation of the scenario scenarios/japan-credit-runs-out.ron into `da`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/japan-credit-runs-out.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Hvad nu hvis: Japans kredit slipper op

# description
description =
    I 1905 holdt Japans kredit. Her lukker bankfolkene i London og New York i midten af august dørene for Japan. Tokyo, der ikke kan betale for endnu et felttog, løsner tidligt Komuras instrukser – mens Witte, hvis han får det at vide, blot kan vente.

## Parties

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    Tokyo: vi kan ikke finansiere endnu et felttog. De må slutte uden godtgørelse.

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = Tokyo: endnu ikke. Hold fast på godtgørelse lidt endnu.

## Events

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    Regeringen og de ældre statsmænd: da der ikke er penge til endnu et felttog, skal De slutte fred, også uden godtgørelse af krigsomkostningerne.

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    I dette hvad-nu-hvis beslutter Tokyo sig den 22. august, da pengene er sluppet op. I 1905 besluttede regeringen og de ældre statsmænd at slutte fred uden godtgørelse den 27. august ifølge Ishii og den 28. august ifølge andre japanske kronologier.

# events[bankers_refuse].title
event-bankers_refuse-title = Bankfolkene afviser Japan

# events[bankers_refuse].dispatch.from
event-bankers_refuse-dispatch-from = Tokyo

# events[bankers_refuse].dispatch.text
event-bankers_refuse-dispatch-text =
    Vores agenter melder, at hverken London eller New York vil låne ud til endnu et felttog. Regeringen bemyndiger Dem til at opgive Sakhalin, hvis intet andet kan bringe fred.

# events[bankers_refuse].note.text
event-bankers_refuse-note =
    Det skete ikke: i 1905 holdt Japans kredit, og lånet fra juli blev tegnet i London, New York og Tyskland. En enkelt bogside uden titel siger, at amerikanske finansfolk lod Japan vide, at der ikke ville komme flere lån til at fortsætte krigen; dette hvad-nu-hvis går længere end den side, imod de bedre kilder.
