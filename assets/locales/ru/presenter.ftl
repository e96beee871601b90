# Режим докладчика: стол переговоров для проектора.

presenter-offers = Предлагает { $them }
presenter-how-far-apart = Насколько далеки
presenter-zone = Зона согласия
presenter-agreed = СОГЛАСОВАНО: { $term }
presenter-opens = Конференция открывается.
presenter-mover = { $title } ({ $side ->
        [japan] Япония
       *[russia] Россия
    }) — заседание { $session }
presenter-public = Что каждая сторона заявила публично
presenter-position = { $title } ({ $side ->
        [japan] Япония
       *[russia] Россия
    }): { $position }
presenter-cares = Известно, что важнее всего: { $articles }
