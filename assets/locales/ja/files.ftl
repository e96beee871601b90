# What saving and exporting a game says, in the notice line of the table or the debrief.
# $path and $folder are where on this machine; $problem is the system's reason.

files-no-folder = フォルダー { $folder } を作れませんでした：{ $problem }
# $name is the save's name, as the player typed it.
files-saved-as = 「{ $name }」として保存しました（{ $path }）
files-minutes-written = 議事録を { $path } に書き出しました
files-minutes-failed = 議事録を { $path } に書き出せませんでした：{ $problem }
files-class-result = クラスのゲームの結果はクラスのサーバーが保管しています。先生の結果一覧と成績表にあります。
files-no-result-yet = 交渉はまだ終わっていません。書き出す結果はまだありません。
files-result-written = 結果を { $path } に書き出しました — 「クラスの結果」画面に表示されます。このファイルを先生に渡してください
