# 条約文書の枠。

treaty-additional = 追加条款
treaty-article = 第 { $numeral } 条
treaty-to-article = 第 { $article } 条に関して — { $topic }
treaty-for = { $sovereign } のために
treaty-debrief = 振り返り
    .tip = 結果、本国の反応、取引の分析
