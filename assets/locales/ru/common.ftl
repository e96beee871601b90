# Слова, общие для всех экранов: название языка, даты.

language-name = Русский

# Дата: сначала по старому стилю (юлианский календарь, которым пользовалась Россия),
# с пометкой «ст. ст.», которую объясняет словарь сценария; в скобках — по новому.
# Месяцы в родительном падеже.
date-long = { $weekday }, { $osDay } { $osMonth } ст. ст. ({ $day } { $month }) { $year } г.
# Когда у обеих дат один месяц, его всё же пишут дважды: «1 августа ст. ст. (14 августа)»
# яснее ученику, чем «1 (14) августа».
date-long-same-month = { $weekday }, { $osDay } { $month } ст. ст. ({ $day } { $month }) { $year } г.
date-short = { $day } { $month }

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

weekday-monday = понедельник
weekday-tuesday = вторник
weekday-wednesday = среда
weekday-thursday = четверг
weekday-friday = пятница
weekday-saturday = суббота
weekday-sunday = воскресенье

choice-chosen = { $label } (выбрано)
switch-on = { $name }: вкл.
switch-off = { $name }: выкл.
