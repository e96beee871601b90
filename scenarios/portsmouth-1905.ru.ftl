### Translation of the scenario scenarios/portsmouth-1905.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/portsmouth-1905.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Портсмутский мир, 1905

# description
description =
    Двенадцать заседаний на военно-морской верфи в Портсмуте, 27 июля — 16 августа (9–29 августа) 1905 года. Япония выиграла все сражения, но у неё кончаются деньги и люди; Россия потеряла флоты, но не армию, а дома ей грозит революция. Теодор Рузвельт посредничает из Ойстер-Бея. На столе — Корея, Маньчжурия, Сахалин и деньги.

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
japan-delegate-1-role = министр иностранных дел, первый уполномоченный

# parties.japan.delegates[2].name
japan-delegate-2-name = Такахира Когоро

# parties.japan.delegates[2].role
japan-delegate-2-role = посланник в Вашингтоне, второй уполномоченный

# parties.japan.delegates[3].name
japan-delegate-3-name = Генри У. Денисон

# parties.japan.delegates[3].role
japan-delegate-3-role = американский советник министерства иностранных дел

# parties.japan.briefing
japan-briefing =
    Ваши инструкции, принятые кабинетом 17 (30) июня и утверждённые императором 22 июня (5 июля), делят цели Японии на три разряда. БЕЗУСЛОВНО НЕОБХОДИМО: Корея предоставляется в полное распоряжение Японии; русские войска уходят из Маньчжурии, японские — одновременно с ними; аренда Ляодуна и железная дорога от Харбина до Порт-Артура передаются Японии. ОТНОСИТЕЛЬНО НЕОБХОДИМО, добиваться, насколько позволят обстоятельства: возмещение военных расходов; русские военные суда, интернированные в нейтральных портах; Сахалин, занятый нашей армией в июле; права на рыболовство у русских берегов. ПРЕДМЕТЫ ТОРГА, от которых можно отказаться: ограничение русского флота на Тихом океане. Токио понимает, что великая держава, на чью территорию мы не вторглись, едва ли заплатит контрибуцию, но держит это при себе. Война стоила около 1700 млн иен при национальном доходе немногим более 2000 млн иен; ещё одного года войны наш кредит не выдержит. Инструкции не называют суммы: возмещение предстоит определить позднее. Относительно необходимые пункты они оставляют на ваше усмотрение, насколько позволят обстоятельства, но игра держится того, что было: полный отказ от денег решался в Токио, кабинетом и старейшими государственными деятелями, поэтому за ним вы должны телеграфировать домой. За вашей спиной: Такахаси Корэкиё с мая 1904 года разместил четыре внешних займа — последний, на 30 млн фунтов, в июле, в Лондоне, Нью-Йорке и Германии, — а Якоб Шифф из «Кун, Лёб и К°» продаёт японские облигации в Нью-Йорке; барон Канэко Кэнтаро, однокашник Рузвельта по Гарварду, всю войну выступал и писал в пользу Японии в Америке и служит вам связью с президентом; а 14 (27) июля премьер-министр Кацура и американский военный министр Тафт обсудили в Токио Корею и Филиппины, и Рузвельт подтвердил слова Тафта. Дома правительство так и не сказало публике, как близко оно к концу своих денег и людей: газеты и группа токийских профессоров, среди них Томидзу Хирондо, требуют трёх миллиардов иен, Сахалина, Камчатки и Приморской области.

# parties.japan.public_position
japan-public_position =
    Двенадцать условий Японии, вручённых 28 июля (10 августа): Корея, Маньчжурия, аренда Ляодуна и её железная дорога, Сахалин, возмещение военных расходов, интернированные суда, ограничение русского флота и права на рыболовство.

# parties.japan.no_treaty.text
japan-no_treaty =
    Война в Маньчжурии возобновляется против русской армии, которая растёт с каждой неделей, и оплачивать её приходится займами, которых Япония больше не может получить.

# parties.japan.red_lines[korea_free_disposal].text
japan-red_line-korea_free_disposal-text =
    Корея должна быть целиком предоставлена в распоряжение Японии (безусловно необходимое условие)

# parties.japan.red_lines[manchuria_evacuated].text
japan-red_line-manchuria_evacuated-text = Русские войска должны уйти из Маньчжурии (безусловно необходимое условие)

# parties.japan.red_lines[lease_and_railway].text
japan-red_line-lease_and_railway-text =
    Аренда Ляодуна и южная ветвь КВЖД должны перейти к Японии (безусловно необходимое условие)

# parties.japan.red_lines[war_costs].text
japan-red_line-war_costs-text =
    Не отказываться от возмещения военных расходов без решения Токио (относительно необходимое условие; деньгами или как плата за северный Сахалин)

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    Токио: можете заключить мир без возмещения военных расходов.

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = Токио: возмещение остаётся непременным. Держитесь его.

# parties.japan.red_lines[keep_sakhalin].text
japan-red_line-keep_sakhalin-text =
    Не отказываться от острова, который занимает Япония, без разрешения Токио (относительно необходимое условие)

# parties.japan.red_lines[keep_sakhalin].cable.yes
japan-red_line-keep_sakhalin-cable-yes = Токио: если ничто иное не даст мира, можете отказаться от Сахалина.

# parties.japan.red_lines[keep_sakhalin].cable.no
japan-red_line-keep_sakhalin-cable-no = Токио: остров не уступать. Держитесь инструкций.

# parties.japan.press[stand_firm].label
japan-press-stand_firm-label = Япония держится своих условий

# parties.japan.press[stand_firm].text
japan-press-stand_firm-text =
    Японская делегация даёт понять, что её условия — плод победы и урезаны не будут.

# parties.japan.press[just_peace].label
japan-press-just_peace-label = Япония просит лишь справедливого мира

# parties.japan.press[just_peace].text
japan-press-just_peace-text = Япония ищет прочного мира, а не унижения России.

# parties.japan.press[reimbursement_not_indemnity].label
japan-press-reimbursement_not_indemnity-label = Возмещение, а не контрибуция

# parties.japan.press[reimbursement_not_indemnity].text
japan-press-reimbursement_not_indemnity-text =
    Япония просит лишь возместить ей расходы на войну, которую навязала ей Россия; карательной контрибуции она не требует.

# parties.japan.delegate.compromise.note
japan-persona-compromise =
    Письменная нота Комуры от 5 (18) августа: Япония снимет требования об интернированных судах и об ограничении русского флота, если они ещё остаются в силе и если Россия пойдёт ей навстречу в вопросах Сахалина и военных расходов.

# parties.russia.name
russia-name = Российская империя

# parties.russia.capital
russia-capital = Санкт-Петербург

# parties.russia.player_title
russia-player_title = Витте

# parties.russia.delegates[1].name
russia-delegate-1-name = Сергей Юльевич Витте

# parties.russia.delegates[1].role
russia-delegate-1-role = председатель Комитета министров, первый уполномоченный

# parties.russia.delegates[2].name
russia-delegate-2-name = барон Роман Розен

# parties.russia.delegates[2].role
russia-delegate-2-role = посол в Вашингтоне, второй уполномоченный

# parties.russia.delegates[3].name
russia-delegate-3-name = Фёдор Мартенс

# parties.russia.delegates[3].role
russia-delegate-3-role = юрист, специалист по международному праву

# parties.russia.delegates[4].name
russia-delegate-4-name = Иван Коростовец

# parties.russia.delegates[4].role
russia-delegate-4-role = секретарь делегации, автор дневника

# parties.russia.briefing
russia-briefing =
    Его Величество запрещает вам уступать хотя бы пядь русской земли, платить хотя бы копейку в какой бы то ни было форме и соглашаться на ограничение русских сил на Дальнем Востоке. Инструкции графа Ламздорфа объясняют, почему важен Сахалин: Япония у пролива Лаперуза почти закрыла бы Японское море, а остров стережёт устье Амура. Собственный доклад графа Ламздорфа уже считает положение России в Корее потерянным, если нужен мир. Всё прочее — на ваше собственное усмотрение, и Петербург может от него отречься: вы полагаете, что можно уступить Корею, эвакуацию Маньчжурии, если уйдёт и Япония, аренду Ляодуна, южную ветвь КВЖД до пункта, занятого японскими войсками, рыболовство вдоль берегов и содержание пленных, — но телеграмма из столицы называет неприемлемыми даже железную дорогу и права на рыболовство. Россия исчерпала свой кредит за границей — в Нью-Йорке Якоб Шифф из «Кун, Лёб и К°», помогающий размещать японские займы, не пускает американские деньги к России, пока царское правительство преследует евреев, — и дома тлеет революция; но армия у Сыпингая крепнет с каждой неделей, и государь скорее будет воевать дальше, чем платить.

# parties.russia.public_position
russia-public_position =
    Россия не побеждена: её армия стоит в Маньчжурии непобеждённой. Она не заплатит контрибуции и не уступит земли.

# parties.russia.no_treaty.text
russia-no_treaty =
    Война возобновляется: полумиллионная армия у Сыпингая против истощённых резервов Японии — и революция дома.

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = Ни пяди русской земли

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    Петергоф: Его Величество соизволяет уступить южную половину Сахалина, занятую Японией, — при условии, что за север не будет уплачено ни копейки.

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = Петергоф: ни пяди русской земли.

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = Южную половину Сахалина можно уступить, северную — нет

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = Ни копейки контрибуции, ни прямо, ни косвенно

# parties.russia.red_lines[no_military_limits].text
russia-red_line-no_military_limits-text = Никаких ограничений русских сил на Дальнем Востоке

# parties.russia.press[open_sessions].label
russia-press-open_sessions-label = За открытые заседания

# parties.russia.press[open_sessions].text
russia-press-open_sessions-text =
    Витте просит, чтобы конференция заседала публично, и охотно беседует с американской прессой.

# parties.russia.press[not_defeated].label
russia-press-not_defeated-label = Россия не побеждена

# parties.russia.press[not_defeated].text
russia-press-not_defeated-text =
    Россия проиграла сражения, а не войну: её армия в Маньчжурии сильна как никогда.

# parties.russia.press[fighting_for_money].label
russia-press-fighting_for_money-label = Япония воюет ради денег

# parties.russia.press[fighting_for_money].text
russia-press-fighting_for_money-text = Витте говорит репортёрам, что Япония готова затянуть войну ради денег.

## Mediator

# mediator.name
mediator-name = Теодор Рузвельт

# mediator.title
mediator-title = президент Соединённых Штатов

# mediator.country
mediator-country = Соединённые Штаты

# mediator.seat
mediator-seat = Сагамор-Хилл, Ойстер-Бей

# mediator.proposals[japans_compromise].title
mediator-proposal-japans_compromise-title = Мир на компромиссных условиях Японии

# mediator.proposals[japans_compromise].text
mediator-proposal-japans_compromise-text =
    Президент убеждает царя заключить мир на японских условиях от 5 (18) августа: разделить Сахалин по 50-й параллели и заплатить за возвращение севера, а Япония откажется от требования возместить военные расходы. Суммы он не называет; условия на столе содержат японскую цену — 1200 млн иен.

# mediator.proposals[commission_for_the_north].title
mediator-proposal-commission_for_the_north-title = Комиссия для оценки севера

# mediator.proposals[commission_for_the_north].text
mediator-proposal-commission_for_the_north-text =
    Президент предлагает передать вопрос о цене северного Сахалина комиссии, чтобы конференция не сорвалась из-за цифры.

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = Южный Сахалин и содержание пленных

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    Президент пишет Витте: уступите южный Сахалин, возместите содержание пленных — и заключайте мир.

## Sessions

# sessions[1].title
session-1-title = Предварительная встреча: порядок и полномочия

# sessions[1].note
session-1-note =
    Английский и французский языки, причём французский текст имеет решающую силу; подписанные протоколы; два заседания в день; секретность, хотя Витте хотел открытых заседаний. [PPT-N][UL-LANG][ILYIN]

# sessions[2].title
session-2-title = Двенадцать условий Японии

# sessions[2].note
session-2-note =
    Обмен полномочиями; Витте соглашается отвечать постатейно, и Комура вручает двенадцать письменных условий. [BRK-A][KOR][JACAR]

# sessions[3].title
session-3-title = Письменный ответ России; Корея

# sessions[3].note
session-3-note =
    Русский ответ, составленный за ночь, вручён; прения начинаются с Кореи. [NZTIM-0815][KOJ-118][NH-042]

# sessions[4].title
session-4-title = Статья о Корее составлена; Маньчжурия очищается и возвращается Китаю

# sessions[4].note
session-4-note = {"["}BRK-A][KOJ-118][NH-042]

# sessions[5].title
session-5-title = Сахалин; аренда Ляодуна

# sessions[5].note
session-5-note =
    Сахалин обсуждали два часа; мнения занесены в протокол, вопрос отложен. [BRK-A][KOR][ILYIN][KOJ-119]

# sessions[6].title
session-6-title = Железные дороги

# sessions[6].note
session-6-note = {"["}BRK-A][ILYIN]

# sessions[7].title
session-7-title = Возмещение; интернированные суда

# sessions[7].note
session-7-note = {"["}BRK-A][UTAH-0817][ILYIN][KOJ-120]

# sessions[8].title
session-8-title = Ограничение флота; рыболовство; компромисс Комуры

# sessions[8].note
session-8-note = Отложено до 9 (22) августа. [BRK-A][NH-049][NH-050][ISHII][KOJ-123]

# sessions[9].title
session-9-title = После перерыва: заседание отложено

# sessions[9].note
session-9-note =
    Источники расходятся: у Бринкли конференция отложена до 9 (22) августа, 3 часа пополудни; телеграмма от 10 (23) августа сообщает, что заседание отложили, так как протоколы не были готовы, а у Витте не было инструкций. Игра оставляет этот день как ход неофициальных контактов; в 1905 году за столом ничего решено не было. [BRK-A][NZMAIL-0830]

# sessions[10].title
session-10-title = Компромисс Японии внесён на стол

# sessions[10].note
session-10-note = {"["}OREG][NZMAIL-0830][KOJ-134]

# sessions[11].title
session-11-title = Никакой платы ни в какой форме

# sessions[11].note
session-11-note =
    Витте отвергает любую плату, в какой бы форме она ни была, и, согласно телеграмме Комуры № 104 того же вечера, иного предложения не имеет; лишь Коростовец относит к этому дню предложение уступить юг. Витте уже расплатился по счёту в гостинице. [WJ-0826][LETOP][OREG][KOR][S0]

# sessions[12].title
session-12-title = Последнее заседание

# sessions[12].note
session-12-note =
    Частная встреча в 9:30, официальное заседание в 10:55. Источники расходятся в том, кто заговорил первым: Витте прочёл ноту с предложением уступить юг без платы — или Комура предложил отказаться от денег в обмен на половину острова. [PPT-P][KOJ-134][NH-053][KOR]

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
    Россия признаёт преобладающие политические, военные и экономические интересы Японии в Корее и не будет препятствовать мерам руководства, покровительства и надзора, которые Япония сочтёт нужным там принять.

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = Преобладающие интересы, с оговорками

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    Россия признаёт преобладающие политические, военные и экономические интересы Японии в Корее и не будет препятствовать мерам руководства, покровительства и надзора со стороны Японии; русским подданным в Корее предоставляется режим наиболее благоприятствуемой нации, и ни одна из сторон не принимает на русско-корейской границе военных мер, угрожающих русской или корейской территории.

# articles[korea].options[korean_consent].label
article-korea-option-korean_consent-label = Суверенитет Кореи оговорён

# articles[korea].options[korean_consent].clause
article-korea-option-korean_consent-clause =
    Россия признаёт преобладающие интересы Японии в Корее, но меры, затрагивающие верховные права корейского императора, принимаются лишь по соглашению с корейским правительством; за русскими сохраняется режим наиболее благоприятствуемой нации.

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = Без признания

# articles[korea].note.text
article-korea-note =
    Статья II признала преобладающие политические, военные и экономические интересы Японии в Корее, с режимом наиболее благоприятствуемой нации для русских и без военных мер на границе. Корею Японии она не отдавала: договор о протекторате последовал 4 (17) ноября 1905 года, аннексия — 22 августа 1910 года. У Кореи не было голоса в Портсмуте; петицию её посланцев Рузвельт не принял.

# articles[korea].note.contested[1].says
article-korea-note-reading-1 =
    Первый ответ Витте оговаривал верховные права корейского императора; Комура отказал, и оговорка отпала.

# articles[korea].note.contested[2].says
article-korea-note-reading-2 =
    Договор о протекторате в ноябре 1905 года отнял у Кореи её дипломатию; корейский император назвал его навязанным силой.

# articles[evacuation].group
article-evacuation-group = Маньчжурия

# articles[evacuation].title
article-evacuation-title = Эвакуация Маньчжурии

# articles[evacuation].title_in_sentence
article-evacuation-title_in_sentence = Эвакуация Маньчжурии

# articles[evacuation].summary
article-evacuation-summary = Кто и когда выводит войска из Маньчжурии.

# articles[evacuation].options[russia_only].label
article-evacuation-option-russia_only-label = Россия уходит

# articles[evacuation].options[russia_only].clause
article-evacuation-option-russia_only-clause =
    Россия полностью очищает Маньчжурию и отказывается от всех территориальных преимуществ и преференциальных или исключительных концессий там, нарушающих суверенитет Китая.

# articles[evacuation].options[simultaneous].label
article-evacuation-option-simultaneous-label = Обе уходят одновременно

# articles[evacuation].options[simultaneous].clause
article-evacuation-option-simultaneous-clause =
    Япония и Россия взаимно обязуются полностью и одновременно очистить Маньчжурию, за исключением территории аренды Ляодуна, как предусматривает дополнительная статья; Россия заявляет, что не имеет в Маньчжурии территориальных преимуществ или преференциальных либо исключительных концессий, нарушающих суверенитет Китая или несовместимых с равенством возможностей.

# articles[evacuation].options[russia_keeps_north].label
article-evacuation-option-russia_keeps_north-label = Русские войска остаются на севере

# articles[evacuation].options[russia_keeps_north].clause
article-evacuation-option-russia_keeps_north-clause =
    Русские войска остаются вдоль Китайской Восточной железной дороги в Северной Маньчжурии.

# articles[evacuation].note.text
article-evacuation-note =
    Статья III и первая дополнительная статья: обе армии покидают Маньчжурию в течение восемнадцати месяцев, кроме арендованной территории Ляодуна; железнодорожной охраны — не более пятнадцати человек на километр. Статья III взаимна — обе стороны возвращают Маньчжурию Китаю, — и Россия заявляет, что не имеет там преференциальных концессий. Вариант, при котором русские войска остаются на севере, придуман игрой: ни одна делегация его не предлагала.

# articles[restoration].group
article-restoration-group = Маньчжурия

# articles[restoration].title
article-restoration-title = Возвращение Китаю

# articles[restoration].title_in_sentence
article-restoration-title_in_sentence = Возвращение Китаю

# articles[restoration].summary
article-restoration-summary = Вернёт ли Япония занятые ею области под управление Китая.

# articles[restoration].options[restored].label
article-restoration-option-restored-label = Возвращена Китаю

# articles[restoration].options[restored].clause
article-restoration-option-restored-clause =
    Япония и Россия возвращают целиком и полностью в исключительное управление Китая всю Маньчжурию, занятую их войсками или находящуюся под их контролем, за исключением территории аренды Ляодуна.

# articles[restoration].options[occupation_continues].label
article-restoration-option-occupation_continues-label = Японское управление сохраняется

# articles[open_door].group
article-open_door-group = Маньчжурия

# articles[open_door].title
article-open_door-title = Открытые двери

# articles[open_door].title_in_sentence
article-open_door-title_in_sentence = Открытые двери

# articles[open_door].summary
article-open_door-summary = Равенство возможностей для торговли всех наций в Маньчжурии.

# articles[open_door].options[open_door].label
article-open_door-option-open_door-label = Равенство возможностей

# articles[open_door].options[open_door].clause
article-open_door-option-open_door-clause =
    Ни одна из держав не будет препятствовать общим мерам, одинаковым для всех стран, которые Китай может принять для развития торговли и промышленности Маньчжурии.

# articles[open_door].options[no_undertaking].label
article-open_door-option-no_undertaking-label = Без обязательства

# articles[sakhalin].group
article-sakhalin-group = Сахалин

# articles[sakhalin].title
article-sakhalin-title = Сахалин

# articles[sakhalin].summary
article-sakhalin-summary =
    Остров, занятый Японией в июле 1905 года: уступлен целиком, разделён по 50° с. ш. или возвращён.

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = Уступка всего Сахалина

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause =
    Россия уступает Японии остров Сахалин и все прилегающие к нему острова вместе с общественными сооружениями и имуществом.

# articles[sakhalin].options[south_and_payment].label
article-sakhalin-option-south_and_payment-label = Юг уступлен, север выкуплен за 1200 млн иен

# articles[sakhalin].options[south_and_payment].clause
article-sakhalin-option-south_and_payment-clause =
    Россия уступает Сахалин к югу от 50-й параллели; Япония возвращает север за 1200 млн иен; проливы остаются свободными.

# articles[sakhalin].options[south_and_commission].label
article-sakhalin-option-south_and_commission-label = Юг уступлен, цену севера определяет комиссия

# articles[sakhalin].options[south_and_commission].clause
article-sakhalin-option-south_and_commission-clause =
    Россия уступает Сахалин к югу от 50-й параллели; комиссия определяет сумму, которую Россия платит за возвращение севера.

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = Уступка Сахалина к югу от 50° с. ш.

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    Россия уступает Японии в вечное и полное владение южную часть Сахалина и прилегающие к ней острова со всеми находящимися там общественными сооружениями и имуществом; северной границей служит 50-я параллель северной широты, точная линия которой определяется согласно дополнительной статье. Ни одна из сторон не укрепляет своей части острова и прилегающих островов и не принимает военных мер, которые могли бы стеснить свободное плавание по проливам Лаперуза и Татарскому.

# articles[sakhalin].options[residence_rights].label
article-sakhalin-option-residence_rights-label = Остров остаётся русским, японцы могут селиться и торговать

# articles[sakhalin].options[residence_rights].clause
article-sakhalin-option-residence_rights-clause =
    Сахалин остаётся русским; японские подданные могут там проживать и заниматься торговлей и рыболовством.

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = Весь Сахалин возвращён России

# articles[sakhalin].note.text
article-sakhalin-note =
    Статья IX уступает Сахалин к югу от 50-й параллели; ни одна из сторон не укрепляет своей части, и проливы остаются свободными. Кто и что предложил, оспаривается на каждом шагу.

# articles[sakhalin].note.contested[1].says
article-sakhalin-note-reading-1 =
    5 (18) августа: Витте в частной беседе заговорил о разделе острова; Комура назвал 50-ю параллель и 1200 млн иен за север, с тем чтобы Япония затем отказалась от требования военных расходов.

# articles[sakhalin].note.contested[2].says
article-sakhalin-note-reading-2 =
    5 (18) августа: Рузвельт поручил Розену предложить раздел; 10 (23) августа: Витте предложил весь Сахалин за отказ от денег.

# articles[sakhalin].note.contested[3].says
article-sakhalin-note-reading-3 = 10 (23) августа: Россия лишь отказалась платить за север.

# articles[sakhalin].note.contested[4].says
article-sakhalin-note-reading-4 = 13 (26) августа: русская нота предложила занятый японцами юг.

# articles[sakhalin].note.contested[5].says
article-sakhalin-note-reading-5 =
    13 (26) августа, телеграмма Комуры № 104: Витте отверг любую плату, в какой бы форме она ни была, и иного предложения не имел.

# articles[sakhalin].note.contested[6].says
article-sakhalin-note-reading-6 = 16 (29) августа: Витте прочёл ноту царя, предлагавшую юг даром; Комура согласился.

# articles[sakhalin].note.contested[7].says
article-sakhalin-note-reading-7 = 16 (29) августа: Комура предложил отказаться от контрибуции за половину острова.

# articles[liaodong].group
article-liaodong-group = Маньчжурия

# articles[liaodong].title
article-liaodong-title = Аренда Ляодуна

# articles[liaodong].title_in_sentence
article-liaodong-title_in_sentence = Аренда Ляодуна

# articles[liaodong].summary
article-liaodong-summary = Порт-Артур, Дальний (Далянь) и прилегающая территория, арендованные у Китая.

# articles[liaodong].options[transferred].label
article-liaodong-option-transferred-label = Аренда передана Японии

# articles[liaodong].options[transferred].clause
article-liaodong-option-transferred-clause =
    Россия передаёт Японии, с согласия Китая, аренду Порт-Артура, Дальнего и прилегающих территорий и вод со всеми связанными с нею правами, привилегиями, общественными сооружениями и имуществом; обе стороны обязуются получить согласие Китая, а права собственности русских подданных там уважаются.

# articles[liaodong].options[returned_to_china].label
article-liaodong-option-returned_to_china-label = Аренда возвращена Китаю

# articles[liaodong].options[returned_to_china].clause
article-liaodong-option-returned_to_china-clause = Аренда Порт-Артура и Дальнего возвращается Китаю.

# articles[liaodong].options[kept_by_russia].label
article-liaodong-option-kept_by_russia-label = Аренда остаётся за Россией

# articles[liaodong].note.text
article-liaodong-note =
    Статья V передаёт аренду Порт-Артура и Дальнего Японии с согласия Китая — которое Китай дал Пекинским договором от 9 (22) декабря 1905 года, подписанным за Японию Комурой. Статья энциклопедии утверждает, что Россия должна была вернуть свои аренды Китаю: это ошибка, и вариант с возвращением аренды Китаю придуман игрой.

# articles[southern_railway].group
article-southern_railway-group = Маньчжурия

# articles[southern_railway].title
article-southern_railway-title = Южная ветвь КВЖД

# articles[southern_railway].title_in_sentence
article-southern_railway-title_in_sentence = Южная ветвь КВЖД

# articles[southern_railway].summary
article-southern_railway-summary = Ветка на Порт-Артур — и где её перерезать.

# articles[southern_railway].options[to_harbin].label
article-southern_railway-option-to_harbin-label = Вся ветка от Харбина

# articles[southern_railway].options[to_harbin].clause
article-southern_railway-option-to_harbin-clause =
    Россия передаёт Японии железную дорогу от Харбина до Порт-Артура с её ответвлениями, правами, имуществом и каменноугольными копями.

# articles[southern_railway].options[to_changchun].label
article-southern_railway-option-to_changchun-label = От Чанчуня до Порт-Артура

# articles[southern_railway].options[to_changchun].clause
article-southern_railway-option-to_changchun-clause =
    Россия передаёт Японии, без вознаграждения и с согласия Китая, железную дорогу между Чанчунем (Куаньчэнцзы) и Порт-Артуром, её ответвления, права, имущество и разрабатываемые для неё каменноугольные копи.

# articles[southern_railway].options[to_japanese_lines].label
article-southern_railway-option-to_japanese_lines-label = Только участок, занятый японскими войсками

# articles[southern_railway].options[to_japanese_lines].clause
article-southern_railway-option-to_japanese_lines-clause =
    Россия передаёт Японии железную дорогу к югу от позиций, занимаемых японской армией.

# articles[southern_railway].options[kept_by_russia].label
article-southern_railway-option-kept_by_russia-label = Дорога остаётся за Россией

# articles[southern_railway].note.text
article-southern_railway-note =
    Статья VI отдаёт Японии линию от Чанчуня (Куаньчэнцзы) до Порт-Артура с каменноугольными копями, без вознаграждения и с согласия Китая. Первый ответ Витте предлагал линию лишь до пункта, занятого японскими войсками; телеграмма из Петербурга затем назвала неприемлемым даже это — слишком поздно.

# articles[southern_railway].note.contested[1].says
article-southern_railway-note-reading-1 =
    Витте соглашался уступить дорогу «лишь до пункта», занятого японскими войсками; Петербург отверг даже это.

# articles[southern_railway].note.contested[2].says
article-southern_railway-note-reading-2 =
    Популярная биография излагает первый ответ как уступку линии от Чанчуня до Порт-Артура.

# articles[cer].group
article-cer-group = Маньчжурия

# articles[cer].title
article-cer-title = Китайская Восточная железная дорога

# articles[cer].title_in_sentence
article-cer-title_in_sentence = Китайская Восточная железная дорога

# articles[cer].summary
article-cer-summary = Могут ли маньчжурские железные дороги служить армиям.

# articles[cer].options[russia_commercial_only].label
article-cer-option-russia_commercial_only-label = Русская линия — только для торговли

# articles[cer].options[russia_commercial_only].clause
article-cer-option-russia_commercial_only-clause =
    Россия сохраняет Китайскую Восточную железную дорогу, но использует её только в коммерческих и промышленных целях.

# articles[cer].options[both_commercial_only].label
article-cer-option-both_commercial_only-label = Обе линии — только для торговли

# articles[cer].options[both_commercial_only].clause
article-cer-option-both_commercial_only-clause =
    Япония и Россия эксплуатируют свои маньчжурские железные дороги только в коммерческих и промышленных целях, но не в стратегических, за исключением аренды Ляодуна.

# articles[cer].options[unrestricted].label
article-cer-option-unrestricted-label = Без ограничений

# articles[reparations].group
article-reparations-group = Возмещение

# articles[reparations].title
article-reparations-title = Возмещение военных расходов

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = Возмещение военных расходов

# articles[reparations].summary
article-reparations-summary =
    Япония просила «возмещения», а не «контрибуции», — суммы в миллионы иен или только платы за содержание пленных.

# articles[reparations].options[yen_1200].label
article-reparations-option-yen_1200-label = 1200 млн иен

# articles[reparations].options[yen_1200].clause
article-reparations-option-yen_1200-clause = Россия возмещает Японии 1200 млн иен военных расходов.

# articles[reparations].options[yen_900].label
article-reparations-option-yen_900-label = 900 млн иен

# articles[reparations].options[yen_900].clause
article-reparations-option-yen_900-clause = Россия возмещает Японии 900 млн иен военных расходов.

# articles[reparations].options[yen_600].label
article-reparations-option-yen_600-label = 600 млн иен

# articles[reparations].options[yen_600].clause
article-reparations-option-yen_600-clause = Россия возмещает Японии 600 млн иен военных расходов.

# articles[reparations].options[yen_300].label
article-reparations-option-yen_300-label = 300 млн иен

# articles[reparations].options[yen_300].clause
article-reparations-option-yen_300-clause = Россия возмещает Японии 300 млн иен военных расходов.

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = Только содержание пленных

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    После передачи пленных каждое правительство представляет другому счёт своих прямых расходов на попечение о пленных и их содержание со дня пленения или сдачи до смерти или передачи; Россия возмещает Японии разницу между тем, что израсходовала Япония, и тем, что израсходовала Россия.

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = Без выплат

# articles[reparations].note.text
article-reparations-note =
    Япония просила «возмещения» действительных военных расходов, а не «контрибуции», с тем чтобы сумму определить позднее; инструкции относят его к относительно необходимому и оставляют предел незаполненным. 1200 млн иен — цена, названная 5 (18) августа за возвращение северного Сахалина, и просили её вместо возмещения, а не сверх него: ни одно японское предложение не требовало и того и другого, хотя игра позволяет Японии требовать их вместе. Меньшие ступени придуманы игрой. Статья XIII обязывает Россию возместить лишь разницу в расходах на содержание пленных.

# articles[reparations].note.contested[1].says
article-reparations-note-reading-1 = Официальный текст оставляет предел незаполненным: «___ сот миллионов иен».

# articles[reparations].note.contested[2].says
article-reparations-note-reading-2 =
    Некоторые историки называют безвозмездную передачу железной дороги, копей и аренды возмещением в натуре.

# articles[warships].group
article-warships-group = Флот

# articles[warships].title
article-warships-title = Интернированные суда

# articles[warships].title_in_sentence
article-warships-title_in_sentence = Интернированные суда

# articles[warships].summary
article-warships-summary = Русские военные суда, укрывшиеся в нейтральных портах и интернированные там.

# articles[warships].options[surrendered].label
article-warships-option-surrendered-label = Переданы Японии

# articles[warships].options[surrendered].clause
article-warships-option-surrendered-clause = Россия передаёт Японии военные суда, интернированные в нейтральных портах.

# articles[warships].options[dropped].label
article-warships-option-dropped-label = Требование снято

# articles[naval_limit].group
article-naval_limit-group = Флот

# articles[naval_limit].title
article-naval_limit-title = Ограничение флота на Дальнем Востоке

# articles[naval_limit].title_in_sentence
article-naval_limit-title_in_sentence = Ограничение флота на Дальнем Востоке

# articles[naval_limit].summary
article-naval_limit-summary = Предел для русского флота на Тихом океане.

# articles[naval_limit].options[limited].label
article-naval_limit-option-limited-label = Тихоокеанский флот России ограничен

# articles[naval_limit].options[limited].clause
article-naval_limit-option-limited-clause = Россия ограничивает свои морские силы на Дальнем Востоке.

# articles[naval_limit].options[dropped].label
article-naval_limit-option-dropped-label = Требование снято

# articles[naval_limit].note.text
article-naval_limit-note =
    Снято Японией после ноты Комуры от 5 (18) августа, как и требование об интернированных судах. Источники расходятся в разряде требования: «дополнительное» в инструкциях, «относительно необходимое» в списке по Кодзиме.

# articles[naval_limit].note.contested[1].says
article-naval_limit-note-reading-1 = Предмет торга, на усмотрение уполномоченного.

# articles[naval_limit].note.contested[2].says
article-naval_limit-note-reading-2 = Относительно необходимо.

# articles[fishing].group
article-fishing-group = Рыболовство

# articles[fishing].title
article-fishing-title = Права на рыболовство

# articles[fishing].title_in_sentence
article-fishing-title_in_sentence = Права на рыболовство

# articles[fishing].summary
article-fishing-summary =
    Японский рыбный промысел вдоль русских берегов Японского, Охотского и Берингова морей.

# articles[fishing].options[coasts_and_rivers].label
article-fishing-option-coasts_and_rivers-label = Берега, бухты, заливы и реки

# articles[fishing].options[coasts_and_rivers].clause
article-fishing-option-coasts_and_rivers-clause =
    Россия предоставляет японским подданным права на рыболовство вдоль своих берегов, в бухтах, заливах и реках Японского, Охотского и Берингова морей.

# articles[fishing].options[coasts].label
article-fishing-option-coasts-label = Только берега

# articles[fishing].options[coasts].clause
article-fishing-option-coasts-clause =
    Россия войдёт с Японией в соглашение о правах на рыболовство для японских подданных вдоль русских берегов Японского, Охотского и Берингова морей, без ущерба для существующих прав.

# articles[fishing].options[none].label
article-fishing-option-none-label = Без прав на рыболовство

# articles[fishing].note.text
article-fishing-note =
    Статья XI: Россия войдёт в соглашение о правах на рыболовство у своих берегов Японского, Охотского и Берингова морей. Конвенция июля 1907 года не включила реки и заливы, как и настаивал Витте в Портсмуте.

## Meters

# meters[japan_finances].name
meter-japan_finances-name = Финансы Японии

# meters[japan_finances].description
meter-japan_finances-description =
    Что осталось от военной казны и кредита Японии. Ниже 10 банкиры закрывают двери (единственный источник без названия; порог придуман игрой).

# meters[russia_reinforcements].name
meter-russia_reinforcements-name = Русские силы в Маньчжурии

# meters[russia_reinforcements].description
meter-russia_reinforcements-description = Войска, прибывающие к Сыпингаю по Транссибирской магистрали.

# meters[japan_expectations].name
meter-japan_expectations-name = Общественное мнение Японии

# meters[japan_expectations].description
meter-japan_expectations-description =
    Чего ждёт японская публика: контрибуции и всего Сахалина. Обманутые большие ожидания — это беспорядки дома.

# meters[russia_unrest].name
meter-russia_unrest-name = Волнения в России

# meters[russia_unrest].description
meter-russia_unrest-description = Забастовки, крестьянские съезды и мятежи революции 1905 года.

# meters[american_opinion].name
meter-american_opinion-name = Американское мнение

# meters[american_opinion].description
meter-american_opinion-description =
    Куда склоняется американская пресса: 100 — целиком за Японию, 0 — целиком за Россию. Спорно: Коростовец видел, как газеты во время конференции поворачивались к России; датский источник утверждает, что американское мнение всё время в целом оставалось на стороне Японии.

# meters[tsar_patience].name
meter-tsar_patience-name = Терпение царя

# meters[tsar_patience].description
meter-tsar_patience-description =
    Сколько ещё Николай II позволит продолжаться переговорам. При 0 он отзывает свою делегацию.

## Events

# events[warships_to_kamchatka].title
event-warships_to_kamchatka-title = Японские военные суда идут к Камчатке

# events[warships_to_kamchatka].dispatch.from
event-warships_to_kamchatka-dispatch-from = Телеграфные агентства

# events[warships_to_kamchatka].dispatch.text
event-warships_to_kamchatka-dispatch-text = Сообщают, что японские военные суда посланы к Камчатке и в Охотское море.

# events[alliance_renewed].title
event-alliance_renewed-title = Англо-японский союз возобновлён

# events[alliance_renewed].dispatch.from
event-alliance_renewed-dispatch-from = Лондон

# events[alliance_renewed].dispatch.text
event-alliance_renewed-dispatch-text =
    Лорд Лансдаун и посланник Хаяси подписывают возобновлённый союз между Британией и Японией, продлённый на десять лет.

# events[jewish_leaders_call_on_witte].title
event-jewish_leaders_call_on_witte-title = Американские еврейские деятели у Витте

# events[jewish_leaders_call_on_witte].dispatch.from
event-jewish_leaders_call_on_witte-dispatch-from = Портсмут

# events[jewish_leaders_call_on_witte].dispatch.text
event-jewish_leaders_call_on_witte-dispatch-text =
    Витте принимает пятерых американских еврейских деятелей — Якоба Шиффа, Оскара Страуса, Айзека Селигмана, Адольфа Льюисона и Адольфа Крауса — по вопросу о правах евреев в России. Шифф, чья фирма помогала размещать японские военные займы, говорит ему, что, пока царское правительство преследует евреев, оно не получит в Соединённых Штатах ни копейки.

# events[jewish_leaders_call_on_witte].note.text
event-jewish_leaders_call_on_witte-note =
    Посетители пришли как еврейские деятели, а не как банкиры, — по вопросу о правах евреев в России. Шифф помогал размещать японские военные займы и не допускал американских банкиров к русским. Витте в принципе согласился на равноправие, но постепенное; величина последствий события придумана игрой.

# events[peasant_congress].title
event-peasant_congress-title = Крестьянский съезд в Москве

# events[peasant_congress].dispatch.from
event-peasant_congress-dispatch-from = Москва

# events[peasant_congress].dispatch.text
event-peasant_congress-dispatch-text = В Москве собирается крестьянский съезд и требует реформ.

# events[kaneko_reports_deadlock].title
event-kaneko_reports_deadlock-title = Канэко везёт весть о тупике

# events[kaneko_reports_deadlock].dispatch.from
event-kaneko_reports_deadlock-dispatch-from = барон Канэко, Нью-Йорк

# events[kaneko_reports_deadlock].dispatch.text
event-kaneko_reports_deadlock-dispatch-text =
    По вашей просьбе еду в Ойстер-Бей сообщить президенту, что конференция зашла в тупик из-за Сахалина и денег, и просить его надавить на царя.

# events[duma_manifesto].title
event-duma_manifesto-title = Манифест о Думе

# events[duma_manifesto].dispatch.from
event-duma_manifesto-dispatch-from = Санкт-Петербург

# events[duma_manifesto].dispatch.text
event-duma_manifesto-dispatch-text = Высочайший манифест учреждает законосовещательную Государственную думу.

# events[korean_envoys].title
event-korean_envoys-title = Петиция Кореи, оставшаяся без ответа

# events[korean_envoys].dispatch.from
event-korean_envoys-dispatch-from = Ойстер-Бей

# events[korean_envoys].dispatch.text
event-korean_envoys-dispatch-text =
    У Кореи нет места в Портсмуте. Незадолго до конференции двое корейцев, Ли Сынман и его спутник Юн, явились к президенту в Ойстер-Бей просить за независимость своей страны; корейский император рассчитывает на добрые услуги, обещанные американским договором 1882 года. Рузвельт принял их с тёплыми словами, но письменной петиции не взял: она должна прийти дипломатическим путём.

# events[korean_envoys].note.text
event-korean_envoys-note =
    Ли Сынман и его спутник были приняты в Ойстер-Бее незадолго до конференции; Рузвельт не принял их петицию иначе как дипломатическим путём. Несколькими днями раньше, 14 (27) июля, Тафт и Кацура обсудили в Токио Корею. Точного дня встречи в Ойстер-Бее в прочитанных источниках нет: игра показывает её на первом заседании.

# events[china_not_at_the_table].title
event-china_not_at_the_table-title = Китай отсутствует

# events[china_not_at_the_table].dispatch.from
event-china_not_at_the_table-dispatch-from = Пекин

# events[china_not_at_the_table].dispatch.text
event-china_not_at_the_table-dispatch-text =
    Аренда Ляодуна и южная ветвь КВЖД — владения Китая, и только он вправе сдавать их в аренду и давать на них концессии, — а места в Портсмуте у Китая нет: всё, что переходит от России к Японии, потребует затем согласия Пекина.

# events[china_not_at_the_table].note.text
event-china_not_at_the_table-note =
    Китай не был стороной в Портсмуте, хотя статьи III–VII распоряжаются его провинциями, железными дорогами и арендами, каждая — «с согласия Китая». Это согласие пришло в японо-китайском договоре, подписанном в Пекине 9 (22) декабря 1905 года.

# events[roosevelt_appeal].title
event-roosevelt_appeal-title = Рузвельт обращается к царю

# events[roosevelt_appeal].dispatch.from
event-roosevelt_appeal-dispatch-from = Ойстер-Бей

# events[roosevelt_appeal].dispatch.text
event-roosevelt_appeal-dispatch-text =
    Президент вызвал барона Розена и телеграфировал послу Мейеру, чтобы тот повидал царя: он убеждает заключить мир на компромиссных условиях Японии — половина острова и плата за север, сумму которой он оставляет открытой.

# events[roosevelt_letter_to_kaneko].title
event-roosevelt_letter_to_kaneko-title = Письмо Рузвельта в Токио

# events[roosevelt_letter_to_kaneko].dispatch.from
event-roosevelt_letter_to_kaneko-dispatch-from = барон Канэко, Нью-Йорк

# events[roosevelt_letter_to_kaneko].dispatch.text
event-roosevelt_letter_to_kaneko-dispatch-text =
    Конфиденциальное письмо президента, для передачи по телеграфу в Токио: мировое общественное мнение не поддержит Японию, если та будет воевать дальше только ради денег. Он советует мир без контрибуции.

# events[roosevelt_letter_to_kaneko].note.text
event-roosevelt_letter_to_kaneko-note =
    Датированный факт, поэтому он случается в каждой игре. Позднейшие письма посредника, когда столица ему отказывает, придуманы игрой.

# events[tsar_orders_break_off].title
event-tsar_orders_break_off-title = Царь приказывает прервать переговоры

# events[tsar_orders_break_off].dispatch.from
event-tsar_orders_break_off-dispatch-from = Петергоф

# events[tsar_orders_break_off].dispatch.text
event-tsar_orders_break_off-dispatch-text = Его Величество повелевает вам прервать переговоры.

# events[tsar_orders_break_off].note.text
event-tsar_orders_break_off-note =
    Приказы царя прервать переговоры датируются примерно 9 (22) и 15 (28) августа; Витте не выполнил ни одного. Во сколько они обошлись терпению царя — решает игра.

# events[meyer_audience].title
event-meyer_audience-title = Аудиенция Мейера в Петергофе

# events[meyer_audience].dispatch.from
event-meyer_audience-dispatch-from = Петергоф

# events[meyer_audience].dispatch.text
event-meyer_audience-dispatch-text =
    Посол Мейер настойчиво передал призыв президента. Его Величество отвергает всякую плату, но в конце концов соглашается уступить южную половину Сахалина, занятую Японией.

# events[meyer_audience].note.text
event-meyer_audience-note =
    10 (23) августа Николай сказал послу Мейеру, что отдаст южную половину Сахалина, если за север ничего не будет уплачено. Позднее русские спорили о том, кто потерял остров. В Портсмуте никто не мог рассчитывать на его согласие: в игре он даёт его в большинстве партий, но не во всех (вероятность придумана). Витте объявил ответ Петербурга лишь на заседании 13 (26) августа; в игре он получает его в день аудиенции.

# events[meyer_audience].note.contested[1].says
event-meyer_audience-note-reading-1 = Салоны винили Витте: «граф Полусахалинский».

# events[meyer_audience].note.contested[2].says
event-meyer_audience-note-reading-2 = Юг отдал Мейеру сам царь.

# events[tsar_refuses_meyer].title
event-tsar_refuses_meyer-title = Царь отказывает Мейеру

# events[tsar_refuses_meyer].dispatch.from
event-tsar_refuses_meyer-dispatch-from = Петергоф

# events[tsar_refuses_meyer].dispatch.text
event-tsar_refuses_meyer-dispatch-text =
    Посол Мейер настойчиво передал призыв президента. Его Величество выслушивает его и не уступает ничего: ни пяди русской земли, ни копейки.

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    Этого не было. На аудиенции 10 (23) августа Николай отверг и контрибуцию, и всякую уступку земли и лишь в конце согласился отдать юг. В некоторых партиях он остаётся при своём отказе; Витте всё ещё может запросить разрешения телеграммой.

# events[lamsdorf_statement].title
event-lamsdorf_statement-title = Ламздорф: ни контрибуции, ни уступок

# events[lamsdorf_statement].dispatch.from
event-lamsdorf_statement-dispatch-from = Рейтер, Санкт-Петербург

# events[lamsdorf_statement].dispatch.text
event-lamsdorf_statement-dispatch-text =
    Граф Ламздорф официально заявляет, что Россия не заплатит никакой контрибуции, ни прямой, ни косвенной, и ничего не уступит.

# events[roosevelt_commission].title
event-roosevelt_commission-title = Рузвельт предлагает комиссию

# events[roosevelt_commission].dispatch.from
event-roosevelt_commission-dispatch-from = Ойстер-Бей

# events[roosevelt_commission].dispatch.text
event-roosevelt_commission-dispatch-text =
    Президент убеждает оба правительства передать вопрос о цене северного Сахалина комиссии, а не разрывать из-за него.

# events[tsar_second_telegram].title
event-tsar_second_telegram-title = Охраняйте честь России

# events[tsar_second_telegram].dispatch.from
event-tsar_second_telegram-dispatch-from = Петергоф

# events[tsar_second_telegram].dispatch.text
event-tsar_second_telegram-dispatch-text = Стойте на страже блага и чести России.

# events[tokyo_overrules_komura].title
event-tokyo_overrules_komura-title = Токио не даёт Комуре прервать переговоры

# events[tokyo_overrules_komura].dispatch.from
event-tokyo_overrules_komura-dispatch-from = Токио

# events[tokyo_overrules_komura].dispatch.text
event-tokyo_overrules_komura-dispatch-text =
    Ваше сообщение о том, что переговоры на грани срыва, получено. Не прерывайте: кабинет и старейшие государственные деятели обсуждают это.

# events[tokyo_overrules_komura].note.text
event-tokyo_overrules_komura-note =
    Телеграмма Комуры № 104 от 13 (26) августа сообщает, что Витте отверг любую плату, в какой бы форме она ни была, и иного предложения не имел, а потому переговоры должны провалиться. Токио не позволил ему прервать их: кабинет и старейшие государственные деятели собрались, и Комура попросил отложить заседание 15 (28) августа.

# events[cabinet_decides].title
event-cabinet_decides-title = Токио решает в пользу мира

# events[cabinet_decides].dispatch.from
event-cabinet_decides-dispatch-from = Токио

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    Кабинет и старейшие государственные деятели в присутствии императора: заключить мир даже без возмещения военных расходов.

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    Решение Токио заключить мир без денег Исии датирует 14 (27) августа, другие японские хронологии — 15 (28) августа; отчасти дело в четырнадцати часах разницы между Токио и Портсмутом.

# events[cabinet_decides].note.contested[1].says
event-cabinet_decides-note-reading-1 = 14 (27) августа, с поправкой в тот же день после его донесения о словах царя Мейеру.

# events[cabinet_decides].note.contested[2].says
event-cabinet_decides-note-reading-2 = 15 (28) августа, на совещании в присутствии императора.

# events[ishii_report].title
event-ishii_report-title = Что царь сказал Мейеру

# events[ishii_report].dispatch.from
event-ishii_report-dispatch-from = Токио

# events[ishii_report].dispatch.text
event-ishii_report-dispatch-text =
    От иностранной миссии узнаём, что царь сказал послу Мейеру, что отдаст южную половину Сахалина. Держитесь за юг.

# events[tsar_orders_again].title
event-tsar_orders_again-title = Царь отзывает Витте домой

# events[tsar_orders_again].dispatch.from
event-tsar_orders_again-dispatch-from = Петергоф

# events[tsar_orders_again].dispatch.text
event-tsar_orders_again-dispatch-text = Прекратите переговоры и возвращайтесь.

# events[roosevelt_advises_tokyo].title
event-roosevelt_advises_tokyo-title = Рузвельт снова давит на Токио

# events[roosevelt_advises_tokyo].dispatch.from
event-roosevelt_advises_tokyo-dispatch-from = барон Канэко, Нью-Йорк

# events[roosevelt_advises_tokyo].dispatch.text
event-roosevelt_advises_tokyo-dispatch-text =
    Президент снова пишет, для Токио: отвергая его совет, Япония рискует; американское сочувствие не переживёт войны ради денег.

# events[kaiser_presses_tsar].title
event-kaiser_presses_tsar-title = Кайзер давит на царя

# events[kaiser_presses_tsar].dispatch.from
event-kaiser_presses_tsar-dispatch-from = Берлин

# events[kaiser_presses_tsar].dispatch.text
event-kaiser_presses_tsar-dispatch-text = По просьбе президента кайзер Вильгельм убеждает Его Величество заключить мир.

# events[kaiser_presses_tsar].note.text
event-kaiser_presses_tsar-note =
    Рузвельт просил Вильгельма II надавить на Николая; даты в прочитанных источниках нет, и игра запускает это событие, лишь когда царь отказывает президенту.

# events[witte_recalled].title
event-witte_recalled-title = Витте отозван

# events[witte_recalled].dispatch.from
event-witte_recalled-dispatch-from = Петергоф

# events[witte_recalled].dispatch.text
event-witte_recalled-dispatch-text = Терпение царя иссякло: русская делегация отозвана и покидает Портсмут.

# events[credit_exhausted].title
event-credit_exhausted-title = Банкиры закрывают двери

# events[credit_exhausted].dispatch.from
event-credit_exhausted-dispatch-from = Токио

# events[credit_exhausted].dispatch.text
event-credit_exhausted-dispatch-text =
    Американские финансисты дают понять, что новых займов на продолжение войны не будет.

# events[credit_exhausted].note.text
event-credit_exhausted-note =
    Одна страница книги без названия сообщает, что американские финансисты сказали Японии: займов на продолжение войны больше не будет. Лучшие источники показывают, что кредит Японии укреплялся: её заём июля 1905 года был размещён в Лондоне, Нью-Йорке и Германии. Событие — допущение «что если» с придуманным порогом.

# events[army_at_full_strength].title
event-army_at_full_strength-title = Маньчжурская армия в полной силе

# events[army_at_full_strength].dispatch.from
event-army_at_full_strength-dispatch-from = Маньчжурия

# events[army_at_full_strength].dispatch.text
event-army_at_full_strength-dispatch-text =
    Русские армии у Сыпингая насчитывают теперь полмиллиона человек, и пулемётов у них вдесятеро больше, чем под Мукденом.

# events[american_press_turns].title
event-american_press_turns-title = Американская пресса поворачивается

# events[american_press_turns].dispatch.from
event-american_press_turns-dispatch-from = Нью-Йорк

# events[american_press_turns].dispatch.text
event-american_press_turns-dispatch-text = Американские газеты теперь изображают Японию воюющей дальше ради денег.

# events[american_press_turns].note.text
event-american_press_turns-note =
    Повернулось ли американское мнение — спорно. Игра позволяет ему повернуться, если показатель упадёт достаточно низко.

# events[american_press_turns].note.contested[1].says
event-american_press_turns-note-reading-1 =
    Коростовец видел, как американские газеты поворачивались к России, пока Витте обхаживал прессу.

# events[american_press_turns].note.contested[2].says
event-american_press_turns-note-reading-2 =
    Американское мнение всё время в целом оставалось на стороне Японии, несмотря на старания Витте.

# events[revolution_spreads].title
event-revolution_spreads-title = Революция ширится

# events[revolution_spreads].dispatch.from
event-revolution_spreads-dispatch-from = Санкт-Петербург

# events[revolution_spreads].dispatch.text
event-revolution_spreads-dispatch-text = Забастовки и мятежи ширятся; правительству нужны его солдаты дома.

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = Портсмутский мирный договор в подписанном виде

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    Договор подписан на военно-морской верфи 23 августа (5 сентября), незадолго до четырёх часов пополудни. Россия признаёт преобладающие интересы Японии в Корее и передаёт аренду Ляодуна, железную дорогу до Чанчуня и южный Сахалин — и не платит ни иены возмещения. Ни Корея, ни Китай договора не подписывают. 4 (17) ноября 1905 года Япония навязывает Корее договор о протекторате; 9 (22) декабря в Пекине Китай соглашается на передачу аренды и железной дороги; 22 августа 1910 года Япония аннексирует Корею. Теодор Рузвельт получает Нобелевскую премию мира 1906 года — первым из американцев. Россия и Япония, враги в 1905 году, в июле 1907 года подписывают рыболовную конвенцию и политическую конвенцию, секретные статьи которой делят Маньчжурию на русский север и японский юг и оставляют Японии свободу рук в Корее.

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    Публика ждала контрибуции и всего Сахалина: правительство так и не сказало ей, как близко Япония к концу своих денег, а теперь не публикует полных условий. 23 августа (5 сентября) запрещённый митинг в парке Хибия перерастает в беспорядки: громят полицейские будки, резиденцию министра внутренних дел и правительственную газету, объявлено военное положение. Император ратифицирует договор 1 (14) октября; кабинет Кацуры падает в январе 1906 года.

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 =
    Публика готова к скромному миру, и 1 (14) октября договор ратифицирован без беспорядков.

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 =
    Николай II ратифицирует договор в Петергофе 1 (14) октября. По возвращении Витте получает титул графа — и салоны называют его «графом Полусахалинским».

# outcomes[as_signed].note.text
outcome-as_signed-note =
    Подписан 23 августа (5 сентября) 1905 года Комурой, Такахирой, Витте и Розеном от имени двух императоров: пятнадцать статей и две дополнительные статьи. Ратифицирован обоими императорами 1 (14) октября; ратификационными грамотами обменялись в Вашингтоне 12 (25) ноября.

# outcomes[as_signed].note.contested[1].says
outcome-as_signed-note-reading-1 = Японский Тайный совет ратифицировал договор 27 сентября (10 октября), Россия — 1 (14) октября.

# outcomes[as_signed].note.contested[2].says
outcome-as_signed-note-reading-2 = Оба императора ратифицировали договор 1 (14) октября.

# outcomes[as_signed].note.contested[3].says
outcome-as_signed-note-reading-3 = Хибия: 17 убитых, более 2000 арестованных.

# outcomes[as_signed].note.contested[4].says
outcome-as_signed-note-reading-4 = Первые телеграммы: четверо бунтовщиков убиты, двести арестованы.

# outcomes[indemnity_treaty].title
outcome-indemnity_treaty-title = Договор с контрибуцией

# outcomes[indemnity_treaty].epilogue
outcome-indemnity_treaty-epilogue =
    Россия платит Японии за войну — то, чего сам Токио считал недостижимым от великой державы, на чью землю никто не вторгался. Деньги облегчают долги Японии; в России это запоминается как унижение.

# outcomes[indemnity_treaty].aftermath[1].text
outcome-indemnity_treaty-aftermath-1 = Токио ликует: жертвы оплачены.

# outcomes[indemnity_treaty].aftermath[2].text
outcome-indemnity_treaty-aftermath-2 =
    Царь, запретивший всякую плату, отказывается ратифицировать договор; весной война возобновляется.

# outcomes[indemnity_treaty].aftermath[3].text
outcome-indemnity_treaty-aftermath-3 = Царь с горечью ратифицирует договор; плата питает гнев революции.

# outcomes[north_bought_back].title
outcome-north_bought_back-title = Северный Сахалин выкуплен

# outcomes[north_bought_back].epilogue
outcome-north_bought_back-epilogue =
    Япония сохраняет юг Сахалина и продаёт север обратно России: формула частной беседы 5 (18) августа, когда Витте заговорил о разделе острова, а Комура назвал цену. Эти деньги — контрибуция во всём, кроме названия.

# outcomes[north_bought_back].aftermath[1].text
outcome-north_bought_back-aftermath-1 =
    Плата за север облегчает военные долги; публика ворчит из-за потери половины острова, но мирится.

# outcomes[north_bought_back].aftermath[2].text
outcome-north_bought_back-aftermath-2 =
    Петербург называл это замаскированной контрибуцией; уплата позорит правительство в разгар революции.

# outcomes[all_sakhalin].title
outcome-all_sakhalin-title = Япония получает весь Сахалин

# outcomes[all_sakhalin].epilogue
outcome-all_sakhalin-epilogue =
    Япония сохраняет весь остров, занятый ею в июле, а Россия ничего не платит. По некоторым свидетельствам, именно это Витте предложил 10 (23) августа; русские документы говорят только о юге.

# outcomes[all_sakhalin].aftermath[1].text
outcome-all_sakhalin-aftermath-1 = Весь Сахалин, но без денег: толпы, ждавшие и того и другого, всё равно бунтуют.

# outcomes[all_sakhalin].aftermath[2].text
outcome-all_sakhalin-aftermath-2 =
    Весь Сахалин — победа, которую публика видит на карте; договор проходит спокойно.

# outcomes[all_sakhalin].aftermath[3].text
outcome-all_sakhalin-aftermath-3 =
    Потерю всего острова — а с ним и пролива Лаперуза — Витте не простят до конца его жизни.

# outcomes[all_sakhalin].note.text
outcome-all_sakhalin-note = Предлагал ли Витте когда-либо весь Сахалин — спорно.

# outcomes[all_sakhalin].note.contested[1].says
outcome-all_sakhalin-note-reading-1 =
    10 (23) августа Витте предложил весь остров, если Япония откажется от денег; Комура отказал.

# outcomes[all_sakhalin].note.contested[2].says
outcome-all_sakhalin-note-reading-2 = Русские документы говорят только о юге.

# outcomes[portsmouth_variant].title
outcome-portsmouth_variant-title = Портсмутский мир на иных условиях

# outcomes[portsmouth_variant].epilogue
outcome-portsmouth_variant-epilogue =
    Сахалин разделён по 50-й параллели без платы, как в 1905 году, но другие статьи отличаются от договора, подписанного 23 августа (5 сентября). Разбор сравнивает их пункт за пунктом.

# outcomes[portsmouth_variant].aftermath[1].text
outcome-portsmouth_variant-aftermath-1 = Ни контрибуции, ни целого острова: как и в 1905 году, токийские толпы бунтуют.

# outcomes[portsmouth_variant].aftermath[2].text
outcome-portsmouth_variant-aftermath-2 = Договор ратифицирован без беспорядков.

# outcomes[portsmouth_variant].aftermath[3].text
outcome-portsmouth_variant-aftermath-3 =
    Россия ратифицирует договор; Витте винят за половину Сахалина и хвалят за то, что он ничего не заплатил.

# outcomes[no_sakhalin].title
outcome-no_sakhalin-title = Мир без Сахалина

# outcomes[no_sakhalin].epilogue
outcome-no_sakhalin-epilogue =
    Япония возвращает остров, завоёванный ею в июле, — как Токио в конце августа 1905 года и был готов сделать, если ничто иное не даст мира.

# outcomes[no_sakhalin].aftermath[1].text
outcome-no_sakhalin-aftermath-1 = Ни денег, ни Сахалина: ярость публики сильнее, чем в Хибии.

# outcomes[no_sakhalin].aftermath[2].text
outcome-no_sakhalin-aftermath-2 = Витте возвращается домой, не уступив ни пяди русской земли.

# outcomes[japan_breaks_off].title
outcome-japan_breaks_off-title = Япония прерывает переговоры: война возобновляется

# outcomes[japan_breaks_off].epilogue
outcome-japan_breaks_off-epilogue =
    Японская делегация покидает Портсмут. Война в Маньчжурии возобновляется против усиленной русской армии, а кредит Японии почти исчерпан.

# outcomes[japan_breaks_off].aftermath[1].text
outcome-japan_breaks_off-aftermath-1 =
    Публика рукоплещет твёрдости — пока не приходят списки потерь и налоговые счета.

# outcomes[japan_breaks_off].aftermath[2].text
outcome-japan_breaks_off-aftermath-2 = Россия воюет дальше, а за спиной у неё революция.

# outcomes[russia_breaks_off].title
outcome-russia_breaks_off-title = Россия уходит: война возобновляется

# outcomes[russia_breaks_off].epilogue
outcome-russia_breaks_off-epilogue =
    Русская делегация покидает Портсмут, как дважды приказывал царь. Куропаткин и другие генералы будут утверждать, что Россия, с каждой неделей всё более сильная в Маньчжурии, могла бы победить; резервы Японии были почти исчерпаны.

# outcomes[russia_breaks_off].aftermath[1].text
outcome-russia_breaks_off-aftermath-1 = Японии придётся собирать новые армии и новые займы.

# outcomes[russia_breaks_off].aftermath[2].text
outcome-russia_breaks_off-aftermath-2 = Россия воюет дальше, а дома ширятся забастовки и мятежи.

# outcomes[russia_breaks_off].note.text
outcome-russia_breaks_off-note =
    Николай дважды отзывал Витте домой. Куропаткин и другие позднее утверждали, что Россия, с каждой неделей всё более сильная в Маньчжурии, заключила мир слишком рано; японские источники подчёркивают, что резервы и кредит Японии были на исходе.

# outcomes[collapse].title
outcome-collapse-title = Переговоры сорваны: война возобновляется

# outcomes[collapse].epilogue
outcome-collapse-epilogue = Заседания заканчиваются без договора. Армии у Сыпингая возобновляют войну.

# outcomes[collapse].aftermath[1].text
outcome-collapse-aftermath-1 = Япония воюет дальше с почти пустой казной.

# outcomes[collapse].aftermath[2].text
outcome-collapse-aftermath-2 = Россия воюет дальше, а дома — революция.

## History

# history.note
history-note =
    Договор, подписанный 23 августа (5 сентября) 1905 года, и ходы, которые к нему привели, ход за ходом.

# history.script[1].note
history-step-1-note = Полномочий Комуры нет под рукой; порядок работы согласован.

# history.script[2].note
history-step-2-note = Витте просит открытых заседаний; конференция останавливается на секретности.

# history.script[3].note
history-step-3-note =
    Комура вручает двенадцать условий Японии; Витте соглашается отвечать постатейно.

# history.script[4].note
history-step-4-note = Русский ответ составляется за ночь.

# history.script[5].note
history-step-5-note =
    Письменный ответ Витте: Корея — в принципе, с тремя оговорками; эвакуация — только одновременная; железная дорога — лишь до японских позиций; правило о железных дорогах сделано взаимным; рыболовство — только у берегов. Сахалин, возмещение, суда и ограничение флота отвергнуты.

# history.script[6].note
history-step-6-note =
    Комура не допустит, чтобы свободу Японии в Корее связали; прения затягиваются до вечера.

# history.script[7].note
history-step-7-note =
    Статья о Корее составлена: режим наиболее благоприятствуемой нации для русских и никаких военных мер на границе; Маньчжурию обе стороны очищают одновременно.

# history.script[8].note
history-step-8-note = Статья о Корее и возвращение Маньчжурии Китаю согласованы.

# history.script[9].note
history-step-9-note = Комура доказывает, что остров занят Японией и должен остаться за ней.

# history.script[10].note
history-step-10-note =
    Аренда Ляодуна переходит к Японии при условии согласия Китая. По Сахалину Витте готов предложить японским подданным лишь право проживания и торговли.

# history.script[11].note
history-step-11-note =
    Комура отказывается; мнения обеих сторон занесены в протокол, и Сахалин отложен.

# history.script[12].note
history-step-12-note = Обе железные дороги служат лишь торговле; Япония просит линию до Чанчуня.

# history.script[13].note
history-step-13-note = Япония получает линию от Чанчуня до Порт-Артура; остальное остаётся за Россией.

# history.script[14].note
history-step-14-note = Комура настаивает на возмещении военных расходов.

# history.script[15].note
history-step-15-note =
    Утро, посвящённое возмещению: Россия не побеждена и не платила даже после Севастополя; она предлагает лишь плату за содержание пленных. Суда — отказ.

# history.script[16].note
history-step-16-note = Расхождение занесено в протокол.

# history.script[17].note
history-step-17-note =
    Рыболовство у берегов согласовано. Письменная нота Комуры: Япония снимет требования о судах и ограничении флота, если Россия проявит уступчивость в вопросах Сахалина и военных расходов. В последовавшей частной беседе Витте первым заговаривает о разделе острова; Комура называет 50-ю параллель и 1200 млн иен за север.

# history.script[18].note
history-step-18-note = Витте передаёт договорённость на усмотрение Петербурга.

# history.script[19].note
history-step-19-note = Заседание отложено: протоколы не готовы, а у Витте нет инструкций.

# history.script[20].note
history-step-20-note = Витте оставляет без исполнения приказ царя прервать переговоры.

# history.script[21].note
history-step-21-note = Токио приветствует призыв президента; Япония официально вносит свой компромисс.

# history.script[22].note
history-step-22-note = Россия ничего не заплатит за север.

# history.script[23].note
history-step-23-note =
    Ответ Петербурга: никакой платы ни в какой форме, и иного предложения у Витте нет. Он расплатился по счёту в гостинице. (Лишь Коростовец говорит, что в этот день был предложен юг.)

# history.script[24].note
history-step-24-note =
    Комура телеграфирует, что переговоры обречены, и просит отсрочки.

# history.script[25].note
history-step-25-note = Наедине Комура просит ответа России.

# history.script[26].note
history-step-26-note =
    Витте зачитывает последнее слово царя: никакой платы, но юг острова, занятый Японией, можно уступить, если север будет возвращён даром.

# history.script[27].note
history-step-27-note =
    Япония отказывается от денег; Россия уступает Сахалин к югу от 50° с. ш. Комура называет этот день «Минатогава» — последний бой верных.

## Treaty form

# treaty_form.title
treaty-title = Мирный договор между Японией и Россией

# treaty_form.japan.sovereign
treaty-japan-sovereign = Его Величество Император Японии

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = барон Комура Дзютаро

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office =
    дзюсамми, кавалер ордена Восходящего солнца 1-й степени, Его министр иностранных дел

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = Такахира Когоро

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office =
    дзюсамми, кавалер ордена Священного сокровища 1-й степени, Его чрезвычайный посланник и полномочный министр в Соединённых Штатах Америки

# treaty_form.russia.sovereign
treaty-russia-sovereign = Его Величество Император Всероссийский

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = Сергей Юльевич Витте

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office = Его статс-секретарь и председатель Комитета министров Российской империи

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = барон Роман Розен

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office =
    гофмейстер Высочайшего двора, Его чрезвычайный и полномочный посол в Соединённых Штатах Америки

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

# treaty_form.articles[manchuria].title
treaty-article-manchuria-title = Эвакуация Маньчжурии и возвращение её Китаю

# treaty_form.articles[open_door].title
treaty-article-open_door-title = Торговля и промышленность в Маньчжурии

# treaty_form.articles[liaodong].title
treaty-article-liaodong-title = Аренда Ляодуна: Порт-Артур и Дальний

# treaty_form.articles[railway].title
treaty-article-railway-title = Железная дорога от Чанчуня до Порт-Артура

# treaty_form.articles[commercial_railways].title
treaty-article-commercial_railways-title = Железные дороги только для торговли

# treaty_form.articles[junction].title
treaty-article-junction-title = Стыковое железнодорожное сообщение

# treaty_form.articles[junction].parts[1]
treaty-article-junction-text-1 =
    Для развития и облегчения сношений и перевозок Япония и Россия заключат в возможно скором времени особую конвенцию, регулирующую стыковое сообщение их железных дорог в Маньчжурии.

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = Сахалин

# treaty_form.articles[residents].title
treaty-article-residents-title = Жители уступленной территории

# treaty_form.articles[residents].parts[1]
treaty-article-residents-text-1 =
    Русские подданные, живущие на территории, уступленной Японии, могут продать своё недвижимое имущество и вернуться на родину; оставшись, они сохраняют свои промыслы и права собственности, подчиняясь японским законам и юрисдикции. Япония может лишить права проживания или выслать жителей, ограниченных в политических или административных правах, но будет полностью уважать их права собственности.

# treaty_form.articles[warships].title
treaty-article-warships-title = Интернированные суда

# treaty_form.articles[naval_limit].title
treaty-article-naval_limit-title = Морские силы на Дальнем Востоке

# treaty_form.articles[fishing].title
treaty-article-fishing-title = Права на рыболовство

# treaty_form.articles[commerce].title
treaty-article-commerce-title = Торговля до нового договора

# treaty_form.articles[commerce].parts[1]
treaty-article-commerce-text-1 =
    Поскольку договор о торговле и мореплавании аннулирован войной, Япония и Россия до заключения нового договора на основе договора, действовавшего до войны, предоставляют друг другу режим наиболее благоприятствуемой нации в отношении ввозных и вывозных пошлин, таможенных формальностей, транзитных и корабельных сборов, а также допуска и обращения с агентами, подданными и судами другой стороны.

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = Военнопленные

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    Возможно скорее по вступлении договора в силу все военнопленные взаимно возвращаются, причём каждое правительство назначает особого комиссара для их приёма.

# treaty_form.articles[ratification].title
treaty-article-ratification-title = Ратификация

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    Настоящий договор будет ратифицирован Их Величествами Императором Японии и Императором Всероссийским. О каждой ратификации возможно скорее и не позднее пятидесяти дней со дня подписания извещается другое правительство через французского посланника в Токио и посла Соединённых Штатов в Санкт-Петербурге; договор вступает в полную силу с последнего извещения. Ратификационные грамоты будут официально обменены в Вашингтоне возможно скорее.

# treaty_form.articles[languages].title
treaty-article-languages-title = Английский и французский тексты

# treaty_form.articles[languages].parts[1]
treaty-article-languages-text-1 =
    Настоящий договор будет подписан в двух экземплярах на английском и французском языках. Оба текста вполне тождественны; в случае разногласия в толковании решающую силу имеет французский текст.

# treaty_form.additional[evacuation_terms].title
treaty-additional-evacuation_terms-title = Вывод войск из Маньчжурии

# treaty_form.additional[evacuation_terms].parts[1]
treaty-additional-evacuation_terms-text-1 =
    Япония и Россия одновременно начинают вывод своих войск из Маньчжурии тотчас по вступлении договора в силу и завершают его в течение восемнадцати месяцев, кроме арендованной территории Ляодунского полуострова; первыми отходят войска передовых позиций. Каждая сторона может содержать охрану для защиты своих железнодорожных линий в Маньчжурии, не более пятнадцати человек на километр, причём командующие по общему соглашению устанавливают её численность столь малой, сколь позволяют действительные нужды; подробности эвакуации согласуют командующие.

# treaty_form.additional[demarcation].title
treaty-additional-demarcation-title = Граница на Сахалине

# treaty_form.additional[demarcation].parts[1]
treaty-additional-demarcation-text-1 =
    Возможно скорее по вступлении договора в силу разграничительная комиссия из равного числа членов от каждой стороны обозначит на месте и навсегда границу между японскими и русскими владениями на Сахалине. Граница идёт по пятидесятой параллели, насколько позволяет местность, причём всякое отклонение возмещается соответствующим отклонением в другом месте; комиссия составляет список и описание уступленных прилегающих островов и подписывает карты границы. Её работа подлежит утверждению обеих сторон.

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
glossary-3-term = Маньчжурия

# glossary[3].means
glossary-3-means =
    Северо-восток Китайской империи, где шли великие сухопутные сражения войны; в августе 1905 года обе армии всё ещё стояли там.

# glossary[4].term
glossary-4-term = эвакуация

# glossary[4].means
glossary-4-means =
    Вывод армии с занятой ею земли: обе армии должны были покинуть Маньчжурию в течение восемнадцати месяцев, кроме аренды Ляодуна.

# glossary[5].term
glossary-5-term = возвращение Китаю

# glossary[5].means
glossary-5-means =
    Передача занятых армиями частей Маньчжурии обратно под управление китайского правительства.

# glossary[6].term
glossary-6-term = открытые двери

# glossary[6].means
glossary-6-means =
    Равные возможности для торговли всех стран в Маньчжурии: ни одна держава не может вытеснить другие.

# glossary[7].term
glossary-7-term = аренда Ляодуна

# glossary[7].means
glossary-7-means =
    Оконечность Ляодунского полуострова с Порт-Артуром и Дальним, сданная Китаем в аренду России; договор передал аренду Японии.

# glossary[8].term
glossary-8-term = Ляодун

# glossary[8].means
glossary-8-means =
    Полуостров на юге Маньчжурии, вдающийся в Жёлтое море; на его оконечности стоит Порт-Артур.

# glossary[9].term
glossary-9-term = аренда

# glossary[9].means
glossary-9-means =
    Земля, взятая у владельца внаём на определённый срок: Россия арендовала у Китая оконечность Ляодунского полуострова.

# glossary[10].term
glossary-10-term = Порт-Артур

# glossary[10].means
glossary-10-means =
    Военно-морская база России на оконечности Ляодунского полуострова; после долгой осады пала перед Японией 20 декабря 1904 (2 января 1905) года.

# glossary[11].term
glossary-11-term = Дальний

# glossary[11].means
glossary-11-means =
    Торговый порт рядом с Порт-Артуром; русские называли его Дальним, китайцы — Далянем.

# glossary[12].term
glossary-12-term = Далянь

# glossary[12].means
glossary-12-means = Китайское название Дальнего, торгового порта рядом с Порт-Артуром.

# glossary[13].term
glossary-13-term = Китайская Восточная железная дорога

# glossary[13].means
glossary-13-means =
    Железная дорога, построенная Россией через Маньчжурию до Владивостока на земле, предоставленной Китаем; от Харбина на юг к Порт-Артуру шла ветка.

# glossary[14].term
glossary-14-term = южная ветвь КВЖД

# glossary[14].means
glossary-14-means =
    Ветка Китайской Восточной железной дороги от Харбина на юг до Порт-Артура (южная ветка КВЖД); договор отдал Японии её часть от Чанчуня и южнее.

# glossary[15].term
glossary-15-term = Сыпингай

# glossary[15].means
glossary-15-means =
    Станция на железной дороге между Мукденом и Чанчунем, где русская армия окопалась после поражения под Мукденом.

# glossary[16].term
glossary-16-term = Харбин

# glossary[16].means
glossary-16-means =
    Построенный русскими железнодорожный город в Северной Маньчжурии, где линия на Порт-Артур отходила от главной линии на Владивосток.

# glossary[17].term
glossary-17-term = Чанчунь

# glossary[17].means
glossary-17-means =
    Город в центральной Маньчжурии, где договор перерезал южную ветвь КВЖД: Япония получила линию южнее него.

# glossary[18].term
glossary-18-term = Мукден

# glossary[18].means
glossary-18-means =
    Главный город Южной Маньчжурии, где Япония выиграла крупнейшее сухопутное сражение войны в феврале–марте 1905 года.

# glossary[19].term
glossary-19-term = Сахалин

# glossary[19].means
glossary-19-means =
    Длинный остров к северу от Японии; японские войска заняли его в июле 1905 года, и по договору Японии отошла его половина к югу от 50-й параллели.

# glossary[20].term
glossary-20-term = 50-я параллель

# glossary[20].means
glossary-20-means = Линия 50 градусов северной широты; по ней договор разделил Сахалин.

# glossary[21].term
glossary-21-term = возмещение

# glossary[21].means
glossary-21-means =
    Слово, которым Япония называла деньги, требуемые ею от России в счёт военных расходов; выбрано вместо «контрибуции» по совету Рузвельта.

# glossary[22].term
glossary-22-term = контрибуция

# glossary[22].means
glossary-22-means =
    Деньги, которые побеждённая страна платит победителю после войны; Россия заявляла, что не побеждена, и не собиралась платить ни копейки.

# glossary[23].term
glossary-23-term = военные расходы

# glossary[23].means
glossary-23-means =
    Сколько Япония израсходовала на войну — около 1716 млн иен, почти годовой доход всей страны.

# glossary[24].term
glossary-24-term = содержание пленных

# glossary[24].means
glossary-24-means =
    Расходы каждой стороны на питание и размещение пленных другой стороны; только их Россия и предлагала возместить.

# glossary[25].term
glossary-25-term = интернированные суда

# glossary[25].means
glossary-25-means =
    Русские военные суда, укрывшиеся в нейтральных портах и задержанные там до конца войны; Япония требовала их, а затем сняла требование.

# glossary[26].term
glossary-26-term = ограничение флота

# glossary[26].means
glossary-26-means =
    Предел числа военных судов, которые Россия могла держать на Тихом океане; Япония сняла это требование.

# glossary[27].term
glossary-27-term = права на рыболовство

# glossary[27].means
glossary-27-means =
    Разрешение японским рыбакам ловить рыбу у тихоокеанских берегов России; договор обещал берега, но не реки.

# glossary[28].term
glossary-28-term = уполномоченный

# glossary[28].means
glossary-28-means =
    Дипломат, облечённый полной властью вести переговоры и подписывать от имени своего правительства; Комура и Витте были первыми уполномоченными.

# glossary[29].term
glossary-29-term = ратификация

# glossary[29].means
glossary-29-means =
    Официальное утверждение подписанного договора правительством; оба императора ратифицировали этот договор 1 (14) октября 1905 года.

# glossary[30].term
glossary-30-term = ратифицирован

# glossary[30].means
glossary-30-means =
    Официально утверждён правительством своей страны; оба императора ратифицировали договор 1 (14) октября 1905 года.

# glossary[31].term
glossary-31-term = царь

# glossary[31].means
glossary-31-means = Император России Николай II; он дважды приказывал Витте прервать переговоры.

# glossary[32].term
glossary-32-term = Ойстер-Бей

# glossary[32].means
glossary-32-means =
    Летняя резиденция Рузвельта на Лонг-Айленде (штат Нью-Йорк), откуда он следил за переговорами.

# glossary[33].term
glossary-33-term = ст. ст.

# glossary[33].means
glossary-33-means =
    Старый стиль: юлианский календарь, которым Россия пользовалась в 1905 году; он отставал от западного на тринадцать дней. Русские даты в игре даются по старому стилю, в скобках — по новому: договор подписан 23 августа ст. ст. (5 сентября).

# glossary[34].term
glossary-34-term = Петергоф

# glossary[34].means
glossary-34-means =
    Дворец царя у моря близ Петербурга, где Николай II 10 (23) августа принял посла Мейера; оттуда царь отвечал Витте.

# glossary[35].term
glossary-35-term = Минатогава

# glossary[35].means
glossary-35-means =
    Название битвы, ставшее в Японии символом последнего боя верных; говорят, Комура так назвал день соглашения.

# glossary[36].term
glossary-36-term = безусловно необходимое

# glossary[36].means
glossary-36-means =
    Первый разряд требований в японских инструкциях от 17 (30) июня 1905 года: условия любого мира, от которых Комура не должен был отказываться.

# glossary[37].term
glossary-37-term = относительно необходимое

# glossary[37].means
glossary-37-means =
    Второй разряд требований в японских инструкциях от 17 (30) июня 1905 года: добиваться их, насколько позволят обстоятельства.
