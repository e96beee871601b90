# `portsmouth check`: что есть в файле сценария и что с ним не так (сами проблемы — по-английски, от проверки сценария).

cli-check-ok-summary = { $path }: в порядке — { $summary }
cli-check-errors = { $path }: { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }
cli-check-translation-errors = { $path }: { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    } в переводах
cli-check-ok = { $path }: в порядке
cli-check-summary = «{ $title }»: { $articles } { $articles ->
        [one] статья
        [few] статьи
       *[many] статей
    }, { $sessions } { $sessions ->
        [one] заседание
        [few] заседания
       *[many] заседаний
    }, { $events } { $events ->
        [one] событие
        [few] события
       *[many] событий
    }, возможных договоров: { $treaties }, договоров на границе Парето: { $frontier }; в начале { $nash ->
        [point] точка Нэша с полезностями { $japan } / { $russia }
       *[none] ни один договор не лучше разрыва для обеих сторон
    }

## `--analysis`: картина торга в начале переговоров.

cli-check-reservation = Резервные значения в начале: Япония { $japan }, Россия { $russia }
cli-check-article = Статья
cli-check-nash-treaty = Договор Нэша
cli-check-signed-1905 = Подписано в 1905
cli-check-utilities-1905 = Полезности договора 1905 года: Япония { $japan }, Россия { $russia }
cli-check-nash-treaty-utilities = Договор Нэша: Япония { $japan }, Россия { $russia }; расстояние от 1905 года { $distance }
