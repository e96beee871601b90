# `portsmouth redteam`: заданные сценарием стратегии против компьютерного делегата.

cli-redteam-heading = { $scenario } — красная команда: { $scripts } { $scripts ->
        [one] стратегия
        [few] стратегии
       *[many] стратегий
    } × { $sides } { $sides ->
        [one] сторона
        [few] стороны
       *[many] сторон
    } × { $levels } { $levels ->
        [one] уровень
        [few] уровня
       *[many] уровней
    } × { $games } { $games ->
        [one] игра
        [few] игры
       *[many] игр
    }, зерно { $seed }, { $threads } { $threads ->
        [one] поток
        [few] потока
       *[many] потоков
    }
cli-redteam-progress = { $bar } { $done }/{ $batches } партий  осталось { $eta }

## Таблица

cli-redteam-side = сторона
cli-redteam-level = уровень
cli-redteam-best-script = лучшая стратегия
cli-redteam-params = параметры
cli-redteam-utility = польза
cli-redteam-reference = эталон
cli-redteam-gain = выигрыш
cli-redteam-ceiling = потолок
cli-redteam-agree = согл.
cli-redteam-refused = отклон.
cli-redteam-refused-turns = Ходы стратегий, отклонённые правилами (ошибка стратегии): { $count }

# После таблицы по строке на сторону: насколько больше лучшая стратегия получает (в своей полезности)
# против первого сыгранного уровня, чем против последнего. $side — сторона, $gap уже отформатирован
# ("+0.045"), $easier и $harder — идентификаторы уровней.
cli-redteam-gap = { $side }: лучшая стратегия против { $easier } минус лучшая против { $harder }: { $gap } (в полезности самой стратегии)
