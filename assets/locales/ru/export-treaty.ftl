# Рамка текста договора по образцу акта 1905 года: имена, цель, место и текст статей
# берутся из сценария.

# $numeral: римский номер статьи в этом договоре.
export-treaty-article = Статья { $numeral }
# $numeral: номер дополнительной статьи; $to: номер статьи, которую она дополняет.
export-treaty-additional-article = Дополнительная статья { $numeral } (к статье { $to })

# Один уполномоченный: $name и $office из сценария.
export-treaty-plenipotentiary = Его Превосходительство { $name }, { $office }
export-treaty-plenipotentiaries-join = { ", и " }
# Сторона и её уполномоченные: $sovereign; $plenipotentiaries — каждый как
# export-treaty-plenipotentiary, соединённые export-treaty-plenipotentiaries-join.
export-treaty-party = { $sovereign }: { $plenipotentiaries }
# $japan и $russia: монархи; $purpose: слова сценария о цели; $japanNamed и $russiaNamed —
# как export-treaty-party. Первая буква делается заглавной.
export-treaty-preamble = { $japan }, с одной стороны, и { $russia }, с другой стороны, { $purpose }, и назначили для сего Своими уполномоченными, а именно: { $japanNamed }; и { $russiaNamed }; которые, по взаимном предъявлении своих полномочий, найденных в доброй и надлежащей форме, постановили следующие статьи.

export-treaty-numerals-join = { ", " }
# Дополнительные статьи дополняют $count статей: $last — номер последней; $numerals —
# номера остальных через export-treaty-numerals-join.
export-treaty-additional-preamble = Во исполнение постановлений { $count ->
        [1] статьи { $last }
       *[other] статей { $numerals } и { $last }
    } мирного договора от сего числа нижеподписавшиеся уполномоченные постановили следующие дополнительные статьи.
export-treaty-additional-closing = Настоящие дополнительные статьи считаются ратифицированными вместе с ратификацией мирного договора, к которому они приложены.

# $place: место из сценария; $japanese: дата по японскому счёту (export-treaty-meiji-date или
# export-treaty-western-date); $osDay и $day: числа (export-treaty-ordinal) дня по
# старому и по новому стилю; $osMonth и $month: месяцы (в родительном падеже); $year: год.
export-treaty-closing = В удостоверение чего уполномоченные подписали настоящий мирный договор и приложили к нему свои печати. Учинено в городе { $place } { $osDay } { $osMonth } ({ $day } { $month }) { $year } года, что по японскому счёту есть { $japanese }.
# Дата эпохи Мэйдзи: $day, $month и $year — числа из export-treaty-ordinal.
export-treaty-meiji-date = { $day }-й день { $month }-го месяца { $year }-го года Мэйдзи
# Дата вне её: $day — число, $month — месяц, $year — год.
export-treaty-western-date = { $day } { $month } { $year } года
# Число $n от 1 до 45 для дат договора; окончания порядковых чисел — в самих сообщениях.
export-treaty-ordinal = { $n }
# День подписания: $day и $osDay — числа, $month и $osMonth — месяцы.
export-treaty-dated = { $osDay } { $osMonth } ({ $day } { $month }) { $year } г.
