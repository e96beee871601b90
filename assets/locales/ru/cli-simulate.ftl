# `portsmouth simulate`: много игр между компьютерными делегациями и их сводка.

cli-simulate-results-dir-cannot-create = --results-dir { $folder }: не удаётся создать папку: { $error }
cli-simulate-results-dir-cannot-create-help = подсказка: укажите папку, которую можно создать, или существующую
cli-simulate-heading = { $scenario } — { $games } { $games ->
        [one] игра
        [few] игры
       *[many] игр
    }, { $japan } (Япония) против { $russia } (Россия), зерно { $seed }
cli-simulate-could-not-write-results = не удалось записать результаты: { $error }
cli-simulate-results-dir-written = По одному файлу итога на игру записано в { $folder } (показать их: `portsmouth wall { $folder }`)
cli-simulate-out-format = --out { $path }: имя файла должно оканчиваться на .csv или .json — это определяет формат
cli-simulate-progress = { $bar } { $done }/{ $games } игр  { $rate }  осталось { $eta }

## Сводная таблица и показатели

cli-simulate-outcome = Исход
cli-simulate-games = Игры
cli-simulate-share = Доля
cli-simulate-no-outcome = (не подходит ни один исход)
cli-simulate-agreement = Соглашение (договор вступил в силу): { $share }
cli-simulate-agreement-zone = Соглашение там, где к последнему ходу оставалась зона соглашения: { $share } из { $games } { $games ->
    [one] игры
   *[other] игр
}
cli-simulate-mean-utility = Средняя полезность: Япония { $japan }, Россия { $russia }   (средний выигрыш по сравнению с разрывом: { $japan_advantage } / { $russia_advantage })
cli-simulate-pareto = Парето-оптимальные соглашения: { $share } (в пределах обеих окончательных инструкций: { $within })
# $distance is preformatted ("0.012").
cli-simulate-pareto-distance = Среднее расстояние от соглашений до границы Парето: { $distance }
cli-simulate-settlement-1905 = Урегулирование 1905 года (в общих чертах): { $share } игр
cli-simulate-nash-distance = Среднее расстояние до точки Нэша: { $distance }
cli-simulate-mean-sessions = Среднее число заседаний: { $sessions }
cli-simulate-refused-moves = Ходы, отклонённые правилами (ошибка агента): { $count }
cli-simulate-speed = Скорость: { $rate } игр/с ({ $seconds } с { $threads ->
    [one] в { $threads } потоке
   *[other] в { $threads } потоках
})
