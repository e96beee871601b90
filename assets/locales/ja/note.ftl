# 歴史家の注：説明する対象の横の小さなボタンと、そのツールチップ。

note-button = 注
note-button-accessible = { $what }についての歴史家の注
note-preview = 歴史家の注：{ $first }（開くと出典）
note-preview-contested = 歴史家の注：{ $first } 出典により異なります。（開くと出典）
