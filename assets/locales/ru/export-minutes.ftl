# Протокол игры (Markdown), экземпляр учителя: его собственные заголовки, подписи и фразы.
# Текст сценария и описание хода игры берутся из других мест.

# $scenario — название сценария.
export-minutes-title = { $scenario } — протокол конференции
# $seed — зерно игры.
export-minutes-seed = **Зерно** { $seed } (тот же сценарий, зерно и ходы воспроизводят эту игру)
# $session — текущее заседание; $sessions — сколько их в сценарии.
export-minutes-unfinished = Переговоры ещё идут: заседание { $session } из { $sessions }.
export-minutes-outcome = Исход
export-minutes-no-outcome = Ни один из исходов сценария не соответствует такому окончанию.
# Строки таблицы цифр; столбцы — Япония и Россия.
export-minutes-utility = Полезность итога (0 — худший договор, 1 — лучший)
export-minutes-walk-away = Разрыв переговоров дал бы
export-minutes-1905-gave = Договор 1905 года дал
# $date — день подписания договора 1905 года (date-long).
export-minutes-beside-1905 = Сравнение с подписанным договором ({ $date })
# Заголовки столбцов.
export-minutes-article = Статья
export-minutes-this-game = Эта игра
export-minutes-1905 = 1905
export-minutes-notes = Заметки историка
export-minutes-sources-differ = Где источники расходятся:
export-minutes-sources = Источники:
export-minutes-no-reference = (без ссылки)
export-minutes-additional-articles = Дополнительные статьи
# Заголовок столбца подписей: $sovereign — от чьего имени подписывают.
export-minutes-signed-for = От имени: { $sovereign }
# Подпись у печати: $name.
export-minutes-seal = (М. П.) { $name }
export-minutes-what-if = Что если
# $name — файл исходной игры; $turn — ход, решённый иначе; $player — кем.
export-minutes-what-if-from = Эта игра ответвляется от *{ $name }*: те же ходы до хода { $turn }, который { $player } решил иначе.
# $problem — почему она не воспроизводится.
export-minutes-no-replay = Исходная игра не воспроизводится: { $problem }
# Чем кончилась игра: $outcome — исход сценария (или export-minutes-no-outcome-of-scenario);
# $japan и $russia — полезности, уже отформатированные.
export-minutes-ending = { $outcome } (Япония { $japan }, Россия { $russia })
export-minutes-no-outcome-of-scenario = ни один исход сценария
# $session — заседание, на котором она сохранена.
export-minutes-ending-unfinished = не окончена, сохранена на заседании { $session }
# $ending — как export-minutes-ending.
export-minutes-the-original = Исходная игра: { $ending }
export-minutes-this-branch = Эта ветвь: { $ending }
export-minutes-branch-same = Все статьи вышли такими же, как в исходной игре.
export-minutes-branch-lost = В этой ветви нет договора: всё, что решила исходная игра, потеряно.
export-minutes-branch-gained = В этой ветви есть договор, а в исходной игре его не было.
# Заголовки столбцов статей, которые различаются.
export-minutes-branch-column = Эта ветвь
export-minutes-original-column = Исходная игра
