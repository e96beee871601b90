# Рамка текста договора.

treaty-additional = Дополнительные статьи
treaty-article = Статья { $numeral }
treaty-to-article = К статье { $article } — { $topic }
treaty-for = За: { $sovereign }
treaty-debrief = Разбор
    .tip = Итог, реакция дома и разбор сделки
