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
