# 手が受け付けられなかったときや、席の交代のときに交渉卓に出る行。

session-not-your-turn = あなたの番ではありません。
session-not-connected = 手は送られませんでした：このゲームはクラスにつながっていません。
session-not-sent = 手は送られませんでした：{ $reason }
session-you-sit = これから{ $title }の席にはあなたが座ります。コンピューターはその側の手を指しません。
session-computer-sits = コンピューター（{ $agent }）が再び{ $title }の席に座ります。

session-difficulty-yielding = 譲歩しやすい
    .tip = 早くから譲歩し、あなたの優先順位を探りません。最初のゲーム向け。
session-difficulty-steady = 堅実
    .tip = 均等に譲歩し、あなたの提案から何を重んじているかを学びます。
session-difficulty-shrewd = 老練
    .tip = 実際の全権団のように強硬で、あなたの優先順位を読み、新聞発表・電報・最後通牒を使います。
session-difficulty-historical = 1905年のとおり
    .tip = あなたが任せている間、実際の全権団の手をそのまま繰り返します。
