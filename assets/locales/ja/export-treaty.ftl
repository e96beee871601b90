# 条約本文の枠組み（1905年の条約の体裁）。名前・目的・場所・条文はシナリオのもの。

# $numeral：この条約での条項のローマ数字。
export-treaty-article = 第{ $numeral }条
# $numeral：追加条項のローマ数字。$to：それが補う条項の数字。
export-treaty-additional-article = 追加条項第{ $numeral }（第{ $to }条関係）

# 全権委員一人：$name と $office（シナリオのもの）。
export-treaty-plenipotentiary = { $office } { $name }閣下
export-treaty-plenipotentiaries-join = { "、" }
# 締約者と全権委員：$sovereign、$plenipotentiaries（export-treaty-plenipotentiary を
# export-treaty-plenipotentiaries-join でつないだもの）。
export-treaty-party = { $sovereign }は{ $plenipotentiaries }
# $japan と $russia：両国の元首。$purpose：シナリオの締結目的。$japanNamed と $russiaNamed：
# export-treaty-party の形。
export-treaty-preamble = { $japan }を一方とし、{ $russia }を他方として、{ $purpose }、このためにそれぞれの全権委員を任命しました。すなわち、{ $japanNamed }を、{ $russiaNamed }を任命しました。各全権委員は互いにその全権委任状を示し、これが良好妥当であると認めたうえ、以下の条項を協定しました。

export-treaty-numerals-join = { "、" }
# 追加条項が補う条項の数 $count。$last：最後の条項の数字。$numerals：その他の数字
# （export-treaty-numerals-join でつないだもの）。
export-treaty-additional-preamble = 本日付の講和条約{ $count ->
        [1] 第{ $last }条
       *[other] 第{ $numerals }条および第{ $last }条
    }の規定に従い、下名の全権委員は以下の追加条項を協定しました。
export-treaty-additional-closing = 以上の追加条項は、これが附属する講和条約の批准をもって批准されたものとみなします。

# $place：シナリオの場所。$japanese：日本の暦による日付（export-treaty-meiji-date または
# export-treaty-western-date）。$osDay と $day：露暦と西暦の日（export-treaty-ordinal）。
# $osMonth と $month：月名。$year：年。
export-treaty-closing = 以上の証拠として、各全権委員は本講和条約に署名調印しました。{ $japanese }、すなわち露暦{ $year }年{ $osMonth }{ $osDay }日（西暦{ $month }{ $day }日）、{ $place }において作成。
# 明治の日付：$day、$month、$year（export-treaty-ordinal の形）。
export-treaty-meiji-date = 明治{ $year }年{ $month }月{ $day }日
# 明治以外の日付：$day（export-treaty-ordinal）、$month（月名）、$year（年）。
export-treaty-western-date = { $year }年{ $month }{ $day }日
# 序数 $n（1〜45）。日本語では数字のまま。
export-treaty-ordinal = { $n }
# 署名の日：$day と $osDay は数、$month と $osMonth は月名。
export-treaty-dated = { $year }年{ $month }{ $day }日（露暦{ $osMonth }{ $osDay }日）
