# `portsmouth serve`：クラスサーバーの端末メッセージ。

cli-serve-no-threads = サーバーのスレッドを起動できません：{ $error }
cli-serve-warning = 警告：{ $warning }
cli-serve-this-machine = <このマシンのアドレス>
cli-serve-heading = Portsmouth 1905 クラスサーバー — クラスフォルダー { $folder }
cli-serve-resumed = { $count } 卓を中断したところから再開しました。
cli-serve-students = 生徒の皆さん：ゲームを開き、「クラスに参加」を選んで、アドレス { $address } を入力してください
cli-serve-teacher = 先生用ダッシュボード（鍵は人に教えないでください）：{ $link }
cli-serve-loopback = このマシンだけで待ち受けています。クラスのマシンから参加できるようにするには --bind 0.0.0.0 を使ってください。
cli-serve-stopped = サーバーが停止しました：{ $error }

## サーバーを起動できない理由とヒント。

cli-serve-no-class-folder = クラスフォルダー { $folder } を使えません：{ $error }
cli-serve-no-class-folder-help = ヒント：--dir DIR で書き込めるフォルダーを指定してください
cli-serve-no-scenarios-folder = シナリオフォルダー { $folder } を読めません：{ $error }
cli-serve-no-scenarios-folder-help = ヒント：--scenarios DIR でシナリオファイルのフォルダーを指定するか、PORTSMOUTH_DATA に `assets` と `scenarios` を含むフォルダーを設定してください
cli-serve-no-scenario = { $folder } から読み込めるシナリオがありません
cli-serve-no-scenario-help = ヒント：--scenarios DIR でシナリオファイルのあるフォルダーを指定してください
cli-serve-cannot-open-db = クラスのデータベース { $path } を開けません：{ $error }
cli-serve-cannot-open-db-help = ヒント：ファイルが壊れている場合は、別の場所に移す（クラスは空の状態で始まります）か、コピーから復元してください。別のサーバーがこのファイルを使っている可能性もあります
cli-serve-cannot-read-db = クラスのデータベース { $path } を読めません：{ $error }
cli-serve-cannot-read-db-help = ヒント：ファイルを別の場所に移して空のクラスで始めるか、コピーから復元してください
cli-serve-cannot-listen = { $address }:{ $port } で待ち受けられません：{ $error }
cli-serve-port-in-use-help = ヒント：別のプログラム（別のクラスサーバーかもしれません）がこのポートを使っています。そのプログラムを止めるか、--port で別のポートを選んでください
cli-serve-cannot-listen-help = ヒント：--bind で指定したアドレスがこのマシンのものか、--port のポートが正しいか確認してください

## サーバーが起動時に除外するシナリオファイル（警告として表示）。

cli-serve-scenario-twice = { $path }：ID が「{ $id }」のシナリオはすでに読み込まれています。このファイルは除外します
cli-serve-scenario-left-out = { $path }：読み込めないため除外します：{ $error }

## クラスの実行中に卓で起きた問題（端末の先生向け）。
cli-serve-seat-stays-empty = 卓 { $table }：空いた席は空いたままです：{ $error }
cli-serve-computer-move-not-played = 卓 { $table }：コンピューターの手は指されませんでした：{ $error }
cli-serve-table-left-out = 卓 { $table }（{ $name }）は除外します：{ $error }

## サーバーが使わないシナリオの翻訳ファイル（警告として表示）。
cli-serve-translation-does-not-load = { $file } は `{ $lang }` では読み込めません。原文を使います
cli-serve-translation-not-the-same = `{ $lang }` の { $file } は、言葉以外も元のシナリオと異なります。原文を使います
