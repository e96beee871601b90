# 先生の目：両国の隠れた限界と条項ごとの合意可能範囲。

teacher-eye-heading = 先生の目 — 全権団には見えません
teacher-legend-zone = 両国とも署名でき、決裂よりよい
teacher-legend-value-only = 両国ともよいが、訓令が禁じる
teacher-legend-marks = J、R、M：卓上の提案
teacher-limit = { $title }は{ $reservation }%未満を受け入れるより決裂を選びます
teacher-limit-with-offer = { $title }は{ $reservation }%未満を受け入れるより決裂を選びます · その提案は自国に{ $own }%、{ $them }に{ $other }%の価値
teacher-bound-by = 縛り：{ $lines }
teacher-no-zone = 両国が署名できる条約で、両国にとって決裂よりよいものはありません。どちらかの訓令が動く必要があります（本国への電報、仲介者、出来事）。
teacher-offers-meet = 提案が一致
teacher-apart = { $gap }段階の差{ $zone ->
        [both-in] 、両方とも範囲内
        [russia-out] 、ロシアの提案は範囲外
        [japan-out] 、日本の提案は範囲外
       *[both-out] 、両方とも範囲外
    }
teacher-no-zone-here = 範囲なし
teacher-offer-missing = 提案が欠けています
