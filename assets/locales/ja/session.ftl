# 手が受け付けられなかったときや、席の交代のときに交渉卓に出る行。

session-not-your-turn = あなたの番ではありません。
session-not-connected = 手は送られませんでした：このゲームはクラスにつながっていません。
session-not-sent = 手は送られませんでした：{ $reason }
session-you-sit = これから{ $title }の席にはあなたが座ります。コンピューターはその側の手を指しません。
session-computer-sits = コンピューター（{ $agent }）が再び{ $title }の席に座ります。
