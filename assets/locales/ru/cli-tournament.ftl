# `portsmouth tournament`: каждый агент против каждого, в обеих ролях.

cli-tournament-heading = { $scenario } — турнир { $agents } { $agents ->
        [one] агента
       *[many] агентов
    }, { $pairings } { $pairings ->
        [one] пара
        [few] пары
       *[many] пар
    } × { $games } { $games ->
        [one] игра
        [few] игры
       *[many] игр
    }, зерно { $seed }, { $threads } { $threads ->
        [one] поток
        [few] потока
       *[many] потоков
    }
cli-tournament-progress = { $bar } { $done }/{ $pairings } пар

## Таблица

cli-tournament-japan = Япония
cli-tournament-russia = Россия
cli-tournament-agree = согл.
cli-tournament-in-zone = в зоне
cli-tournament-utility-japan = пол. Яп.
cli-tournament-utility-russia = пол. Рос.
cli-tournament-pareto = Парето
cli-tournament-in-mandates = в инстр.
cli-tournament-pareto-distance = до Пар.
cli-tournament-nash-distance = до Нэша
cli-tournament-sessions = заседания
cli-tournament-by-role = Средняя полезность против всех соперников, по ролям:
cli-tournament-agent = агент
cli-tournament-as-japan = за Японию
cli-tournament-as-russia = за Россию
cli-tournament-zone-note = в зоне: доля соглашений в играх, где к последнему ходу существовал договор, допустимый по тогдашним инструкциям обеих сторон и не менее выгодный каждой, чем разрыв.
cli-tournament-pareto-distance-note = до Пар.: насколько в среднем соглашение отстояло от границы Парето (в единицах полезности) — сколько выигрыша упустили соглашения, не оптимальные по Парето.
