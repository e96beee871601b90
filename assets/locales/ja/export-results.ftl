# 議事録での席の呼び名。（結果ファイルそのものは英語の名前を保ちます。スクリプトや
# どの言語のクラス掲示板でも読まれるためです。）

# $players：プレイヤーの名前、または export-results-a-player。$title：演じた交渉者。
export-results-seat-player = { $players }（{ $title }役）
export-results-a-player = プレイヤー
# $agent：コマンドラインでのコンピューター名（delegate:steady）。
export-results-seat-computer = コンピューター（{ $agent }）
