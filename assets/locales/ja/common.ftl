# 全画面で共有する語：言語名、日付。

language-name = 日本語

# 日付：年月日の順。括弧内はロシアが用いたユリウス暦（露暦）の日付。
date-long = { $year }年{ $month }{ $day }日（{ $weekday }・露暦{ $osMonth }{ $osDay }日）
date-long-same-month = { $year }年{ $month }{ $day }日（{ $weekday }・露暦{ $month }{ $osDay }日）
date-short = { $month }{ $day }日

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

weekday-monday = 月曜日
weekday-tuesday = 火曜日
weekday-wednesday = 水曜日
weekday-thursday = 木曜日
weekday-friday = 金曜日
weekday-saturday = 土曜日
weekday-sunday = 日曜日

choice-chosen = { $label }（選択中）
switch-on = { $name }：オン
switch-off = { $name }：オフ
