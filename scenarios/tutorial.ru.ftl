### Translation of the scenario scenarios/tutorial.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tutorial.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Обучение: торг о Сахалине

# description
description =
    Четыре заседания, три вопроса: Корея, Сахалин и деньги. Научитесь делать предложения, связывать условия в пакет, телеграфировать домой за новыми инструкциями и пользоваться добрыми услугами Рузвельта — а затем попробуйте всю конференцию. Четыре заседания заменяют двенадцать, поэтому кое-что происходит раньше, чем в 1905 году: разрешение Токио отказаться от денег, решение о котором было принято 14–15 (27–28) августа, приходит в ответ на первую телеграмму Комуры, а совет Рузвельта от 9–11 (22–24) августа доходит до обеих делегаций 10 (23) августа.

## Parties

# parties.japan.name
japan-name = Японская империя

# parties.japan.capital
japan-capital = Токио

# parties.japan.player_title
japan-player_title = Комура

# parties.japan.delegates[1].name
japan-delegate-1-name = Комура Дзютаро

# parties.japan.delegates[1].role
japan-delegate-1-role = министр иностранных дел, уполномоченный

# parties.japan.briefing
japan-briefing =
    Приказ Токио: Корея должна быть предоставлена в полное распоряжение Японии — это не обсуждается. Добивайтесь Сахалина, который занят нашей армией, и денег на покрытие военных расходов; отказаться от денег без запроса в Токио вы не можете. СОВЕТ: свяжите «без денег» с частью Сахалина в одном пакете — и Россия не сможет принять одно без другого.

# parties.japan.public_position
japan-public_position =
    Япония требует Корею, весь Сахалин и возмещение военных расходов.

# parties.japan.no_treaty.text
japan-no_treaty = Война возобновляется, а казна Японии почти пуста.

# parties.japan.red_lines[korea].text
japan-red_line-korea-text = Корея должна быть целиком предоставлена в распоряжение Японии

# parties.japan.red_lines[money].text
japan-red_line-money-text = Не отказываться от денег без разрешения Токио

# parties.japan.red_lines[money].cable.yes
japan-red_line-money-cable-yes = Токио: можете заключить мир без денег.

# parties.japan.red_lines[money].cable.no
japan-red_line-money-cable-no = Токио: отказываться от денег ещё рано.

# parties.japan.press[just_peace].label
japan-press-just_peace-label = Япония просит лишь справедливого мира

# parties.japan.press[just_peace].text
japan-press-just_peace-text = Япония ищет прочного мира, а не унижения России.

# parties.russia.name
russia-name = Российская империя

# parties.russia.capital
russia-capital = Санкт-Петербург

# parties.russia.player_title
russia-player_title = Витте

# parties.russia.delegates[1].name
russia-delegate-1-name = Сергей Юльевич Витте

# parties.russia.delegates[1].role
russia-delegate-1-role = уполномоченный

# parties.russia.briefing
russia-briefing =
    Повеление царя: ни копейки контрибуции, ни пяди земли. Корею, полагаете вы, можно уступить. Сахалин — русская земля, но его занимает японская армия, и царь ещё может уступить, если Рузвельт на него надавит. СОВЕТ: запросите по телеграфу.

# parties.russia.public_position
russia-public_position =
    Россия не побеждена. Она ничего не заплатит и ничего не уступит.

# parties.russia.no_treaty.text
russia-no_treaty = Война возобновляется, а дома — революция.

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = Ни копейки контрибуции

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = Ни пяди русской земли

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    Петергоф: Его Величество соизволяет уступить южную половину Сахалина, если не будет уплачено ни копейки.

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = Петергоф: ни пяди русской земли.

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = Север Сахалина остаётся русским

## Mediator

# mediator.name
mediator-name = Теодор Рузвельт

# mediator.title
mediator-title = президент Соединённых Штатов

# mediator.country
mediator-country = Соединённые Штаты

# mediator.seat
mediator-seat = Ойстер-Бей

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = Пол-острова и только содержание пленных

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    Президент пишет Витте: уступите юг Сахалина, возместите содержание пленных — и заключайте мир.

## Sessions

# sessions[1].title
session-1-title = Корея

# sessions[1].note
session-1-note =
    На столе только Корея. Сделайте предложение и ответьте на предложение другой стороны.

# sessions[2].title
session-2-title = Сахалин и деньги

# sessions[2].note
session-2-note =
    Связывайте условия в один пакет, когда одно приемлемо лишь вместе с другим.

# sessions[3].title
session-3-title = Совет Рузвельта

# sessions[3].note
session-3-note = Предложение Рузвельта должны принять обе стороны.

# sessions[4].title
session-4-title = Последнее заседание

# sessions[4].note
session-4-note =
    От того, что останется несогласованным к концу этого заседания, зависит, будет ли договор.

## Articles

# articles[korea].group
article-korea-group = Корея

# articles[korea].title
article-korea-title = Корея

# articles[korea].summary
article-korea-summary = Признание Россией положения Японии в Корее.

# articles[korea].options[free_hand].label
article-korea-option-free_hand-label = Свобода рук для Японии

# articles[korea].options[free_hand].clause
article-korea-option-free_hand-clause =
    Россия признаёт преобладающие интересы Японии в Корее и не будет препятствовать мерам руководства, покровительства и надзора, которые Япония сочтёт нужным принять.

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = Преобладающие интересы, с оговорками

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    Россия признаёт преобладающие интересы Японии в Корее и не будет препятствовать мерам руководства, покровительства и надзора со стороны Японии; русским в Корее предоставляется режим наиболее благоприятствуемой нации, и ни одна из сторон не принимает военных мер на русско-корейской границе.

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = Без признания

# articles[sakhalin].group
article-sakhalin-group = Сахалин

# articles[sakhalin].title
article-sakhalin-title = Сахалин

# articles[sakhalin].summary
article-sakhalin-summary = Остров, занятый Японией в июле 1905 года.

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = Уступка всего Сахалина

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause = Россия уступает Сахалин и прилегающие к нему острова.

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = Уступка Сахалина к югу от 50° с. ш.

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    Россия уступает Сахалин к югу от 50-й параллели; ни одна из сторон не укрепляет своей части.

# articles[sakhalin].options[trade_rights].label
article-sakhalin-option-trade_rights-label = Остаётся русским, с правом торговли для японцев

# articles[sakhalin].options[trade_rights].clause
article-sakhalin-option-trade_rights-clause =
    Сахалин остаётся русским; японские подданные могут там проживать и вести торговлю.

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = Возвращён России

# articles[reparations].group
article-reparations-group = Возмещение

# articles[reparations].title
article-reparations-title = Деньги

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = Деньги

# articles[reparations].summary
article-reparations-summary =
    Возмещение военных расходов Японии или только расходов на содержание пленных.

# articles[reparations].options[costs].label
article-reparations-option-costs-label = Россия платит за войну

# articles[reparations].options[costs].clause
article-reparations-option-costs-clause = Россия возмещает Японии часть военных расходов.

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = Только содержание пленных

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    Каждая сторона указывает, сколько она израсходовала на содержание пленных, и Россия возмещает Японии разницу.

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = Без выплат

## Meters

# meters[opinion].name
meter-opinion-name = Общественное мнение Японии

# meters[opinion].description
meter-opinion-description =
    Чего ждёт японская публика. Если она ждала многого, а получит мало, — быть беде.

## Events

# events[roosevelt_presses_tsar].title
event-roosevelt_presses_tsar-title = Рузвельт давит на царя

# events[roosevelt_presses_tsar].dispatch.from
event-roosevelt_presses_tsar-dispatch-from = Ойстер-Бей

# events[roosevelt_presses_tsar].dispatch.text
event-roosevelt_presses_tsar-dispatch-text =
    Президент телеграфировал царю через посла Мейера, убеждая принять условия Японии: половину острова и плату за север. Через Канэко он советует Токио заключить мир без контрибуции, а теперь пишет Витте: уступите юг, возместите содержание пленных и заключайте мир. Ответьте ему — или заключите сделку сами.

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = Портсмутская сделка

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    Преобладающие интересы Японии в Корее признаны, Сахалин разделён по 50-й параллели, контрибуции нет, кроме возмещения содержания пленных: такую сделку заключили Витте и Комура в Портсмуте 16 (29) августа 1905 года. В ноябре 1905 года Корея становится японским протекторатом, а в 1910 году аннексирована.

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    Публика ждала большего: в парке Хибия в Токио вспыхивают беспорядки.

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 = Япония ратифицирует договор без шума.

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 = Россия ратифицирует договор; Витте прозвали «графом Полусахалинским».

# outcomes[japan_takes_more].title
outcome-japan_takes_more-title = Япония получает больше

# outcomes[japan_takes_more].epilogue
outcome-japan_takes_more-epilogue =
    Япония получает больше, чем в 1905 году, — весь Сахалин или деньги.

# outcomes[japan_takes_more].aftermath[1].text
outcome-japan_takes_more-aftermath-1 = Токио ликует.

# outcomes[japan_takes_more].aftermath[2].text
outcome-japan_takes_more-aftermath-2 = В Санкт-Петербурге договор называют унижением.

# outcomes[russia_keeps_sakhalin].title
outcome-russia_keeps_sakhalin-title = Россия сохраняет Сахалин

# outcomes[russia_keeps_sakhalin].epilogue
outcome-russia_keeps_sakhalin-epilogue =
    Япония возвращает завоёванный ею остров: мир, но горький для Токио.

# outcomes[russia_keeps_sakhalin].aftermath[1].text
outcome-russia_keeps_sakhalin-aftermath-1 = Ни денег, ни острова: публика в ярости.

# outcomes[russia_keeps_sakhalin].aftermath[2].text
outcome-russia_keeps_sakhalin-aftermath-2 = Витте возвращается домой, не уступив ни пяди русской земли.

# outcomes[no_treaty].title
outcome-no_treaty-title = Договора нет: война возобновляется

# outcomes[no_treaty].epilogue
outcome-no_treaty-epilogue =
    Переговоры заканчиваются без договора, и армии в Маньчжурии продолжают сражаться.

# outcomes[no_treaty].aftermath[1].text
outcome-no_treaty-aftermath-1 = Япония воюет дальше с пустой казной.

# outcomes[no_treaty].aftermath[2].text
outcome-no_treaty-aftermath-2 = Россия воюет дальше, а дома — революция.

## History

# history.script[1].note
history-step-1-note = Комура просит свободы рук в Корее.

# history.script[2].note
history-step-2-note =
    Витте признаёт преобладающие интересы Японии, с оговорками для русских и для границы.

# history.script[3].note
history-step-3-note = Комура принимает оговорки.

# history.script[4].note
history-step-4-note = Комура требует весь Сахалин и возмещение военных расходов.

# history.script[5].note
history-step-5-note =
    Витте предлагает право торговли на острове и оплату содержания пленных.

# history.script[6].note
history-step-6-note =
    Комура отказывается и запрашивает Токио, может ли он отказаться от денег.

# history.script[7].note
history-step-7-note =
    Витте запрашивает Санкт-Петербург, можно ли уступить юг острова.

# history.script[8].note
history-step-8-note = Токио принимает совет президента.

# history.script[9].note
history-step-9-note = Комура просит последнего слова России.

# history.script[10].note
history-step-10-note =
    Царь согласился на юг: Витте предлагает его вместе с оплатой содержания пленных — и ничего сверх того.

# history.script[11].note
history-step-11-note = Комура соглашается: сделка между уполномоченными заключена.

## Treaty form

# treaty_form.title
treaty-title = Мирный договор между Японией и Россией

# treaty_form.japan.sovereign
treaty-japan-sovereign = Его Величество Император Японии

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = барон Комура Дзютаро

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office = Его министр иностранных дел

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = Такахира Когоро

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office = Его посланник в Соединённых Штатах Америки

# treaty_form.russia.sovereign
treaty-russia-sovereign = Его Величество Император Всероссийский

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = Сергей Юльевич Витте

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office = председатель Комитета министров

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = барон Роман Розен

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office = Его посол в Соединённых Штатах Америки

# treaty_form.preamble
treaty-preamble =
    одушевлённые желанием восстановить благодеяния мира для Своих стран и народов, решили заключить Мирный договор

# treaty_form.place
treaty-place = Портсмут (Нью-Гэмпшир)

# treaty_form.articles[peace].title
treaty-article-peace-title = Мир и дружба

# treaty_form.articles[peace].parts[1]
treaty-article-peace-text-1 =
    Отныне будут мир и дружба между Их Величествами Императором Японии и Императором Всероссийским, а равно между Их государствами и подданными.

# treaty_form.articles[korea].title
treaty-article-korea-title = Корея

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = Сахалин

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = Военнопленные

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    Все военнопленные возвращаются, как только договор вступит в силу.

# treaty_form.articles[ratification].title
treaty-article-ratification-title = Ратификация

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    Настоящий договор будет ратифицирован Их Величествами Императором Японии и Императором Всероссийским, причём о ратификациях будет объявлено в течение пятидесяти дней со дня его подписания.

## Glossary

# glossary[1].term
glossary-1-term = Корея

# glossary[1].means
glossary-1-means =
    Империя между Китаем и Японией со своим императором; договор признал там преобладающие интересы Японии, а в ноябре 1905 года Япония взяла в свои руки её внешние сношения.

# glossary[2].term
glossary-2-term = преобладающие интересы

# glossary[2].means
glossary-2-means =
    Право первого слова: Россия признала, что политические, военные и экономические интересы Японии в Корее стоят выше чьих бы то ни было.

# glossary[3].term
glossary-3-term = Сахалин

# glossary[3].means
glossary-3-means =
    Длинный остров к северу от Японии, занятый японскими войсками в июле 1905 года; по договору Японии отошла его половина к югу от 50-й параллели.

# glossary[4].term
glossary-4-term = 50-я параллель

# glossary[4].means
glossary-4-means =
    Линия 50 градусов северной широты; по ней договор разделил Сахалин.

# glossary[5].term
glossary-5-term = возмещение

# glossary[5].means
glossary-5-means =
    Слово, которым Япония называла деньги, которые она требовала от России в счёт военных расходов.

# glossary[6].term
glossary-6-term = содержание пленных

# glossary[6].means
glossary-6-means =
    Расходы каждой стороны на питание и размещение пленных другой стороны; по договору Россия возместила разницу.

# glossary[7].term
glossary-7-term = уполномоченный

# glossary[7].means
glossary-7-means =
    Дипломат, облечённый полной властью вести переговоры и подписывать от имени своего правительства; Комура и Витте были первыми уполномоченными.
