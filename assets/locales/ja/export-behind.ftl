# 「交渉卓の裏側」：対局後に、コンピューターの全権団が胸に秘めていたこと。角括弧内の数値は先生向け。

export-behind-title = 交渉卓の裏側
export-behind-note = コンピューターの各全権団が胸に秘めていたこと。この対局のためにシナリオの定める幅から抽選され、選ばれた強さに合わせて用いられたものです。角括弧内は抽選された数値です。各全権団は、相手が合意済みの条項を自らに不利な形で蒸し返すたびに、より多くを求めました。
# 全権を名指さない側の呼び名：$party は側の名前。
export-behind-delegation = { $party }の全権団
# $party：側の名前。$agent：コマンドラインでのコンピューター名（delegate:steady）。
# $insisted：どこまで粘ったか（little, part, half, most, nearly）。$resolve：数値。
export-behind-resolve = { $party }（コンピューター、{ $agent }）は、{ $insisted ->
        [little] 決裂よりわずかにましな条件で応じるつもりでした
        [part] 公正と考える条件に向けて、途中までは粘りました
        [half] 公正と考える条件までの道のりのおよそ半ばまで粘りました
        [most] 公正と考える条件のすぐ近くまで粘りました
       *[nearly] 公正と考える条件のほぼすべてを求めて粘りました
    }［決意 { $resolve }］。
# $patience：シナリオの全権 $persona と比べた忍耐（less, same, more）。$patienceValue と $pressure：数値。
export-behind-patience = シナリオの{ $persona }{ $patience ->
        [less] ほど辛抱強くはありませんでした
        [same] とほぼ同じ程度に辛抱強く臨みました
       *[more] より辛抱強く臨みました
    }［忍耐 ×{ $patienceValue }、圧力 ×{ $pressure }］。
# export-behind-patience と同じ、やさしい（または難しい）強さで：$level は強さの名前、$pace は sooner か later。
export-behind-patience-level = シナリオの{ $persona }{ $patience ->
        [less] ほど辛抱強くはなく
        [same] とほぼ同じ程度に辛抱強く
       *[more] より辛抱強く
    }［忍耐 ×{ $patienceValue }、圧力 ×{ $pressure }］、「{ $level }」の強さでは本気のときより{ $pace ->
        [sooner] 早く
       *[later] 遅く
    }譲歩しました。
# $session：会議の番号。$date：その日付（date-long）。
export-behind-walk-out = 相手が条件に歩み寄らなければ、{ $date }の第{ $session }回会議から条件を突きつけて決裂する用意があり、その後は相手が歩み寄りをやめれば、公正と考えるものすべてを譲らない構えでした。
export-behind-no-walk-out = 最後の会議より前に決裂する用意はありませんでした。
# 段落：export-behind-resolve、export-behind-patience（または -level）、決裂の文。
export-behind-paragraph = { $resolve }{ $patience }{ $walkOut }
