# Передача места между двумя игроками за одним компьютером.

handover-session = Заседание { $session } — { $date }
handover-opens = Конференция открывается: первым говорит { $player }
handover-put-away = Бумаги убраны: { $player }
handover-pass-seat = Передайте место: { $next }, за { $side ->
        [Japan] Японию
       *[Russia] Россию
    }. { $previous } не смотрит, пока читает { $next }.
handover-i-am = Я — { $player }: покажите мои бумаги
    .tip = Открыть ваши инструкции и стол переговоров так, как его видит ваша делегация
