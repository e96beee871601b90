# Стена итогов класса.

wall-heading = Итоги класса
wall-empty = В папке { $folder } пока нет итогов. В разборе каждой игры есть «Экспорт итога»; скопируйте файлы итогов класса в эту папку или создайте их командой `portsmouth simulate --results-dir { $folder }`.
wall-summary = { $scenario } — { $games ->
        [one] { $games } игра
        [few] { $games } игры
       *[many] { $games } игр
    } — как в 1905 году: { $share_1905 } игр
wall-from = Из папки { $folder }
wall-from-others-left-off = Из папки { $folder } (итоги других сценариев пропущены: { $others })
wall-back = Назад
    .tip = Назад к титульному экрану (Esc)
wall-show-scenario-accessible = Показать итоги: { $title }
wall-show-scenario-tip = Показать итоги этого сценария из той же папки
wall-left-off = Пропущено: { $first }
wall-left-off-more = Пропущено: { $first } (и ещё файлов: { $more }; `portsmouth wall` их перечисляет)
wall-how-ended = Чем кончились переговоры
wall-as-in-1905 = { $outcome } — как в 1905 году
wall-articles = Окончательные условия по каждой статье
wall-articles-explain = Варианты идут от требования Японии (слева) к позиции России (справа); обведённый — вариант 1905 года
wall-no-treaty = без договора ×{ $count }
wall-delegations = В сравнении с Комурой и Витте
wall-tally = { $side ->
        [Japan] Япония
       *[Russia] Россия
    }: лучше { $better } · так же { $same } · хуже { $worse }
wall-delegations-explain = Итог каждой делегации в сравнении с итогом её стороны в 1905 году (примерно так же: в пределах { $about } по шкале от худшего договора 0 до лучшего 1; намного: { $much } и более)
wall-more =
    … и ещё { $more }
    (`portsmouth wall` перечисляет все)

# One line of the standings: $side is the side's name, $who the player (a student's name, or
# the computer's level), $count how many results it stands for (shown from 2 on), $compared
# how it did beside the negotiator of 1905 (one of the wall-*-better/-worse below).
wall-standing = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    }
wall-standing-compared = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    } — { $compared }
wall-much-better = намного лучше, чем в 1905 году
wall-little-better = немного лучше, чем в 1905 году
wall-about-the-same = примерно как в 1905 году
wall-little-worse = немного хуже, чем в 1905 году
wall-much-worse = намного хуже, чем в 1905 году
