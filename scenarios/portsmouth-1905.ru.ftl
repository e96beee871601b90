### Translation of the scenario scenarios/portsmouth-1905.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/portsmouth-1905.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Портсмутский мир, 1905

# description
description =
    Двенадцать заседаний на военно-морской верфи в Портсмуте, 9–29 августа 1905 года. Япония выиграла все сражения, но у неё кончаются деньги и люди; Россия потеряла флоты, но не армию, а дома ей грозит революция. Теодор Рузвельт посредничает из Ойстер-Бея. На столе — Корея, Маньчжурия, Сахалин и деньги.

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
    Ваши инструкции, принятые кабинетом 30 июня и утверждённые императором 5 июля, делят цели Японии на три разряда. БЕЗУСЛОВНО НЕОБХОДИМО: Корея предоставляется в полное распоряжение Японии; русские войска уходят из Маньчжурии, японские — одновременно с ними; аренда Ляодуна и железная дорога от Харбина до Порт-Артура передаются Японии. ОТНОСИТЕЛЬНО НЕОБХОДИМО, добиваться, насколько позволят обстоятельства: возмещение военных расходов; русские военные суда, интернированные в нейтральных портах; Сахалин, занятый нашей армией в июле; права на рыболовство у русских берегов. ПРЕДМЕТЫ ТОРГА, от которых можно отказаться: ограничение русского флота на Тихом океане. Токио понимает, что великая держава, на чью территорию мы не вторглись, едва ли заплатит контрибуцию, но держит это при себе. Война стоила около 1700 млн иен при национальном доходе немногим более 2000 млн иен; ещё одного года войны наш кредит не выдержит. Инструкции не называют суммы: возмещение предстоит определить позднее. Относительно необходимые пункты они оставляют на ваше усмотрение, насколько позволят обстоятельства, но игра держится того, что было: полный отказ от денег решался в Токио, кабинетом и старейшими государственными деятелями, поэтому за ним вы должны телеграфировать домой. За вашей спиной: Такахаси Корэкиё с мая 1904 года разместил четыре внешних займа — последний, на 30 млн фунтов, в июле, в Лондоне, Нью-Йорке и Германии, — а Якоб Шифф из «Кун, Лёб и К°» продаёт японские облигации в Нью-Йорке; барон Канэко Кэнтаро, однокашник Рузвельта по Гарварду, всю войну выступал и писал в пользу Японии в Америке и служит вам связью с президентом; а 27 июля премьер-министр Кацура и американский военный министр Тафт обсудили в Токио Корею и Филиппины, и Рузвельт подтвердил слова Тафта. Дома правительство так и не сказало публике, как близко оно к концу своих денег и людей: газеты и группа токийских профессоров, среди них Томидзу Хирондо, требуют трёх миллиардов иен, Сахалина, Камчатки и Приморской области.

# parties.japan.public_position
japan-public_position =
    Двенадцать условий Японии, вручённых 10 августа: Корея, Маньчжурия, аренда Ляодуна и её железная дорога, Сахалин, возмещение военных расходов, интернированные суда, ограничение русского флота и права на рыболовство.

# parties.japan.no_treaty.text
japan-no_treaty =
    Война в Маньчжурии возобновляется против русской армии, которая растёт с каждой неделей, и оплачивать её приходится займами, которых Япония больше не может получить.

# parties.japan.red_lines[korea_free_disposal].text
japan-red_line-korea_free_disposal-text =
    Корея должна быть целиком предоставлена в распоряжение Японии (безусловно необходимо)

# parties.japan.red_lines[manchuria_evacuated].text
japan-red_line-manchuria_evacuated-text = Русские войска должны уйти из Маньчжурии (безусловно необходимо)

# parties.japan.red_lines[lease_and_railway].text
japan-red_line-lease_and_railway-text =
    Аренда Ляодуна и южная железная дорога должны перейти к Японии (безусловно необходимо)

# parties.japan.red_lines[war_costs].text
japan-red_line-war_costs-text =
    Не отказываться от возмещения военных расходов без решения Токио (относительно необходимо; деньгами или как плата за северный Сахалин)

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    Токио, после совещания кабинета и старейших государственных деятелей: можете заключить мир без возмещения военных расходов.

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = Токио: возмещение остаётся непременным. Держитесь его.

# parties.japan.red_lines[keep_sakhalin].text
japan-red_line-keep_sakhalin-text =
    Не отказываться от острова, который занимает Япония, без разрешения Токио (относительно необходимо); с 28 августа — обеспечить по меньшей мере половину

# parties.japan.red_lines[keep_sakhalin].cable.yes
japan-red_line-keep_sakhalin-cable-yes = Токио: если ничто иное не даст мира, можете отказаться от Сахалина.

# parties.japan.red_lines[keep_sakhalin].cable.no
japan-red_line-keep_sakhalin-cable-no = Токио: вам надлежит обеспечить половину острова.

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
    Письменная нота Комуры от 18 августа: Япония откажется от интернированных судов и ограничения русского флота, если Россия пойдёт ей навстречу в вопросах Сахалина и военных расходов.

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
    Его Величество запрещает вам уступать хотя бы пядь русской земли, платить хотя бы копейку в какой бы то ни было форме и соглашаться на ограничение русских сил на Дальнем Востоке. Инструкции графа Ламздорфа объясняют, почему важен Сахалин: Япония у пролива Лаперуза почти закрыла бы Японское море, а остров стережёт устье Амура. Собственный доклад графа Ламздорфа уже считает положение России в Корее потерянным, если нужен мир. Всё прочее — на ваше собственное усмотрение, и Петербург может от него отречься: вы полагаете, что можно уступить Корею, эвакуацию Маньчжурии, если уйдёт и Япония, аренду Ляодуна, южную железную дорогу до пункта, занятого японскими войсками, рыболовство вдоль берегов и содержание пленных, — но телеграмма из столицы называет неприемлемыми даже железную дорогу и права на рыболовство. Россия исчерпала свой кредит за границей — в Нью-Йорке Якоб Шифф из «Кун, Лёб и К°», помогающий размещать японские займы, не пускает американские деньги к России, пока царское правительство преследует евреев, — и дома тлеет революция; но армия у Сыпингая крепнет с каждой неделей, и государь скорее будет воевать дальше, чем платить.

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
russia-press-open_sessions-label = Требовать открытых заседаний

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
    Президент убеждает царя заключить мир на японских условиях от 18 августа: разделить Сахалин по 50-й параллели и заплатить за возвращение севера, а Япония откажется от требования возместить военные расходы. Суммы он не называет; условия на столе содержат японскую цену — 1200 млн иен.

# mediator.proposals[commission_for_the_north].title
mediator-proposal-commission_for_the_north-title = Комиссия для оценки севера

# mediator.proposals[commission_for_the_north].text
mediator-proposal-commission_for_the_north-text =
    Президент предлагает передать вопрос о цене северного Сахалина комиссии, чтобы конференция не сорвалась из-за цифры.

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = Южный Сахалин и содержание пленных

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    Президент пишет Витте: уступите южный Сахалин, возместите содержание пленных — и берите мир.

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
session-7-note = {"["}BRK-A][UTAH-0817][ILYIN][KOJ-119]

# sessions[8].title
session-8-title = Ограничение флота; рыболовство; компромисс Комуры

# sessions[8].note
session-8-note = Отложено до 22 августа. [BRK-A][NH-049][NH-050][ISHII][KOJ-123]

# sessions[9].title
session-9-title = После перерыва: заседание отложено

# sessions[9].note
session-9-note =
    Источники расходятся: у Бринкли конференция отложена до 22 августа, 3 часа пополудни; телеграмма от 23-го сообщает, что заседание отложили, так как протоколы не были готовы, а у Витте не было инструкций. Игра оставляет этот день как ход неофициальных контактов; в 1905 году за столом ничего решено не было. [BRK-A][NZMAIL-0830]

# sessions[10].title
session-10-title = Компромисс Японии внесён на стол

# sessions[10].note
session-10-note = {"["}OREG][NZMAIL-0830][KOJ-134]

# sessions[11].title
session-11-title = Никакой платы ни в какой форме

# sessions[11].note
session-11-note =
    Витте отказывается от платы в любой форме и, согласно телеграмме Комуры № 104 того же вечера, иного предложения не имеет; лишь Коростовец относит к этому дню предложение уступить юг. Витте уже расплатился по счёту в гостинице. [WJ-0826][LETOP][OREG][KOR][S0]

# sessions[12].title
session-12-title = Последнее заседание

# sessions[12].note
session-12-note =
    Частная встреча в 9:30, официальное заседание в 10:55. Источники расходятся в том, кто заговорил первым: Витте прочёл ноту с предложением уступить юг без платы — или Комура предложил отказаться от денег за половину острова. [PPT-P][KOJ-134][NH-053][KOR]

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
    Статья II признала преобладающие политические, военные и экономические интересы Японии в Корее, с режимом наиболее благоприятствуемой нации для русских и без военных мер на границе. Корею Японии она не отдавала: договор о протекторате последовал 17 ноября 1905 года, аннексия — 22 августа 1910 года. У Кореи не было голоса в Портсмуте; петицию её посланцев Рузвельт не принял.

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
article-sakhalin-option-south_and_payment-label = Юг уступлен; север выкуплен за 1200 млн иен

# articles[sakhalin].options[south_and_payment].clause
article-sakhalin-option-south_and_payment-clause =
    Россия уступает Сахалин к югу от 50-й параллели; Япония возвращает север за 1200 млн иен; проливы остаются свободными.

# articles[sakhalin].options[south_and_commission].label
article-sakhalin-option-south_and_commission-label = Юг уступлен; цену севера определяет комиссия

# articles[sakhalin].options[south_and_commission].clause
article-sakhalin-option-south_and_commission-clause =
    Россия уступает Сахалин к югу от 50-й параллели; комиссия определяет сумму, которую Россия платит за возвращение севера.

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = Уступка юга от 50° с. ш.

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    Россия уступает Японии в вечное и полное владение южную часть Сахалина и прилегающие к ней острова со всеми находящимися там общественными сооружениями и имуществом; северной границей служит 50-я параллель северной широты, точная линия которой определяется согласно дополнительной статье. Ни одна из сторон не укрепляет своей части острова и прилегающих островов и не принимает военных мер, которые могли бы стеснить свободное плавание по проливам Лаперуза и Татарскому.

# articles[sakhalin].options[residence_rights].label
article-sakhalin-option-residence_rights-label = Остров остаётся русским; японцы могут селиться и торговать

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
    18 августа: Витте в частной беседе заговорил о разделе острова; Комура назвал 50-ю параллель и 1200 млн иен за север.

# articles[sakhalin].note.contested[2].says
article-sakhalin-note-reading-2 =
    18 августа: Рузвельт поручил Розену предложить раздел; 23 августа: Витте предложил весь Сахалин за отказ от денег.

# articles[sakhalin].note.contested[3].says
article-sakhalin-note-reading-3 = 23 августа: Россия лишь отказалась платить за север.

# articles[sakhalin].note.contested[4].says
article-sakhalin-note-reading-4 = 26 августа: русская нота предложила занятый японцами юг.

# articles[sakhalin].note.contested[5].says
article-sakhalin-note-reading-5 =
    26 августа, телеграмма Комуры № 104: Витте отказался от платы в любой форме и иного предложения не имел.

# articles[sakhalin].note.contested[6].says
article-sakhalin-note-reading-6 = 29 августа: Витте прочёл ноту царя, предлагавшую юг даром; Комура согласился.

# articles[sakhalin].note.contested[7].says
article-sakhalin-note-reading-7 = 29 августа: Комура предложил отказаться от контрибуции за половину острова.

# articles[liaodong].group
article-liaodong-group = Маньчжурия

# articles[liaodong].title
article-liaodong-title = Аренда Ляодуна

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
    Статья V передаёт аренду Порт-Артура и Дальнего Японии с согласия Китая — которое Китай дал Пекинским договором от 22 декабря 1905 года, подписанным за Японию Комурой. Статья энциклопедии утверждает, что Россия должна была вернуть свои аренды Китаю: это ошибка, и вариант с возвращением аренды Китаю придуман игрой.

# articles[southern_railway].group
article-southern_railway-group = Маньчжурия

# articles[southern_railway].title
article-southern_railway-title = Южная железная дорога

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
    Япония просила «возмещения» действительных военных расходов, а не «контрибуции», с тем чтобы сумму определить позднее; инструкции относят его к относительно необходимому и оставляют предел незаполненным. 1200 млн иен — цена, названная 18 августа за возвращение северного Сахалина; меньшие ступени придуманы игрой. Статья XIII обязывает Россию возместить лишь разницу в расходах на содержание пленных.

# articles[reparations].note.contested[1].says
article-reparations-note-reading-1 = Официальный текст оставляет предел незаполненным: «___ сот миллионов иен».

# articles[reparations].note.contested[2].says
article-reparations-note-reading-2 =
    Некоторые историки называют безвозмездную передачу железной дороги, копей и аренды возмещением в натуре.

# articles[warships].group
article-warships-group = Флот

# articles[warships].title
article-warships-title = Интернированные суда

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
    Снято Японией после ноты Комуры от 18 августа, как и требование об интернированных судах. Источники расходятся в разряде требования: «дополнительное» в инструкциях, «относительно необходимое» в списке по Кодзиме.

# articles[naval_limit].note.contested[1].says
article-naval_limit-note-reading-1 = Предмет торга, на усмотрение уполномоченного.

# articles[naval_limit].note.contested[2].says
article-naval_limit-note-reading-2 = Относительно необходимо.

# articles[fishing].group
article-fishing-group = Рыболовство

# articles[fishing].title
article-fishing-title = Права на рыболовство

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
event-warships_to_kamchatka-dispatch-from = Телеграммы печати

# events[warships_to_kamchatka].dispatch.text
event-warships_to_kamchatka-dispatch-text =
    Japanese warships are reported sent to Kamchatka and the Sea of Okhotsk.

# events[alliance_renewed].title
event-alliance_renewed-title = The Anglo-Japanese alliance renewed

# events[alliance_renewed].dispatch.from
event-alliance_renewed-dispatch-from = London

# events[alliance_renewed].dispatch.text
event-alliance_renewed-dispatch-text =
    Lord Lansdowne and Minister Hayashi sign a renewed alliance between Britain and Japan, extended to ten years.

# events[jewish_leaders_call_on_witte].title
event-jewish_leaders_call_on_witte-title = American Jewish leaders call on Witte

# events[jewish_leaders_call_on_witte].dispatch.from
event-jewish_leaders_call_on_witte-dispatch-from = Portsmouth

# events[jewish_leaders_call_on_witte].dispatch.text
event-jewish_leaders_call_on_witte-dispatch-text =
    Witte receives five American Jewish leaders — Jacob Schiff, Oscar Straus, Isaac Seligman, Adolph Lewisohn and Adolf Kraus — on the rights of Russia's Jews. Schiff, whose firm has helped float Japan's war loans, tells him that while the Tsar's government persecutes the Jews it will not raise a kopeck in the United States.

# events[jewish_leaders_call_on_witte].note.text
event-jewish_leaders_call_on_witte-note =
    The visitors came as Jewish leaders, not as bankers, about the rights of Russia's Jews. Schiff had helped float Japan's war loans and had kept American bankers from Russia's. Witte agreed in principle to equal rights, but gradually; the sizes of the event's effects are the game's.

# events[peasant_congress].title
event-peasant_congress-title = Peasant congress in Moscow

# events[peasant_congress].dispatch.from
event-peasant_congress-dispatch-from = Moscow

# events[peasant_congress].dispatch.text
event-peasant_congress-dispatch-text = A congress of peasants meets in Moscow and demands reforms.

# events[kaneko_reports_deadlock].title
event-kaneko_reports_deadlock-title = Kaneko carries word of deadlock

# events[kaneko_reports_deadlock].dispatch.from
event-kaneko_reports_deadlock-dispatch-from = Baron Kaneko, New York

# events[kaneko_reports_deadlock].dispatch.text
event-kaneko_reports_deadlock-dispatch-text =
    At Baron Komura's request I go to Oyster Bay to tell the President the conference is deadlocked on Sakhalin and the money, and to ask him to press the Tsar.

# events[duma_manifesto].title
event-duma_manifesto-title = The Duma manifesto

# events[duma_manifesto].dispatch.from
event-duma_manifesto-dispatch-from = St Petersburg

# events[duma_manifesto].dispatch.text
event-duma_manifesto-dispatch-text = An imperial manifesto establishes a consultative State Duma.

# events[korean_envoys].title
event-korean_envoys-title = Korea's petition, unheard

# events[korean_envoys].dispatch.from
event-korean_envoys-dispatch-from = Oyster Bay

# events[korean_envoys].dispatch.text
event-korean_envoys-dispatch-text =
    Korea has no seat at Portsmouth. On the eve of the conference two Koreans, Syngman Rhee and his companion Yoon, called on the President at Oyster Bay to plead for their country's independence; Korea's Emperor counts on the good offices promised in the American treaty of 1882. Roosevelt received them with warm words but would not take their written petition: it must come through diplomatic channels.

# events[korean_envoys].note.text
event-korean_envoys-note =
    Syngman Rhee and his companion were received at Oyster Bay on the eve of the conference; Roosevelt would not take their petition except through diplomatic channels. Days before, on 27 July, Taft and Katsura had talked over Korea in Tokyo. The exact day of the Oyster Bay meeting is not in the sources read: the game shows it at the first session.

# events[china_not_at_the_table].title
event-china_not_at_the_table-title = China, absent

# events[china_not_at_the_table].dispatch.from
event-china_not_at_the_table-dispatch-from = Peking

# events[china_not_at_the_table].dispatch.text
event-china_not_at_the_table-dispatch-text =
    The Liaodong lease and the southern railway are China's to lease and to grant, yet China has no seat at Portsmouth: whatever passes from Russia to Japan needs Peking's consent afterwards.

# events[china_not_at_the_table].note.text
event-china_not_at_the_table-note =
    China was not a party at Portsmouth though Articles III to VII dispose of its provinces, railways and leases, each 'with China's consent'. That consent came in the Japan–China treaty signed at Peking on 22 December 1905.

# events[roosevelt_appeal].title
event-roosevelt_appeal-title = Roosevelt appeals to the Tsar

# events[roosevelt_appeal].dispatch.from
event-roosevelt_appeal-dispatch-from = Oyster Bay

# events[roosevelt_appeal].dispatch.text
event-roosevelt_appeal-dispatch-text =
    The President has summoned Baron Rosen and cabled Ambassador Meyer to see the Tsar: he urges peace on Japan's compromise terms — half the island, and a payment for the north whose sum he leaves open.

# events[roosevelt_letter_to_kaneko].title
event-roosevelt_letter_to_kaneko-title = Roosevelt's letter to Tokyo

# events[roosevelt_letter_to_kaneko].dispatch.from
event-roosevelt_letter_to_kaneko-dispatch-from = Baron Kaneko, New York

# events[roosevelt_letter_to_kaneko].dispatch.text
event-roosevelt_letter_to_kaneko-dispatch-text =
    A confidential letter from the President, to be cabled to Tokyo: the world will not stand behind Japan if it goes on fighting merely for money. He advises peace without an indemnity.

# events[roosevelt_letter_to_kaneko].note.text
event-roosevelt_letter_to_kaneko-note =
    A dated fact, so it comes in every game. The later letters the mediator writes when a capital turns him down are the game's.

# events[tsar_orders_break_off].title
event-tsar_orders_break_off-title = The Tsar orders the talks broken off

# events[tsar_orders_break_off].dispatch.from
event-tsar_orders_break_off-dispatch-from = Peterhof

# events[tsar_orders_break_off].dispatch.text
event-tsar_orders_break_off-dispatch-text = His Majesty directs you to break off the negotiations.

# events[tsar_orders_break_off].note.text
event-tsar_orders_break_off-note =
    The Tsar's orders to break off are dated about 22 and 28 August; Witte ignored both. How much they cost the Tsar's patience is the game's.

# events[meyer_audience].title
event-meyer_audience-title = Meyer's audience at Peterhof

# events[meyer_audience].dispatch.from
event-meyer_audience-dispatch-from = Peterhof

# events[meyer_audience].dispatch.text
event-meyer_audience-dispatch-text =
    Ambassador Meyer has pressed the President's appeal. His Majesty refuses any payment, but in the end consents to cede the southern half of Sakhalin, which Japan holds.

# events[meyer_audience].note.text
event-meyer_audience-note =
    On 23 August Nicholas told Ambassador Meyer he would give up the southern half of Sakhalin if nothing was paid for the north. Russians later argued over who lost the island.

# events[meyer_audience].note.contested[1].says
event-meyer_audience-note-reading-1 = The salons blamed Witte: 'Count Half-Sakhalin'.

# events[meyer_audience].note.contested[2].says
event-meyer_audience-note-reading-2 = The Tsar himself gave up the south, to Meyer.

# events[lamsdorf_statement].title
event-lamsdorf_statement-title = Lamsdorf: no contribution, no cession

# events[lamsdorf_statement].dispatch.from
event-lamsdorf_statement-dispatch-from = Reuters, St Petersburg

# events[lamsdorf_statement].dispatch.text
event-lamsdorf_statement-dispatch-text =
    Count Lamsdorf declares officially that Russia will pay no contribution, direct or indirect, and will cede nothing.

# events[roosevelt_commission].title
event-roosevelt_commission-title = Roosevelt proposes a commission

# events[roosevelt_commission].dispatch.from
event-roosevelt_commission-dispatch-from = Oyster Bay

# events[roosevelt_commission].dispatch.text
event-roosevelt_commission-dispatch-text =
    The President urges both governments to refer the price of northern Sakhalin to a commission rather than break on it.

# events[tsar_second_telegram].title
event-tsar_second_telegram-title = Guard Russia's honour

# events[tsar_second_telegram].dispatch.from
event-tsar_second_telegram-dispatch-from = Peterhof

# events[tsar_second_telegram].dispatch.text
event-tsar_second_telegram-dispatch-text = Stand guard over the welfare and honour of Russia.

# events[tokyo_overrules_komura].title
event-tokyo_overrules_komura-title = Tokyo will not let Komura break off

# events[tokyo_overrules_komura].dispatch.from
event-tokyo_overrules_komura-dispatch-from = Tokyo

# events[tokyo_overrules_komura].dispatch.text
event-tokyo_overrules_komura-dispatch-text =
    Your no. 104 received: you see no way but to end the talks and resume the war. Do not break off. Ask for the next sitting to be put off while the cabinet and the elder statesmen decide.

# events[tokyo_overrules_komura].note.text
event-tokyo_overrules_komura-note =
    Komura's telegram no. 104 of 26 August says Witte refused payment in any form and had no other proposal, so the talks must fail. Tokyo would not let him break off: the cabinet and the elder statesmen met, and Komura asked for the sitting of the 28th to be put off.

# events[cabinet_decides].title
event-cabinet_decides-title = Tokyo decides for peace

# events[cabinet_decides].dispatch.from
event-cabinet_decides-dispatch-from = Tokyo

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    The cabinet and the elder statesmen, before the Emperor: conclude peace even without reimbursement of war costs.

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    Tokyo's decision to conclude without money is dated 27 August by Ishii and 28 August by other Japanese chronologies — partly the fourteen hours between Tokyo and Portsmouth.

# events[cabinet_decides].note.contested[1].says
event-cabinet_decides-note-reading-1 =
    27 August, revised the same day after his report of the Tsar's words to Meyer.

# events[cabinet_decides].note.contested[2].says
event-cabinet_decides-note-reading-2 = 28 August, at an imperial conference.

# events[ishii_report].title
event-ishii_report-title = What the Tsar told Meyer

# events[ishii_report].dispatch.from
event-ishii_report-dispatch-from = Tokyo

# events[ishii_report].dispatch.text
event-ishii_report-dispatch-text =
    We learn from a foreign legation that the Tsar told Ambassador Meyer he would give up the southern half of Sakhalin. Hold out for the south.

# events[tsar_orders_again].title
event-tsar_orders_again-title = The Tsar orders Witte home

# events[tsar_orders_again].dispatch.from
event-tsar_orders_again-dispatch-from = Peterhof

# events[tsar_orders_again].dispatch.text
event-tsar_orders_again-dispatch-text = End the negotiations and return.

# events[roosevelt_advises_tokyo].title
event-roosevelt_advises_tokyo-title = Roosevelt presses Tokyo again

# events[roosevelt_advises_tokyo].dispatch.from
event-roosevelt_advises_tokyo-dispatch-from = Baron Kaneko, New York

# events[roosevelt_advises_tokyo].dispatch.text
event-roosevelt_advises_tokyo-dispatch-text =
    The President writes again, for Tokyo: Japan refuses his counsel at its peril; American sympathy will not outlast a war for money.

# events[kaiser_presses_tsar].title
event-kaiser_presses_tsar-title = The Kaiser presses the Tsar

# events[kaiser_presses_tsar].dispatch.from
event-kaiser_presses_tsar-dispatch-from = Berlin

# events[kaiser_presses_tsar].dispatch.text
event-kaiser_presses_tsar-dispatch-text =
    At the President's request, Kaiser Wilhelm urges His Majesty to make peace.

# events[kaiser_presses_tsar].note.text
event-kaiser_presses_tsar-note =
    Roosevelt asked Wilhelm II to press Nicholas; the date is not in the sources read, and the game sets it off only when the Tsar refuses the President.

# events[witte_recalled].title
event-witte_recalled-title = Witte recalled

# events[witte_recalled].dispatch.from
event-witte_recalled-dispatch-from = Peterhof

# events[witte_recalled].dispatch.text
event-witte_recalled-dispatch-text =
    The Tsar's patience is at an end: the Russian delegation is recalled and leaves Portsmouth.

# events[credit_exhausted].title
event-credit_exhausted-title = The bankers close their doors

# events[credit_exhausted].dispatch.from
event-credit_exhausted-dispatch-from = Tokyo

# events[credit_exhausted].dispatch.text
event-credit_exhausted-dispatch-text =
    American and British bankers let it be known there will be no further loans to continue the war.

# events[credit_exhausted].note.text
event-credit_exhausted-note =
    One untitled book page says American financiers told Japan no more loans would come to continue the war. The better sources show Japan's credit improving: its July 1905 loan was taken up in London, New York and Germany. The event is a what-if with an invented threshold.

# events[army_at_full_strength].title
event-army_at_full_strength-title = The Manchurian army at full strength

# events[army_at_full_strength].dispatch.from
event-army_at_full_strength-dispatch-from = Manchuria

# events[army_at_full_strength].dispatch.text
event-army_at_full_strength-dispatch-text =
    Russia's armies at Sipingai now number half a million men, with ten times the machine guns they had at Mukden.

# events[american_press_turns].title
event-american_press_turns-title = The American press turns

# events[american_press_turns].dispatch.from
event-american_press_turns-dispatch-from = New York

# events[american_press_turns].dispatch.text
event-american_press_turns-dispatch-text = American papers now portray Japan as fighting on for money.

# events[american_press_turns].note.text
event-american_press_turns-note =
    Whether American opinion turned is contested. The game lets it turn if the meter falls far enough.

# events[american_press_turns].note.contested[1].says
event-american_press_turns-note-reading-1 =
    Korostovets saw the American papers swing towards Russia as Witte courted the press.

# events[american_press_turns].note.contested[2].says
event-american_press_turns-note-reading-2 =
    American opinion stayed broadly with Japan throughout, despite Witte's efforts.

# events[revolution_spreads].title
event-revolution_spreads-title = Revolution spreads

# events[revolution_spreads].dispatch.from
event-revolution_spreads-dispatch-from = St Petersburg

# events[revolution_spreads].dispatch.text
event-revolution_spreads-dispatch-text =
    Strikes and mutinies spread; the government needs its soldiers at home.

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = The Treaty of Portsmouth as signed

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    The treaty is signed at the Navy Yard on 5 September at a quarter to four. Russia recognises Japan's paramount interests in Korea and hands over the Liaodong lease, the railway to Changchun and southern Sakhalin — and pays not a yen of reimbursement. Neither Korea nor China signs. On 17 November 1905 Japan forces a protectorate treaty on Korea; on 22 December, at Peking, China consents to the transfer of the lease and the railway; on 22 August 1910 Japan annexes Korea. Theodore Roosevelt wins the Nobel Peace Prize of 1906, the first American to do so. Russia and Japan, enemies in 1905, sign a fisheries convention and a political convention in July 1907, whose secret articles divide Manchuria into a Russian north and a Japanese south and leave Japan a free hand in Korea.

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    The public expected an indemnity and all of Sakhalin: the government had never told it how near the end of its money Japan was, and now will not publish the full terms. On 5 September a banned rally at Hibiya Park turns to riot: police boxes, the Home Minister's residence and a government newspaper are attacked, and martial law is declared. The Emperor ratifies on 14 October; the Katsura cabinet falls in January 1906.

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 =
    With the public prepared for a modest peace, the treaty is ratified on 14 October without disorder.

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 =
    Nicholas II ratifies at Peterhof on 14 October. Witte comes home a count — and the salons call him 'Count Half-Sakhalin'.

# outcomes[as_signed].note.text
outcome-as_signed-note =
    Signed on 5 September 1905 by Komura, Takahira, Witte and Rosen for the two Emperors: fifteen articles and two additional articles. Ratified by both Emperors on 14 October; ratifications exchanged in Washington on 25 November.

# outcomes[as_signed].note.contested[1].says
outcome-as_signed-note-reading-1 =
    The Japanese Privy Council ratified on 10 October, Russia on 14 October.

# outcomes[as_signed].note.contested[2].says
outcome-as_signed-note-reading-2 = Both Emperors ratified on 14 October.

# outcomes[as_signed].note.contested[3].says
outcome-as_signed-note-reading-3 = Hibiya: 17 killed, over 2,000 arrested.

# outcomes[as_signed].note.contested[4].says
outcome-as_signed-note-reading-4 = First cables: four rioters killed, two hundred arrested.

# outcomes[indemnity_treaty].title
outcome-indemnity_treaty-title = An indemnity treaty

# outcomes[indemnity_treaty].epilogue
outcome-indemnity_treaty-epilogue =
    Russia pays Japan for the war — something Tokyo itself thought unattainable from a great power whose soil had not been invaded. The money eases Japan's debts; in Russia it is remembered as a humiliation.

# outcomes[indemnity_treaty].aftermath[1].text
outcome-indemnity_treaty-aftermath-1 = Tokyo celebrates: the sacrifices have been paid for.

# outcomes[indemnity_treaty].aftermath[2].text
outcome-indemnity_treaty-aftermath-2 =
    The Tsar, who had forbidden any payment, refuses to ratify; the war resumes in the spring.

# outcomes[indemnity_treaty].aftermath[3].text
outcome-indemnity_treaty-aftermath-3 =
    The Tsar ratifies with bitterness; the payment feeds the revolution's anger.

# outcomes[north_bought_back].title
outcome-north_bought_back-title = Northern Sakhalin bought back

# outcomes[north_bought_back].epilogue
outcome-north_bought_back-epilogue =
    Japan keeps the south of Sakhalin and sells the north back to Russia: the formula of the private talk of 18 August, where Witte raised dividing the island and Komura named the price. The money is an indemnity in all but name.

# outcomes[north_bought_back].aftermath[1].text
outcome-north_bought_back-aftermath-1 =
    The payment for the north eases the war debts; the public grumbles at losing half the island but accepts.

# outcomes[north_bought_back].aftermath[2].text
outcome-north_bought_back-aftermath-2 =
    St Petersburg had called it an indemnity in disguise; paying it shames the government in the middle of a revolution.

# outcomes[all_sakhalin].title
outcome-all_sakhalin-title = Japan gains all Sakhalin

# outcomes[all_sakhalin].epilogue
outcome-all_sakhalin-epilogue =
    Japan keeps the whole island it occupied in July, and Russia pays nothing. Some accounts say Witte offered exactly this on 23 August; Russian records speak only of the south.

# outcomes[all_sakhalin].aftermath[1].text
outcome-all_sakhalin-aftermath-1 =
    All Sakhalin, but no money: the crowds that expected both still riot.

# outcomes[all_sakhalin].aftermath[2].text
outcome-all_sakhalin-aftermath-2 =
    All of Sakhalin is a victory the public can see on a map; the treaty passes quietly.

# outcomes[all_sakhalin].aftermath[3].text
outcome-all_sakhalin-aftermath-3 =
    Losing the whole island — and the La Pérouse Strait with it — is held against Witte for the rest of his life.

# outcomes[all_sakhalin].note.text
outcome-all_sakhalin-note = Whether Witte ever offered all of Sakhalin is disputed.

# outcomes[all_sakhalin].note.contested[1].says
outcome-all_sakhalin-note-reading-1 =
    On 23 August Witte offered the whole island if Japan dropped the money; Komura refused.

# outcomes[all_sakhalin].note.contested[2].says
outcome-all_sakhalin-note-reading-2 = Russian records speak only of the south.

# outcomes[portsmouth_variant].title
outcome-portsmouth_variant-title = A Portsmouth peace, drawn differently

# outcomes[portsmouth_variant].epilogue
outcome-portsmouth_variant-epilogue =
    Sakhalin is divided at the 50th parallel without payment, as in 1905, but other articles differ from the treaty signed on 5 September. The debrief compares them clause by clause.

# outcomes[portsmouth_variant].aftermath[1].text
outcome-portsmouth_variant-aftermath-1 =
    No indemnity and half an island: as in 1905, the Tokyo crowds riot.

# outcomes[portsmouth_variant].aftermath[2].text
outcome-portsmouth_variant-aftermath-2 = The treaty is ratified without disorder.

# outcomes[portsmouth_variant].aftermath[3].text
outcome-portsmouth_variant-aftermath-3 =
    Russia ratifies; Witte is blamed for half of Sakhalin, and praised for paying nothing.

# outcomes[no_sakhalin].title
outcome-no_sakhalin-title = Peace without Sakhalin

# outcomes[no_sakhalin].epilogue
outcome-no_sakhalin-epilogue =
    Japan gives back the island it conquered in July — as Tokyo, on 27 August, was ready to do if nothing else would bring peace.

# outcomes[no_sakhalin].aftermath[1].text
outcome-no_sakhalin-aftermath-1 =
    No money and no Sakhalin: the public's fury is worse than at Hibiya.

# outcomes[no_sakhalin].aftermath[2].text
outcome-no_sakhalin-aftermath-2 =
    Witte comes home having given up not an inch of Russian soil.

# outcomes[japan_breaks_off].title
outcome-japan_breaks_off-title = Japan breaks off: the war resumes

# outcomes[japan_breaks_off].epilogue
outcome-japan_breaks_off-epilogue =
    Japan's delegation leaves Portsmouth. The war resumes in Manchuria against a reinforced Russian army, with Japan's credit nearly exhausted.

# outcomes[japan_breaks_off].aftermath[1].text
outcome-japan_breaks_off-aftermath-1 =
    The public cheers the firmness — until the casualty lists and the tax bills arrive.

# outcomes[japan_breaks_off].aftermath[2].text
outcome-japan_breaks_off-aftermath-2 = Russia fights on, with revolution at its back.

# outcomes[russia_breaks_off].title
outcome-russia_breaks_off-title = Russia walks out: the war resumes

# outcomes[russia_breaks_off].epilogue
outcome-russia_breaks_off-epilogue =
    The Russian delegation leaves Portsmouth, as the Tsar twice ordered it to. Kuropatkin's successors hold that Russia, stronger in Manchuria every week, could have won; Japan's reserves were nearly spent.

# outcomes[russia_breaks_off].aftermath[1].text
outcome-russia_breaks_off-aftermath-1 = Japan must raise new armies and new loans.

# outcomes[russia_breaks_off].aftermath[2].text
outcome-russia_breaks_off-aftermath-2 = Russia fights on while strikes and mutinies spread at home.

# outcomes[russia_breaks_off].note.text
outcome-russia_breaks_off-note =
    Nicholas twice ordered Witte home. Kuropatkin and others later held that Russia, stronger in Manchuria every week, made peace too soon; Japanese sources stress that Japan's reserves and credit were near their end.

# outcomes[collapse].title
outcome-collapse-title = Talks collapse: the war resumes

# outcomes[collapse].epilogue
outcome-collapse-epilogue =
    The sessions end without a treaty. The armies at Sipingai resume the war.

# outcomes[collapse].aftermath[1].text
outcome-collapse-aftermath-1 = Japan fights on with its treasury nearly empty.

# outcomes[collapse].aftermath[2].text
outcome-collapse-aftermath-2 = Russia fights on with revolution at home.

## History

# history.note
history-note =
    The treaty signed on 5 September 1905 and the moves that led to it, turn by turn.

# history.script[1].note
history-step-1-note =
    Komura's credentials are not at hand; the procedure is agreed.

# history.script[2].note
history-step-2-note =
    Witte asks for open sessions; the conference settles on secrecy.

# history.script[3].note
history-step-3-note =
    Komura hands over Japan's twelve conditions; Witte agrees to answer article by article.

# history.script[4].note
history-step-4-note = The Russian reply is drafted overnight.

# history.script[5].note
history-step-5-note =
    Witte's written reply: Korea in principle, with three reservations; evacuation only if simultaneous; the railway only up to the Japanese lines; the railway rule made mutual; fishing on the coasts only. Sakhalin, reimbursement, the warships and naval limitation refused.

# history.script[6].note
history-step-6-note =
    Komura will not have Japan's freedom in Korea bound; the debate runs into the evening.

# history.script[7].note
history-step-7-note =
    Korea worded: most-favoured-nation treatment for Russians and no military measures on the frontier; Manchuria evacuated by both together.

# history.script[8].note
history-step-8-note =
    The Korea article and the restoration of Manchuria to China agreed.

# history.script[9].note
history-step-9-note = Komura argues that Japan holds the island and must keep it.

# history.script[10].note
history-step-10-note =
    The Liaodong lease passes to Japan, subject to China's consent. On Sakhalin Witte will offer only residence and trade for Japanese subjects.

# history.script[11].note
history-step-11-note =
    Komura refuses; both views are recorded and Sakhalin is set aside.

# history.script[12].note
history-step-12-note =
    Both railways to serve commerce only; Japan asks for the line up to Changchun.

# history.script[13].note
history-step-13-note =
    Japan gets the line from Changchun to Port Arthur; Russia keeps the rest.

# history.script[14].note
history-step-14-note = Komura presses for reimbursement of the war's costs.

# history.script[15].note
history-step-15-note =
    A morning on reimbursement: Russia was not defeated and never paid even after Sevastopol; it offers only the prisoners' upkeep. The warships refused.

# history.script[16].note
history-step-16-note = The divergence is recorded.

# history.script[17].note
history-step-17-note =
    Fisheries agreed for the coasts. Komura's written note: Japan will drop the warships and naval limitation if Russia is conciliatory on Sakhalin and war costs. In the private talk that follows, Witte first raises dividing the island; Komura names the 50th parallel and ¥1,200 million for the north.

# history.script[18].note
history-step-18-note = Witte refers the understanding to St Petersburg.

# history.script[19].note
history-step-19-note =
    The sitting is put off: the minutes are unfinished and Witte has no instructions.

# history.script[20].note
history-step-20-note = Witte ignores the Tsar's order to break off.

# history.script[21].note
history-step-21-note =
    Tokyo welcomes the President's appeal; Japan formally tables its compromise.

# history.script[22].note
history-step-22-note = Russia will pay nothing for the north.

# history.script[23].note
history-step-23-note =
    St Petersburg's answer: no payment in any form, and Witte has no other proposal. He has settled his hotel bill. (Korostovets alone says the south was offered today.)

# history.script[24].note
history-step-24-note =
    Komura cables that the talks must fail and asks for an adjournment; Tokyo forbids him to break off.

# history.script[25].note
history-step-25-note = In private, Komura asks for Russia's answer.

# history.script[26].note
history-step-26-note =
    Witte reads the Tsar's last word: no payment, but the south of the island, which Japan holds, may go if the north is returned free.

# history.script[27].note
history-step-27-note =
    Japan drops the money; Russia cedes Sakhalin south of 50°N. Komura calls it Minatogawa.

## Treaty form

# treaty_form.title
treaty-title = Treaty of Peace between Japan and Russia

# treaty_form.japan.sovereign
treaty-japan-sovereign = His Majesty the Emperor of Japan

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = Baron Komura Jutarō

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office =
    Jusammi, Grand Cordon of the Imperial Order of the Rising Sun, His Minister for Foreign Affairs

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = Takahira Kogorō

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office =
    Jusammi, Grand Cordon of the Imperial Order of the Sacred Treasure, His Envoy Extraordinary and Minister Plenipotentiary to the United States of America

# treaty_form.russia.sovereign
treaty-russia-sovereign = His Majesty the Emperor of all the Russias

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = Sergei Witte

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office =
    His Secretary of State and President of the Committee of Ministers of the Empire of Russia

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = Baron Roman Rosen

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office =
    Master of the Imperial Court of Russia, His Ambassador Extraordinary and Plenipotentiary to the United States of America

# treaty_form.preamble
treaty-preamble =
    animated by a desire to restore the blessings of peace to Their countries and peoples, have resolved to conclude a Treaty of Peace

# treaty_form.place
treaty-place = Portsmouth (New Hampshire)

# treaty_form.articles[peace].title
treaty-article-peace-title = Peace and amity

# treaty_form.articles[peace].parts[1]
treaty-article-peace-text-1 =
    There shall henceforth be peace and amity between Their Majesties the Emperor of Japan and the Emperor of all the Russias, and between Their respective States and subjects.

# treaty_form.articles[korea].title
treaty-article-korea-title = Korea

# treaty_form.articles[manchuria].title
treaty-article-manchuria-title = Manchuria evacuated and restored to China

# treaty_form.articles[open_door].title
treaty-article-open_door-title = Commerce and industry in Manchuria

# treaty_form.articles[liaodong].title
treaty-article-liaodong-title = The Liaodong lease: Port Arthur and Dalny

# treaty_form.articles[railway].title
treaty-article-railway-title = The railway from Changchun to Port Arthur

# treaty_form.articles[commercial_railways].title
treaty-article-commercial_railways-title = Railways for commerce only

# treaty_form.articles[junction].title
treaty-article-junction-title = Connecting railway services

# treaty_form.articles[junction].parts[1]
treaty-article-junction-text-1 =
    To promote and facilitate intercourse and traffic, Japan and Russia will conclude as soon as possible a separate convention regulating their connecting railway services in Manchuria.

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = Sakhalin

# treaty_form.articles[residents].title
treaty-article-residents-title = The inhabitants of the ceded territory

# treaty_form.articles[residents].parts[1]
treaty-article-residents-text-1 =
    Russian subjects living in the territory ceded to Japan may sell their real property and return to their country; if they stay, they keep their industries and property rights, submitting to Japanese laws and jurisdiction. Japan may withdraw the right of residence from, or deport, inhabitants under political or administrative disability, but will fully respect their property rights.

# treaty_form.articles[warships].title
treaty-article-warships-title = The interned warships

# treaty_form.articles[naval_limit].title
treaty-article-naval_limit-title = Naval forces in the Far East

# treaty_form.articles[fishing].title
treaty-article-fishing-title = Fishing rights

# treaty_form.articles[commerce].title
treaty-article-commerce-title = Commerce until a new treaty

# treaty_form.articles[commerce].parts[1]
treaty-article-commerce-text-1 =
    The treaty of commerce and navigation having been annulled by the war, Japan and Russia will, until a new one is concluded on the basis of the treaty in force before the war, treat each other on the footing of the most favoured nation in import and export duties, customs formalities, transit and tonnage dues, and the admission and treatment of each other's agents, subjects and vessels.

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = Prisoners of war

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    As soon as possible after the treaty comes into force, all prisoners of war are reciprocally restored, each government appointing a special commissioner to take charge of them.

# treaty_form.articles[ratification].title
treaty-article-ratification-title = Ratification

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    The present Treaty shall be ratified by Their Majesties the Emperor of Japan and the Emperor of all the Russias. Each ratification is announced to the other government, as soon as possible and within fifty days of the signature, through the French Minister in Tokyo and the Ambassador of the United States in St Petersburg; the Treaty comes fully into force from the later announcement. The ratifications are formally exchanged at Washington as soon as possible.

# treaty_form.articles[languages].title
treaty-article-languages-title = English and French texts

# treaty_form.articles[languages].parts[1]
treaty-article-languages-text-1 =
    The present Treaty shall be signed in duplicate in English and in French. The two texts are in absolute conformity; in case of a discrepancy in interpretation, the French text prevails.

# treaty_form.additional[evacuation_terms].title
treaty-additional-evacuation_terms-title = The withdrawal from Manchuria

# treaty_form.additional[evacuation_terms].parts[1]
treaty-additional-evacuation_terms-text-1 =
    Japan and Russia begin withdrawing their forces from Manchuria simultaneously, immediately after the Treaty comes into force, and complete it within eighteen months, except from the leased territory of the Liaodong peninsula; the forces in the front positions withdraw first. Each may keep guards to protect its railway lines in Manchuria, not more than fifteen per kilometre, their commanders fixing by common accord as few as actual needs allow; the commanders agree the details of the evacuation.

# treaty_form.additional[demarcation].title
treaty-additional-demarcation-title = The boundary on Sakhalin

# treaty_form.additional[demarcation].parts[1]
treaty-additional-demarcation-text-1 =
    As soon as possible after the Treaty comes into force, a commission of delimitation, with an equal number of members from each side, marks on the spot and permanently the boundary between the Japanese and Russian possessions on Sakhalin. It follows the fiftieth parallel as far as the ground permits, any deflection being compensated by a correlative one elsewhere; it lists and describes the adjacent islands ceded, and signs maps of the boundary. Its work is subject to the approval of both parties.

## Glossary

# glossary[1].term
glossary-1-term = Korea

# glossary[1].means
glossary-1-means =
    The kingdom between China and Japan; the treaty recognised Japan's paramount interests there, and in November 1905 Japan took over its foreign affairs.

# glossary[2].term
glossary-2-term = paramount interests

# glossary[2].means
glossary-2-means =
    The first say: Russia accepted that Japan's political, military and economic interests in Korea came before anyone else's.

# glossary[3].term
glossary-3-term = Manchuria

# glossary[3].means
glossary-3-means =
    The north-east of the Chinese empire, where the war's great land battles were fought; both armies were still there in August 1905.

# glossary[4].term
glossary-4-term = evacuation

# glossary[4].means
glossary-4-means =
    Taking an army out of land it occupies: both armies were to leave Manchuria within eighteen months, except the Liaodong lease.

# glossary[5].term
glossary-5-term = restoration to China

# glossary[5].means
glossary-5-means =
    Handing the parts of Manchuria the armies held back to Chinese government.

# glossary[6].term
glossary-6-term = open door

# glossary[6].means
glossary-6-means =
    Equal chances for the trade of every country in Manchuria: no power may shut the others out.

# glossary[7].term
glossary-7-term = Liaodong lease

# glossary[7].means
glossary-7-means =
    The tip of the Liaodong peninsula, with Port Arthur and Dalny, which China had rented to Russia; the treaty passed the lease to Japan.

# glossary[8].term
glossary-8-term = Liaodong

# glossary[8].means
glossary-8-means =
    The peninsula at the south of Manchuria that reaches into the Yellow Sea, with Port Arthur at its tip.

# glossary[9].term
glossary-9-term = lease

# glossary[9].means
glossary-9-means =
    Land rented from its owner for a set time: Russia rented the tip of the Liaodong peninsula from China.

# glossary[10].term
glossary-10-term = Port Arthur

# glossary[10].means
glossary-10-means =
    Russia's naval base at the tip of the Liaodong peninsula; it fell to Japan after a long siege on 2 January 1905.

# glossary[11].term
glossary-11-term = Dalny

# glossary[11].means
glossary-11-means =
    The trading port next to Port Arthur, called Dalny by the Russians and Talien by the Chinese.

# glossary[12].term
glossary-12-term = Talien

# glossary[12].means
glossary-12-means =
    The Chinese name of Dalny, the trading port next to Port Arthur.

# glossary[13].term
glossary-13-term = Chinese Eastern Railway

# glossary[13].means
glossary-13-means =
    The railway Russia built across Manchuria to Vladivostok on land granted by China; a branch ran south from Harbin to Port Arthur.

# glossary[14].term
glossary-14-term = southern railway

# glossary[14].means
glossary-14-means =
    The branch of the Chinese Eastern Railway from Harbin south to Port Arthur; the treaty gave Japan the part from Changchun down.

# glossary[15].term
glossary-15-term = Sipingai

# glossary[15].means
glossary-15-means =
    A station on the railway between Mukden and Changchun, where the Russian army dug in after losing the battle of Mukden.

# glossary[16].term
glossary-16-term = Harbin

# glossary[16].means
glossary-16-means =
    The Russian-built railway town in northern Manchuria where the line to Port Arthur left the main line to Vladivostok.

# glossary[17].term
glossary-17-term = Changchun

# glossary[17].means
glossary-17-means =
    The town in central Manchuria where the treaty cut the southern railway: Japan got the line south of it.

# glossary[18].term
glossary-18-term = Mukden

# glossary[18].means
glossary-18-means =
    The chief city of southern Manchuria, where Japan won the war's largest land battle in February and March 1905.

# glossary[19].term
glossary-19-term = Sakhalin

# glossary[19].means
glossary-19-means =
    A long island north of Japan; Japanese troops took it in July 1905, and the treaty gave Japan the half south of the 50th parallel.

# glossary[20].term
glossary-20-term = 50th parallel

# glossary[20].means
glossary-20-means =
    The line of latitude 50 degrees north; the treaty divided Sakhalin along it.

# glossary[21].term
glossary-21-term = reimbursement

# glossary[21].means
glossary-21-means =
    Japan's word for the money it asked Russia to pay towards the war's costs, chosen instead of 'indemnity' on Roosevelt's advice.

# glossary[22].term
glossary-22-term = indemnity

# glossary[22].means
glossary-22-means =
    Money a beaten country pays the winner after a war; Russia said it was not beaten and would not pay a kopeck.

# glossary[23].term
glossary-23-term = war costs

# glossary[23].means
glossary-23-means =
    What Japan spent on the war, about ¥1,716 million, close to a year of the country's whole income.

# glossary[24].term
glossary-24-term = prisoners' upkeep

# glossary[24].means
glossary-24-means =
    What each side spent feeding and housing the other's prisoners; Russia offered to repay only this.

# glossary[25].term
glossary-25-term = interned warships

# glossary[25].means
glossary-25-means =
    Russian warships that fled to neutral ports and were held there until the war ended; Japan asked for them, then dropped the demand.

# glossary[26].term
glossary-26-term = naval limitation

# glossary[26].means
glossary-26-means =
    A cap on the warships Russia could keep in the Pacific; Japan dropped the demand.

# glossary[27].term
glossary-27-term = fishing rights

# glossary[27].means
glossary-27-means =
    Leave for Japanese fishermen to fish off Russia's Pacific coasts; the treaty promised the coasts, not the rivers.

# glossary[28].term
glossary-28-term = plenipotentiary

# glossary[28].means
glossary-28-means =
    A diplomat given full power to negotiate and sign for his government; Komura and Witte were the first ones.

# glossary[29].term
glossary-29-term = ratification

# glossary[29].means
glossary-29-means =
    A government's formal approval of a signed treaty; both Emperors ratified this one on 14 October 1905.

# glossary[30].term
glossary-30-term = ratified

# glossary[30].means
glossary-30-means =
    Formally approved by the government at home; both Emperors ratified the treaty on 14 October 1905.

# glossary[31].term
glossary-31-term = Tsar

# glossary[31].means
glossary-31-means =
    The Emperor of Russia, Nicholas II; he twice ordered Witte to break off the talks.

# glossary[32].term
glossary-32-term = Oyster Bay

# glossary[32].means
glossary-32-means =
    Roosevelt's summer home on Long Island, New York, from which he followed the talks.
