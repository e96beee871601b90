### Translation of the scenario scenarios/japan-credit-runs-out.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/japan-credit-runs-out.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Что если: у Японии кончается кредит

# description
description =
    В 1905 году кредит Японии выдержал. Здесь же, в середине августа, банкиры Лондона и Нью-Йорка закрывают перед Японией свои двери. Токио, не имея средств на новую кампанию, заранее смягчает инструкции Комуры, — а Витте, если узнает об этом, может просто ждать.

## Parties

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    Токио: новую кампанию мы финансировать не можем. Разрешаем заключить мир без возмещения.

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = Токио: ещё не время. Держитесь за возмещение ещё немного.

## Events

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    Кабинет и старейшие государственные деятели: денег на новую кампанию нет — заключить мир даже без возмещения военных расходов.

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    В этом допущении «что если» Токио принимает решение 9 (22) августа, когда деньги иссякли. В 1905 году кабинет и старейшие государственные деятели решили заключить мир без возмещения: по Исии — 14 (27) августа, по другим японским хронологиям — 15 (28) августа.

# events[bankers_refuse].title
event-bankers_refuse-title = Банкиры отказывают Японии

# events[bankers_refuse].dispatch.from
event-bankers_refuse-dispatch-from = Токио

# events[bankers_refuse].dispatch.text
event-bankers_refuse-dispatch-text =
    Наши агенты доносят: ни Лондон, ни Нью-Йорк не дадут займа на новую кампанию. Кабинет уполномочивает вас, если ничто иное не даст мира, отказаться от Сахалина.

# events[bankers_refuse].note.text
event-bankers_refuse-note =
    Этого не было: в 1905 году кредит Японии устоял, и её июльский заём был размещён в Лондоне, Нью-Йорке и Германии. Одна страница книги без названия сообщает, что американские финансисты дали Японии понять, что займов на продолжение войны больше не будет; это допущение «что если» заходит дальше этой страницы, вопреки лучшим источникам.
