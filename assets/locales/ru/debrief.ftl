# Разбор: чем кончилась конференция, реакция дома, статья за статьёй и анализ.

debrief-original-broken = Исходную игру не удаётся воспроизвести: { $problem }
debrief-no-outcome = Развязка, которую не описывает ни один исход
debrief-no-outcome-lower = развязка, которую не описывает ни один исход
debrief-what-if = Что если — { $player } решил ход { $turn } иначе; исходная игра — { $original }
debrief-original = Исходная игра: { $outcome } — Япония { $japan }, Россия { $russia }
debrief-original-unfinished = Исходная игра: сохранена незаконченной, на заседании { $session }
debrief-this-branch = Эта ветвь: { $outcome } — Япония { $japan }, Россия { $russia }
debrief-differing = { $article }: { $ours } (в исходной: { $original })
debrief-last-word = Последнее слово: { $them }
debrief-at-home = Дома
debrief-aftermath = { $side ->
        [Japan] Япония
       *[Russia] Россия
    }: { $text }
debrief-aftermath-result = { $side ->
        [Japan] Япония
       *[Russia] Россия
    } — { $result ->
        [ratified] ратифицирован
        [unrest] ратифицирован на фоне волнений
       *[refused] в ратификации отказано
    }: { $text }
debrief-clauses = Статья за статьёй, рядом с договором 5 сентября 1905 года
debrief-as-in-1905 = как в 1905 году
debrief-better-for-japan = лучше для Японии
debrief-better-for-russia = лучше для России
debrief-better-for-both = лучше для обеих
debrief-differs = иначе
debrief-how-each-moved = Как менялась каждая статья
debrief-for-the-teacher = Для учителя: пространство торга
debrief-this-game = Эта игра
debrief-nash = Точка Нэша
debrief-treaty-ring = Договор 1905 года (кольцо)
debrief-pareto = Граница Парето
debrief-side-utility = { $side ->
        [Japan] Япония
       *[Russia] Россия
    }: { $utility } (при разрыве { $walk_away })
debrief-on-frontier = На границе: договора, лучшего для обеих сторон, не было.
debrief-inside-frontier = Внутри границы: существовал договор, лучший для обеих сторон.
debrief-new-game = Новая игра
    .tip = Начать другую конференцию
debrief-save = Сохранить
    .tip = Сохранить эту законченную игру, чтобы переиграть или сравнить
debrief-export-minutes = Экспорт протокола
    .tip = Записать всю конференцию в Markdown, для обсуждения или оценки
debrief-export-result = Экспорт итога
    .tip = Записать файл итога этой игры для стены итогов класса
debrief-what-if-button = Что если…
    .tip = Вернуть эту игру к любому ходу и решить его иначе
debrief-title = Титульный экран
    .tip = Назад к титульному экрану
debrief-axis-japan = Япония →
debrief-axis-russia = Россия
debrief-worth = Ценность для стороны { $party }: { $worth }
debrief-worth-beside-1905 = Ценность для стороны { $party }: { $worth } — договор 1905 года стоил для вашей стороны { $worth_1905 }
debrief-class-private = Оценки и пределы другой делегации остаются на классном сервере: панель учителя показывает, как сыграл каждый стол.
debrief-transcript = { $table } — стенограмма
debrief-class-export-minutes-tip = Записать переговоры так, как их видела ваша делегация, в Markdown
debrief-class-title-tip = Покинуть стол и вернуться к титульному экрану
